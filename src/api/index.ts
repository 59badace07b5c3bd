// Public entry of the API layer, for the CLI's `serve` command.
export { createServer } from './server.js';
export type { NewsgraphServer } from './server.js';
export { createApi } from './yoga.js';
export type { NewsgraphYoga } from './yoga.js';
export { DEFAULT_LIMITS, resolveApiOptions } from './options.js';
export type { ApiLimits, ApiOptions, ApiOptionsInput } from './options.js';
