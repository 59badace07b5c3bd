export { readInputs } from './read-inputs.js';
export { htmlToText } from './html.js';
export { parseSize, formatSize } from './size.js';
export { READ_DEFAULTS, SUPPORTED_EXTENSIONS } from './types.js';
export type { ReadOptions, SourcedInput } from './types.js';
export { totalBytes } from './total.js';
