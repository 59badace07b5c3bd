import type { KnowledgeGraph } from '../graph/store.js';
import type { NodeAttributes } from '../graph/types.js';
import { createDisplay, type Display, type DisplayOptions } from '../layout/display.js';
import { computeLayout, type LayoutMapping } from '../layout/layout.js';
import type { LayoutOptions } from '../layout/options.js';
import { filterGraph, type ExportFilter } from './filter.js';

export interface ExportOptions {
  filter?: ExportFilter;
  display?: Partial<DisplayOptions>;
  /**
   * Used only when a node has no position yet (layout runs after ingests, so normally all
   * have one): the export then lays the graph out on the side, starting from the stored
   * positions, and writes nothing to the graph.
   */
  layout?: Partial<LayoutOptions>;
  /** A title for formats that carry one. */
  title?: string;
}

export const EXPORT_DEFAULTS = Object.freeze({
  title: 'newsgraph',
  /** Longest the fallback layout may take. */
  layoutBudgetMs: 10_000,
});

/** What a writer works from: the filtered graph, its display attributes, its positions. */
export interface ExportContext {
  graph: KnowledgeGraph;
  display: Display;
  position(id: string, attrs: NodeAttributes): { x: number; y: number };
  title: string;
}

/**
 * Sizes and the fallback layout are worked out on the whole graph, not the filtered part:
 * a node keeps the size and place it has in the full picture, where noverlap made room for it.
 */
export function prepareExport(graph: KnowledgeGraph, options: ExportOptions = {}): ExportContext {
  const filtered = filterGraph(graph, options.filter);
  let computed: LayoutMapping | undefined;
  if (!filtered.everyNode((_id, a) => Number.isFinite(a.x) && Number.isFinite(a.y))) {
    computed = computeLayout(graph, {
      timeBudgetMs: EXPORT_DEFAULTS.layoutBudgetMs,
      display: options.display ?? {},
      ...options.layout,
      incremental: true,
    }).positions;
  }
  return {
    graph: filtered,
    display: createDisplay(graph, options.display),
    position: computed ? (id) => computed[id]! : (_id, a) => ({ x: a.x!, y: a.y! }),
    title: options.title ?? EXPORT_DEFAULTS.title,
  };
}
