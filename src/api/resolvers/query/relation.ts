import type { ApiContext } from '../../context.js';
import { relationRef } from '../../graph/refs.js';

/** Query.relation. */
export function relation(_: unknown, args: { id: string }, ctx: ApiContext) {
  return relationRef(ctx.store, args.id);
}
