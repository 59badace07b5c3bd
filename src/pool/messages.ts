import type { Document, Extraction } from '../core/types.js';

// What the pool and its workers say to each other. Plain data: it crosses
// threads by structured clone.

/** Main thread -> worker: extract one document. `seq` ties the answer to the task. */
export interface TaskMessage {
  seq: number;
  doc: Document;
}

/** Worker -> main thread. */
export type WorkerMessage =
  | { type: 'ready'; loadMs: number; loadCpuMs: number }
  | { type: 'done'; seq: number; extraction: Extraction }
  | { type: 'failed'; seq: number; error: string };

/** Given to every worker at start. */
export interface WorkerSetup {
  /** Module exporting `extract(doc)`, as a URL or path; the packaged extraction when absent. */
  module?: string;
}
