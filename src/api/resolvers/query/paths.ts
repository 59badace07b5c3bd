import type { ApiContext } from '../../context.js';
import { bounded } from '../../errors.js';
import { simplePathsOf } from '../../graph/paths.js';
import { typeSet } from '../../graph/traverse.js';
import { pathResult, requireEntity } from '../subgraph-result.js';
import type { PathArgs } from './shortest-path.js';

/** Query.paths: simple paths, shortest first, with every cap from the server limits. */
export function paths(_: unknown, args: PathArgs & { first?: number | null }, ctx: ApiContext) {
  const { limits } = ctx.state.options;
  const max = bounded('paths', 'maxLength', args.maxLength, 3, 1, limits.maxPathsLength);
  const first = bounded('paths', 'first', args.first, 10, 1, limits.maxPaths);
  const from = requireEntity(ctx, 'paths', args.from);
  const to = requireEntity(ctx, 'paths', args.to);
  const found = simplePathsOf(ctx.store.graph, from, to, args.direction ?? 'BOTH', typeSet(args.types), max, first, limits.maxPathVisits);
  return found.map((p) => pathResult(ctx, p));
}
