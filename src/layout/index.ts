export { assignLayout, assignLayoutInWorker, computeLayout, computeLayoutInWorker, refreshLayout } from './layout.js';
export type { LayoutMapping, LayoutResult, LayoutStats } from './layout.js';
export { LAYOUT_DEFAULTS, iterationsFor, resolveLayout } from './options.js';
export type { LayoutOptions, ResolvedLayout } from './options.js';
export { DISPLAY_DEFAULTS, createDisplay, nodeSizes, resolveDisplayOptions } from './display.js';
export type { Display, DisplayOptions, EdgeDisplay, NodeDisplay, SizeBy } from './display.js';
export { ENTITY_COLOURS, OKABE_ITO, RELATION_COLOURS, STATUS_STYLES } from './palette.js';
export type { LineStyle } from './palette.js';
export { countOverlaps } from './overlaps.js';
