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
  /** ForceAtlas2's node matrix in slot order: the linked nodes first, then the isolated ones. */
  nodes: Float32Array;
  edges: Float32Array;
  /** Display size per slot. */
  sizes: Float32Array;
  /** Graph index of each slot. */
  order: Int32Array;
  /** Slots [0, linked) have a relation; the rest have none. */
  linked: number;
  /** Per slot: an isolated node that keeps the position it had (incremental refresh). */
  keep: Uint8Array;
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

/** Nodes with at least one relation: the only ones ForceAtlas2 moves. */
export function linkedCount(graph: KnowledgeGraph): number {
  let n = 0;
  graph.forEachNode((id) => {
    if (graph.degree(id) > 0) n++;
  });
  return n;
}

export function buildJob(graph: KnowledgeGraph, resolved: ResolvedLayout): LayoutJob {
  const { options } = resolved;
  const { xy, placed } = initialPositions(graph, options.seed, options.incremental);
  const sizes = nodeSizes(graph, options.display);
  // Slots: linked nodes in graph order, then isolated ones largest first (the spiral's inside).
  const linked: number[] = [];
  const isolated: number[] = [];
  let n = 0;
  graph.forEachNode((id) => {
    (graph.degree(id) > 0 ? linked : isolated).push(n);
    n++;
  });
  isolated.sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const order = Int32Array.from([...linked, ...isolated]);
  const slotOf = new Int32Array(graph.order);
  order.forEach((g, slot) => (slotOf[g] = slot));
  const nodes = new Float32Array(graph.order * FA2_PPN);
  const slotSizes = new Float32Array(graph.order);
  const keep = new Uint8Array(graph.order);
  const index = new Map<string, number>();
  let g = 0;
  graph.forEachNode((id) => {
    const slot = slotOf[g]!;
    const j = slot * FA2_PPN;
    index.set(id, j);
    nodes[j] = xy[2 * g]!;
    nodes[j + 1] = xy[2 * g + 1]!;
    nodes[j + 6] = 1; // mass: 1 + weighted degree, as the library computes it
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = sizes[g]!;
    slotSizes[slot] = sizes[g]!;
    keep[slot] = slot >= linked.length && placed[g] ? 1 : 0;
    g++;
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
    sizes: slotSizes,
    order,
    linked: linked.length,
    keep,
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
 * Runs a job: ForceAtlas2 over the linked nodes for 80% of the time budget at most, the
 * isolated nodes on a spiral around them, then, when the discs would cover more than
 * `coverage` of the picture, a uniform zoom-out (tools fit the view, so only the room between
 * nodes changes), then noverlap for what is left of the budget.
 *
 * This function is sent to the worker thread as source (worker.ts), so it must use nothing
 * but its arguments and JavaScript's globals: no imports, no helpers from this module.
 */
export function runJob(job: LayoutJob, fa2: Fa2Iterate, noverlap: NoverlapIterate): JobResult {
  const PPN = 10;
  const start = performance.now();
  const order = job.sizes.length;
  const linked = job.nodes.subarray(0, job.linked * PPN);
  let iterations = 0;
  while (job.linked > 0 && iterations < job.iterations && performance.now() - start < job.budgetMs * 0.8) {
    fa2(job.settings, linked, job.edges);
    iterations++;
  }
  // An isolated node feels only repulsion and gravity: ForceAtlas2 would spend most of its time
  // spreading them (nearly all of a news corpus's nodes) into a cloud. They go straight to a
  // sunflower spiral outside the linked part instead, largest nearest, spaced so that their
  // discs cover `coverage` of their ring.
  if (job.linked < order) {
    let lx = 0;
    let ly = 0;
    for (let i = 0; i < job.linked; i++) {
      lx += job.nodes[i * PPN]! / job.linked;
      ly += job.nodes[i * PPN + 1]! / job.linked;
    }
    let extent = 0;
    for (let i = 0; i < job.linked; i++) extent = Math.max(extent, Math.hypot(job.nodes[i * PPN]! - lx, job.nodes[i * PPN + 1]! - ly));
    let radius = 0;
    for (let i = job.linked; i < order; i++) radius += (job.sizes[i]! + job.noverlapSettings.margin) / (order - job.linked);
    const cell = (Math.PI * radius * radius) / job.coverage;
    const inner = job.linked > 0 ? extent + Math.sqrt(cell) : 0;
    const golden = Math.PI * (3 - Math.sqrt(5));
    let k = 0;
    for (let i = job.linked; i < order; i++) {
      if (job.keep[i]) continue;
      const r = Math.sqrt(inner * inner + ((k + 0.5) * cell) / Math.PI);
      job.nodes[i * PPN] = lx + r * Math.cos(k * golden);
      job.nodes[i * PPN + 1] = ly + r * Math.sin(k * golden);
      k++;
    }
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
    const g = job.order[i]!;
    xy[2 * g] = box[3 * i]!;
    xy[2 * g + 1] = box[3 * i + 1]!;
  }
  return { xy, iterations, stoppedEarly: iterations < job.iterations, noverlapIterations: rounds, noverlapConverged: converged };
}

/** `runJob` on this thread, with the libraries' iterate functions. */
export function runJobHere(job: LayoutJob): JobResult {
  return runJob(job, require(FA2_ITERATE) as Fa2Iterate, require(NOVERLAP_ITERATE) as NoverlapIterate);
}
