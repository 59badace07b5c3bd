import type { SerializedGraph } from 'graphology-types';
import { DataError } from '../core/errors.js';
import { GraphStore } from './store.js';
import type { DocumentRecord, EdgeAttributes, NodeAttributes } from './types.js';

export const SNAPSHOT_FORMAT = 1;

/** Everything needed to rebuild a GraphStore, as plain JSON. */
export interface Snapshot {
  format: number;
  version: number;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  documents: DocumentRecord[];
  redirects: [string, string][];
}

export function toSnapshot(store: GraphStore): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: store.version,
    graph: store.graph.export(),
    documents: [...store.documents.values()],
    redirects: [...store.redirects.entries()],
  };
}

export function fromSnapshot(snapshot: Snapshot): GraphStore {
  if (snapshot?.format !== SNAPSHOT_FORMAT) {
    throw new DataError(`snapshot format ${String(snapshot?.format)} is not supported (expected ${SNAPSHOT_FORMAT})`);
  }
  const store = new GraphStore();
  store.graph.import(snapshot.graph);
  for (const d of snapshot.documents) store.documents.set(d.id, d);
  for (const [from, to] of snapshot.redirects) store.redirects.set(from, to);
  store.graph.forEachNode((id) => store.indexNames(id));
  store.version = snapshot.version;
  return store;
}
