import './style.css';
import { getJson, type PageConfig } from './api.js';
import { createDetails } from './details.js';
import { byId } from './dom.js';
import { createExplorer, type Explorer } from './explorer.js';
import { emptyGraph, GRAPH_PATH, toSnapshot, type PageGraph } from './graph-data.js';
import { attachIngest } from './ingest.js';
import { renderLegend } from './legend.js';
import { subscribeChanges } from './live.js';
import { createMessages } from './messages.js';
import { LARGE_GRAPH_EDGES } from './renderer.js';
import { attachSearch } from './search.js';
import { attachRelayout, renderDownloads } from './toolbar.js';
import { initialViewState } from './view-state.js';

// The explorer page: boots once the HTML is parsed (the script is deferred).

declare global {
  interface Window {
    /** The live explorer, for the browser console and the browser tests. */
    explorer?: Explorer;
  }
}

const NO_CONFIG: PageConfig = { formats: [], tokenRequired: false, graphiql: true };

async function start(): Promise<void> {
  // Marks for scripts/bench-web.mjs: where the time to the first picture goes.
  performance.mark('explorer:start');
  const body = document.body;
  const messages = createMessages(byId('message'));
  const [config, snapshot] = await Promise.all([
    getJson<PageConfig>('/web/config.json').catch((err: unknown) => (messages.error(err), NO_CONFIG)),
    getJson<PageGraph>(GRAPH_PATH).then(toSnapshot).catch((err: unknown) => (messages.error(err), null)),
  ]);

  // The graph goes in before the renderer exists: one indexing pass instead of an update per
  // node. On a large graph the relations wait one frame: drawing 20,000 of them takes the
  // software-rendered browsers of CI seconds, and the entities need not wait for that.
  performance.mark('explorer:data');
  const graph = emptyGraph();
  const deferred = snapshot && snapshot.edges.length >= LARGE_GRAPH_EDGES ? snapshot.edges : [];
  if (snapshot) graph.import({ nodes: snapshot.nodes, edges: deferred.length ? [] : snapshot.edges });
  performance.mark('explorer:imported');
  const state = initialViewState();
  const panel = byId('details');
  const ingestPanel = byId('ingest');
  const details = createDetails(panel, {
    onEntity: (id) => explorer.selectNode(id, true),
    onClose: () => explorer.clearSelection(),
    onError: () => undefined, // the panel itself says what went wrong
  });
  const legend = renderLegend(byId('legend'), state.filters, () => explorer.redraw());
  const explorer = createExplorer(graph, state, {
    messages,
    legend,
    onSelectNode: (id) => ((ingestPanel.hidden = true), void details.showEntity(id)),
    onSelectEdge: (id) => ((ingestPanel.hidden = true), void details.showRelation(id)),
    onClear: () => details.close(),
  }, (snapshot?.edges.length ?? 0) >= LARGE_GRAPH_EDGES);
  window.explorer = explorer;
  performance.mark('explorer:renderer');

  attachSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('suggestions'), (id) => {
    if (graph.hasNode(id)) return explorer.selectNode(id, true);
    void explorer.reload().then(() => explorer.selectNode(id, true));
  }, (err) => messages.error(err));
  attachIngest({ tokenRequired: config.tokenRequired, messages, onIngested: () => void explorer.reload() });
  // One panel at a time: the form, or the details of what was clicked.
  byId('toggle-ingest').addEventListener('click', () => {
    ingestPanel.hidden = !ingestPanel.hidden;
    if (ingestPanel.hidden) return;
    details.close();
    byId('ingest-text').focus();
  });
  byId('ingest-close').addEventListener('click', () => (ingestPanel.hidden = true));
  renderDownloads(byId('downloads'), config.formats);
  byId('graphiql').hidden = !config.graphiql;
  attachRelayout(messages, config.tokenRequired);

  subscribeChanges(() => void explorer.reload(), (link) => {
    if (link === 'lost') return messages.show('warning', 'Live updates lost: the server cannot be reached. Retrying…');
    messages.show('info', 'Live updates are back.');
    void explorer.reload();
  });

  await afterPaint();
  performance.mark('explorer:first-render');
  if (deferred.length) {
    // Sigma takes each new edge as it comes and redraws once, on the next frame.
    graph.import({ edges: deferred });
    explorer.recount();
    await afterPaint();
  }
  performance.mark('explorer:complete');
  body.dataset.state = snapshot ? 'ready' : 'error';
}

/** Resolves once the browser has painted what was drawn: the callback of the second animation frame runs after the first one's paint. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

start().catch((err: unknown) => {
  document.body.dataset.state = 'error';
  const bar = document.getElementById('message');
  if (!bar) return;
  bar.textContent = `The explorer could not start: ${(err as Error).message}`;
  bar.dataset.kind = 'error';
  bar.hidden = false;
});
