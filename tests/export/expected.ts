import type { KnowledgeGraph } from '../../src/graph/store.js';
import { prepareExport } from '../../src/export/context.js';
import { EDGE_FIELDS, NODE_FIELDS } from '../../src/export/fields.js';

// What every export must carry, worked out from the graph through the same display and
// position functions the writers use, with positions and sizes rounded as written.

export interface ExpectedNode {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  fields: Record<string, string | number | string[]>;
}

export interface ExpectedEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  weight: number;
  color: string;
  lineStyle: string;
  fields: Record<string, string | number | string[]>;
}

export function expectedOf(graph: KnowledgeGraph): { nodes: Map<string, ExpectedNode>; edges: Map<string, ExpectedEdge> } {
  const ctx = prepareExport(graph);
  const nodes = new Map<string, ExpectedNode>();
  ctx.graph.forEachNode((id, attrs) => {
    const d = ctx.display.node(id, attrs);
    const p = ctx.position(id, attrs);
    nodes.set(id, { id, label: d.label, x: round3(p.x), y: round3(p.y), size: d.size, color: d.color, fields: fieldsOf(NODE_FIELDS, attrs) });
  });
  const edges = new Map<string, ExpectedEdge>();
  ctx.graph.forEachEdge((id, attrs, source, target) => {
    const d = ctx.display.edge(id, attrs);
    edges.set(id, { id, source, target, label: d.label, weight: d.weight, color: d.color, lineStyle: d.lineStyle, fields: fieldsOf(EDGE_FIELDS, attrs) });
  });
  return { nodes, edges };
}

function fieldsOf<A>(fields: readonly { name: string; get: (a: A) => unknown }[], attrs: A): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {};
  for (const f of fields) {
    const v = f.get(attrs);
    if (v !== undefined) out[f.name] = Array.isArray(v) ? [...(v as string[])] : (v as string | number);
  }
  return out;
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
