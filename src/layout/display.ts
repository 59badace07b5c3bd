import pagerankImport from 'graphology-metrics/centrality/pagerank.js';
import { InputError } from '../core/errors.js';
import type { KnowledgeGraph } from '../graph/store.js';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.js';
import { ENTITY_COLOURS, RELATION_COLOURS, STATUS_STYLES, type LineStyle } from './palette.js';

// A CommonJS module whose types say `export default`: Node hands over module.exports itself.
const pagerank = pagerankImport as unknown as typeof pagerankImport.default;

// The one place where display attributes (colour, size, thickness, line style) are derived
// from domain attributes. Nothing here is written onto the graph: layout and every export
// ask a Display, so the store keeps only what was read from the news.

export type SizeBy = 'degree' | 'pagerank' | 'mentions';

export interface DisplayOptions {
  /** What a node's size shows: its number of relations, its PageRank, or how often it is mentioned. */
  sizeBy: SizeBy;
  minSize: number;
  maxSize: number;
  /** Thickest edge line; thickness grows with the log of the number of documents. */
  maxThickness: number;
}

export const DISPLAY_DEFAULTS: Readonly<DisplayOptions> = Object.freeze({
  sizeBy: 'degree',
  minSize: 4,
  maxSize: 16,
  maxThickness: 6,
});

export interface NodeDisplay {
  label: string;
  /** `#RRGGBB`. */
  color: string;
  size: number;
}

export interface EdgeDisplay {
  label: string;
  /** `#RRGGBB`; `alpha` says how opaque to draw it where the format has opacity. */
  color: string;
  alpha: number;
  lineStyle: LineStyle;
  /** Number of documents that report the relation. */
  weight: number;
  thickness: number;
}

export interface Display {
  node(id: string, attrs: NodeAttributes): NodeDisplay;
  edge(key: string, attrs: EdgeAttributes): EdgeDisplay;
}

export function resolveDisplayOptions(options: Partial<DisplayOptions> = {}): DisplayOptions {
  const resolved = { ...DISPLAY_DEFAULTS, ...options };
  if (!['degree', 'pagerank', 'mentions'].includes(resolved.sizeBy)) {
    throw new InputError(`display: unknown sizeBy "${String(resolved.sizeBy)}" (expected degree, pagerank or mentions)`);
  }
  if (!(resolved.minSize > 0 && resolved.maxSize >= resolved.minSize)) {
    throw new InputError(`display: sizes must satisfy 0 < minSize <= maxSize (got ${resolved.minSize}, ${resolved.maxSize})`);
  }
  return resolved;
}

export function createDisplay(graph: KnowledgeGraph, options: Partial<DisplayOptions> = {}): Display {
  const o = resolveDisplayOptions(options);
  const importance = importanceOf(graph, o.sizeBy);
  let max = 0;
  graph.forEachNode((id, attrs) => void (max = Math.max(max, importance(id, attrs))));
  return {
    node(id, attrs) {
      // Square root, so that a node's area rather than its radius follows the value.
      const share = max > 0 ? Math.sqrt(importance(id, attrs) / max) : 0;
      return { label: attrs.name, color: ENTITY_COLOURS[attrs.type], size: round2(o.minSize + (o.maxSize - o.minSize) * share) };
    },
    edge(_key, attrs) {
      const style = STATUS_STYLES[attrs.status];
      const weight = Math.max(1, attrs.documentCount);
      return {
        label: attrs.type,
        color: RELATION_COLOURS[attrs.type],
        alpha: style.alpha,
        lineStyle: style.lineStyle,
        weight,
        thickness: round2(Math.min(o.maxThickness, 1 + Math.log2(weight))),
      };
    },
  };
}

/** Node sizes in graph order, as the layout's noverlap step needs them. */
export function nodeSizes(graph: KnowledgeGraph, options: Partial<DisplayOptions> = {}): Float32Array {
  const display = createDisplay(graph, options);
  const sizes = new Float32Array(graph.order);
  let i = 0;
  graph.forEachNode((id, attrs) => void (sizes[i++] = display.node(id, attrs).size));
  return sizes;
}

function importanceOf(graph: KnowledgeGraph, sizeBy: SizeBy): (id: string, attrs: NodeAttributes) => number {
  if (sizeBy === 'mentions') return (_id, attrs) => attrs.mentionCount;
  if (sizeBy === 'degree') return (id) => graph.degree(id);
  if (graph.order === 0) return () => 0;
  const ranks = pagerank(graph, { getEdgeWeight: 'documentCount' });
  return (id) => ranks[id] ?? 0;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
