import { document } from './query/document.js';
import { documents } from './query/documents.js';
import { entities } from './query/entities.js';
import { entity } from './query/entity.js';
import { neighbourhood } from './query/neighbourhood.js';
import { paths } from './query/paths.js';
import { relation } from './query/relation.js';
import { relations } from './query/relations.js';
import { search } from './query/search.js';
import { shortestPath } from './query/shortest-path.js';
import { stats } from './query/stats.js';
import { subgraph } from './query/subgraph.js';
import { exportField } from './query/export.js';
import { ingestDocument } from './mutation/ingest-document.js';
import { ingestDocuments } from './mutation/ingest-documents.js';
import { mergeEntities } from './mutation/merge-entities.js';
import { removeDocument } from './mutation/remove-document.js';
import { renameEntity } from './mutation/rename-entity.js';
import { setEntityType } from './mutation/set-entity-type.js';
import { relayout } from './mutation/relayout.js';
import { graphChanged } from './subscription/graph-changed.js';
import { Centrality } from './types/centrality.js';
import { Community } from './types/community.js';
import { DocumentConnection, EntityConnection, RelationConnection } from './types/connection.js';
import { Document } from './types/document.js';
import { Entity } from './types/entity.js';
import { Evidence } from './types/evidence.js';
import { GraphStats } from './types/graph-stats.js';
import { Relation } from './types/relation.js';

/** Every resolver of schema.graphql; fields not listed use graphql's default (the property of the same name). */
export const resolvers = {
  Query: { entity, entities, relation, relations, document, documents, search, neighbourhood, shortestPath, paths, subgraph, stats, export: exportField },
  Mutation: { ingestDocument, ingestDocuments, removeDocument, mergeEntities, renameEntity, setEntityType, relayout },
  Subscription: { graphChanged },
  Entity,
  Centrality,
  Relation,
  Evidence,
  Document,
  GraphStats,
  Community,
  EntityConnection,
  RelationConnection,
  DocumentConnection,
};
