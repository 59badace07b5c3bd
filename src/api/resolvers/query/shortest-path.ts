import type { RelationType } from '../../../core/types.js';
import type { ApiContext } from '../../context.js';
import { bounded } from '../../errors.js';
import { shortestPathOf } from '../../graph/paths.js';
import type { Dir } from '../../graph/traverse.js';
import { typeSet } from '../../graph/traverse.js';
import { pathResult, requireEntity } from '../subgraph-result.js';

export interface PathArgs {
  from: string;
  to: string;
  types?: RelationType[] | null;
  direction?: Dir | null;
  maxLength?: number | null;
}

/** Query.shortestPath. */
export function shortestPath(_: unknown, args: PathArgs, ctx: ApiContext) {
  const max = bounded('shortestPath', 'maxLength', args.maxLength, 6, 1, ctx.state.options.limits.maxShortestPathLength);
  const from = requireEntity(ctx, 'shortestPath', args.from);
  const to = requireEntity(ctx, 'shortestPath', args.to);
  const path = shortestPathOf(ctx.store.graph, from, to, args.direction ?? 'BOTH', typeSet(args.types), max);
  return path ? pathResult(ctx, path) : null;
}
