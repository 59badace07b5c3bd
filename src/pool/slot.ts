import { Worker } from 'node:worker_threads';
import type { Document, Extraction } from '../core/types.js';
import type { WorkerSetup } from './messages.js';
import type { PoolOptions } from './options.js';

// One worker of the pool and what the pool knows about it.

export interface Pending {
  seq: number;
  doc: Document;
  resolve: (extraction: Extraction) => void;
  reject: (err: Error) => void;
}

export interface Slot {
  worker: Worker;
  ready: boolean;
  /** Sent to this worker and not answered yet, oldest first: the worker takes them in this order. */
  sent: Pending[];
  /** progress[0]: documents the worker has finished (shared memory); `answered` of them came back. */
  progress: Int32Array;
  answered: number;
  /** Watchdog: the finished count last seen and when it last moved. */
  seen: number;
  movedAt: number;
  watchdog?: NodeJS.Timeout;
}

const SCRIPT = new URL('./extract-worker.js', import.meta.url);

export function startWorker(options: PoolOptions): Slot {
  const progress = new SharedArrayBuffer(4);
  const setup: WorkerSetup = { progress, ...(options.module ? { module: options.module } : {}) };
  const worker = new Worker(SCRIPT, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } });
  return { worker, ready: false, sent: [], progress: new Int32Array(progress), answered: 0, seen: 0, movedAt: 0 };
}

/** Index in `sent` of the document the worker is on now, by its shared count (undefined: it finished them all). */
export function current(slot: Slot): number | undefined {
  const index = Atomics.load(slot.progress, 0) - slot.answered;
  return index < slot.sent.length ? index : undefined;
}

/** Terminates a worker whose events no longer matter. */
export function stop(worker: Worker): Promise<number> {
  worker.removeAllListeners();
  worker.on('error', () => undefined);
  return worker.terminate();
}

export function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
