import type { ChangeInfo } from './queries.js';
import { GRAPH_CHANGED } from './queries.js';

// Live updates: the graphChanged subscription over server-sent events. yoga answers a GET
// with `Accept: text/event-stream` as a GraphQL-over-SSE stream whose events are named
// `next`; EventSource reconnects by itself after a dropped connection.

export type LinkState = 'open' | 'lost';

export function subscribeChanges(onChange: (change: ChangeInfo) => void, onLink: (state: LinkState) => void): () => void {
  const source = new EventSource(`/graphql?query=${encodeURIComponent(GRAPH_CHANGED)}`);
  let lost = false;
  source.addEventListener('next', (event) => {
    const body = JSON.parse((event as MessageEvent<string>).data) as { data?: { graphChanged?: ChangeInfo } };
    if (body.data?.graphChanged) onChange(body.data.graphChanged);
  });
  source.addEventListener('open', () => {
    if (lost) onLink('open');
    lost = false;
  });
  source.addEventListener('error', () => {
    if (!lost) onLink('lost');
    lost = true;
  });
  return () => source.close();
}

/**
 * Runs `load` now, or right after the run in progress: a burst of changes (an ingest, then
 * the layout it causes) costs at most two loads, and the last one sees every change.
 */
export function coalesce(load: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = load().finally(() => {
      running = null;
      if (again) {
        again = false;
        void run();
      }
    });
    return running;
  };
  return run;
}
