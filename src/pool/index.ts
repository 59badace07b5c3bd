export { ExtractionPool } from './pool.js';
export { POOL_DEFAULTS } from './options.js';
export type { PoolOptions, PoolStats } from './options.js';
export { ExtractionFailed, ExtractionTimeout, PoolError } from './errors.js';
