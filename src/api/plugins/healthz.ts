import type { Plugin } from 'graphql-yoga';
import type { ApiState } from '../context.js';

/** GET /healthz: 200 with the graph's size, for probes and for a quick look. */
export function useHealthz(state: ApiState): Plugin {
  const store = state.workspace.store;
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/healthz') return;
      endResponse(fetchAPI.Response.json({
        status: 'ok',
        version: store.version,
        entities: store.graph.order,
        relations: store.graph.size,
        documents: store.documents.size,
        fastPath: state.fastPath,
      }));
    },
  };
}
