import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './helpers/api.js';
import { collectPages, testApi } from './helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await testApi(); });
afterAll(() => api.close());

const BACKS = 'country:RWA|BACKS|armed_group:m23';
const BY_CONFIDENCE = [
  'armed_group:m23|CAPTURED|place:goma', 'armed_group:m23|CAPTURED|place:walikale', 'country:USA|SANCTIONED|person:james-kabarebe',
  'organisation:european-union|SANCTIONED|armed_group:m23', BACKS, 'organisation:un-human-rights-council|INVESTIGATES|armed_group:m23',
  'organisation:un-human-rights-council|INVESTIGATES|organisation:congolese-army', 'armed_group:m23|CAPTURED|place:bukavu',
];

async function ids(args: string): Promise<string[]> {
  const r = await api.gql(`{ relations(${args}) { nodes { id } } }`);
  expect(r.errors).toBeUndefined();
  return r.data!.relations.nodes.map((n: { id: string }) => n.id);
}

describe('Query.relation', () => {
  it('returns a relation with both ends, dates, CAMEO code and paged evidence', async () => {
    const r = await api.gql(`query($id: ID!) { relation(id: $id) {
      id type status confidence documentCount cameo firstSeen lastSeen source { id } target { name }
      evidence(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { text start end sentence status confidence cameo document { id } } } } }`, { id: BACKS });
    const rel = r.data!.relation;
    expect(rel).toMatchObject({
      id: BACKS, type: 'BACKS', status: 'ASSERTED', confidence: 0.8, documentCount: 2, cameo: '070',
      firstSeen: '2025-01-28', lastSeen: '2025-03-20', source: { id: 'country:RWA' }, target: { name: 'M23' },
    });
    expect(rel.evidence.totalCount).toBe(2);
    expect(rel.evidence.nodes).toEqual([{
      text: 'M23 rebels backed by Rwanda captured Goma on Monday.', start: 0, end: 52, sentence: 0,
      status: 'ASSERTED', confidence: 0.8, cameo: '070', document: { id: 'kivu-1' },
    }]);
    const next = await api.gql(`query($id: ID!, $after: String) { relation(id: $id) { evidence(after: $after) {
      pageInfo { hasNextPage hasPreviousPage } nodes { status claimant text document { title } } } } }`, { id: BACKS, after: rel.evidence.pageInfo.endCursor });
    expect(next.data!.relation.evidence).toEqual({
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
      nodes: [{ status: 'DENIED', claimant: 'Rwanda', text: 'Rwanda denies backing M23.', document: { title: 'Talks in Doha' } }],
    });
  });

  it('is null for an unknown id', async () => {
    expect((await api.gql('{ relation(id: "a|BACKS|b") { id } }')).data).toEqual({ relation: null });
  });
});

describe('Query.relations', () => {
  it('sorts by confidence, then id, and pages', async () => {
    expect(await ids('first: 20')).toEqual(BY_CONFIDENCE);
    expect(await collectPages(api, 'relations', '', 3)).toEqual({ ids: BY_CONFIDENCE, pages: 3 });
  });

  it('sorts by status then date', async () => {
    const r = await ids('sort: [{status: DESC}, {firstSeen: ASC}], first: 2');
    expect(r).toEqual(['armed_group:m23|CAPTURED|place:bukavu', 'armed_group:m23|CAPTURED|place:goma']);
  });

  it.each([
    ['{type: {eq: CAPTURED}}', ['armed_group:m23|CAPTURED|place:goma', 'armed_group:m23|CAPTURED|place:walikale', 'armed_group:m23|CAPTURED|place:bukavu']],
    ['{status: {in: [CLAIMED, DENIED]}}', ['armed_group:m23|CAPTURED|place:bukavu']],
    ['{confidence: {gte: 0.85}}', BY_CONFIDENCE.slice(0, 4)],
    ['{source: {id: {eq: "armed_group:m23"}}, target: {name: {startsWith: "go"}}}', ['armed_group:m23|CAPTURED|place:goma']],
    ['{target: {type: {eq: PERSON}}}', ['country:USA|SANCTIONED|person:james-kabarebe']],
    ['{documents: {some: {id: {eq: "kivu-3"}}}}', [BACKS]],
    ['{seen: {gte: "2025-02-01", lt: "2025-03-01"}}', [
      'organisation:un-human-rights-council|INVESTIGATES|armed_group:m23', 'organisation:un-human-rights-council|INVESTIGATES|organisation:congolese-army', 'armed_group:m23|CAPTURED|place:bukavu']],
    ['{cameo: {eq: "163"}, documentCount: {eq: 1}}', ['country:USA|SANCTIONED|person:james-kabarebe', 'organisation:european-union|SANCTIONED|armed_group:m23']],
  ])('filters with where: %s', async (where, expected) => {
    expect(await ids(`where: ${where}`)).toEqual(expected);
  });

  it('aggregates by type and status', async () => {
    const r = await api.gql('{ relations(first: 0) { totalCount edges { cursor } aggregate { count byType { type count } byStatus { status count } } } }');
    expect(r.data!.relations).toEqual({
      totalCount: 8, edges: [],
      aggregate: {
        count: 8,
        byType: [{ type: 'BACKS', count: 1 }, { type: 'CAPTURED', count: 3 }, { type: 'SANCTIONED', count: 2 }, { type: 'INVESTIGATES', count: 2 }],
        byStatus: [{ status: 'ASSERTED', count: 7 }, { status: 'CLAIMED', count: 1 }, { status: 'DENIED', count: 0 }, { status: 'NEGATED', count: 0 }, { status: 'HYPOTHETICAL', count: 0 }],
      },
    });
  });
});

describe('Query.document(s)', () => {
  it('returns a document with its entities and relations', async () => {
    const r = await api.gql(`{ document(id: "kivu-2") { id title url source publishedAt ingestedAt chars
      entities(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } } relations { nodes { id } } } }`);
    const d = r.data!.document;
    expect(d).toMatchObject({ id: 'kivu-2', title: 'Bukavu falls', url: 'https://www.reuters.com/world/bukavu', source: 'www.reuters.com', publishedAt: '2025-02-16' });
    expect(d.chars).toBeGreaterThan(50);
    expect(Date.parse(d.ingestedAt)).not.toBeNaN();
    expect(d.entities).toEqual({ totalCount: 4, nodes: [{ id: 'armed_group:m23' }, { id: 'organisation:congolese-army' }], pageInfo: { hasNextPage: true } });
    expect(d.relations.nodes.map((n: { id: string }) => n.id)).toEqual([
      'armed_group:m23|CAPTURED|place:bukavu', 'organisation:un-human-rights-council|INVESTIGATES|armed_group:m23', 'organisation:un-human-rights-council|INVESTIGATES|organisation:congolese-army',
    ]);
    expect((await api.gql('{ document(id: "nope") { id } }')).data).toEqual({ document: null });
  });

  it('lists, filters, sorts, pages and aggregates documents', async () => {
    const r = await api.gql(`{ all: documents { nodes { id } aggregate { count bySource { source count } } }
      latest: documents(sort: [{publishedAt: DESC}], first: 2) { nodes { id } pageInfo { hasNextPage } }
      mine: documents(where: {source: {eq: "www.mymotherlode.com"}, title: {contains: "walikale"}}) { nodes { id } }
      about: documents(where: {entities: {some: {type: {eq: PERSON}}}}) { nodes { id } } }`);
    expect(r.data!.all.nodes.map((n: { id: string }) => n.id)).toEqual(['kivu-1', 'kivu-2', 'kivu-3', 'kivu-4']);
    expect(r.data!.all.aggregate).toEqual({ count: 4, bySource: [
      { source: 'www.mymotherlode.com', count: 2 }, { source: 'www.aljazeera.com', count: 1 }, { source: 'www.reuters.com', count: 1 }] });
    expect(r.data!.latest).toEqual({ nodes: [{ id: 'kivu-4' }, { id: 'kivu-3' }], pageInfo: { hasNextPage: true } });
    expect(r.data!.mine.nodes).toEqual([{ id: 'kivu-4' }]);
    expect(r.data!.about.nodes).toEqual([{ id: 'kivu-3' }, { id: 'kivu-4' }]);
    expect(await collectPages(api, 'documents', 'sort: [{publishedAt: ASC}]', 3)).toEqual({ ids: ['kivu-1', 'kivu-2', 'kivu-3', 'kivu-4'], pages: 2 });
  });
});
