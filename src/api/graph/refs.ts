import type { GraphStore } from '../../graph/store.js';
import type { DocumentRecord, EdgeAttributes, NodeAttributes } from '../../graph/types.js';

// Resolvers pass small references around instead of copies: the attributes
// object is the live one in the graph, read within one synchronous execution.

export interface EntityRef {
  id: string;
  a: NodeAttributes;
}

export interface RelationRef {
  id: string;
  a: EdgeAttributes;
  source: string;
  target: string;
}

/** The entity an id names now (following merges), or null. */
export function entityRef(store: GraphStore, id: string): EntityRef | null {
  const graph = store.graph;
  if (graph.hasNode(id)) return { id, a: graph.getNodeAttributes(id) };
  const resolved = store.resolve(id);
  return resolved !== id && graph.hasNode(resolved) ? { id: resolved, a: graph.getNodeAttributes(resolved) } : null;
}

/** For ids known to exist (from the graph itself). */
export function entityRefOf(store: GraphStore, id: string): EntityRef {
  return { id, a: store.graph.getNodeAttributes(id) };
}

export function relationRef(store: GraphStore, key: string): RelationRef | null {
  const graph = store.graph;
  if (!graph.hasEdge(key)) return null;
  return { id: key, a: graph.getEdgeAttributes(key), source: graph.source(key), target: graph.target(key) };
}

export function relationRefOf(store: GraphStore, key: string): RelationRef {
  const graph = store.graph;
  return { id: key, a: graph.getEdgeAttributes(key), source: graph.source(key), target: graph.target(key) };
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
