import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './helpers/api.js';
import { testApi } from './helpers/api.js';
import { EU_RWANDA } from './fixtures/corpus.js';

let api: TestApi;
beforeAll(async () => { api = await testApi(); });
afterAll(() => api.close());

const idsOf = (list: { id: string }[]) => list.map((n) => n.id);

describe('Query.neighbourhood', () => {
  it('walks one and two hops, nearest first, with the relations among the nodes', async () => {
    const r = await api.gql(`{ one: neighbourhood(id: "country:RWA") { nodes { id } edges { id } truncated }
      two: neighbourhood(id: "country:RWA", depth: 2) { nodes { id } edges { id } truncated } }`);
    expect(r.data!.one).toEqual({ nodes: [{ id: 'country:RWA' }, { id: 'armed_group:m23' }], edges: [{ id: 'country:RWA|BACKS|armed_group:m23' }], truncated: false });
    expect(idsOf(r.data!.two.nodes)).toEqual([
      'country:RWA', 'armed_group:m23', 'place:goma', 'place:bukavu', 'place:walikale', 'organisation:european-union', 'organisation:un-human-rights-council',
    ]);
    expect(r.data!.two.edges).toHaveLength(6);
    expect(r.data!.two.truncated).toBe(false);
  });

  it('follows only the given types and direction, and stops at the limit', async () => {
    const r = await api.gql(`{ captured: neighbourhood(id: "armed_group:m23", types: [CAPTURED]) { nodes { id } edges { type } }
      out: neighbourhood(id: "country:RWA", depth: 3, direction: OUT) { nodes { id } }
      capped: neighbourhood(id: "armed_group:m23", limit: 3) { nodes { id } truncated } }`);
    expect(idsOf(r.data!.captured.nodes)).toEqual(['armed_group:m23', 'place:goma', 'place:bukavu', 'place:walikale']);
    expect(r.data!.captured.edges).toEqual([{ type: 'CAPTURED' }, { type: 'CAPTURED' }, { type: 'CAPTURED' }]);
    expect(idsOf(r.data!.out.nodes)).toEqual(['country:RWA', 'armed_group:m23', 'place:goma', 'place:bukavu', 'place:walikale']);
    expect(r.data!.capped).toEqual({ nodes: [{ id: 'armed_group:m23' }, { id: 'place:goma' }, { id: 'place:bukavu' }], truncated: true });
  });

  it('leaves out relations within the outer ring unless asked for the induced subgraph', async () => {
    const other = await testApi();
    await other.workspace.ingest(EU_RWANDA.input);
    const r = await other.gql(`{ walked: neighbourhood(id: "armed_group:m23") { nodes { id } edges { id } }
      induced: neighbourhood(id: "armed_group:m23", induced: true) { nodes { id } edges { id } } }`);
    expect(r.data!.induced.nodes).toEqual(r.data!.walked.nodes);
    expect(r.data!.walked.edges).toHaveLength(6);
    expect(r.data!.induced.edges).toHaveLength(7);
    expect(r.data!.induced.edges).toContainEqual({ id: 'organisation:european-union|SANCTIONED|country:RWA' });
    await other.close();
  });

  it('refuses a depth over the cap and an unknown entity', async () => {
    const deep = await api.gql('{ neighbourhood(id: "country:RWA", depth: 4) { truncated } }');
    expect(deep.errors![0]).toMatchObject({ message: 'neighbourhood: depth must be between 1 and 3, got 4', extensions: { code: 'BAD_USER_INPUT' } });
    const none = await api.gql('{ neighbourhood(id: "person:nobody") { truncated } }');
    expect(none.errors![0]).toMatchObject({ message: 'neighbourhood: no entity with id "person:nobody"', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('Query.shortestPath and Query.paths', () => {
  it('finds the shortest chain, in either direction by default', async () => {
    const r = await api.gql(`{ p: shortestPath(from: "country:RWA", to: "organisation:congolese-army") { length nodes { id } edges { id } }
      out: shortestPath(from: "country:RWA", to: "organisation:congolese-army", direction: OUT) { length }
      short: shortestPath(from: "country:RWA", to: "organisation:congolese-army", maxLength: 2) { length }
      self: shortestPath(from: "place:goma", to: "place:goma") { length nodes { id } } }`);
    expect(r.data!.p).toEqual({
      length: 3,
      nodes: [{ id: 'country:RWA' }, { id: 'armed_group:m23' }, { id: 'organisation:un-human-rights-council' }, { id: 'organisation:congolese-army' }],
      edges: [{ id: 'country:RWA|BACKS|armed_group:m23' }, { id: 'organisation:un-human-rights-council|INVESTIGATES|armed_group:m23' },
        { id: 'organisation:un-human-rights-council|INVESTIGATES|organisation:congolese-army' }],
    });
    expect(r.data!.out).toBeNull();
    expect(r.data!.short).toBeNull();
    expect(r.data!.self).toEqual({ length: 0, nodes: [{ id: 'place:goma' }] });
  });

  it('lists simple paths shortest first, within the length and type limits', async () => {
    const r = await api.gql(`{ all: paths(from: "place:goma", to: "place:bukavu", maxLength: 4) { length nodes { id } }
      typed: paths(from: "place:goma", to: "organisation:congolese-army", types: [CAPTURED]) { length }
      one: paths(from: "country:RWA", to: "organisation:european-union", first: 1) { length edges { type } } }`);
    expect(r.data!.all).toEqual([{ length: 2, nodes: [{ id: 'place:goma' }, { id: 'armed_group:m23' }, { id: 'place:bukavu' }] }]);
    expect(r.data!.typed).toEqual([]);
    expect(r.data!.one).toEqual([{ length: 2, edges: [{ type: 'BACKS' }, { type: 'SANCTIONED' }] }]);
    const long = await api.gql('{ paths(from: "place:goma", to: "place:bukavu", maxLength: 6) { length } }');
    expect(long.errors![0]!.message).toBe('paths: maxLength must be between 1 and 5, got 6');
  });
});

describe('Query.subgraph', () => {
  it('returns the known entities and the relations among them', async () => {
    const r = await api.gql('{ subgraph(ids: ["armed_group:m23", "place:goma", "country:RWA", "person:nobody"]) { nodes { id } edges { id } truncated } }');
    expect(r.data!.subgraph).toEqual({
      nodes: [{ id: 'armed_group:m23' }, { id: 'place:goma' }, { id: 'country:RWA' }],
      edges: [{ id: 'armed_group:m23|CAPTURED|place:goma' }, { id: 'country:RWA|BACKS|armed_group:m23' }],
      truncated: false,
    });
  });
});

describe('Query.stats', () => {
  it('counts, ranks and clusters the graph', async () => {
    const r = await api.gql(`{ stats { version entityCount relationCount documentCount density
      entitiesByType { type count } relationsByType { type count } relationsByStatus { status count }
      topByDegree(first: 2) { entity { id } score } topByPagerank(first: 3) { entity { id } score }
      communityCount modularity communities(first: 2) { id size members(first: 2) { id community } } } }`);
    const s = r.data!.stats;
    expect(s).toMatchObject({ entityCount: 14, relationCount: 8, documentCount: 4 });
    expect(s.version).toBeGreaterThan(0);
    expect(s.density).toBeCloseTo(8 / (14 * 13));
    expect(s.entitiesByType).toContainEqual({ type: 'PLACE', count: 4 });
    expect(s.relationsByType).toContainEqual({ type: 'CAPTURED', count: 3 });
    expect(s.relationsByStatus).toContainEqual({ status: 'CLAIMED', count: 1 });
    expect(s.topByDegree).toEqual([{ entity: { id: 'armed_group:m23' }, score: 6 }, { entity: { id: 'organisation:un-human-rights-council' }, score: 2 }]);
    expect(s.topByPagerank).toHaveLength(3);
    expect(s.topByPagerank[0].score).toBeGreaterThanOrEqual(s.topByPagerank[1].score);
    expect(s.communityCount).toBeGreaterThan(1);
    expect(s.communities[0].size).toBeGreaterThanOrEqual(s.communities[1].size);
    for (const c of s.communities) for (const m of c.members) expect(m.community).toBe(c.id);
    expect(s.communities[0].members[0].id).toBe('armed_group:m23');
  });
});
