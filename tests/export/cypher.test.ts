import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/index.js';
import type { KnowledgeGraph } from '../../src/graph/store.js';
import { assignLayout } from '../../src/layout/index.js';
import { escapingStore } from '../fixtures/graph-escaping.js';
import { seedStore } from '../fixtures/graph.js';
import { expectedOf } from './expected.js';

// No Neo4j runs here and no Cypher parser for Node 20 is published, so this test reads the
// statements with a small reader of Cypher literals (strings, numbers, lists, maps) and
// checks every entity and relation, with its label or type, arrives whole.

const graphs: [string, () => KnowledgeGraph][] = [
  ['seed', () => seedStore().graph],
  ['escaping', () => escapingStore().graph],
];

interface Batch {
  rows: Record<string, unknown>[];
  tail: string;
}

describe.each(graphs)('Cypher export of the %s graph', (_name, build) => {
  const graph = build();
  assignLayout(graph);
  const expected = expectedOf(graph);
  const cypher = exportGraph(graph, 'cypher');
  const batches = [...cypher.matchAll(/^UNWIND (\[[\s\S]*?\n\]) AS row\n([\s\S]*?);$/gm)].map((m): Batch => ({ rows: readLiteral(m[1]!) as Batch['rows'], tail: m[2]! }));

  it('creates the id constraint first, then MERGEs every entity once with its type as label', () => {
    expect(cypher).toMatch(/^\/\/ .*\nCREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR \(n:Entity\) REQUIRE n\.id IS UNIQUE;\n/);
    const seen = new Map<string, string>();
    for (const b of batches.filter((b) => b.tail.startsWith('MERGE (n:Entity'))) {
      const label = /SET n \+= row\.props, n:(\w+)$/.exec(b.tail)![1]!;
      for (const row of b.rows) seen.set(row['id'] as string, label);
      for (const row of b.rows) {
        const want = expected.nodes.get(row['id'] as string)!;
        const { name, x, y, size, color, ...fields } = row['props'] as Record<string, unknown>;
        expect({ name, x, y, size, color }).toEqual({ name: want.label, x: want.x, y: want.y, size: want.size, color: want.color });
        expect(fields).toEqual(want.fields);
      }
    }
    expect([...seen.keys()].sort()).toEqual([...expected.nodes.keys()].sort());
    const labels = { PERSON: 'Person', ARMED_GROUP: 'ArmedGroup', ORGANISATION: 'Organisation', COUNTRY: 'Country', PLACE: 'Place' };
    for (const [id, label] of seen) expect(label).toBe(labels[graph.getNodeAttribute(id, 'type')]);
  });

  it('MERGEs every relation between its entities under its relation type', () => {
    const seen = new Set<string>();
    for (const b of batches.filter((b) => b.tail.startsWith('MATCH'))) {
      const type = /MERGE \(a\)-\[r:(\w+) \{key: row\.key\}\]->\(b\)\nSET r \+= row\.props$/.exec(b.tail)![1]!;
      for (const row of b.rows) {
        const want = expected.edges.get(row['key'] as string)!;
        seen.add(want.id);
        expect([row['source'], row['target'], type]).toEqual([want.source, want.target, want.fields['relationType']]);
        const { weight, color, lineStyle, ...fields } = row['props'] as Record<string, unknown>;
        expect({ weight, color, lineStyle }).toEqual({ weight: want.weight, color: want.color, lineStyle: want.lineStyle });
        expect(fields).toEqual(want.fields);
      }
    }
    expect([...seen].sort()).toEqual([...expected.edges.keys()].sort());
  });
});

/** Reads a Cypher literal: double-quoted strings with JSON's escapes, numbers, lists, maps with bare keys. */
function readLiteral(text: string): unknown {
  let i = 0;
  const space = (): void => void (i += /^\s*/.exec(text.slice(i))![0].length);
  const value = (): unknown => {
    space();
    const c = text[i];
    if (c === '"') {
      const m = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(i))!;
      i += m[0].length;
      return JSON.parse(m[0]);
    }
    if (c === '[' || c === '{') {
      const close = c === '[' ? ']' : '}';
      const out: unknown[] = [];
      const map: Record<string, unknown> = {};
      i++;
      for (space(); text[i] !== close; space()) {
        if (c === '{') {
          const key = /^(\w+):/.exec(text.slice(i))!;
          i += key[0].length;
          map[key[1]!] = value();
        } else out.push(value());
        space();
        if (text[i] === ',') i++;
      }
      i++;
      return c === '[' ? out : map;
    }
    const m = /^-?\d+(\.\d+)?(e[-+]?\d+)?/i.exec(text.slice(i))!;
    i += m[0].length;
    return Number(m[0]);
  };
  return value();
}
