export { FORMATS, FORMAT_NAMES, exportGraph, formatForExtension, getFormat, isFormatName, streamGraph } from './registry.js';
export type { ExportFormat, FormatName } from './registry.js';
export { EXPORT_DEFAULTS, prepareExport } from './context.js';
export type { ExportContext, ExportOptions } from './context.js';
export { filterGraph } from './filter.js';
export type { ExportFilter } from './filter.js';
export { EDGE_FIELDS, NODE_FIELDS } from './fields.js';
export type { Field, FieldType } from './fields.js';
