import { InputError, NewsgraphError, errorMessage } from '../../core/errors.js';
import type { Document } from '../../core/types.js';
import { readInputs, totalBytes } from '../../input/index.js';
import type { IngestFailure, IngestOutcome, Workspace } from '../../persist/index.js';
import { toDocument } from '../../text/document.js';
import { progress, warn } from '../report.js';
import type { FailureLog } from './failures.js';
import { readFailure } from './failures.js';
import { formatProgress, formatSummary } from './progress.js';
import type { ProgressState } from './progress.js';
import { Window } from './window.js';

export interface BulkOptions {
  /** Largest document, in bytes (and characters once cleaned). */
  maxBytes: number;
  /** CSV columns that make the text (--text-columns). */
  textColumns?: readonly string[];
  failures: FailureLog;
  /**
   * Aborted on Ctrl-C: reading stops, and so does extraction (the caller closes
   * its pool). What was extracted is still committed; the rest was never
   * acknowledged and a rerun picks it up.
   */
  signal?: AbortSignal;
  /** Progress line and summary on stderr (default: when it is a terminal). */
  tty?: boolean;
}

export interface IngestSummary extends ProgressState {
  interrupted: boolean;
}

/** Documents per workspace batch (one journal write and fsync), and batches in flight at once. */
const BATCH = 64;
const WINDOW = 4;

interface Item {
  doc: Document;
  location: string;
  bytes: number;
}

/**
 * Streams every input into the workspace. Extraction runs wherever the
 * workspace's extractor does (a worker pool) while reading goes on; results
 * are applied in input order, so the graph is the same whatever the number
 * of workers. A document that is not usable text or whose extraction fails
 * is recorded and skipped; a file named on the command line that is not
 * usable is an error, as it is with one document.
 */
export async function ingestAll(ws: Workspace, paths: readonly string[], options: BulkOptions): Promise<IngestSummary> {
  const started = performance.now();
  const s: IngestSummary = {
    read: 0, readBytes: 0, readAll: false, doneBytes: 0, added: 0, duplicates: 0, skipped: 0, failed: 0,
    entities: 0, relations: 0, elapsedMs: 0, interrupted: false,
  };
  const total = await totalBytes(paths);
  if (total !== undefined) s.totalBytes = total;
  const bar = progress(options.tty);
  const refresh = () => {
    s.elapsedMs = performance.now() - started;
    s.entities = ws.store.graph.order;
    s.relations = ws.store.graph.size;
  };
  const show = () => bar.update(() => (refresh(), formatProgress(s)));
  const named = new Set(paths.map((p) => (p === '-' ? '<stdin>' : p)));
  const onWarning = (message: string) => {
    warn(message);
    options.failures.record(readFailure(message));
    // A record the reader skipped counts as read and done, so done never passes the total.
    s.read++;
    s.skipped++;
  };

  const account = (items: Item[], outcomes: (IngestOutcome | IngestFailure)[]) => {
    outcomes.forEach((outcome, i) => {
      const item = items[i]!;
      s.doneBytes += item.bytes;
      if ('error' in outcome) {
        // The pool was stopped (Ctrl-C) or cannot run at all: not this document's fault.
        if (outcome.error instanceof NewsgraphError && outcome.error.code === 'POOL_ERROR') {
          s.doneBytes -= item.bytes;
          if (options.signal?.aborted) return;
          throw outcome.error;
        }
        s.failed++;
        const error = errorMessage(outcome.error);
        warn(`${item.location}: ${error}; skipped`);
        options.failures.record({ location: item.location, id: item.doc.id, stage: 'extract', error });
      } else if (outcome.duplicate) s.duplicates++;
      else s.added++;
    });
    show();
  };
  const window = new Window(WINDOW);
  let batch: Item[] = [];
  const send = () => {
    const items = batch;
    batch = [];
    window.add(ws.ingestSettled(items.map((i) => i.doc)).then((outcomes) => account(items, outcomes)));
  };

  for await (const item of readInputs(paths, { maxBytes: options.maxBytes, textColumns: options.textColumns, onWarning })) {
    s.read++;
    s.readBytes += item.bytes;
    try {
      batch.push({ doc: toDocument(item.input, { maxChars: options.maxBytes }), location: item.location, bytes: item.bytes });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (named.has(item.location)) throw new InputError(`${item.location}: ${err.message}`);
      warn(`${item.location}: ${err.message}; skipped`);
      options.failures.record({ location: item.location, stage: 'input', error: err.message });
      s.skipped++;
      s.doneBytes += item.bytes;
    }
    if (batch.length >= BATCH) {
      send();
      await window.room();
    }
    if (options.signal?.aborted) break;
    show();
  }
  // Interrupted: the batch in hand was never handed over, so it was never acknowledged; leave it.
  s.interrupted = options.signal?.aborted === true;
  s.readAll = !s.interrupted;
  if (!s.interrupted && batch.length > 0) send();
  await window.drain();
  refresh();
  if (!s.interrupted && s.added + s.duplicates === 0) {
    throw new InputError(`no documents in ${paths.join(', ')}${s.failed ? ` (${s.failed} failed extraction, ${s.skipped} skipped)` : ''}`);
  }
  bar.done(formatSummary(s, s.interrupted));
  return s;
}
