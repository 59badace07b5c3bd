import { createYoga } from 'graphql-yoga';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Workspace } from '../persist/types.js';
import type { ApiContext, ApiState } from './context.js';
import { createMaskError } from './errors.js';
import { GraphCaches } from './graph/caches.js';
import { ChangeFeed } from './change-feed.js';
import type { ApiOptions } from './options.js';
import { armorPlugins } from './plugins/armor.js';
import { useMutationAuth } from './plugins/auth.js';
import { makeContext } from './make-context.js';
import { useHealthz } from './plugins/healthz.js';
import { useErrorCodes } from './plugins/error-codes.js';
import { useExportRoute } from './plugins/export-route.js';
import { useRequestLimits } from './plugins/request-limits.js';
import { useResultSizeLimit } from './plugins/result-size.js';
import { buildSchema } from './schema.js';
import { useWebRoute } from './web.js';

export type NewsgraphYoga = YogaServerInstance<Record<string, unknown>, ApiContext>;

/**
 * The GraphQL handler over a workspace, usable in-process (`yoga.fetch`) or
 * behind node:http (see server.ts). Returns `dispose` to detach it from the
 * workspace's change feed.
 */
export function createApi(workspace: Workspace, options: ApiOptions): { yoga: NewsgraphYoga; state: ApiState; dispose: () => void } {
  const { limits } = options;
  const state: ApiState = {
    workspace,
    options,
    caches: new GraphCaches(workspace.store, limits.betweennessMaxNodes),
    feed: new ChangeFeed(workspace),
    fastPath: { served: 0, delegated: 0 },
    layout: Promise.resolve(),
  };
  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    context: ({ request }) => makeContext(state, request.headers.get('authorization')),
    // Parse and validation results are cached per query text (yoga's default, kept on explicitly).
    parserAndValidationCache: true,
    batching: { limit: limits.maxBatch },
    multipart: false,
    cors: options.cors === false ? false : options.cors,
    graphiql: options.graphiql ? { title: 'newsgraph', subscriptionsProtocol: 'SSE' } : false,
    landingPage: false,
    maskedErrors: { maskError: createMaskError(options.log) },
    logging: false,
    plugins: [
      useHealthz(state),
      useExportRoute(state),
      useWebRoute(state),
      useRequestLimits(limits),
      ...armorPlugins(options),
      useResultSizeLimit(limits.maxResultSize),
      useMutationAuth(),
      useErrorCodes(),
    ],
  });
  return { yoga, state, dispose: () => state.feed.close() };
}
