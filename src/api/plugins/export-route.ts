import type { Plugin } from 'graphql-yoga';
import { NewsgraphError } from '../../core/errors.js';
import { exportGraph, formatForExtension, FORMATS } from '../../export/index.js';
import type { ApiState } from '../context.js';
import { exportFilterFromQuery, toExportFilter } from '../graph/export-filter.js';
import { ensurePositions } from '../graph/positions.js';

const ROUTE = /^\/export\/graph\.(.+)$/;

/**
 * GET /export/graph.<extension>[?types=...&around=...]: the export file itself,
 * for tools that load a URL (Gephi, kepler.gl, a browser download). The text is
 * produced in one synchronous pass, so no mutation lands halfway through it.
 */
export function useExportRoute(state: ApiState): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const match = ROUTE.exec(url.pathname);
      if (!match) return;
      const fail = (status: number, code: string, message: string) =>
        endResponse(fetchAPI.Response.json({ errors: [{ message, extensions: { code } }] }, { status }));
      if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405, 'METHOD_NOT_ALLOWED', `export: use GET, not ${request.method}`);
      const format = formatForExtension(match[1]!);
      if (!format) {
        const known = Object.values(FORMATS).map((f) => `graph.${f.extension}`).join(', ');
        return fail(404, 'NOT_FOUND', `export: no format for "graph.${match[1]}" (there are ${known})`);
      }
      try {
        const store = state.workspace.store;
        const filter = toExportFilter('export', store, exportFilterFromQuery(url.searchParams));
        await ensurePositions(state);
        const text = exportGraph(store.graph, format.name, { filter });
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : text, {
          headers: { 'content-type': format.contentType, 'content-disposition': `attachment; filename="graph.${format.extension}"` },
        }));
      } catch (err) {
        const code = err instanceof NewsgraphError ? err.code : (err as { extensions?: { code?: string } }).extensions?.code;
        if (code === undefined) throw err;
        fail(code === 'NOT_FOUND' ? 404 : 400, code, (err as Error).message);
      }
    },
  };
}
