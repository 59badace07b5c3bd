import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EntityType, RelationStatus, RelationType } from '../core/types.js';

// The page draws the server's graphology export (GET /export/graph.json): display attributes
// (label, x, y, size, color) computed on the server by the layout stage, domain attributes
// (entityType, relationType, status, confidence) beside them.

export interface NodeData {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  entityType: EntityType;
  aliases?: string[];
  [key: string]: unknown;
}

export interface EdgeData {
  label: string;
  size: number;
  color: string;
  type: string;
  relationType: RelationType;
  status: RelationStatus;
  confidence: number;
  [key: string]: unknown;
}

export type ExplorerGraph = Graph<NodeData, EdgeData>;
export type GraphSnapshot = SerializedGraph<NodeData, EdgeData>;
export type Positions = Record<string, { x: number; y: number }>;

export const EXPORT_PATH = '/export/graph.json';

export function emptyGraph(): ExplorerGraph {
  return new Graph<NodeData, EdgeData>({ type: 'directed', multi: true, allowSelfLoops: false });
}

/**
 * Brings `graph` to `snapshot` in place (so the renderer keeps its camera and state):
 * nodes and edges that went are dropped, new ones added, attributes replaced. Nodes keep
 * their current x/y; the positions to move them to are returned, for an animation from
 * where the picture was. A new node starts at a neighbour it already has on screen, so
 * that it grows out of the graph rather than popping up in place.
 */
export function applySnapshot(graph: ExplorerGraph, snapshot: GraphSnapshot): Positions {
  const targets: Positions = {};
  const keep = new Set<string>();
  for (const { key, attributes } of snapshot.nodes) {
    keep.add(key);
    if (attributes) targets[key] = { x: attributes.x, y: attributes.y };
  }
  for (const node of graph.nodes()) if (!keep.has(node)) graph.dropNode(node);
  const edges = new Set(snapshot.edges.map((e) => e.key ?? `${e.source}->${e.target}`));
  for (const edge of graph.edges()) if (!edges.has(edge)) graph.dropEdge(edge);
  const anchor = anchors(graph, snapshot);
  for (const { key, attributes } of snapshot.nodes) {
    if (!attributes) continue;
    if (graph.hasNode(key)) {
      const { x, y } = graph.getNodeAttributes(key);
      graph.replaceNodeAttributes(key, { ...attributes, x, y });
    } else {
      graph.addNode(key, { ...attributes, ...(anchor.get(key) ?? {}) });
    }
  }
  for (const { key, source, target, attributes } of snapshot.edges) {
    if (!attributes) continue;
    const id = key ?? `${source}->${target}`;
    if (graph.hasEdge(id)) graph.replaceEdgeAttributes(id, attributes);
    else graph.addDirectedEdgeWithKey(id, source, target, attributes);
  }
  return targets;
}

/** For each new node, the on-screen position of one of its neighbours already drawn. */
function anchors(graph: ExplorerGraph, snapshot: GraphSnapshot): Map<string, { x: number; y: number }> {
  const found = new Map<string, { x: number; y: number }>();
  for (const { source, target } of snapshot.edges) {
    for (const [fresh, old] of [[source, target], [target, source]] as const) {
      if (found.has(fresh) || graph.hasNode(fresh) || !graph.hasNode(old)) continue;
      const { x, y } = graph.getNodeAttributes(old);
      found.set(fresh, { x, y });
    }
  }
  return found;
}
