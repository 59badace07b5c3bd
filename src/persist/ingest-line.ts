import type { Document, Extraction } from '../core/types.js';
import type { GraphChange } from '../graph/types.js';
import { BatchIds, planBatch } from './batch.js';
import type { IngestEntry, PlanContext, Planned } from './batch.js';
import type { SerialQueue } from './queue.js';
import type { IngestFailure, IngestOutcome } from './types.js';

/** One ingest call waiting for its turn. */
export interface IngestRequest {
  docs: Document[];
  /** Extractions started at call time (undefined for documents that were duplicates then). */
  pending: (Promise<Extraction> | undefined)[];
  /** Report failed extractions in the results instead of rejecting. */
  settle: boolean;
  /** True once every extraction of this call has settled. */
  ready: boolean;
  resolve: (outcomes: (IngestOutcome | IngestFailure)[]) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit. Consecutive ingest calls (with no other mutation between
 * them) form one group, run as one task of the workspace queue; the task
 * journals as many of them as are ready with one write and one fsync. A
 * group closes when its task starts or when another mutation is queued, so
 * call order across all mutations is kept.
 */
export class IngestLine {
  private open: IngestRequest[] | undefined;

  constructor(
    private readonly queue: SerialQueue,
    private readonly commit: (group: IngestRequest[]) => Promise<void>,
  ) {}

  add(request: IngestRequest): void {
    void Promise.allSettled(request.pending).then(() => (request.ready = true));
    if (!this.open) {
      const group: IngestRequest[] = [];
      this.open = group;
      // Settling an already-settled promise is a no-op: this only reaches calls an unexpected error left waiting.
      this.queue
        .run(() => {
          if (this.open === group) this.open = undefined;
          return this.commit(group);
        })
        .catch((err: unknown) => group.forEach((r) => r.reject(err)));
    }
    this.open.push(request);
  }

  /** Called before any other mutation is queued: later ingests go after it. */
  seal(): void {
    this.open = undefined;
  }
}

/** What a group commit needs from the workspace. */
export interface GroupHooks {
  plan: Omit<PlanContext, 'settle'>;
  checkOpen: () => void;
  /** Journal write and fsync (nothing without a data directory). */
  append: (entries: IngestEntry[]) => Promise<void>;
  apply: (entry: IngestEntry) => GraphChange;
  afterCommit: (entries: number) => Promise<void>;
}

/**
 * One queue task for a group of ingest calls: the first waits for its
 * extractions, the ones behind it whose extractions are done join it, and
 * all of them are journalled with one fsync and applied in call order.
 */
export async function commitGroup(group: IngestRequest[], hooks: GroupHooks): Promise<void> {
  for (let next = 0; next < group.length; ) {
    await Promise.allSettled(group[next]!.pending);
    const take = [group[next++]!];
    while (next < group.length && group[next]!.ready) take.push(group[next++]!);
    const ids = new BatchIds();
    const plans: { request: IngestRequest; planned: Planned[] }[] = [];
    for (const request of take) {
      try {
        hooks.checkOpen();
        const own = new BatchIds(ids);
        plans.push({ request, planned: await planBatch(request.docs, request.pending, { ...hooks.plan, settle: request.settle }, own) });
        own.keep();
      } catch (err) {
        request.reject(err);
      }
    }
    const entries = plans.flatMap((p) => p.planned.filter((o): o is IngestEntry => 'op' in o));
    try {
      await hooks.append(entries);
    } catch (err) {
      for (const { request } of plans) request.reject(err);
      continue;
    }
    // Applied in one synchronous pass: a reader sees all of the group or none of it.
    for (const { request, planned } of plans) {
      request.resolve(planned.map((p) => ('op' in p ? { document: p.document, extraction: p.extraction, change: hooks.apply(p), duplicate: false } : p)));
    }
    await hooks.afterCommit(entries.length);
  }
}
