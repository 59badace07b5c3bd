import { beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/index.js';
import type { KnowledgeGraph } from '../../src/graph/store.js';
import { assignLayout } from '../../src/layout/index.js';
import { escapingStore } from '../fixtures/graph-escaping.js';
import { seedStore } from '../fixtures/graph.js';
import { expectedOf } from './expected.js';
import { once, requirePython, runPython, writeTemp } from './tools.js';

const READ_GRAPHML = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({
  "directed": g.is_directed(), "graph": {k: v for k, v in g.graph.items() if isinstance(v, str)},
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "edges": [dict(d, source=u, target=v) for u, v, d in g.edges(data=True)],
}))`;

interface NxGraph {
  directed: boolean;
  graph: Record<string, string>;
  nodes: Record<string, Record<string, unknown>>;
  edges: Record<string, unknown>[];
}

const graphs: [string, () => KnowledgeGraph][] = [
  ['seed', () => seedStore().graph],
  ['escaping', () => escapingStore().graph],
];

describe('GraphML export', () => {
  let python = '';
  beforeAll(() => {
    python = requirePython('networkx', 'the GraphML round trip reads the file with networkx');
  });

  describe.each(graphs)('of the %s graph', (_name, build) => {
    const graph = build();
    assignLayout(graph);
    const file = writeTemp('graph.graphml', exportGraph(graph, 'graphml', { title: 'Seed <graph> & "co"' }));
    const expected = expectedOf(graph);
    const read = once(() => runPython(python, READ_GRAPHML, file) as NxGraph);

    it('reads back in networkx with typed node data: same ids, labels, positions and attributes', () => {
      const g = read();
      expect(g.directed).toBe(true);
      expect(g.graph['title']).toBe('Seed <graph> & "co"');
      expect(Object.keys(g.nodes).sort()).toEqual([...expected.nodes.keys()].sort());
      for (const [id, want] of expected.nodes) {
        // shape_type is what networkx makes of the yFiles graphics that yEd draws.
        const { label, x, y, size, color, shape_type, aliases, ...data } = g.nodes[id]!;
        expect({ label, x, y, size, color, shape_type }).toEqual({ label: want.label, x: want.x, y: want.y, size: want.size, color: want.color, shape_type: 'ellipse' });
        expect({ ...data, aliases: JSON.parse(aliases as string) }).toEqual(want.fields);
      }
    });

    it('reads back in networkx with the same edges, display data and attributes', () => {
      const g = read();
      expect(g.edges).toHaveLength(expected.edges.size);
      for (const e of g.edges) {
        const { id, source, target, label, weight, color, lineStyle, thickness, ...data } = e as Record<string, unknown> & { id: string };
        const want = expected.edges.get(id)!;
        expect({ source, target, label, weight, color, lineStyle }).toEqual({
          source: want.source,
          target: want.target,
          label: want.label,
          weight: want.weight,
          color: want.color,
          lineStyle: want.lineStyle,
        });
        expect(typeof thickness).toBe('number');
        expect(data).toEqual(want.fields);
      }
    });
  });

  it('declares a typed key for every attribute it writes', () => {
    const xml = exportGraph(seedStore().graph, 'graphml');
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    for (const key of used) expect(declared).toContain(key);
    for (const m of xml.matchAll(/<key id="([nge]_[^"]+)"[^>]*>/g)) expect(m[0]).toMatch(/attr\.type="(string|int|double)"/);
  });
});
