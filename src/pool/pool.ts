import { Worker } from 'node:worker_threads';
import type { Document, Extraction } from '../core/types.js';
import { ExtractionFailed, ExtractionTimeout, PoolError } from './errors.js';
import type { TaskMessage, WorkerMessage, WorkerSetup } from './messages.js';
import { POOL_DEFAULTS } from './options.js';
import { formatMs, stop } from './worker-util.js';
import type { PoolOptions, PoolStats } from './options.js';

interface Task {
  seq: number;
  doc: Document;
  resolve: (extraction: Extraction) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Sent to this worker, oldest first; the first is the one it is working on. */
  tasks: Task[];
  timer?: NodeJS.Timeout;
}

const SCRIPT = new URL('./extract-worker.js', import.meta.url);

/**
 * Extraction on worker threads. Documents are taken in call order; each
 * answer settles its own promise (callers that need input order, such as the
 * workspace queue, apply results in call order themselves). A document that
 * throws or runs past the time limit rejects alone; the pool goes on.
 */
export class ExtractionPool {
  readonly options: PoolOptions;
  readonly stats: PoolStats = { loads: [], timeouts: 0, failures: 0, restarts: 0 };
  private readonly waiting: Task[] = [];
  private readonly slots: Slot[] = [];
  private readonly readyWaiters: (() => void)[] = [];
  private broken: Error | undefined;
  private seq = 0;

  constructor(options: Partial<PoolOptions> = {}) {
    this.options = { ...POOL_DEFAULTS, ...options };
    if (!Number.isInteger(this.options.size) || this.options.size < 1) throw new RangeError(`pool: size must be a whole number >= 1, got ${this.options.size}`);
  }

  /** The document's extraction, from whichever worker is free first. */
  extract(doc: Document): Promise<Extraction> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.waiting.push({ seq: ++this.seq, doc, resolve, reject });
      this.pump();
      this.grow();
    });
  }

  /** Starts every worker and resolves once all have loaded (for measuring load time apart from work). */
  ready(): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    while (this.slots.length < this.options.size) this.slots.push(this.spawn());
    if (this.slots.every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve) => {
      this.readyWaiters.push(resolve);
      for (const slot of this.slots) this.refresh(slot);
    });
  }

  /** Stops every worker; documents not yet extracted are rejected. */
  async close(): Promise<void> {
    await Promise.all(this.fail(new PoolError('extraction pool closed')));
  }

  /**
   * Workers start when there is work for them: one for the first document, more
   * while documents wait beyond what the workers still loading will take. A
   * one-document run pays for one model load, a bulk run starts them all.
   */
  private grow(): void {
    while (this.slots.length < this.options.size) {
      const loading = this.slots.filter((s) => !s.ready).length;
      if (this.waiting.length <= loading * this.options.depth) return;
      this.slots.push(this.spawn());
    }
  }

  private spawn(): Slot {
    const setup: WorkerSetup = this.options.module ? { module: this.options.module } : {};
    const worker = new Worker(SCRIPT, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } });
    const slot: Slot = { worker, ready: false, tasks: [] };
    worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    worker.on('error', (err) => this.onDeath(slot, err.message));
    worker.on('exit', (code) => this.onDeath(slot, `exited with code ${code}`));
    this.refresh(slot);
    return slot;
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.stats.loads.push({ ms: message.loadMs, cpuMs: message.loadCpuMs });
      if (this.slots.every((s) => s.ready)) for (const wake of this.readyWaiters.splice(0)) wake();
      return this.pump();
    }
    const task = slot.tasks[0];
    if (!task || task.seq !== message.seq) return; // an answer for a task already given up on
    this.finishHead(slot);
    if (message.type === 'done') task.resolve(message.extraction);
    else {
      this.stats.failures++;
      task.reject(new ExtractionFailed(`extraction failed: ${message.error}`));
    }
    this.pump();
  }

  /** The worker is gone (crash, out of memory, exit). Before it was ready that is fatal: it would fail again. */
  private onDeath(slot: Slot, why: string): void {
    if (!this.slots.includes(slot) || this.broken) return;
    if (!slot.ready) {
      this.fail(new PoolError(`extraction worker failed to start: ${why}`));
      return;
    }
    const head = slot.tasks[0];
    if (head) {
      this.stats.failures++;
      this.finishHead(slot);
      head.reject(new ExtractionFailed(`extraction worker stopped while on this document: ${why}`));
    }
    this.replace(slot);
  }

  private onTimeout(slot: Slot): void {
    const head = slot.tasks[0];
    if (!head) return;
    this.stats.timeouts++;
    this.finishHead(slot);
    head.reject(new ExtractionTimeout(`extraction took longer than ${formatMs(this.options.timeoutMs)}; stopped`));
    this.replace(slot);
  }

  /** Terminates the slot's worker and starts another; tasks sent ahead go back to the front of the line. */
  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    clearTimeout(slot.timer);
    this.waiting.unshift(...slot.tasks);
    slot.tasks = [];
    void stop(slot.worker);
    this.stats.restarts++;
    this.slots[index] = this.spawn();
    this.pump();
  }

  private finishHead(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.tasks.shift();
    if (slot.tasks.length > 0) this.startTimer(slot);
  }

  private startTimer(slot: Slot): void {
    slot.timer = setTimeout(() => this.onTimeout(slot), this.options.timeoutMs);
  }

  private pump(): void {
    for (const slot of this.slots) {
      while (slot.ready && slot.tasks.length < this.options.depth && this.waiting.length > 0) {
        const task = this.waiting.shift()!;
        slot.tasks.push(task);
        if (slot.tasks.length === 1) this.startTimer(slot);
        const message: TaskMessage = { seq: task.seq, doc: task.doc };
        slot.worker.postMessage(message);
      }
      this.refresh(slot);
    }
  }

  /** A worker keeps the process alive only while there is work for it, so a forgotten idle pool never hangs an exit. */
  private refresh(slot: Slot): void {
    if (slot.tasks.length > 0 || this.waiting.length > 0 || (!slot.ready && this.readyWaiters.length > 0)) slot.worker.ref();
    else slot.worker.unref();
  }

  /** Stops every worker and rejects every task; returns the workers' terminations. */
  private fail(err: Error): Promise<number>[] {
    if (this.broken) return [];
    this.broken = err;
    const stopped = this.slots.map((slot) => {
      clearTimeout(slot.timer);
      for (const task of slot.tasks.splice(0)) task.reject(err);
      return stop(slot.worker);
    });
    for (const task of this.waiting.splice(0)) task.reject(err);
    for (const wake of this.readyWaiters.splice(0)) wake();
    return stopped;
  }
}
