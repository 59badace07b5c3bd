import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES } from '../../../core/types.js';
import type { ApiContext } from '../../context.js';
import { bounded } from '../../errors.js';
import { entityRefOf } from '../../graph/refs.js';

const MAX_TOP = 100;

/** GraphStats: counts are read live; rankings and communities come from the per-version metrics. */
export const GraphStats = {
  version: (_: unknown, __: unknown, ctx: ApiContext) => ctx.store.version,
  entityCount: (_: unknown, __: unknown, ctx: ApiContext) => ctx.store.graph.order,
  relationCount: (_: unknown, __: unknown, ctx: ApiContext) => ctx.store.graph.size,
  documentCount: (_: unknown, __: unknown, ctx: ApiContext) => ctx.store.documents.size,
  density: (_: unknown, __: unknown, ctx: ApiContext) => {
    const n = ctx.store.graph.order;
    return n < 2 ? 0 : ctx.store.graph.size / (n * (n - 1));
  },
  entitiesByType: (_: unknown, __: unknown, ctx: ApiContext) => {
    const counts = new Map<string, number>(ENTITY_TYPES.map((t) => [t, 0]));
    ctx.store.graph.forEachNode((_id, a) => void counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
    return [...counts].map(([type, count]) => ({ type, count }));
  },
  relationsByType: (_: unknown, __: unknown, ctx: ApiContext) => {
    const counts = new Map<string, number>(RELATION_TYPES.map((t) => [t, 0]));
    ctx.store.graph.forEachEdge((_id, a) => void counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
    return [...counts].map(([type, count]) => ({ type, count }));
  },
  relationsByStatus: (_: unknown, __: unknown, ctx: ApiContext) => {
    const counts = new Map<string, number>(RELATION_STATUSES.map((s) => [s, 0]));
    ctx.store.graph.forEachEdge((_id, a) => void counts.set(a.status, (counts.get(a.status) ?? 0) + 1));
    return [...counts].map(([status, count]) => ({ status, count }));
  },
  topByDegree: (_: unknown, args: { first?: number | null }, ctx: ApiContext) => {
    const first = bounded('stats.topByDegree', 'first', args.first, 10, 0, MAX_TOP);
    return ctx.state.caches.metrics.rankedByDegree().slice(0, first)
      .map((id) => ({ entity: entityRefOf(ctx.store, id), score: ctx.store.graph.degree(id) }));
  },
  topByPagerank: (_: unknown, args: { first?: number | null }, ctx: ApiContext) => {
    const first = bounded('stats.topByPagerank', 'first', args.first, 10, 0, MAX_TOP);
    const ranked = [...ctx.state.caches.metrics.pagerankMap()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return ranked.slice(0, first).map(([id, score]) => ({ entity: entityRefOf(ctx.store, id), score }));
  },
  communityCount: (_: unknown, __: unknown, ctx: ApiContext) => ctx.state.caches.metrics.communities().count,
  modularity: (_: unknown, __: unknown, ctx: ApiContext) => ctx.state.caches.metrics.communities().modularity,
  communities: (_: unknown, args: { first?: number | null; minSize?: number | null }, ctx: ApiContext) => {
    const first = bounded('stats.communities', 'first', args.first, 10, 0, MAX_TOP);
    const minSize = args.minSize ?? 2;
    const { members } = ctx.state.caches.metrics.communities();
    return [...members]
      .filter(([, ids]) => ids.length >= minSize)
      .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
      .slice(0, first)
      .map(([id, ids]) => ({ id, size: ids.length, ids }));
  },
};
