import { assignLayoutInWorker, refreshLayout } from '../../layout/index.js';
import type { LayoutOptions, LayoutStats } from '../../layout/index.js';
import type { ApiState } from '../context.js';
import { toEvent } from '../change-feed.js';

// Layout positions are display data: not journalled, written onto the nodes by
// the layout stage. Runs are serialised so that two never write at once, and
// each one tells subscribers (kind LAYOUT) so that viewers can redraw.

function serialised<T>(state: ApiState, run: () => Promise<T>): Promise<T> {
  const next = state.layout.then(run, run);
  state.layout = next.catch(() => undefined);
  return next;
}

function announce(state: ApiState, stats: LayoutStats): void {
  const change = { documentId: '', addedEntities: [], updatedEntities: [], removedEntities: [], addedRelations: [], updatedRelations: [], removedRelations: [], warnings: [] };
  state.feed.publish({ ...toEvent(change, 'LAYOUT', new Date().toISOString(), state.workspace.store.version), warnings: [`laid out ${stats.nodes} entities in ${Math.round(stats.ms)} ms`] });
}

/** Lays out the entities that have no position yet (others stay put); a no-op when all have one. */
export function ensurePositions(state: ApiState): Promise<void> {
  const graph = state.workspace.store.graph;
  if (!graph.someNode((_id, a) => a.x === undefined || a.y === undefined)) return Promise.resolve();
  return serialised(state, async () => {
    if (!graph.someNode((_id, a) => a.x === undefined || a.y === undefined)) return;
    announce(state, await refreshLayout(graph));
  });
}

/** Recomputes every position from scratch, on a worker thread. */
export function relayoutAll(state: ApiState, options: Partial<LayoutOptions>): Promise<LayoutStats> {
  return serialised(state, async () => {
    const stats = await assignLayoutInWorker(state.workspace.store.graph, { ...options, incremental: false });
    announce(state, stats);
    return stats;
  });
}
