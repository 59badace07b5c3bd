import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { exportGraph } from '../../src/export/index.js';
import { rgb } from '../../src/export/text.js';
import type { KnowledgeGraph } from '../../src/graph/store.js';
import { assignLayout } from '../../src/layout/index.js';
import { escapingStore } from '../fixtures/graph-escaping.js';
import { seedStore } from '../fixtures/graph.js';
import { expectedOf } from './expected.js';
import { once, requireCommand, requirePython, runPython, writeTemp } from './tools.js';

const SCHEMA = fileURLToPath(new URL('../../../shared/schemas/gexf-1.3/gexf.rng', import.meta.url));

const READ_GEXF = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({
  "version": nx.__version__, "directed": g.is_directed(),
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "edges": [dict(d, source=u, target=v) for u, v, d in g.edges(data=True)],
}))`;

interface NxGraph {
  version: string;
  directed: boolean;
  nodes: Record<string, Record<string, unknown> & { viz: { color: Record<string, number>; size: number; position: { x: number; y: number } } }>;
  edges: Record<string, unknown>[];
}

const graphs: [string, () => KnowledgeGraph][] = [
  ['seed', () => seedStore().graph],
  ['escaping', () => escapingStore().graph],
];

describe('GEXF export', () => {
  let python = '';
  beforeAll(() => {
    requireCommand('xmllint', 'libxml2-utils');
    python = requirePython('networkx', 'GEXF 1.3 needs networkx >= 3.4 (Debian ships 2.8): use a python3 that has it');
  });

  describe.each(graphs)('of the %s graph', (_name, build) => {
    const graph = build();
    assignLayout(graph);
    const gexf = exportGraph(graph, 'gexf');
    const file = writeTemp('graph.gexf', gexf);
    const expected = expectedOf(graph);
    const read = once(() => runPython(python, READ_GEXF, file) as NxGraph);

    it('validates against the official GEXF 1.3 Relax NG schema', () => {
      if (!existsSync(SCHEMA)) throw new Error(`the GEXF 1.3 schema is missing: expected ${SCHEMA} (../shared/schemas)`);
      const r = spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { encoding: 'utf8' });
      expect(r.stderr.trim()).toBe(`${file} validates`);
      expect(r.status).toBe(0);
    });

    it('reads back in networkx with the same nodes, positions, colours and attributes', () => {
      const g = read();
      expect(g.version >= '3.4').toBe(true);
      expect(g.directed).toBe(true);
      expect(Object.keys(g.nodes).sort()).toEqual([...expected.nodes.keys()].sort());
      for (const [id, want] of expected.nodes) {
        const { viz, label, ...data } = g.nodes[id]!;
        expect(label).toBe(want.label);
        expect(viz.position.x).toBeCloseTo(want.x, 3);
        expect(viz.position.y).toBeCloseTo(want.y, 3);
        expect(viz.size).toBeCloseTo(want.size, 2);
        const hex = `#${[viz.color.r, viz.color.g, viz.color.b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
        expect(hex.toUpperCase()).toBe(want.color);
        expect(decodeLists(data)).toEqual(want.fields);
      }
    });

    it('reads back in networkx with the same edges and attributes', () => {
      const g = read();
      expect(g.edges).toHaveLength(expected.edges.size);
      for (const e of g.edges) {
        const { id, source, target, label, weight, ...data } = e as Record<string, unknown> & { id: string };
        const want = expected.edges.get(id)!;
        expect({ source, target, label, weight }).toEqual({ source: want.source, target: want.target, label: want.label, weight: want.weight });
        expect(data).toEqual(want.fields);
      }
    });

    it('is read by graphology-gexf too, lists and all', () => {
      const back = parse(MultiDirectedGraph, gexf);
      expect(back.order).toBe(graph.order);
      back.forEachNode((id, attrs) => {
        const want = expected.nodes.get(id)!;
        const { label, x, y, size, color, ...fields } = attrs;
        expect({ label, x, y, size }).toEqual({ label: want.label, x: want.x, y: want.y, size: want.size });
        expect(color).toBe(`rgb(${Object.values(rgb(want.color)).join(',')})`);
        expect(fields).toEqual(want.fields);
      });
      expect(back.size).toBe(graph.size);
      back.forEachEdge((key, attrs) => {
        const want = expected.edges.get(key)!;
        const { label, weight, kind, color, shape, thickness, ...fields } = attrs;
        expect({ label, weight, kind, shape }).toEqual({ label: want.label, weight: want.weight, kind: want.fields['relationType'], shape: want.lineStyle });
        expect(fields).toEqual(want.fields);
      });
    });
  });

  it('writes no viz-reserved attribute name and keeps the entity type under entityType', () => {
    const gexf = exportGraph(seedStore().graph, 'gexf');
    const declared = [...gexf.matchAll(/<attribute id="[^"]+" title="([^"]+)"/g)].map((m) => m[1]);
    for (const reserved of ['color', 'size', 'x', 'y', 'z', 'shape', 'thickness', 'weight', 'kind', 'label', 'id']) {
      expect(declared).not.toContain(reserved);
    }
    expect(declared).toContain('entityType');
    expect(gexf).not.toMatch(/hex=/);
  });
});

/** GEXF 1.3 liststring values come back from networkx as their text, `["a", "b"]`. */
function decodeLists(data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  if (typeof out['aliases'] === 'string') out['aliases'] = JSON.parse(out['aliases'] as string);
  return out;
}
