import { createRequire } from 'node:module';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { NoverlapSettings } from 'graphology-layout-noverlap';
import type { KnowledgeGraph } from '../graph/store.js';
import { nodeSizes } from './display.js';
import { initialPositions } from './initial.js';
import type { ResolvedLayout } from './options.js';

// The layout runs on flat Float32Arrays in the libraries' own matrix format, and calls their
// published per-iteration functions (iterate.js) directly: that keeps ForceAtlas2's speed
// state between time-budget checks, and lets a worker thread receive the matrices as
// transferable buffers instead of a graph. `runJob` is the one implementation of the steps,
// run here or, as source, on a worker thread.

const require = createRequire(import.meta.url);
export const FA2_ITERATE = require.resolve('graphology-layout-forceatlas2/iterate.js');
export const NOVERLAP_ITERATE = require.resolve('graphology-layout-noverlap/iterate.js');

export type Fa2Iterate = (settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array) => unknown;
export type NoverlapIterate = (settings: Required<NoverlapSettings>, nodes: Float32Array) => { converged: boolean };

/** Values per node and per edge in graphology-layout-forceatlas2 0.10's matrices (helpers.js). */
const FA2_PPN = 10;
const FA2_PPE = 3;

/** Everything a run needs, as plain data that can cross to a worker thread. */
export interface LayoutJob {
  nodes: Float32Array;
  edges: Float32Array;
  sizes: Float32Array;
  settings: Required<ForceAtlas2Settings>;
  iterations: number;
  budgetMs: number;
  noverlap: boolean;
  noverlapIterations: number;
  noverlapSettings: Required<NoverlapSettings>;
  /** Largest share of the picture the node discs may cover before it is zoomed out. */
  coverage: number;
}

export interface JobResult {
  /** [x0, y0, x1, y1, ...] in graph order. */
  xy: Float32Array;
  iterations: number;
  stoppedEarly: boolean;
  noverlapIterations: number;
  noverlapConverged: boolean;
}

export function buildJob(graph: KnowledgeGraph, resolved: ResolvedLayout): LayoutJob {
  const { options } = resolved;
  const xy = initialPositions(graph, options.seed, options.incremental);
  const sizes = nodeSizes(graph, options.display);
  const nodes = new Float32Array(graph.order * FA2_PPN);
  const index = new Map<string, number>();
  let i = 0;
  graph.forEachNode((id) => {
    const j = i * FA2_PPN;
    index.set(id, j);
    nodes[j] = xy[2 * i]!;
    nodes[j + 1] = xy[2 * i + 1]!;
    nodes[j + 6] = 1; // mass: 1 + weighted degree, as the library computes it
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = sizes[i]!;
    i++;
  });
  const edges = new Float32Array(graph.size * FA2_PPE);
  let e = 0;
  graph.forEachEdge((_key, attrs, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    const weight = Math.max(1, attrs.documentCount);
    nodes[s + 6] = nodes[s + 6]! + weight;
    nodes[t + 6] = nodes[t + 6]! + weight;
    edges[e] = s;
    edges[e + 1] = t;
    edges[e + 2] = weight;
    e += FA2_PPE;
  });
  return {
    nodes,
    edges,
    sizes,
    settings: resolved.settings,
    iterations: resolved.iterations,
    budgetMs: options.timeBudgetMs,
    noverlap: options.noverlap,
    noverlapIterations: options.noverlapIterations,
    noverlapSettings: resolved.noverlapSettings,
    coverage: options.coverage,
  };
}

/**
 * Runs a job: ForceAtlas2 for 80% of the time budget at most, then, when the discs would
 * cover more than `coverage` of the picture, a uniform zoom-out (tools fit the view, so only
 * the room between nodes changes), then noverlap for what is left of the budget.
 *
 * This function is sent to the worker thread as source (worker.ts), so it must use nothing
 * but its arguments and JavaScript's globals: no imports, no helpers from this module.
 */
export function runJob(job: LayoutJob, fa2: Fa2Iterate, noverlap: NoverlapIterate): JobResult {
  const PPN = 10;
  const start = performance.now();
  const order = job.sizes.length;
  let iterations = 0;
  while (order > 0 && iterations < job.iterations && performance.now() - start < job.budgetMs * 0.8) {
    fa2(job.settings, job.nodes, job.edges);
    iterations++;
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < order; i++) {
    cx += job.nodes[i * PPN]! / order;
    cy += job.nodes[i * PPN + 1]! / order;
  }
  // Area of the discs against that of a disc with the nodes' spread (radius sqrt(2) x RMS).
  let squares = 0;
  let discs = 0;
  for (let i = 0; i < order; i++) {
    squares += (job.nodes[i * PPN]! - cx) ** 2 + (job.nodes[i * PPN + 1]! - cy) ** 2;
    discs += Math.PI * (job.sizes[i]! + job.noverlapSettings.margin) ** 2;
  }
  const area = 2 * Math.PI * (squares / Math.max(order, 1));
  const zoom = job.noverlap && area > 0 && discs / area > job.coverage ? Math.sqrt(discs / area / job.coverage) : 1;
  const box = new Float32Array(order * 3);
  for (let i = 0; i < order; i++) {
    box[3 * i] = cx + (job.nodes[i * PPN]! - cx) * zoom;
    box[3 * i + 1] = cy + (job.nodes[i * PPN + 1]! - cy) * zoom;
    box[3 * i + 2] = job.sizes[i]!;
  }
  let rounds = 0;
  let converged = !job.noverlap || order < 2;
  while (!converged && rounds < job.noverlapIterations && performance.now() - start < job.budgetMs) {
    converged = noverlap(job.noverlapSettings, box).converged;
    rounds++;
  }
  const xy = new Float32Array(order * 2);
  for (let i = 0; i < order; i++) {
    xy[2 * i] = box[3 * i]!;
    xy[2 * i + 1] = box[3 * i + 1]!;
  }
  return { xy, iterations, stoppedEarly: iterations < job.iterations, noverlapIterations: rounds, noverlapConverged: converged };
}

/** `runJob` on this thread, with the libraries' iterate functions. */
export function runJobHere(job: LayoutJob): JobResult {
  return runJob(job, require(FA2_ITERATE) as Fa2Iterate, require(NOVERLAP_ITERATE) as NoverlapIterate);
}
