import { createServer as createHttpServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Workspace } from '../persist/types.js';
import type { ApiOptionsInput } from './options.js';
import { resolveApiOptions } from './options.js';
import type { NewsgraphYoga } from './yoga.js';
import { createApi } from './yoga.js';
import { createHttpHandler } from './fast-path.js';
import { buildSchema } from './schema.js';

export interface NewsgraphServer {
  /** The GraphQL handler; `yoga.fetch(url, init)` runs a request in-process. */
  yoga: NewsgraphYoga;
  /** The node:http server, not yet listening. */
  server: Server;
  /** Starts listening (port 0 = any free port; host defaults to options.host, 127.0.0.1). */
  listen(port?: number, host?: string): Promise<{ url: string; port: number; host: string }>;
  /** Stops listening, ends open connections (subscriptions included) and detaches from the workspace. The workspace stays open. */
  close(): Promise<void>;
}

/** Slow clients may not hold a connection open while sending a request. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** The newsgraph GraphQL server over a workspace: GraphiQL and the API at /graphql, /healthz. */
export function createServer(workspace: Workspace, options: ApiOptionsInput = {}): NewsgraphServer {
  const resolved = resolveApiOptions(options);
  const { yoga, state, dispose } = createApi(workspace, resolved);
  const server = createHttpServer(createHttpHandler(yoga, state, buildSchema()));
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  return {
    yoga,
    server,
    listen(port = 4000, host = resolved.host) {
      return new Promise((resolve, reject) => {
        const onError = (err: Error) => reject(err);
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          const address = server.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve({ url: `http://${shown}:${address.port}/graphql`, port: address.port, host: address.address });
        });
      });
    },
    close() {
      dispose();
      return new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
