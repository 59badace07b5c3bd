import type { EntityType } from '../../../core/types.js';
import type { ApiContext } from '../../context.js';
import { badInput, bounded } from '../../errors.js';
import { entityRefOf } from '../../graph/refs.js';
import { searchEntities } from '../../graph/search.js';

const MAX_QUERY = 200;
const MAX_RESULTS = 100;

/** Query.search: fuzzy, folded name and alias search (see graph/search.ts for the ranking). */
export function search(_: unknown, args: { query: string; types?: EntityType[] | null; first?: number | null }, ctx: ApiContext) {
  const query = args.query.trim();
  if (query.length === 0 || query.length > MAX_QUERY) {
    throw badInput(`search: query must be 1 to ${MAX_QUERY} characters, got ${query.length}`);
  }
  const first = bounded('search', 'first', args.first, 10, 0, MAX_RESULTS);
  const types = args.types && args.types.length ? new Set(args.types) : null;
  const ids = searchEntities(ctx.state.caches.search, ctx.store.graph, query, types, first);
  return ids.map((id) => entityRefOf(ctx.store, id));
}
