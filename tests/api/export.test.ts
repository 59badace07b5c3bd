import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/index.js';
import type { TestApi } from './helpers/api.js';
import { testApi } from './helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await testApi({ token: 'tok', limits: { maxExportEntities: 10 } }); });
afterAll(() => api.close());

const AUTH = { authorization: 'Bearer tok' };
const positions = async () => (await api.gql('{ entities(first: 20, sort: [{id: ASC}]) { nodes { id position { x y } } } }')).data!.entities.nodes;

describe('Query.export and GET /export/graph.<extension>', () => {
  it('lays out missing positions first, then gives the export stage\'s exact text', async () => {
    expect((await positions()).every((n: { position: unknown }) => n.position === null)).toBe(true);
    const r = await api.gql('{ export(format: CSV_NODES, filter: {types: [PLACE, COUNTRY]}) }');
    expect(r.errors).toBeUndefined();
    expect((await positions()).every((n: { position: { x: number } | null }) => typeof n.position?.x === 'number')).toBe(true);
    expect(r.data!.export).toBe(exportGraph(api.workspace.store.graph, 'csv-nodes', { filter: { types: ['PLACE', 'COUNTRY'] } }));
    expect(r.data!.export.trim().split('\n')).toHaveLength(1 + 7);
  });

  it('serves the same text over the HTTP route, with the filter in the query string', async () => {
    const gexf = await api.gql('{ export(format: GEXF, filter: {around: "country:RWA", depth: 1}) }');
    const response = await api.yoga.fetch('http://newsgraph.test/export/graph.gexf?around=country:RWA&depth=1');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="graph.gexf"');
    expect(await response.text()).toBe(gexf.data!.export);
    const csv = await api.yoga.fetch('http://newsgraph.test/export/graph.edges.csv?relationTypes=CAPTURED&minConfidence=0.8');
    expect((await csv.text()).trim().split('\n')).toHaveLength(1 + 2);
  });

  it('refuses unknown formats, unknown entities and exports over the limit', async () => {
    const ext = await api.yoga.fetch('http://newsgraph.test/export/graph.xlsx');
    expect(ext.status).toBe(404);
    expect((await ext.json()).errors[0].message).toMatch(/no format for "graph.xlsx" \(there are graph.gexf, graph.graphml/);
    const around = await api.yoga.fetch('http://newsgraph.test/export/graph.dot?around=person:nobody');
    expect(around.status).toBe(400);
    expect((await around.json()).errors[0]).toEqual({ message: 'export: around: no entity with id "person:nobody"', extensions: { code: 'BAD_USER_INPUT' } });
    const big = await api.gql('{ export(format: DOT) }');
    expect(big.errors![0]).toMatchObject({ message: 'export: 14 entities, the limit here is 10; GET /export/graph.<extension> streams any size', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('Mutation.relayout', () => {
  it('recomputes positions, reproducibly for a seed, with the token only', async () => {
    const denied = await api.gql('mutation { relayout { nodes } }');
    expect(denied.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const first = await api.gql('mutation { relayout(seed: 7, iterations: 50) { nodes edges iterations stoppedEarly ms } }', {}, AUTH);
    expect(first.data!.relayout).toMatchObject({ nodes: 14, edges: 8, iterations: 50, stoppedEarly: false });
    const a = await positions();
    await api.gql('mutation { relayout(seed: 8, iterations: 50) { nodes } }', {}, AUTH);
    expect(await positions()).not.toEqual(a);
    await api.gql('mutation { relayout(seed: 7, iterations: 50) { nodes } }', {}, AUTH);
    expect(await positions()).toEqual(a);
    const bad = await api.gql('mutation { relayout(iterations: 0) { nodes } }', {}, AUTH);
    expect(bad.errors![0]!.message).toBe('relayout: iterations must be between 1 and 2000, got 0');
  });
});
