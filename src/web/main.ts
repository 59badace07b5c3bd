import './style.css';
import { getJson, type PageConfig } from './api.js';
import { createDetails } from './details.js';
import { byId } from './dom.js';
import { createExplorer, type Explorer } from './explorer.js';
import { emptyGraph, EXPORT_PATH, type GraphSnapshot } from './graph-data.js';
import { attachIngest } from './ingest.js';
import { renderLegend } from './legend.js';
import { subscribeChanges } from './live.js';
import { createMessages } from './messages.js';
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
  const body = document.body;
  const messages = createMessages(byId('message'));
  const [config, snapshot] = await Promise.all([
    getJson<PageConfig>('/web/config.json').catch((err: unknown) => (messages.error(err), NO_CONFIG)),
    getJson<GraphSnapshot>(EXPORT_PATH).catch((err: unknown) => (messages.error(err), null)),
  ]);

  // The whole graph goes in before the renderer exists: one indexing pass instead of an
  // update per node, which is what keeps the first picture of a large graph fast.
  const graph = emptyGraph();
  if (snapshot) graph.import({ nodes: snapshot.nodes, edges: snapshot.edges });
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
  });
  window.explorer = explorer;

  attachSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('suggestions'), (id) => {
    if (graph.hasNode(id)) return explorer.selectNode(id, true);
    void explorer.reload().then(() => explorer.selectNode(id, true));
  }, (err) => messages.error(err));
  attachIngest({ tokenRequired: config.tokenRequired, messages, onIngested: () => void explorer.reload() });
  byId('toggle-ingest').addEventListener('click', () => {
    ingestPanel.hidden = !ingestPanel.hidden;
    if (!ingestPanel.hidden) byId('ingest-text').focus();
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

  // Sigma drew the graph when it was created; the callback of the second animation frame
  // runs once the browser has painted that picture.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    performance.mark('explorer:first-render');
    body.dataset.state = snapshot ? 'ready' : 'error';
  }));
}

start().catch((err: unknown) => {
  document.body.dataset.state = 'error';
  const bar = document.getElementById('message');
  if (!bar) return;
  bar.textContent = `The explorer could not start: ${(err as Error).message}`;
  bar.dataset.kind = 'error';
  bar.hidden = false;
});
