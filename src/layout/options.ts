import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { NoverlapSettings } from 'graphology-layout-noverlap';
import { InputError } from '../core/errors.js';
import type { DisplayOptions } from './display.js';

export interface LayoutOptions {
  /** Same graph and seed, same picture. */
  seed: number;
  /** ForceAtlas2 iterations; `null` scales them with the graph's size (see `iterationsFor`). */
  iterations: number | null;
  /** Barnes-Hut approximation from this many nodes up (graphology's own inference uses 2000). */
  barnesHutThreshold: number;
  /** Stop iterating after this long; the result then depends on the machine's speed. */
  timeBudgetMs: number;
  /** Nodes that already have x/y start where they are; new ones start near their neighbours. */
  incremental: boolean;
  /** Overrides on the settings inferred from the graph. */
  settings: ForceAtlas2Settings;
  /** Push overlapping nodes apart after ForceAtlas2, using the display sizes. */
  noverlap: boolean;
  noverlapIterations: number;
  /** Settings for noverlap; `gridSize` defaults to one that grows with the graph. */
  noverlapSettings: NoverlapSettings;
  /**
   * Before noverlap, zoom the picture out when the node discs would cover more than this
   * share of it: noverlap then has room to settle in a few rounds instead of hundreds.
   */
  coverage: number;
  /** Sizes used by noverlap: the same as the exports draw. */
  display: Partial<DisplayOptions>;
  /** `refreshLayout` moves the work to a worker thread from this many nodes up. */
  workerThreshold: number;
}

export const LAYOUT_DEFAULTS: Readonly<LayoutOptions> = Object.freeze({
  seed: 1,
  iterations: null,
  barnesHutThreshold: 2000,
  timeBudgetMs: Infinity,
  incremental: true,
  settings: {},
  noverlap: true,
  noverlapIterations: 500,
  // A node's disc plus `margin` must not touch another's; ratio 1 keeps discs at display size.
  noverlapSettings: { margin: 1, ratio: 1, speed: 3 },
  coverage: 0.02,
  display: {},
  workerThreshold: 2000,
});

/** What a run needs once the options are checked and the settings inferred. */
export interface ResolvedLayout {
  options: LayoutOptions;
  settings: Required<ForceAtlas2Settings>;
  iterations: number;
  noverlapSettings: Required<NoverlapSettings>;
}

// ForceAtlas2 defaults (graphology-layout-forceatlas2/defaults.js), filled in so that the
// worker thread receives complete settings without loading the package's index.
const FA2_BASE: Required<ForceAtlas2Settings> = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

const NOVERLAP_BASE: Required<NoverlapSettings> = { gridSize: 20, margin: 5, expansion: 1.1, ratio: 1, speed: 3 };

/**
 * Iterations that shrink as the graph grows: small graphs are cheap and need many steps to
 * settle, large ones move in big strides and must stay within seconds. Anchored at
 * 100 nodes -> 500 and 10,000 nodes -> 100 (a power law through both), kept within [50, 1000].
 */
export function iterationsFor(order: number): number {
  const n = Math.max(order, 1);
  return Math.min(1000, Math.max(50, Math.round(2500 * n ** -0.35)));
}

/**
 * noverlap compares the nodes within each cell of a square grid, so cells must hold few
 * nodes: its default 20 x 20 grid took 52 s for 30 rounds on 10,000 nodes, 100 x 100 took 1.2 s.
 */
export function gridSizeFor(order: number): number {
  return Math.min(400, Math.max(20, Math.round(2 * Math.sqrt(order))));
}

/**
 * `order` counts every node (noverlap moves them all); `linked` the nodes with a relation,
 * the only ones ForceAtlas2 moves, which set its settings and iterations.
 */
export function resolveLayout(order: number, options: Partial<LayoutOptions> = {}, linked = order): ResolvedLayout {
  const o: LayoutOptions = { ...LAYOUT_DEFAULTS, ...options };
  if (!Number.isFinite(o.seed)) throw new InputError(`layout: seed must be a finite number (got ${o.seed})`);
  if (o.iterations !== null && !(Number.isInteger(o.iterations) && o.iterations > 0)) {
    throw new InputError(`layout: iterations must be a positive integer or null (got ${o.iterations})`);
  }
  if (!(o.coverage > 0 && o.coverage < 1)) throw new InputError(`layout: coverage must be between 0 and 1 (got ${o.coverage})`);
  if (!(o.timeBudgetMs > 0)) throw new InputError(`layout: timeBudgetMs must be positive (got ${o.timeBudgetMs})`);
  const barnesHut = linked >= o.barnesHutThreshold;
  const settings = {
    ...FA2_BASE,
    ...forceAtlas2.inferSettings(Math.max(linked, 1)),
    barnesHutOptimize: barnesHut,
    // Gephi's default approximation; graphology's 0.5 took twice as long on 10,000 nodes.
    ...(barnesHut ? { barnesHutTheta: 1.2 } : {}),
    ...o.settings,
  };
  return {
    options: o,
    settings,
    iterations: o.iterations ?? iterationsFor(linked),
    noverlapSettings: { ...NOVERLAP_BASE, gridSize: gridSizeFor(order), ...o.noverlapSettings },
  };
}
