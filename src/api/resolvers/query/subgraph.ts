import type { ApiContext } from '../../context.js';
import { badInput } from '../../errors.js';
import { entityRef } from '../../graph/refs.js';
import { inducedEdges } from '../../graph/traverse.js';
import { subgraphResult } from '../subgraph-result.js';

/** Query.subgraph: the given entities (unknown ids skipped) and the relations among them. */
export function subgraph(_: unknown, args: { ids: string[] }, ctx: ApiContext) {
  const { limits } = ctx.state.options;
  if (args.ids.length > limits.maxPageSize) {
    throw badInput(`subgraph: at most ${limits.maxPageSize} ids, got ${args.ids.length}`);
  }
  const members = new Set<string>();
  for (const raw of args.ids) {
    const ref = entityRef(ctx.store, raw);
    if (ref) members.add(ref.id);
  }
  const nodes = [...members];
  const { edges, truncated } = inducedEdges(ctx.store.graph, nodes, members, null, limits.maxNeighbourhoodEdges);
  return subgraphResult(ctx, { nodes, edges, truncated });
}
