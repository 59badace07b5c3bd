import { beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/index.js';
import type { KnowledgeGraph } from '../../src/graph/store.js';
import { assignLayout } from '../../src/layout/index.js';
import { escapingStore } from '../fixtures/graph-escaping.js';
import { seedStore } from '../fixtures/graph.js';
import { expectedOf } from './expected.js';
import { requirePython, runPython, writeTemp } from './tools.js';

// Python's csv module is the consumer: it reads RFC 4180 the way spreadsheet importers do.
const READ_CSV = `
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    print(json.dumps({"header": reader.fieldnames, "rows": list(reader)}))`;

interface Table {
  header: string[];
  rows: Record<string, string>[];
}

const graphs: [string, () => KnowledgeGraph][] = [
  ['seed', () => seedStore().graph],
  ['escaping', () => escapingStore().graph],
];

const cell = (v: string | number | string[] | undefined): string => (v === undefined ? '' : Array.isArray(v) ? v.join('|') : String(v));

describe('CSV exports', () => {
  let python = '';
  beforeAll(() => {
    python = requirePython('csv', 'any python3 has the csv module');
  });

  describe.each(graphs)('of the %s graph', (_name, build) => {
    const graph = build();
    assignLayout(graph);
    const expected = expectedOf(graph);

    it('nodes: Gephi`s Id and Label first, every attribute a column', () => {
      const t = runPython(python, READ_CSV, writeTemp('graph.nodes.csv', exportGraph(graph, 'csv-nodes'))) as Table;
      expect(t.header.slice(0, 2)).toEqual(['Id', 'Label']);
      expect(t.rows).toHaveLength(expected.nodes.size);
      for (const row of t.rows) {
        const want = expected.nodes.get(row['Id']!)!;
        expect(row['Label']).toBe(want.label);
        expect([Number(row['x']), Number(row['y']), Number(row['size']), row['color']]).toEqual([want.x, want.y, want.size, want.color]);
        for (const name of t.header.slice(2, -4)) expect(row[name]).toBe(cell(want.fields[name]));
      }
    });

    it('edges: Gephi`s Source, Target, Type, Id, Label, Weight first, every attribute a column', () => {
      const t = runPython(python, READ_CSV, writeTemp('graph.edges.csv', exportGraph(graph, 'csv-edges'))) as Table;
      expect(t.header.slice(0, 6)).toEqual(['Source', 'Target', 'Type', 'Id', 'Label', 'Weight']);
      expect(t.rows).toHaveLength(expected.edges.size);
      for (const row of t.rows) {
        const want = expected.edges.get(row['Id']!)!;
        expect([row['Source'], row['Target'], row['Type'], row['Label'], Number(row['Weight'])]).toEqual([want.source, want.target, 'Directed', want.label, want.weight]);
        for (const name of t.header.slice(6, -3)) expect(row[name]).toBe(cell(want.fields[name]));
      }
    });
  });
});
