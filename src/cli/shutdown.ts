import type { Server } from 'node:http';

/** Longest a graceful stop waits for requests in progress. */
export const DRAIN_MS = 10_000;

export interface Requests {
  /**
   * Stops accepting connections and waits (up to DRAIN_MS) for the requests
   * in progress to be answered, so an ingest that is being committed gets
   * its acknowledgement out. Event streams (subscriptions) never end by
   * themselves and are not waited for.
   */
  drain(): Promise<void>;
}

export function trackRequests(server: Server, limitMs = DRAIN_MS): Requests {
  let inProgress = 0;
  let idle: (() => void) | undefined;
  server.on('request', (req, res) => {
    if (String(req.headers.accept ?? '').includes('text/event-stream')) return;
    inProgress++;
    res.once('close', () => {
      inProgress--;
      if (inProgress === 0) idle?.();
    });
  });
  return {
    async drain() {
      // Node's close() stops accepting and closes keep-alive connections that are idle.
      server.close();
      if (inProgress > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, limitMs);
          idle = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      server.closeAllConnections();
    },
  };
}
