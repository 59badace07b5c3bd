import type { RelationType } from '../../../core/types.js';
import type { ApiContext } from '../../context.js';
import { bounded } from '../../errors.js';
import { requireEntity } from '../subgraph-result.js';
import type { Dir } from '../../graph/traverse.js';
import { neighbourhoodOf, typeSet } from '../../graph/traverse.js';

interface Args {
  id: string;
  depth?: number | null;
  types?: RelationType[] | null;
  direction?: Dir | null;
  limit?: number | null;
  induced?: boolean | null;
}

/** Query.neighbourhood: depth and node count capped by the server limits. */
export function neighbourhood(_: unknown, args: Args, ctx: ApiContext) {
  const { limits } = ctx.state.options;
  const depth = bounded('neighbourhood', 'depth', args.depth, 1, 1, limits.maxNeighbourhoodDepth);
  const limit = bounded('neighbourhood', 'limit', args.limit, 200, 1, limits.maxNeighbourhoodNodes);
  const start = requireEntity(ctx, 'neighbourhood', args.id);
  return neighbourhoodOf(ctx.store.graph, start, depth, args.direction ?? 'BOTH', typeSet(args.types), limit, limits.maxNeighbourhoodEdges, args.induced ?? false);
}
