import { NewsgraphError, errorMessage } from '../core/errors.js';
import { contentHash } from '../core/ids.js';
import type { Document, DocumentInput, EntityType, Extraction } from '../core/types.js';
import type { GraphStore } from '../graph/store.js';
import type { GraphChange } from '../graph/types.js';
import { DOCUMENT_DEFAULTS, toDocument } from '../text/document.js';
import { applyEntry, checkEntry } from './apply.js';
import { defaultExtractor } from './default-extractor.js';
import { IngestLine, commitGroup } from './ingest-line.js';
import type { ContentIndex } from './content-index.js';
import { deleteSegmentsBefore } from './journal.js';
import type { JournalWriter } from './journal.js';
import { SerialQueue } from './queue.js';
import { encodeSnapshot, writeSnapshot } from './snapshot-file.js';
import type { IngestFailure, IngestOutcome, JournalEntry, Workspace, WorkspaceOptions } from './types.js';

export const WORKSPACE_DEFAULTS = { snapshotEvery: 500, snapshotGrowth: 1, maxChars: DOCUMENT_DEFAULTS.maxChars };

type Listener = (change: GraphChange, entry: JournalEntry) => void;
export interface Durability {
  dir: string;
  journal: JournalWriter;
  release: () => Promise<void>;
  /** Size of the last snapshot written or read. */
  snapshotBytes: number;
}

/** The graph with its journal and snapshots; made by `openWorkspace`. */
export class DurableWorkspace implements Workspace {
  readonly dataDir?: string;
  private readonly queue = new SerialQueue();
  private readonly line = new IngestLine(this.queue, (group) =>
    commitGroup(group, {
      plan: { duplicateOf: (d) => this.duplicateOf(d), extractor: this.extractor, clock: this.clock },
      checkOpen: () => this.checkOpen(),
      append: async (entries) => this.durability?.journal.append(entries),
      apply: (entry) => this.apply(entry),
      afterCommit: (entries) => this.afterCommit(entries),
    }),
  );
  private readonly listeners = new Set<Listener>();
  private readonly snapshotEvery: number;
  private readonly snapshotGrowth: number;
  private readonly maxChars: number;
  private readonly extractor: (doc: Document) => Extraction | Promise<Extraction>;
  private readonly clock: () => string;
  private closed = false;

  constructor(
    readonly store: GraphStore,
    private readonly index: ContentIndex,
    private sinceSnapshot: number,
    private readonly durability: Durability | undefined,
    options: WorkspaceOptions,
    private readonly onWarning: (message: string) => void,
  ) {
    if (durability) this.dataDir = durability.dir;
    this.snapshotEvery = Math.max(1, options.snapshotEvery ?? WORKSPACE_DEFAULTS.snapshotEvery);
    this.snapshotGrowth = Math.max(0, options.snapshotGrowth ?? WORKSPACE_DEFAULTS.snapshotGrowth);
    this.maxChars = options.maxChars ?? WORKSPACE_DEFAULTS.maxChars;
    this.extractor = options.extractor ?? defaultExtractor;
    this.clock = options.clock ?? (() => new Date().toISOString());
  }

  async ingest(input: DocumentInput): Promise<IngestOutcome> {
    const [outcome] = await this.ingestMany([input]);
    return outcome!;
  }

  /**
   * Validates every input first (an InputError rejects the whole batch),
   * extracts concurrently outside the queue, then journals the batch with one
   * fsync and applies it in call order. A failed extraction rejects the batch.
   */
  async ingestMany(inputs: DocumentInput[]): Promise<IngestOutcome[]> {
    const docs = inputs.map((input) => toDocument(input, { maxChars: this.maxChars }));
    return (await this.commit(docs, false)) as IngestOutcome[];
  }

  ingestSettled(docs: Document[]): Promise<(IngestOutcome | IngestFailure)[]> {
    return this.commit(docs, true);
  }

  /** With `settle`, a document whose extraction fails is left out and reported; without, it fails the batch. */
  private commit(docs: Document[], settle: boolean): Promise<(IngestOutcome | IngestFailure)[]> {
    const pending = docs.map((doc) => (this.duplicateOf(doc) ? undefined : Promise.resolve(doc).then(this.extractor)));
    // Awaited later inside the queue; until then a rejection must not count as unhandled.
    for (const p of pending) p?.catch(() => undefined);
    return new Promise((resolve, reject) => this.line.add({ docs, pending, settle, ready: false, resolve, reject }));
  }

  remove(id: string): Promise<GraphChange> {
    return this.mutate({ op: 'remove', at: this.clock(), id });
  }

  merge(ids: string[], into: string): Promise<GraphChange> {
    return this.mutate({ op: 'merge', at: this.clock(), ids: [...ids], into });
  }

  rename(id: string, name: string): Promise<GraphChange> {
    return this.mutate({ op: 'rename', at: this.clock(), id, name });
  }

  setType(id: string, type: EntityType): Promise<GraphChange> {
    return this.mutate({ op: 'setType', at: this.clock(), id, type });
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  snapshot(): Promise<void> {
    this.line.seal();
    return this.queue.run(() => {
      this.checkOpen();
      return this.writeSnapshot();
    });
  }

  /** Waits for queued work, snapshots what the journal holds beyond the last snapshot, releases the lock. */
  close(): Promise<void> {
    this.line.seal();
    return this.queue.run(async () => {
      if (this.closed) return;
      this.closed = true;
      if (!this.durability) return;
      if (this.sinceSnapshot > 0) await this.writeSnapshot().catch((err) => this.onWarning(`snapshot on close failed: ${errorMessage(err)}`));
      await this.durability.journal.close();
      await this.durability.release();
    });
  }

  private duplicateOf(doc: Document): string | undefined {
    if (this.store.hasDocument(doc.id)) return doc.id;
    // Only a generated id (the content hash) makes the text the identity.
    return doc.id === contentHash(doc.text) ? this.index.idOf(doc.text) : undefined;
  }

  private mutate(entry: JournalEntry): Promise<GraphChange> {
    this.line.seal();
    return this.queue.run(async () => {
      this.checkOpen();
      checkEntry(this.store, entry);
      await this.durability?.journal.append([entry]);
      const change = this.apply(entry);
      await this.afterCommit(1);
      return change;
    });
  }

  private apply(entry: JournalEntry): GraphChange {
    const change = applyEntry(this.store, entry);
    this.index.record(entry);
    for (const listener of this.listeners) {
      try {
        listener(change, entry);
      } catch (err) {
        this.onWarning(`change listener failed: ${errorMessage(err)}`);
      }
    }
    return change;
  }

  /** Snapshots periodically; a failed snapshot costs only restart time, so it does not fail the ingest. */
  private async afterCommit(entries: number): Promise<void> {
    this.sinceSnapshot += entries;
    const d = this.durability;
    if (!d || this.sinceSnapshot < this.snapshotEvery || d.journal.bytes < this.snapshotGrowth * d.snapshotBytes) return;
    await this.writeSnapshot().catch((err) => this.onWarning(`periodic snapshot failed: ${errorMessage(err)}`));
  }

  /**
   * Runs inside the queue, so no entry lands between the steps: start a new
   * segment, serialise the graph (which is then exactly everything before that
   * segment), write it atomically, and only then drop the segments it covers.
   */
  private async writeSnapshot(): Promise<void> {
    if (!this.durability) return;
    const { dir, journal } = this.durability;
    const segment = await journal.rotate();
    const encoded = encodeSnapshot(this.store, segment, this.index.byHash);
    await writeSnapshot(dir, encoded);
    this.durability.snapshotBytes = encoded.length;
    this.sinceSnapshot = 0;
    await deleteSegmentsBefore(dir, segment);
  }

  private checkOpen(): void {
    if (this.closed) throw new NewsgraphError('CLOSED', 'workspace is closed');
  }
}
