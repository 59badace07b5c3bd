import type { KnowledgeGraph } from '../graph/store.js';
import { buildJob, linkedCount, runJobHere, type JobResult } from './engine.js';
import { LAYOUT_DEFAULTS, resolveLayout, type LayoutOptions } from './options.js';
import { runJobInWorker } from './worker.js';

export type LayoutMapping = Record<string, { x: number; y: number }>;

export interface LayoutStats {
  nodes: number;
  edges: number;
  /** ForceAtlas2 iterations run; fewer than asked when the time budget ran out. */
  iterations: number;
  stoppedEarly: boolean;
  barnesHut: boolean;
  noverlapIterations: number;
  /** False when noverlap stopped (iterations or time) with nodes still overlapping. */
  noverlapConverged: boolean;
  ms: number;
}

export interface LayoutResult extends LayoutStats {
  positions: LayoutMapping;
}

/** ForceAtlas2 then noverlap on this thread; returns positions and leaves the graph alone. */
export function computeLayout(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): LayoutResult {
  const start = performance.now();
  const resolved = resolveLayout(graph.order, options, linkedCount(graph));
  const ids = graph.nodes();
  const result = runJobHere(buildJob(graph, resolved));
  return withPositions(ids, result, graph.size, resolved.settings.barnesHutOptimize, start);
}

/** As `computeLayout`, and writes x/y onto the nodes. */
export function assignLayout(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): LayoutStats {
  const { positions, ...stats } = computeLayout(graph, options);
  write(graph, positions);
  return stats;
}

/**
 * ForceAtlas2 then noverlap on a worker thread, so that a server keeps answering meanwhile.
 * The positions are those `computeLayout` gives for the same graph and options.
 */
export async function computeLayoutInWorker(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): Promise<LayoutResult> {
  const start = performance.now();
  const resolved = resolveLayout(graph.order, options, linkedCount(graph));
  const ids = graph.nodes();
  const size = graph.size;
  const result = await runJobInWorker(buildJob(graph, resolved));
  return withPositions(ids, result, size, resolved.settings.barnesHutOptimize, start);
}

/**
 * As `computeLayoutInWorker`, and writes x/y onto the nodes. Nodes removed while the worker
 * ran are skipped; nodes added meanwhile keep no position until the next refresh.
 */
export async function assignLayoutInWorker(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): Promise<LayoutStats> {
  const { positions, ...stats } = await computeLayoutInWorker(graph, options);
  write(graph, positions);
  return stats;
}

/**
 * The call to make after an ingest: existing nodes start where they were, new ones near
 * their neighbours; on a worker thread from `workerThreshold` nodes up.
 */
export async function refreshLayout(graph: KnowledgeGraph, options: Partial<LayoutOptions> = {}): Promise<LayoutStats> {
  const o = { ...options, incremental: true };
  const threshold = options.workerThreshold ?? LAYOUT_DEFAULTS.workerThreshold;
  return graph.order >= threshold ? assignLayoutInWorker(graph, o) : assignLayout(graph, o);
}

function withPositions(ids: string[], result: JobResult, edges: number, barnesHut: boolean, start: number): LayoutResult {
  const positions: LayoutMapping = {};
  ids.forEach((id, i) => (positions[id] = { x: result.xy[2 * i]!, y: result.xy[2 * i + 1]! }));
  return {
    positions,
    nodes: ids.length,
    edges,
    iterations: result.iterations,
    stoppedEarly: result.stoppedEarly,
    barnesHut,
    noverlapIterations: result.noverlapIterations,
    noverlapConverged: result.noverlapConverged,
    ms: Math.round(performance.now() - start),
  };
}

function write(graph: KnowledgeGraph, positions: LayoutMapping): void {
  for (const id in positions) {
    if (graph.hasNode(id)) graph.mergeNodeAttributes(id, positions[id]!);
  }
}
