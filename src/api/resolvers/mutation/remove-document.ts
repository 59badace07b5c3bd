import { NotFoundError } from '../../../core/errors.js';
import type { ApiContext } from '../../context.js';
import { toEvent } from '../../change-feed.js';

/** Mutation.removeDocument. */
export async function removeDocument(_: unknown, args: { id: string }, ctx: ApiContext) {
  // Checked here too so that the message names the field; the workspace checks again inside its queue.
  if (!ctx.store.hasDocument(args.id)) throw new NotFoundError(`removeDocument: no document with id "${args.id}"`);
  const change = await ctx.workspace.remove(args.id);
  return toEvent(change, 'REMOVE', new Date().toISOString(), ctx.store.version);
}
