import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/persist/index.js';
import type { Workspace } from '../../src/persist/index.js';
import { createServer } from '../../src/api/index.js';
import type { NewsgraphServer } from '../../src/api/index.js';
import { CORPUS, fixtureExtractor } from './fixtures/corpus.js';

// Over HTTP, clean repeated queries skip yoga (src/api/fast-path.ts). Their
// answers must be byte for byte what yoga gives, and anything else must reach yoga.

let workspace: Workspace;
let server: NewsgraphServer;
let url: string;

beforeAll(async () => {
  workspace = await openWorkspace({ extractor: fixtureExtractor });
  await workspace.ingestMany(CORPUS.map((f) => f.input));
  server = createServer(workspace, { token: 'tok', log: () => undefined });
  ({ url } = await server.listen(0));
});
afterAll(async () => {
  await server.close();
  await workspace.close();
});

const body = (query: string, variables?: Record<string, unknown>, operationName?: string) => JSON.stringify({ query, variables, operationName });
const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

/** The fast path's counters, from /healthz. */
async function fastPath(): Promise<{ served: number; delegated: number }> {
  return ((await (await fetch(url.replace('/graphql', '/healthz'))).json()) as { fastPath: { served: number; delegated: number } }).fastPath;
}

async function both(payload: string, extra: Record<string, string> = {}) {
  const http = await fetch(url, { method: 'POST', headers: { ...headers, ...extra }, body: payload });
  const inProcess = await server.yoga.fetch('http://x/graphql', { method: 'POST', headers: { ...headers, ...extra }, body: payload });
  return { http: { status: http.status, type: http.headers.get('content-type'), text: await http.text() }, yoga: { status: inProcess.status, type: inProcess.headers.get('content-type'), text: await inProcess.text() } };
}

describe('the HTTP fast path', () => {
  it.each([
    [body('query($id: ID!) { entity(id: $id) { id name type aliases degree neighbours { id } } }', { id: 'armed_group:m23' })],
    [body('{ entities(first: 3, sort: [{name: ASC}]) { totalCount edges { cursor node { name } } aggregate { byType { type count } } } }')],
    [body('query A { stats { entityCount } } query B { search(query: "kagme") { id } }', undefined, 'B')],
    [body('{ neighbourhood(id: "country:RWA", depth: 2) { nodes { id centrality { degree } } edges { id evidence { nodes { text } } } } }')],
    [body('fragment F on Entity { id name } { subgraph(ids: ["place:goma", "armed_group:m23"]) { nodes { ...F } edges { source { ...F } } } }')],
    [body('{ relation(id: "country:RWA|BACKS|armed_group:m23") { status confidence cameo firstSeen evidence { totalCount nodes { text start end status claimant trigger { text } document { id publishedAt url } } } } }')],
    [body('{ documents(where: {source: {eq: "www.mymotherlode.com"}}) { aggregate { count bySource { source count } } nodes { title entities(first: 2) { nodes { id geo { lat countryCode } } } } } }')],
    // Every leaf type of Entity and Relation: the fast path skips graphql-jit's leaf serialisers.
    [body('{ entity(id: "place:goma") { id name type aliases mentionCount documentCount degree inDegree outDegree community centrality { degree pagerank betweenness } position { x y } geo { lat lon geonamesId countryCode } firstSeen lastSeen relations { totalCount nodes { id type status confidence documentCount cameo firstSeen lastSeen } } } }')],
    [body('query($t: [EntityType!]) { search(query: "ka", types: $t) { id } paths(from: "place:goma", to: "organisation:congolese-army") { length edges { type } } stats { entitiesByType { type count } topByDegree(first: 2) { score entity { id } } } }', { t: null })],
  ])('answers exactly as yoga does: %s', async (payload) => {
    const before = await fastPath();
    const { http, yoga } = await both(payload);
    expect(http).toEqual(yoga);
    expect(JSON.parse(http.text).errors).toBeUndefined();
    expect(await fastPath()).toEqual({ served: before.served + 1, delegated: before.delegated });
  });

  it('estimates a variable-sized result again for each request, and a fixed one once', async () => {
    const sized = 'query($n: Int) { entities(first: $n) { nodes { neighbours(first: $n) { id } } } }';
    const small = await both(body(sized, { n: 2 }));
    expect(JSON.parse(small.http.text).errors).toBeUndefined();
    const large = await both(body(sized, { n: 1000 }));
    expect(JSON.parse(large.http.text).errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    const fixed = 'query($id: ID!) { entity(id: $id) { id neighbours(first: 2) { id } } }';
    for (const id of ['armed_group:m23', 'country:RWA']) expect(JSON.parse((await both(body(fixed, { id }))).http.text).data.entity.id).toBe(id);
  });

  it.each([
    ['an unknown field', body('{ entity(id: "x") { secret } }'), 'GRAPHQL_VALIDATION_FAILED', 400],
    ['an execution error', body('{ neighbourhood(id: "person:nobody") { truncated } }'), 'NOT_FOUND', 404],
    ['a query 50 levels deep', body(`{ entity(id: "a") { ${'neighbours { '.repeat(48)}id${' }'.repeat(48)} } }`), 'QUERY_TOO_DEEP', 400],
    ['too big a result', body('query($n: Int) { entities(first: $n) { nodes { neighbours(first: $n) { id } } } }', { n: 1000 }), 'QUERY_TOO_COSTLY', 400],
    ['a mutation without the token', body('mutation { removeDocument(id: "kivu-1") { kind } }'), 'UNAUTHENTICATED', 401],
    ['a batch', JSON.stringify(Array.from({ length: 20 }, () => ({ query: '{ stats { version } }' }))), 'BATCH_TOO_LARGE', 413],
    ['malformed JSON', '{"query": ', 'BAD_REQUEST', 400],
  ])('hands %s to yoga, which refuses it', async (_name, payload, code, status) => {
    const before = await fastPath();
    const { http, yoga } = await both(payload);
    expect(http.status).toBe(status);
    const after = await fastPath();
    expect(after.served).toBe(before.served);
    expect(JSON.parse(http.text).errors[0].extensions.code).toBe(code);
    expect(JSON.parse(http.text)).toEqual(JSON.parse(yoga.text));
  });

  it.each([[''], ['*/*'], ['application/json'], ['application/json, application/graphql-response+json'], ['application/graphql-response+json, application/json;q=0.9']])(
    'picks the media type yoga would for Accept: %s', async (accept) => {
      const { http, yoga } = await both(body('{ stats { version } }'), { accept });
      expect(http).toEqual(yoga);
    });

  it('serialises awkward strings exactly as yoga does', async () => {
    const name = 'Ça "va" \\ tab\there\nnew line ✓ 🚀 \u2028 </script> \u0007';
    const renamed = await fetch(url, { method: 'POST', headers: { ...headers, authorization: 'Bearer tok' },
      body: body('mutation($n: String!) { renameEntity(id: "place:bukavu", name: $n) { entity { name } } }', { n: name }) });
    expect((await renamed.json()).data.renameEntity.entity.name).toBe(name.trim());
    const { http, yoga } = await both(body('{ entity(id: "place:bukavu") { name aliases } search(query: "bukavu") { name } }'));
    expect(http).toEqual(yoga);
  });

  it('serves mutations through yoga, and later queries see their effect', async () => {
    const mutation = await fetch(url, { method: 'POST', headers: { ...headers, authorization: 'Bearer tok' }, body: body('mutation { renameEntity(id: "place:goma", name: "Goma (city)") { entity { name } } }') });
    expect(await mutation.json()).toEqual({ data: { renameEntity: { entity: { name: 'Goma (city)' } } } });
    const { http } = await both(body('{ entity(id: "place:goma") { name } }'));
    expect(JSON.parse(http.text)).toEqual({ data: { entity: { name: 'Goma (city)' } } });
  });
});
