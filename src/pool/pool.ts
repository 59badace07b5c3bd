import type { Document, Extraction } from '../core/types.js';
import { ExtractionFailed, ExtractionTimeout, PoolError } from './errors.js';
import type { TaskMessage, TaskResult, WorkerMessage } from './messages.js';
import { POOL_DEFAULTS } from './options.js';
import type { PoolOptions, PoolStats } from './options.js';
import { current, formatMs, startWorker, stop } from './slot.js';
import type { Pending, Slot } from './slot.js';

/**
 * Extraction on worker threads. Documents are taken in call order; each
 * answer settles its own promise (callers that need input order, such as the
 * workspace queue, apply results in call order themselves). A document that
 * throws, kills its worker or runs past the time limit rejects alone: the
 * worker is replaced and the documents queued behind it go to the next one.
 */
export class ExtractionPool {
  readonly options: PoolOptions;
  readonly stats: PoolStats = { loads: [], timeouts: 0, failures: 0, restarts: 0 };
  private readonly waiting: Pending[] = [];
  private readonly slots: Slot[] = [];
  private readonly readyWaiters: (() => void)[] = [];
  private broken: Error | undefined;
  private seq = 0;

  constructor(options: Partial<PoolOptions> = {}) {
    this.options = { ...POOL_DEFAULTS, ...options };
    for (const key of ['size', 'batch'] as const) {
      if (!Number.isInteger(this.options[key]) || this.options[key] < 1) throw new RangeError(`pool: ${key} must be a whole number >= 1, got ${this.options[key]}`);
    }
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
      if (this.waiting.length <= loading * this.options.batch) return;
      this.slots.push(this.spawn());
    }
  }

  private spawn(): Slot {
    const slot = startWorker(this.options);
    slot.worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    slot.worker.on('error', (err) => this.onDeath(slot, err.message));
    slot.worker.on('exit', (code) => this.onDeath(slot, `exited with code ${code}`));
    this.refresh(slot);
    return slot;
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (!this.slots.includes(slot)) return; // an answer from a worker already replaced
    if (message.type === 'ready') {
      slot.ready = true;
      this.stats.loads.push({ ms: message.loadMs, cpuMs: message.loadCpuMs });
      if (this.slots.every((s) => s.ready)) for (const wake of this.readyWaiters.splice(0)) wake();
    } else {
      for (const result of message.results) this.settle(slot, result);
    }
    this.pump();
  }

  private settle(slot: Slot, result: TaskResult): void {
    const task = slot.sent.shift();
    slot.answered++;
    if (!task || task.seq !== result.seq) throw new Error(`extraction pool: answer ${result.seq} does not match task ${task?.seq}`);
    if ('extraction' in result) return task.resolve(result.extraction);
    this.stats.failures++;
    task.reject(new ExtractionFailed(`extraction failed: ${result.error}`));
  }

  /** The worker is gone (crash, out of memory, exit). Before it was ready that is fatal: it would fail again. */
  private onDeath(slot: Slot, why: string): void {
    if (!this.slots.includes(slot) || this.broken) return;
    if (!slot.ready) {
      this.fail(new PoolError(`extraction worker failed to start: ${why}`));
      return;
    }
    this.stats.failures++;
    this.replace(slot, current(slot), new ExtractionFailed(`extraction worker stopped while on this document: ${why}`));
  }

  /** Checks a busy worker a few times per time limit: has it finished a document since? */
  private watch(slot: Slot): void {
    const finished = Atomics.load(slot.progress, 0);
    const now = performance.now();
    if (slot.sent.length === 0) {
      clearInterval(slot.watchdog);
      slot.watchdog = undefined;
    } else if (finished !== slot.seen || current(slot) === undefined) {
      slot.seen = finished;
      slot.movedAt = now;
    } else if (now - slot.movedAt >= this.options.timeoutMs) {
      this.stats.timeouts++;
      this.replace(slot, current(slot), new ExtractionTimeout(`extraction took longer than ${formatMs(this.options.timeoutMs)}; stopped`));
    }
  }

  /**
   * Terminates the slot's worker and starts another. The document at `culprit`
   * is rejected; the others sent to it (finished but not reported, or not
   * started) go back to the front of the line, in order.
   */
  private replace(slot: Slot, culprit: number | undefined, error: Error): void {
    clearInterval(slot.watchdog);
    const sent = slot.sent.splice(0);
    const [hung] = culprit === undefined ? [] : sent.splice(culprit, 1);
    this.waiting.unshift(...sent);
    void stop(slot.worker);
    this.stats.restarts++;
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    if (hung) hung.reject(error);
    this.pump();
  }

  /** Sends each ready worker up to one batch while it holds less than two; batches shrink to spread a short queue. */
  private pump(): void {
    const ready = this.slots.filter((s) => s.ready).length;
    for (const slot of this.slots) {
      while (slot.ready && slot.sent.length <= this.options.batch && this.waiting.length > 0) {
        const take = Math.min(this.options.batch, Math.ceil(this.waiting.length / ready));
        const tasks = this.waiting.splice(0, take);
        if (slot.sent.length === 0) {
          slot.seen = Atomics.load(slot.progress, 0);
          slot.movedAt = performance.now();
        }
        slot.sent.push(...tasks);
        const message: TaskMessage = { tasks: tasks.map(({ seq, doc }) => ({ seq, doc })) };
        slot.worker.postMessage(message);
        slot.watchdog ??= setInterval(() => this.watch(slot), Math.max(5, this.options.timeoutMs / 4)).unref();
      }
      this.refresh(slot);
    }
  }

  /** A worker keeps the process alive only while there is work for it, so a forgotten idle pool never hangs an exit. */
  private refresh(slot: Slot): void {
    const busy = slot.sent.length > 0 || this.waiting.length > 0 || (!slot.ready && this.readyWaiters.length > 0);
    if (busy) slot.worker.ref();
    else slot.worker.unref();
    if (!busy && slot.watchdog) {
      clearInterval(slot.watchdog);
      slot.watchdog = undefined;
    }
  }

  /** Stops every worker and rejects every task; returns the workers' terminations. */
  private fail(err: Error): Promise<number>[] {
    if (this.broken) return [];
    this.broken = err;
    const stopped = this.slots.map((slot) => {
      clearInterval(slot.watchdog);
      for (const task of slot.sent.splice(0)) task.reject(err);
      return stop(slot.worker);
    });
    for (const task of this.waiting.splice(0)) task.reject(err);
    for (const wake of this.readyWaiters.splice(0)) wake();
    return stopped;
  }
}
