import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './helpers/api.js';
import { collectPages, testApi } from './helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await testApi(); });
afterAll(() => api.close());

const BY_DEGREE = [
  'armed_group:m23', 'organisation:un-human-rights-council',
  'country:RWA', 'country:USA', 'organisation:congolese-army', 'organisation:european-union', 'person:james-kabarebe', 'place:bukavu', 'place:goma', 'place:walikale',
  'country:QAT', 'person:felix-tshisekedi', 'person:paul-kagame', 'place:doha',
];

async function ids(args: string): Promise<string[]> {
  const r = await api.gql(`{ entities(${args}) { nodes { id } } }`);
  expect(r.errors).toBeUndefined();
  return r.data!.entities.nodes.map((n: { id: string }) => n.id);
}

describe('Query.entity', () => {
  it('returns every field of an entity', async () => {
    const r = await api.gql(`{ entity(id: "armed_group:m23") {
      id name type aliases mentionCount documentCount degree inDegree outDegree firstSeen lastSeen geo { lat }
      centrality { degree pagerank betweenness } community } }`);
    expect(r.data!.entity).toMatchObject({
      id: 'armed_group:m23', name: 'M23', type: 'ARMED_GROUP', aliases: ['M23 fighters'], documentCount: 4,
      degree: 6, inDegree: 3, outDegree: 3, firstSeen: '2025-01-28', lastSeen: '2025-04-02', geo: null,
    });
    expect(r.data!.entity.mentionCount).toBeGreaterThanOrEqual(5);
    expect(r.data!.entity.centrality.degree).toBeCloseTo(6 / 13);
    expect(r.data!.entity.centrality.pagerank).toBeGreaterThan(0);
    expect(r.data!.entity.centrality.betweenness).toBeGreaterThan(0);
    expect(Number.isInteger(r.data!.entity.community)).toBe(true);
  });

  it('gives geo for places and null for an unknown id', async () => {
    const r = await api.gql('{ goma: entity(id: "place:goma") { geo { lat lon geonamesId countryCode } } none: entity(id: "person:nobody") { id } }');
    expect(r.data).toEqual({ goma: { geo: { lat: -1.679, lon: 29.228, geonamesId: 216281, countryCode: 'COD' } }, none: null });
  });

  it('lists relations by direction and type, neighbours and documents', async () => {
    const r = await api.gql(`{ entity(id: "armed_group:m23") {
      out: relations(direction: OUT) { totalCount nodes { id confidence } }
      backs: relations(types: [BACKS]) { nodes { id status } }
      into: neighbours(direction: IN) { id }
      two: neighbours(first: 2) { id }
      documents(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } } } }`);
    const e = r.data!.entity;
    expect(e.out.nodes.map((n: { id: string }) => n.id)).toEqual([
      'armed_group:m23|CAPTURED|place:goma', 'armed_group:m23|CAPTURED|place:walikale', 'armed_group:m23|CAPTURED|place:bukavu',
    ]);
    expect(e.backs.nodes).toEqual([{ id: 'country:RWA|BACKS|armed_group:m23', status: 'ASSERTED' }]);
    expect(e.into.map((n: { id: string }) => n.id)).toEqual(['country:RWA', 'organisation:european-union', 'organisation:un-human-rights-council']);
    expect(e.two).toEqual([{ id: 'country:RWA' }, { id: 'organisation:european-union' }]);
    expect(e.documents).toEqual({ totalCount: 4, nodes: [{ id: 'kivu-1' }, { id: 'kivu-2' }], pageInfo: { hasNextPage: true } });
  });
});

describe('Query.entities', () => {
  it('sorts by degree, then id, by default', async () => {
    expect(await ids('first: 20')).toEqual(BY_DEGREE);
  });

  it('pages with cursors that round-trip', async () => {
    const paged = await collectPages(api, 'entities', '', 3);
    expect(paged).toEqual({ ids: BY_DEGREE, pages: 5 });
    const r = await api.gql('{ entities(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }');
    const c = r.data!.entities;
    expect(c.totalCount).toBe(14);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: c.edges[0].cursor, endCursor: c.edges[2].cursor });
    const last = await api.gql('query($a: String) { entities(first: 20, after: $a) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }', { a: c.edges[2].cursor });
    expect(last.data!.entities.nodes.length).toBe(11);
    expect(last.data!.entities.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses a cursor it did not issue and a page over the limit', async () => {
    const bad = await api.gql('{ entities(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toMatch(/entities: "after" is not a cursor/);
    const big = await api.gql('{ entities(first: 5000) { totalCount } }');
    expect(big.errors![0]!.message).toBe('entities: first must be between 0 and 1000, got 5000');
  });

  it('sorts by several fields (enums by name)', async () => {
    expect(await ids('sort: [{type: ASC}, {name: DESC}], first: 5')).toEqual([
      'armed_group:m23', 'country:USA', 'country:RWA', 'country:QAT', 'organisation:un-human-rights-council',
    ]);
    expect(await ids('where: {type: {eq: PLACE}}, sort: [{firstSeen: DESC}]')).toEqual(['place:walikale', 'place:doha', 'place:bukavu', 'place:goma']);
  });

  it.each([
    ['{type: {in: [PLACE]}}', ['place:bukavu', 'place:goma', 'place:walikale', 'place:doha']],
    ['{name: {contains: "CONGOL"}}', ['organisation:congolese-army']],
    ['{name: {startsWith: "felix"}}', ['person:felix-tshisekedi']],
    ['{name: {eq: "FARDC"}}', ['organisation:congolese-army']],
    ['{degree: {gte: 2}}', ['armed_group:m23', 'organisation:un-human-rights-council']],
    ['{countryCode: {eq: "COD"}}', ['place:bukavu', 'place:goma', 'place:walikale']],
    ['{documents: {some: {id: {eq: "kivu-4"}}}}', ['armed_group:m23', 'country:USA', 'person:james-kabarebe', 'place:walikale']],
    ['{relations: {some: {type: {eq: SANCTIONED}}}}', ['armed_group:m23', 'country:USA', 'organisation:european-union', 'person:james-kabarebe']],
    ['{OR: [{type: {eq: COUNTRY}}, {name: {eq: "Doha"}}], NOT: {id: {eq: "country:QAT"}}}', ['country:RWA', 'country:USA', 'place:doha']],
  ])('filters with where: %s', async (where, expected) => {
    expect(await ids(`where: ${where}`)).toEqual(expected);
  });

  it('aggregates counts by type over all matches', async () => {
    const r = await api.gql('{ entities(first: 1) { aggregate { count byType { type count } } } }');
    expect(r.data!.entities.aggregate).toEqual({
      count: 14,
      byType: [{ type: 'PERSON', count: 3 }, { type: 'ARMED_GROUP', count: 1 }, { type: 'ORGANISATION', count: 3 }, { type: 'COUNTRY', count: 3 }, { type: 'PLACE', count: 4 }],
    });
  });
});

describe('Query.search', () => {
  it.each([
    ['FÉLIX tshisekedi', 'person:felix-tshisekedi'],
    ['tshisekedi', 'person:felix-tshisekedi'],
    ['kagme', 'person:paul-kagame'],
    ['rwnda', 'country:RWA'],
    ['U.S.', 'country:USA'],
    ['m23', 'armed_group:m23'],
  ])('finds %s', async (query, id) => {
    const r = await api.gql('query($q: String!) { search(query: $q) { id } }', { q: query });
    expect(r.data!.search[0]).toEqual({ id });
  });

  it('ranks word prefixes before substrings, ties by degree then id, and filters by type', async () => {
    const r = await api.gql('{ all: search(query: "ka") { id } places: search(query: "ka", types: [PLACE], first: 1) { id } }');
    expect(r.data!.all.map((e: { id: string }) => e.id)).toEqual(['person:james-kabarebe', 'person:paul-kagame', 'place:bukavu', 'place:walikale']);
    expect(r.data!.places).toEqual([{ id: 'place:bukavu' }]);
  });

  it('refuses an empty query', async () => {
    const r = await api.gql('{ search(query: "  ") { id } }');
    expect(r.errors![0]).toMatchObject({ message: 'search: query must be 1 to 200 characters, got 0', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
