import type { Worker } from 'node:worker_threads';

/** Terminates a worker whose events no longer matter. */
export function stop(worker: Worker): Promise<number> {
  worker.removeAllListeners();
  worker.on('error', () => undefined);
  return worker.terminate();
}

export function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
