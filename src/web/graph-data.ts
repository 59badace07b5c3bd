import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EntityType, RelationStatus, RelationType } from '../core/types.js';

// The page draws the graph the server serves at GET /web/graph.json: graphology's
// serialisation with the display attributes (label, x, y, size, color) the layout stage
// computed, and the domain attributes the page filters by (entityType, relationType, status,
// confidence). Positions, colours and sizes are those of /export/graph.json.

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
  size: number;
  color: string;
  relationType: RelationType;
  status: RelationStatus;
  confidence: number;
  [key: string]: unknown;
}

export type ExplorerGraph = Graph<NodeData, EdgeData>;
export type GraphSnapshot = SerializedGraph<NodeData, EdgeData>;
export type Positions = Record<string, { x: number; y: number }>;

export const GRAPH_PATH = '/web/graph.json';

/** What GET /web/graph.json answers: one array per attribute (see src/api/web-graph.ts). */
export interface PageGraph {
  colors: string[];
  nodes: { key: string[]; label: string[]; x: number[]; y: number[]; size: number[]; color: number[]; type: EntityType[] };
  edges: { key: string[]; source: number[]; target: number[]; size: number[]; color: number[]; type: RelationType[]; status: RelationStatus[]; confidence: number[] };
}

/**
 * The server's edge thickness (1 + log2 of the documents) is in the units Gephi and yEd
 * draw; sigma draws it in screen pixels, where 1 is too thin for its arrow heads to show.
 */
export const EDGE_SCALE = 2;

/** The page graph as graphology's serialisation, with sizes for sigma. */
export function toSnapshot(data: PageGraph): GraphSnapshot {
  const { colors, nodes: n, edges: e } = data;
  const nodes = n.key.map((key, i) => ({
    key,
    attributes: { label: n.label[i]!, x: n.x[i]!, y: n.y[i]!, size: n.size[i]!, color: colors[n.color[i]!]!, entityType: n.type[i]! },
  }));
  const edges = e.key.map((key, i) => ({
    key,
    source: n.key[e.source[i]!]!,
    target: n.key[e.target[i]!]!,
    attributes: { size: e.size[i]! * EDGE_SCALE, color: colors[e.color[i]!]!, relationType: e.type[i]!, status: e.status[i]!, confidence: e.confidence[i]! },
  }));
  return { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes, edges };
}

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
