import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES } from '../../core/types.js';
import type { DocumentRecord } from '../../graph/types.js';
import type { ApiContext } from '../context.js';
import type { Connection, PageArgs } from '../graph/connection.js';
import { connection } from '../graph/connection.js';
import type { EntityRef, RelationRef } from '../graph/refs.js';
import { entityRefOf, relationRefOf } from '../graph/refs.js';
import type { WhereEnv } from '../filters/where.js';

// Connections of entities, relations and documents with their aggregates,
// shared by root fields and by fields of Entity and Document.

export function whereEnv(ctx: ApiContext): WhereEnv {
  // The search index is built on first use only: most filters do not need folded names.
  return { store: ctx.store, foldedNames: (id) => ctx.state.caches.search.names(id) };
}

export function entityConnection(ctx: ApiContext, where: string, ids: readonly string[], args: PageArgs): Connection<EntityRef> {
  const { store } = ctx;
  return connection(where, ids, args, ctx.state.options.limits.maxPageSize, (id) => entityRefOf(store, id), () => {
    const counts = new Map<string, number>(ENTITY_TYPES.map((t) => [t, 0]));
    for (const id of ids) {
      const type = store.graph.getNodeAttribute(id, 'type');
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    return { count: ids.length, byType: [...counts].map(([type, count]) => ({ type, count })) };
  });
}

export function relationConnection(ctx: ApiContext, where: string, keys: readonly string[], args: PageArgs): Connection<RelationRef> {
  const { store } = ctx;
  return connection(where, keys, args, ctx.state.options.limits.maxPageSize, (key) => relationRefOf(store, key), () => {
    const types = new Map<string, number>(RELATION_TYPES.map((t) => [t, 0]));
    const statuses = new Map<string, number>(RELATION_STATUSES.map((s) => [s, 0]));
    for (const key of keys) {
      const a = store.graph.getEdgeAttributes(key);
      types.set(a.type, (types.get(a.type) ?? 0) + 1);
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    }
    return {
      count: keys.length,
      byType: [...types].map(([type, count]) => ({ type, count })),
      byStatus: [...statuses].map(([status, count]) => ({ status, count })),
    };
  });
}

export function documentConnection(ctx: ApiContext, where: string, ids: readonly string[], args: PageArgs): Connection<DocumentRecord> {
  const { store } = ctx;
  return connection(where, ids, args, ctx.state.options.limits.maxPageSize, (id) => store.documents.get(id)!, () => {
    const sources = new Map<string | null, number>();
    for (const id of ids) {
      const source = store.documents.get(id)?.source ?? null;
      sources.set(source, (sources.get(source) ?? 0) + 1);
    }
    const bySource = [...sources].map(([source, count]) => ({ source, count }));
    bySource.sort((a, b) => b.count - a.count || String(a.source).localeCompare(String(b.source)));
    return { count: ids.length, bySource };
  });
}
