import type { ApiContext } from '../../context.js';
import { toEvent } from '../../change-feed.js';

/** Mutation.removeDocument. */
export async function removeDocument(_: unknown, args: { id: string }, ctx: ApiContext) {
  const change = await ctx.workspace.remove(args.id);
  return toEvent(change, 'REMOVE', new Date().toISOString(), ctx.store.version);
}
