import type { Document, DocumentInput, EntityType, Extraction } from '../core/types.js';
import type { GraphStore } from '../graph/store.js';
import type { GraphChange } from '../graph/types.js';

/** One line of the journal. Replaying the lines in order rebuilds the graph. */
export type JournalEntry =
  | { op: 'ingest'; at: string; document: Document; extraction: Extraction }
  | { op: 'remove'; at: string; id: string }
  | { op: 'merge'; at: string; ids: string[]; into: string }
  | { op: 'rename'; at: string; id: string; name: string }
  | { op: 'setType'; at: string; id: string; type: EntityType };

export interface IngestOutcome {
  document: Document;
  extraction: Extraction;
  change: GraphChange;
  /** True when the document (same id or same text) was already in the graph: nothing changed. */
  duplicate: boolean;
}

/** A document left out of an `ingestSettled` batch because its extraction failed (exception, time limit). */
export interface IngestFailure {
  document: Document;
  error: unknown;
}

export interface WorkspaceOptions {
  /** Directory for the journal and snapshots; omitted = in memory only. */
  dataDir?: string;
  /** Write a snapshot after this many journal entries (default 500)... */
  snapshotEvery?: number;
  /**
   * ...and once the journal since the last snapshot is at least this many
   * times that snapshot's size (default 1). Snapshots then come at growing
   * intervals as the graph grows, so their total cost stays linear in what is
   * ingested, while a restart replays at most about one snapshot's worth of
   * journal. 0: by entry count alone.
   */
  snapshotGrowth?: number;
  /** Longest accepted document, in characters. */
  maxChars?: number;
  /** Called with warnings found while opening (torn journal line, ...). */
  onWarning?: (message: string) => void;
  /**
   * Turns a document into its extraction (default: `extract`). May be async,
   * e.g. a worker pool; extractions run concurrently, results apply in call order.
   */
  extractor?: (doc: Document) => Extraction | Promise<Extraction>;
  /** The time recorded with each change (default: now). A fixed clock makes a build reproducible. */
  clock?: () => string;
}

/**
 * The graph plus its durability: every mutation is appended to the journal
 * and fsynced before it is applied and acknowledged. Mutations are serialised
 * (one at a time), so a reader never sees half a document.
 */
export interface Workspace {
  readonly store: GraphStore;
  readonly dataDir?: string;
  ingest(input: DocumentInput): Promise<IngestOutcome>;
  ingestMany(inputs: DocumentInput[]): Promise<IngestOutcome[]>;
  /**
   * For bulk ingest: documents already checked by `toDocument`, in order. A
   * document whose extraction fails is returned as an IngestFailure and the
   * rest of the batch goes on.
   */
  ingestSettled(docs: Document[]): Promise<(IngestOutcome | IngestFailure)[]>;
  remove(id: string): Promise<GraphChange>;
  merge(ids: string[], into: string): Promise<GraphChange>;
  rename(id: string, name: string): Promise<GraphChange>;
  setType(id: string, type: EntityType): Promise<GraphChange>;
  /** Subscribe to every applied change; returns an unsubscribe function. */
  onChange(listener: (change: GraphChange, entry: JournalEntry) => void): () => void;
  /** Writes a snapshot now (also done periodically). */
  snapshot(): Promise<void>;
  /** Flushes and closes the journal. */
  close(): Promise<void>;
}
