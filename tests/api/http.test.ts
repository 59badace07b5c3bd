import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/persist/index.js';
import type { Workspace } from '../../src/persist/index.js';
import { createServer } from '../../src/api/index.js';
import type { NewsgraphServer } from '../../src/api/index.js';
import { CORPUS, fixtureExtractor } from './fixtures/corpus.js';

// The same API over a real socket: createServer + listen, as `newsgraph serve` uses it.

let workspace: Workspace;
let server: NewsgraphServer;
let url: string;

beforeAll(async () => {
  workspace = await openWorkspace({ extractor: fixtureExtractor });
  await workspace.ingestMany(CORPUS.map((f) => f.input));
  server = createServer(workspace, { token: 'tok', log: () => undefined, cors: { origin: ['http://allowed.example'] } });
  ({ url } = await server.listen(0));
});
afterAll(async () => {
  await server.close();
  await workspace.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body });

describe('over HTTP', () => {
  it('listens on 127.0.0.1 by default and answers queries', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const response = await post(JSON.stringify({ query: '{ entity(id: "armed_group:m23") { name neighbours(direction: OUT) { name } } }' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { entity: { name: 'M23', neighbours: [{ name: 'Bukavu' }, { name: 'Goma' }, { name: 'Walikale' }] } } });
  });

  it('serves GraphiQL to browsers and /healthz to probes', async () => {
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<title>newsgraph<\/title>/);
    const health = await fetch(url.replace('/graphql', '/healthz'));
    expect(await health.json()).toMatchObject({ status: 'ok', entities: 14, relations: 8, documents: 4 });
  });

  it('ingests with the token, and refuses without it', async () => {
    const mutation = JSON.stringify({ query: 'mutation { ingestDocument(input: {id: "http-1", text: "A quiet day."}) { documentId } }' });
    const refused = await post(mutation);
    expect(refused.status).toBe(401);
    expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const accepted = await post(mutation, { authorization: 'Bearer tok' });
    expect(await accepted.json()).toEqual({ data: { ingestDocument: { documentId: 'http-1' } } });
  });

  it('refuses a 10 MB body before reading it, and keeps answering', async () => {
    const body = JSON.stringify({ query: '{ stats { version } }', pad: 'x'.repeat(10 * 1024 * 1024) });
    const response = await post(body);
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('BODY_TOO_LARGE');
    const after = await post(JSON.stringify({ query: '{ stats { documentCount } }' }));
    expect(await after.json()).toEqual({ data: { stats: { documentCount: 5 } } });
  });

  it('answers CORS preflights only for configured origins', async () => {
    const preflight = (origin: string) => fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('http://allowed.example')).headers.get('access-control-allow-origin')).toBe('http://allowed.example');
    expect((await preflight('http://evil.example')).headers.get('access-control-allow-origin')).not.toBe('http://evil.example');
  });

  it('closes with open subscriptions', async () => {
    const other = createServer(workspace, { log: () => undefined });
    const { url: otherUrl } = await other.listen(0);
    const response = await fetch(otherUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { graphChanged { kind } }' }) });
    expect(response.status).toBe(200);
    await other.close();
    await expect(fetch(otherUrl)).rejects.toThrow();
  });
});
