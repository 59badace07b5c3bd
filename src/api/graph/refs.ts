import type { GraphStore } from '../../graph/store.js';
import type { DocumentRecord, EdgeAttributes, NodeAttributes } from '../../graph/types.js';

import type { KnowledgeGraph } from '../../graph/store.js';

// Resolvers pass small references around instead of copies: the attributes
// object is the live one in the graph, read within one synchronous execution.
// Plain fields are getters, not resolvers: graphql-jit reads a property
// inline but builds a resolve-info object for every resolver call, and on a
// 400-object neighbourhood those were most of the garbage (and so of the
// p99, through the young-generation collections).

export class EntityRef {
  constructor(
    readonly id: string,
    readonly a: NodeAttributes,
  ) {}
  get name() { return this.a.name; }
  get type() { return this.a.type; }
  get aliases() { return this.a.aliases; }
  get mentionCount() { return this.a.mentionCount; }
  get documentCount() { return this.a.documentCount; }
  get position() { return this.a.x === undefined || this.a.y === undefined ? null : { x: this.a.x, y: this.a.y }; }
  get geo() { return this.a.geo ?? null; }
  get firstSeen() { return this.a.firstSeen ?? null; }
  get lastSeen() { return this.a.lastSeen ?? null; }
}

export class RelationRef {
  constructor(
    readonly id: string,
    readonly a: EdgeAttributes,
    readonly sourceId: string,
    readonly targetId: string,
    private readonly graph: KnowledgeGraph,
    /** Refs a walk already made for the ends, so a neighbourhood's edges share its nodes'. */
    private readonly known?: ReadonlyMap<string, EntityRef>,
  ) {}
  get type() { return this.a.type; }
  get status() { return this.a.status; }
  get confidence() { return this.a.confidence; }
  get documentCount() { return this.a.documentCount; }
  get cameo() { return this.a.cameo ?? null; }
  get firstSeen() { return this.a.firstSeen ?? null; }
  get lastSeen() { return this.a.lastSeen ?? null; }
  get source() { return this.known?.get(this.sourceId) ?? new EntityRef(this.sourceId, this.graph.getNodeAttributes(this.sourceId)); }
  get target() { return this.known?.get(this.targetId) ?? new EntityRef(this.targetId, this.graph.getNodeAttributes(this.targetId)); }
}

/** A reference to an edge known to exist. */
export function edgeRef(graph: KnowledgeGraph, key: string): RelationRef {
  return new RelationRef(key, graph.getEdgeAttributes(key), graph.source(key), graph.target(key), graph);
}

/** The entity an id names now (following merges), or null. */
export function entityRef(store: GraphStore, id: string): EntityRef | null {
  const graph = store.graph;
  if (graph.hasNode(id)) return new EntityRef(id, graph.getNodeAttributes(id));
  const resolved = store.resolve(id);
  return resolved !== id && graph.hasNode(resolved) ? new EntityRef(resolved, graph.getNodeAttributes(resolved)) : null;
}

/** For ids known to exist (from the graph itself). */
export function entityRefOf(store: GraphStore, id: string): EntityRef {
  return new EntityRef(id, store.graph.getNodeAttributes(id));
}

export function relationRef(store: GraphStore, key: string): RelationRef | null {
  return store.graph.hasEdge(key) ? edgeRef(store.graph, key) : null;
}

export function relationRefOf(store: GraphStore, key: string): RelationRef {
  return edgeRef(store.graph, key);
}

export function documentRecord(store: GraphStore, id: string): DocumentRecord | null {
  return store.documents.get(id) ?? null;
}

/** Date a document counts under: publication date, else ingest time. */
export function documentDate(record: DocumentRecord): string {
  return record.publishedAt ?? record.ingestedAt;
}

/** Existing entity refs for ids, skipping ids that are gone, without duplicates. */
export function existingEntities(store: GraphStore, ids: Iterable<string>): EntityRef[] {
  const seen = new Set<string>();
  const out: EntityRef[] = [];
  for (const raw of ids) {
    const ref = entityRef(store, raw);
    if (ref && !seen.has(ref.id)) {
      seen.add(ref.id);
      out.push(ref);
    }
  }
  return out;
}

export function existingRelations(store: GraphStore, keys: Iterable<string>): RelationRef[] {
  const out: RelationRef[] = [];
  for (const key of new Set(keys)) {
    const ref = relationRef(store, key);
    if (ref) out.push(ref);
  }
  return out;
}
