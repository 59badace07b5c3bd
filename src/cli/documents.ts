import { InputError } from '../core/errors.js';
import type { Workspace } from '../persist/types.js';
import { toDocument } from '../text/document.js';
import { READ_DEFAULTS, parseSize, readInputs } from '../input/index.js';
import type { SourcedInput } from '../input/index.js';
import type { Options } from './args.js';
import { progress, warn } from './report.js';

/** Flags shared by the commands that read documents. */
export const INPUT_OPTIONS = { 'max-doc-size': { type: 'string' } } satisfies Options;
export const INPUT_HELP = `  --max-doc-size SIZE  largest document accepted: a file, a JSONL line, a CSV
                       record (default 2MB; units k, M, G are powers of 1000)`;

export function maxBytesOf(value: string | undefined): number {
  return value === undefined ? READ_DEFAULTS.maxBytes : parseSize(value);
}

/** Documents as read, with warnings for skipped files and records going to stderr. */
export function documentsIn(paths: readonly string[], maxBytes: number): AsyncGenerator<SourcedInput> {
  return readInputs(paths, { maxBytes, onWarning: warn });
}

export interface IngestSummary {
  added: number;
  duplicates: number;
  skipped: number;
}

/** Documents per journal append: one fsync for a batch rather than one per document. */
const BATCH = 32;

/**
 * Reads every input and ingests it. A document that fails validation
 * (empty once cleaned, binary, too long) is an error when it is a file named
 * on the command line, and a warning and a skip when it is one of many in a
 * directory, JSONL or CSV file.
 */
export async function ingestAll(ws: Workspace, paths: readonly string[], maxBytes: number): Promise<IngestSummary> {
  const named = new Set(paths.map((p) => (p === '-' ? '<stdin>' : p)));
  const summary: IngestSummary = { added: 0, duplicates: 0, skipped: 0 };
  const bar = progress();
  let batch: SourcedInput[] = [];
  const flush = async () => {
    const outcomes = await ws.ingestMany(batch.map((b) => b.input));
    for (const o of outcomes) o.duplicate ? summary.duplicates++ : summary.added++;
    batch = [];
    bar.update(`newsgraph: ${summary.added} documents added, ${summary.duplicates} already there, ${summary.skipped} skipped`);
  };
  for await (const item of documentsIn(paths, maxBytes)) {
    try {
      toDocument(item.input, { maxChars: maxBytes });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (named.has(item.location)) throw new InputError(`${item.location}: ${err.message}`);
      warn(`${item.location}: ${err.message}; skipped`);
      summary.skipped++;
      continue;
    }
    batch.push(item);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  if (summary.added + summary.duplicates === 0) throw new InputError(`no documents in ${paths.join(', ')}`);
  bar.done(`newsgraph: ${summary.added} documents added, ${summary.duplicates} already there, ${summary.skipped} skipped`);
  return summary;
}
