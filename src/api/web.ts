import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { FORMATS } from '../export/index.js';
import type { ApiState } from './context.js';
import { ensurePositions } from './graph/positions.js';
import { pageGraph } from './web-graph.js';

// The explorer page: GET / serves the page that `npm run build:web` bundled into dist/web
// (src/web is its source), GET /web/<file> its script and stylesheet, GET /web/config.json
// what the page needs to know about this server, and GET /web/graph.json the graph to draw
// (see web-graph.ts). Nothing is loaded from
// another origin, and the page's Content-Security-Policy says so to the browser too.

/** dist/web, from src/api (tests) and from dist/api (the built server) alike. */
export const WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * Where the page is served from: NEWSGRAPH_WEB_DIR when set (a build elsewhere, e.g. the
 * browser tests' own, so that they never race another run rebuilding dist/web), else dist/web.
 */
export function webDir(): string {
  return process.env.NEWSGRAPH_WEB_DIR || WEB_DIR;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
};

/** A file name and nothing else: no slash, no `..`, so no way out of the directory. */
const ASSET = /^\/web\/([A-Za-z0-9_-]+(?:\.[A-Za-z0-9]+)+)$/;
/** esbuild's content hash in `[name]-[hash]`: such a file never changes under its name. */
const HASHED = /-[A-Z0-9]{8}\./;

const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

export interface WebConfig {
  formats: { name: string; extension: string; description: string }[];
  tokenRequired: boolean;
  graphiql: boolean;
}

export function webConfig(state: ApiState): WebConfig {
  return {
    formats: Object.values(FORMATS).map(({ name, extension, description }) => ({ name, extension, description })),
    tokenRequired: state.options.token !== '',
    graphiql: state.options.graphiql,
  };
}

export function useWebRoute(state: ApiState, dir = webDir()): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const path = url.pathname;
      if (path !== '/' && path !== '/index.html' && !path.startsWith('/web/')) return;
      const answer = (status: number, body: string | Uint8Array<ArrayBuffer> | null, headers: Record<string, string>) =>
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status, headers: { 'x-content-type-options': 'nosniff', ...headers } }));
      const plain = (status: number, text: string) => answer(status, text, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, `explorer: use GET, not ${request.method}`);

      if (path === '/web/config.json') {
        return answer(200, JSON.stringify(webConfig(state)), { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
      }
      if (path === '/web/graph.json') {
        // Entities added since the last layout get their place first, as for /export.
        await ensurePositions(state);
        return answer(200, JSON.stringify(pageGraph(state.workspace.store.graph)), { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      }
      const name = path.startsWith('/web/') ? ASSET.exec(path)?.[1] : 'index.html';
      const type = name ? CONTENT_TYPES[name.slice(name.lastIndexOf('.') + 1)] : undefined;
      if (!name || !type) return plain(404, `explorer: no file ${path}`);
      let body: Uint8Array<ArrayBuffer>;
      try {
        body = new Uint8Array(await readFile(join(dir, name)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        if (name === 'index.html') return plain(503, 'The explorer page is not built: run `npm run build:web` (or `npm run build`). GraphQL is at /graphql.');
        return plain(404, `explorer: no file ${path}`);
      }
      const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
      const headers: Record<string, string> = {
        'content-type': type,
        etag,
        // Hashed names are cached for good; the page itself is checked again each time, so a
        // rebuilt page (pointing at new hashed names) is picked up at once.
        'cache-control': HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (name === 'index.html') Object.assign(headers, { 'content-security-policy': CSP, 'referrer-policy': 'no-referrer' });
      if (request.headers.get('if-none-match') === etag) return answer(304, null, headers);
      return answer(200, body, { ...headers, 'content-length': String(body.length) });
    },
  };
}
