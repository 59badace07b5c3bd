import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { ROOT } from '../helpers/build.js';
import { graphql, startServer, stop } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

// Issue 3's "Must show": the seed article through the built CLI, the HTTP
// server and a GraphQL query gives this graph.

interface Node {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}
interface Edge {
  type: string;
  source: Node;
  target: Node;
  evidence: { totalCount: number; nodes: { text: string }[] };
}

const ENTITIES: [string, string][] = [
  ['M23', 'ARMED_GROUP'],
  ['Rwanda', 'COUNTRY'],
  ['Democratic Republic of the Congo', 'COUNTRY'],
  ['Congo', 'COUNTRY'],
  ['Qatar', 'COUNTRY'],
  ['United States', 'COUNTRY'],
  ['Walikale', 'PLACE'],
  ['Goma', 'PLACE'],
  ['Bukavu', 'PLACE'],
  ['North Kivu', 'PLACE'],
  ['Kinshasa', 'PLACE'],
  ['Bisie tin mine', 'PLACE'],
  ['European Union', 'ORGANISATION'],
  ['United Nations', 'ORGANISATION'],
  ['U.N. Human Rights Council', 'ORGANISATION'],
  ['Doctors Without Borders', 'ORGANISATION'],
  ['Alphamin Resources', 'ORGANISATION'],
  ['Congolese army', 'ORGANISATION'],
  ['Felix Tshisekedi', 'PERSON'],
  ['Fiston Misona', 'PERSON'],
];

const RELATIONS: [string, string, string][] = [
  ['Rwanda', 'BACKS', 'M23'],
  ['M23', 'CAPTURED', 'Walikale'],
  ['M23', 'CAPTURED', 'Goma'],
  ['M23', 'CAPTURED', 'Bukavu'],
  ['European Union', 'SANCTIONED', 'M23'],
  ['U.N. Human Rights Council', 'INVESTIGATES', 'M23'],
  ['U.N. Human Rights Council', 'INVESTIGATES', 'Congolese army'],
];

const QUERY = `{
  entities(first: 200) { totalCount nodes { id name type aliases } }
  relations(first: 100) {
    totalCount
    nodes {
      type
      source { id name type aliases }
      target { id name type aliases }
      evidence(first: 1) { totalCount nodes { text } }
    }
  }
}`;

/** Names compare without case, dots, accents or a leading "the". */
const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f.]/g, '').replace(/^the\s+/i, '').toLowerCase().trim();
const called = (node: Node, name: string) => [node.name, ...node.aliases].some((n) => norm(n) === norm(name));

let server: { child: ChildProcessWithoutNullStreams; url: string } | undefined;
let entities: Node[] = [];
let relations: Edge[] = [];

beforeAll(async () => {
  server = await startServer([join(ROOT, 'seeds'), '--port', '0', '--data', join(tempDir('newsgraph-e2e-'), 'data')]);
  const result = await graphql(server.url, QUERY);
  expect(result.errors).toBeUndefined();
  entities = result.data.entities.nodes;
  relations = result.data.relations.nodes;
  // One page must hold the whole graph, or the checks below would miss something.
  expect(entities).toHaveLength(result.data.entities.totalCount);
  expect(relations).toHaveLength(result.data.relations.totalCount);
});

afterAll(async () => {
  if (server) await stop(server.child);
});

describe('the seed graph over GraphQL', () => {
  it.each(ENTITIES)('has %s as %s', (name, type) => {
    expect(entities.filter((e) => called(e, name)).map((e) => e.type)).toContain(type);
  });

  it.each(RELATIONS)('has %s %s %s, with evidence', (source, type, target) => {
    const found = relations.filter((r) => r.type === type && called(r.source, source) && called(r.target, target));
    expect(found, `${source} ${type} ${target} among ${relations.map((r) => `${r.source.name} ${r.type} ${r.target.name}`).join('; ')}`).not.toHaveLength(0);
    expect(found[0]!.evidence.totalCount).toBeGreaterThan(0);
    expect(found[0]!.evidence.nodes[0]!.text.length).toBeGreaterThan(0);
  });

  it('has nothing the article does not state: no CAPTURED by Rwanda, nothing BACKS a place', () => {
    expect(relations.filter((r) => r.type === 'CAPTURED' && called(r.source, 'Rwanda'))).toEqual([]);
    expect(relations.filter((r) => r.type === 'BACKS' && r.target.type === 'PLACE')).toEqual([]);
  });
});

describe('the README examples', () => {
  it('show what the server answers to each query (lists in any order)', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const from = readme.indexOf('## GraphQL');
    const section = readme.slice(from, readme.indexOf('\n## ', from + 1));
    const pairs = [...section.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)];
    expect(pairs.length).toBe(5);
    for (const [, query, shown] of pairs) {
      expect(canonical(await graphql(server!.url, query!)), query).toEqual(canonical(JSON.parse(shown!)));
    }
  });
});

/** The same value with every list sorted, for comparing answers whose lists have no set order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  return value;
}
