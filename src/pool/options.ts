import { availableParallelism } from 'node:os';

export interface PoolOptions {
  /** Worker threads. */
  size: number;
  /** Longest one document may take, in ms; its worker is then terminated and replaced. */
  timeoutMs: number;
  /** Documents per message to a worker; a worker holds at most two such batches. */
  batch: number;
  /** Heap limit of each worker, in MB: a runaway document kills its worker, not the process. */
  maxHeapMb: number;
  /** Module exporting `extract(doc)` (path or URL); the packaged extraction by default. */
  module?: string;
}

export const POOL_DEFAULTS: PoolOptions = { size: availableParallelism(), timeoutMs: 30_000, batch: 16, maxHeapMb: 2048 };

export interface PoolStats {
  /** Load time of each worker started (model and gazetteer), wall and CPU ms. */
  loads: { ms: number; cpuMs: number }[];
  timeouts: number;
  failures: number;
  restarts: number;
}
