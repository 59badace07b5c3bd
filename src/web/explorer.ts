import { animateNodes } from 'sigma/utils';
import { getJson } from './api.js';
import { byId } from './dom.js';
import { applySnapshot, GRAPH_PATH, toSnapshot, type ExplorerGraph, type GraphSnapshot, type PageGraph } from './graph-data.js';
import type { Legend } from './legend.js';
import { coalesce } from './live.js';
import type { Messages } from './messages.js';
import { attachPointer } from './pointer.js';
import { createRenderer, focusCamera, type Renderer } from './renderer.js';
import { edgeVisible, focusOnEdge, focusOnNode, type ViewState } from './view-state.js';

// The picture and what is selected in it. Other parts of the page (search, side panel,
// legend, live updates) act through this object, never on sigma directly.

export interface Explorer {
  readonly graph: ExplorerGraph;
  readonly renderer: Renderer;
  readonly state: ViewState;
  selectNode(id: string, moveCamera?: boolean): void;
  selectEdge(id: string): void;
  clearSelection(): void;
  /** Redraws after a filter changed. */
  redraw(): void;
  /** Updates the counts after the graph changed (sigma redraws by itself). */
  recount(): void;
  /** Fetches the graph again and moves the picture to it (coalesced: see live.ts). */
  reload(): Promise<void>;
}

export interface ExplorerHooks {
  messages: Messages;
  legend: Legend;
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onClear(): void;
}

const MOVE_MS = 700;

export function createExplorer(graph: ExplorerGraph, state: ViewState, hooks: ExplorerHooks, large: boolean): Explorer {
  const container = byId('graph');
  const renderer = createRenderer(graph, container, state, large);
  let stopAnimation: (() => void) | undefined;

  const summarise = () => {
    let nodes = 0;
    let edges = 0;
    const { filters } = state;
    const visible = (n: string) => !filters.hiddenEntityTypes.has(graph.getNodeAttribute(n, 'entityType'));
    graph.forEachNode((n) => void (visible(n) && nodes++));
    graph.forEachEdge((_e, a, s, t) => void (edgeVisible(filters, a) && visible(s) && visible(t) && edges++));
    const all = nodes === graph.order && edges === graph.size;
    byId('counts').textContent = `${graph.order} entities · ${graph.size} relations${all ? '' : ` (showing ${nodes} and ${edges})`}`;
    byId('empty').hidden = graph.order > 0;
    hooks.legend.updateCounts(graph);
  };

  const explorer: Explorer = {
    graph,
    renderer,
    state,
    // The details are asked for first: on a large graph the redraw that follows keeps the
    // browser busy for a while, and the request should already be on its way.
    selectNode(id, moveCamera = false) {
      if (!graph.hasNode(id)) return;
      hooks.onSelectNode(id);
      state.focus = focusOnNode(graph, id);
      renderer.refresh();
      if (moveCamera) void focusCamera(renderer, id);
    },
    selectEdge(id) {
      if (!graph.hasEdge(id)) return;
      hooks.onSelectEdge(id);
      state.focus = focusOnEdge(graph, id);
      renderer.refresh();
    },
    clearSelection() {
      hooks.onClear();
      state.focus = null;
      renderer.refresh();
    },
    redraw() {
      renderer.refresh();
      summarise();
    },
    recount: () => summarise(),
    reload: coalesce(async () => {
      let snapshot: GraphSnapshot;
      try {
        snapshot = toSnapshot(await getJson<PageGraph>(GRAPH_PATH));
      } catch (err) {
        hooks.messages.error(err);
        return;
      }
      stopAnimation?.();
      const targets = applySnapshot(graph, snapshot);
      // Settle from where the picture was: every node glides to its new position.
      stopAnimation = animateNodes(graph, targets, { duration: MOVE_MS, easing: 'quadraticInOut' });
      const focus = state.focus;
      if (focus?.edge && graph.hasEdge(focus.edge)) state.focus = focusOnEdge(graph, focus.edge);
      else if (focus && !focus.edge && [...focus.nodes].every((n) => graph.hasNode(n))) state.focus = focusOnNode(graph, [...focus.nodes][0]!);
      else if (focus) explorer.clearSelection();
      explorer.redraw();
    }),
  };

  attachPointer(renderer, graph, byId('hover'), {
    onNode: (id) => explorer.selectNode(id),
    onEdge: (id) => explorer.selectEdge(id),
    onNothing: () => state.focus && explorer.clearSelection(),
  });
  summarise();
  return explorer;
}
