import type { RelationType } from '../../../core/types.js';
import type { ApiContext } from '../../context.js';
import { bounded } from '../../errors.js';
import type { PageArgs } from '../../graph/connection.js';
import type { EntityRef } from '../../graph/refs.js';
import { entityRefOf } from '../../graph/refs.js';
import type { Dir } from '../../graph/traverse.js';
import { neighboursOf, someIncident, typeSet } from '../../graph/traverse.js';
import { documentConnection, relationConnection } from '../lists.js';

interface EdgeArgs {
  direction?: Dir | null;
  types?: RelationType[] | null;
}

/** Entity: the plain fields are EntityRef's getters; whole-graph scores come from the per-version metrics. */
export const Entity = {
  degree: (e: EntityRef, _: unknown, ctx: ApiContext) => ctx.store.graph.degree(e.id),
  inDegree: (e: EntityRef, _: unknown, ctx: ApiContext) => ctx.store.graph.inDegree(e.id),
  outDegree: (e: EntityRef, _: unknown, ctx: ApiContext) => ctx.store.graph.outDegree(e.id),
  centrality: (e: EntityRef) => e,
  community: (e: EntityRef, _: unknown, ctx: ApiContext) => ctx.state.caches.metrics.communities().of.get(e.id) ?? -1,
  relations: (e: EntityRef, args: EdgeArgs & PageArgs, ctx: ApiContext) => {
    const graph = ctx.store.graph;
    const keys: string[] = [];
    someIncident(graph, e.id, args.direction ?? 'BOTH', typeSet(args.types), (key) => void keys.push(key));
    keys.sort((a, b) => graph.getEdgeAttribute(b, 'confidence') - graph.getEdgeAttribute(a, 'confidence') || (a < b ? -1 : 1));
    return relationConnection(ctx, 'Entity.relations', keys, args);
  },
  neighbours: (e: EntityRef, args: EdgeArgs & { first?: number | null }, ctx: ApiContext) => {
    const first = bounded('Entity.neighbours', 'first', args.first, 50, 0, ctx.state.options.limits.maxPageSize);
    const ids = neighboursOf(ctx.store.graph, e.id, args.direction ?? 'BOTH', typeSet(args.types));
    return ids.slice(0, first).map((id) => entityRefOf(ctx.store, id));
  },
  documents: (e: EntityRef, args: PageArgs, ctx: ApiContext) => {
    const ids = Object.keys(e.a.contributions).filter((d) => ctx.store.documents.has(d));
    return documentConnection(ctx, 'Entity.documents', ids, args);
  },
};
