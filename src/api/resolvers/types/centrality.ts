import type { ApiContext } from '../../context.js';
import type { EntityRef } from '../../graph/refs.js';

/** Centrality: the parent is the entity itself. */
export const Centrality = {
  degree: (e: EntityRef, _: unknown, ctx: ApiContext) => {
    const n = ctx.store.graph.order;
    return n < 2 ? 0 : ctx.store.graph.degree(e.id) / (n - 1);
  },
  pagerank: (e: EntityRef, _: unknown, ctx: ApiContext) => ctx.state.caches.metrics.pagerank(e.id),
  betweenness: (e: EntityRef, _: unknown, ctx: ApiContext) => ctx.state.caches.metrics.betweenness(e.id),
};
