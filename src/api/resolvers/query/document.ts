import type { ApiContext } from '../../context.js';

/** Query.document. */
export function document(_: unknown, args: { id: string }, ctx: ApiContext) {
  return ctx.store.documents.get(args.id) ?? null;
}
