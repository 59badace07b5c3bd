import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type NewsgraphServer } from '../../src/api/index.js';
import { WEB_DIR } from '../../src/api/web.js';
import { FORMATS } from '../../src/export/index.js';
import { ENTITY_COLOURS } from '../../src/layout/palette.js';
import { openWorkspace, type Workspace } from '../../src/persist/index.js';
import { CORPUS, fixtureExtractor } from '../api/fixtures/corpus.js';

// The routes that serve the explorer page, over HTTP with a stand-in build: content types,
// caching, the page's security headers, what the page is told about the server, and the
// graph it draws.

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = 'main-ABCDEF12.js';
let workspace: Workspace;
let server: NewsgraphServer;
let base: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-route-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>explorer</title><script defer src="/web/${SCRIPT}"></script>`);
  writeFileSync(join(dir, SCRIPT), 'console.log("explorer");');
  process.env.NEWSGRAPH_WEB_DIR = dir;
  workspace = await openWorkspace({ extractor: fixtureExtractor });
  await workspace.ingestMany(CORPUS.map((f) => f.input));
  server = createServer(workspace, { token: 'tok', log: () => undefined });
  base = (await server.listen(0)).url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await server.close();
  await workspace.close();
  delete process.env.NEWSGRAPH_WEB_DIR;
});

describe('GET / and /web/*', () => {
  it('serves the page, revalidated each time, with a content security policy that allows nothing from elsewhere', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'.*connect-src 'self'/);
    expect(await page.text()).toContain(SCRIPT);
    const again = await fetch(`${base}/`, { headers: { 'if-none-match': page.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves hashed assets to be cached for good, with their content type', async () => {
    const script = await fetch(`${base}/web/${SCRIPT}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    const head = await fetch(`${base}/web/${SCRIPT}`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it.each([
    ['/web/missing-ABCDEF12.js', 404],
    ['/web/..%2Fpackage.json', 404],
    ['/web/sub/dir.js', 404],
    ['/web/notes.txt', 404],
  ])('answers %s with %i and no file from outside the build', async (path, status) => {
    expect((await fetch(`${base}${path}`)).status).toBe(status);
  });

  it('refuses other methods', async () => {
    expect((await fetch(`${base}/`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('says how to build the page when there is no build', async () => {
    process.env.NEWSGRAPH_WEB_DIR = mkdtempSync(join(tmpdir(), 'newsgraph-unbuilt-'));
    const bare = createServer(workspace, { log: () => undefined });
    const response = await bare.yoga.fetch('http://test/');
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/npm run build:web/);
    await bare.close();
  });

  it('reads the build from dist/web by default', () => {
    expect(WEB_DIR).toBe(join(ROOT, 'dist', 'web') + '/');
  });
});

describe('what the page asks the server', () => {
  it('config: every export format, and whether mutations need the token', async () => {
    const config = await (await fetch(`${base}/web/config.json`)).json();
    expect(config.formats.map((f: { extension: string }) => f.extension)).toEqual(Object.values(FORMATS).map((f) => f.extension));
    expect(config).toMatchObject({ tokenRequired: true, graphiql: true });
  });

  it('graph: one array per attribute, with the positions of /export/graph.json and the palette colours', async () => {
    const graph = await (await fetch(`${base}/web/graph.json`)).json();
    const exported = await (await fetch(`${base}/export/graph.json`)).json();
    const { nodes, edges, colors } = graph;
    expect(nodes.key.length).toBe(workspace.store.graph.order);
    expect(edges.key.length).toBe(workspace.store.graph.size);
    for (const { key, attributes } of exported.nodes) {
      const i = nodes.key.indexOf(key);
      expect([nodes.x[i], nodes.y[i], nodes.size[i], colors[nodes.color[i]]]).toEqual([attributes.x, attributes.y, attributes.size, attributes.color]);
      expect(colors[nodes.color[i]]).toBe(ENTITY_COLOURS[nodes.type[i] as keyof typeof ENTITY_COLOURS]);
    }
    for (const { key, source, target, attributes } of exported.edges) {
      const i = edges.key.indexOf(key);
      expect([nodes.key[edges.source[i]], nodes.key[edges.target[i]], edges.type[i], edges.status[i], colors[edges.color[i]]])
        .toEqual([source, target, attributes.relationType, attributes.status, attributes.color]);
    }
  });
});
