import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { exportGraph } from '../../src/export/index.js';
import type { KnowledgeGraph } from '../../src/graph/store.js';
import { assignLayout } from '../../src/layout/index.js';
import { escapingStore } from '../fixtures/graph-escaping.js';
import { seedStore } from '../fixtures/graph.js';
import { expectedOf } from './expected.js';
import { once, requireCommand, writeTemp } from './tools.js';

interface GvJson {
  objects: (Record<string, string> & { name: string; pos: string })[];
  edges: (Record<string, string> & { tail: number; head: number })[];
}

/** Graphviz hands attribute values back raw: `\"` resolved, `\\` and `\n` as written. */
const unescape = (raw: string): string => raw.replace(/\\([\\n])/g, (_m, c: string) => (c === 'n' ? '\n' : '\\'));

function render(engine: string, args: string[], file: string): { stdout: string; stderr: string; status: number | null } {
  return spawnSync(engine, [...args, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const graphs: [string, () => KnowledgeGraph][] = [
  ['seed', () => seedStore().graph],
  ['escaping', () => escapingStore().graph],
];

describe('DOT export', () => {
  beforeAll(() => {
    requireCommand('dot', 'graphviz');
    requireCommand('neato', 'graphviz');
  });

  describe.each(graphs)('of the %s graph', (_name, build) => {
    const graph = build();
    assignLayout(graph);
    const file = writeTemp('graph.dot', exportGraph(graph, 'dot'));
    const expected = expectedOf(graph);
    const pinned = once(() => JSON.parse(render('neato', ['-n2', '-Tjson0'], file).stdout) as GvJson);

    it.each([
      ['dot', ['-Tsvg']],
      ['neato', ['-n2', '-Tsvg']],
    ])('renders with %s to SVG without a warning', (engine, args) => {
      const r = render(engine as string, args as string[], file);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('</svg>');
    });

    it('reads back in Graphviz with the same nodes, labels and data attributes', () => {
      const g = pinned();
      expect(g.objects.map((o) => o.name).sort()).toEqual([...expected.nodes.keys()].sort());
      for (const o of g.objects) {
        const want = expected.nodes.get(o.name)!;
        expect(unescape(o['label']!)).toBe(want.label);
        expect(o['fillcolor']).toBe(want.color);
        for (const [k, v] of Object.entries(want.fields)) {
          expect(unescape(o[k]!)).toBe(Array.isArray(v) ? JSON.stringify(v) : String(v));
        }
      }
    });

    it('keeps the layout under neato -n2 (up to a translation)', () => {
      const g = pinned();
      const [first, ...rest] = g.objects.map((o) => ({ want: expected.nodes.get(o.name)!, at: o.pos.split(',').map(Number) }));
      const dx = first!.at[0]! - first!.want.x;
      const dy = first!.at[1]! - first!.want.y;
      for (const { want, at } of rest) {
        expect(at[0]! - want.x).toBeCloseTo(dx, 1);
        expect(at[1]! - want.y).toBeCloseTo(dy, 1);
      }
    });

    it('reads back in Graphviz with the same edges and data attributes', () => {
      const g = pinned();
      expect(g.edges).toHaveLength(expected.edges.size);
      for (const e of g.edges) {
        const want = expected.edges.get(unescape(e['id']!))!;
        expect([g.objects[e.tail]!.name, g.objects[e.head]!.name]).toEqual([want.source, want.target]);
        expect(e['label']).toBe(want.label);
        expect(e['style']).toBe(want.lineStyle);
        for (const [k, v] of Object.entries(want.fields)) expect(unescape(e[k]!)).toBe(String(v));
      }
    });
  });
});
