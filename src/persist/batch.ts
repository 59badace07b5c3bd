import { contentHash } from '../core/ids.js';
import type { Document, Extraction } from '../core/types.js';
import { duplicate } from './outcome.js';
import type { IngestFailure, IngestOutcome, JournalEntry } from './types.js';

export type IngestEntry = Extract<JournalEntry, { op: 'ingest' }>;
export type Planned = IngestOutcome | IngestFailure | IngestEntry;

export interface PlanContext {
  /** The id of the copy of `doc` already in the graph, if any. */
  duplicateOf: (doc: Document) => string | undefined;
  extractor: (doc: Document) => Extraction | Promise<Extraction>;
  clock: () => string;
  /** Report a failed extraction in place of its document, instead of throwing. */
  settle: boolean;
}

/**
 * Runs inside the workspace queue: what each document of a batch becomes, in
 * order — a duplicate outcome, a failure, or the journal entry to write.
 * `pending` holds the extractions started before the batch reached the queue.
 */
export async function planBatch(docs: Document[], pending: (Promise<Extraction> | undefined)[], ctx: PlanContext, batch: BatchIds): Promise<Planned[]> {
  const planned: Planned[] = [];
  for (const [i, doc] of docs.entries()) {
    const existing = ctx.duplicateOf(doc) ?? batch.earlierCopy(doc);
    if (existing !== undefined) {
      planned.push(duplicate(doc, existing));
      continue;
    }
    let extraction: Extraction;
    try {
      // Not extracted up front when it was a duplicate then, but it may have been removed since.
      extraction = (await pending[i]) ?? (await ctx.extractor(doc));
    } catch (error) {
      if (!ctx.settle) throw error;
      planned.push({ document: doc, error });
      continue;
    }
    batch.add(doc);
    planned.push({ op: 'ingest', at: ctx.clock(), document: doc, extraction });
  }
  return planned;
}

/**
 * Duplicates inside one batch, or one group of batches written together: the
 * workspace's index learns of them only once they are applied, so a second
 * copy is caught here. A batch's ids go into its group's (`parent`) only once
 * the whole batch is planned: a batch that fails adds nothing.
 */
export class BatchIds {
  private readonly ids = new Map<string, string>();

  constructor(private readonly parent?: BatchIds) {}

  /** The id of an earlier copy of `doc` (same id, or same text for a generated id). */
  earlierCopy(doc: Document): string | undefined {
    const hash = contentHash(doc.text);
    return this.ids.get(doc.id) ?? (doc.id === hash ? this.ids.get(hash) : undefined) ?? this.parent?.earlierCopy(doc);
  }

  /** Hands this batch's ids to the group. */
  keep(): void {
    for (const [key, id] of this.ids) if (!this.parent?.ids.has(key)) this.parent?.ids.set(key, id);
  }

  add(doc: Document): void {
    const hash = contentHash(doc.text);
    this.ids.set(doc.id, doc.id);
    if (!this.ids.has(hash)) this.ids.set(hash, doc.id);
  }
}
