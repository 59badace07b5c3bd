import type { EntityType, RelationStatus, RelationType } from '../core/types.js';
import { rgba } from '../export/json.js';
import type { KnowledgeGraph } from '../graph/store.js';
import { createDisplay } from '../layout/index.js';

// The graph as the explorer page draws it, at GET /web/graph.json: the positions of
// /export/graph.json and the colours and sizes of the layout stage's Display, but only what
// the page draws and filters by, one array per attribute. Evidence, dates and aliases stay
// on the server until a click asks for them. On a 10,000-entity graph this is a third of
// the graphology export's size and far fewer objects to parse, so the first picture comes
// sooner (docs/benchmarks.md, "Explorer page").

export interface PageGraph {
  /** Display colours, which nodes and edges name by index. */
  colors: string[];
  nodes: { key: string[]; label: string[]; x: number[]; y: number[]; size: number[]; color: number[]; type: EntityType[] };
  /** `source` and `target` are indices into the node arrays. */
  edges: { key: string[]; source: number[]; target: number[]; size: number[]; color: number[]; type: RelationType[]; status: RelationStatus[]; confidence: number[] };
}

/** Nodes should have positions (see ensurePositions); one without is drawn at the origin. */
export function pageGraph(graph: KnowledgeGraph): PageGraph {
  const display = createDisplay(graph);
  const colors: string[] = [];
  const colorIndex = new Map<string, number>();
  const color = (c: string) => {
    let i = colorIndex.get(c);
    if (i === undefined) colorIndex.set(c, (i = colors.push(c) - 1));
    return i;
  };
  const nodes: PageGraph['nodes'] = { key: [], label: [], x: [], y: [], size: [], color: [], type: [] };
  const index = new Map<string, number>();
  graph.forEachNode((key, attrs) => {
    const d = display.node(key, attrs);
    index.set(key, nodes.key.push(key) - 1);
    nodes.label.push(d.label);
    nodes.x.push(finite(attrs.x));
    nodes.y.push(finite(attrs.y));
    nodes.size.push(d.size);
    nodes.color.push(color(d.color));
    nodes.type.push(attrs.type);
  });
  const edges: PageGraph['edges'] = { key: [], source: [], target: [], size: [], color: [], type: [], status: [], confidence: [] };
  graph.forEachEdge((key, attrs, source, target) => {
    const d = display.edge(key, attrs);
    edges.key.push(key);
    edges.source.push(index.get(source)!);
    edges.target.push(index.get(target)!);
    edges.size.push(d.thickness);
    edges.color.push(color(rgba(d.color, d.alpha)));
    edges.type.push(attrs.type);
    edges.status.push(attrs.status);
    edges.confidence.push(attrs.confidence);
  });
  return { colors, nodes, edges };
}

function finite(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? Math.round(value * 1000) / 1000 : 0;
}
