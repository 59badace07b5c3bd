import type { DocumentRecord } from '../../../graph/types.js';
import type { ApiContext } from '../../context.js';
import type { PageArgs } from '../../graph/connection.js';
import { entityConnection, relationConnection } from '../lists.js';

/** Document: entities are the extracted ids followed through merges; relations those still in the graph. */
export const Document = {
  url: (d: DocumentRecord) => d.url ?? null,
  source: (d: DocumentRecord) => d.source ?? null,
  publishedAt: (d: DocumentRecord) => d.publishedAt ?? null,
  entities: (d: DocumentRecord, args: PageArgs, ctx: ApiContext) => {
    const { store } = ctx;
    const ids = [...new Set(d.entities.map((raw) => store.resolve(raw)))].filter((id) => store.graph.hasNode(id)).sort();
    return entityConnection(ctx, 'Document.entities', ids, args);
  },
  relations: (d: DocumentRecord, args: PageArgs, ctx: ApiContext) => {
    const keys = d.relations.filter((key) => ctx.store.graph.hasEdge(key)).sort();
    return relationConnection(ctx, 'Document.relations', keys, args);
  },
};
