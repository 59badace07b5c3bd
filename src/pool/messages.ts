import type { Document, Extraction } from '../core/types.js';

// What the pool and its workers say to each other. Plain data: it crosses
// threads by structured clone, several documents a message (one message per
// document cost about a sixth of the extraction time).

export interface Task {
  seq: number;
  doc: Document;
}

/** Main thread -> worker: extract these, in order. */
export interface TaskMessage {
  tasks: Task[];
}

export type TaskResult = { seq: number; extraction: Extraction } | { seq: number; error: string };

/** Worker -> main thread. */
export type WorkerMessage =
  | { type: 'ready'; loadMs: number; loadCpuMs: number }
  | { type: 'results'; results: TaskResult[] };

/** Given to every worker at start. */
export interface WorkerSetup {
  /** Module exporting `extract(doc)`, as a URL or path; the packaged extraction when absent. */
  module?: string;
  /**
   * Int32 slot 0: documents this worker has finished. Shared memory, so the
   * pool can tell a worker stuck on one document from one busy with many,
   * and which document it was on if it dies, without a message per document.
   */
  progress: SharedArrayBuffer;
}
