import type { ApiContext } from '../../context.js';
import { entityRef } from '../../graph/refs.js';

/** Query.entity: follows merge redirects, so an id from before a merge still answers. */
export function entity(_: unknown, args: { id: string }, ctx: ApiContext) {
  return entityRef(ctx.store, args.id);
}
