import { READ_DEFAULTS, parseSize, readInputs } from '../input/index.js';
import type { SourcedInput } from '../input/index.js';
import type { Options, Parsed } from './args.js';
import { stringOption } from './args.js';
import { UsageError } from './errors.js';
import { warn } from './report.js';

/** Flags shared by the commands that read documents. */
export const INPUT_OPTIONS = { 'max-doc-size': { type: 'string' }, 'text-columns': { type: 'string' } } satisfies Options;
export const INPUT_HELP = `  --max-doc-size SIZE  largest document accepted: a file, a JSONL line, a CSV
                       record (default 2MB; units k, M, G are powers of 1000)
  --text-columns A,B   CSV columns that make a document's text, joined in this
                       order (default: "text", else "title" + "description",
                       "body" or "content")`;

export interface InputFlags {
  maxBytes: number;
  textColumns?: string[];
}

export function inputFlags(command: string, parsed: Parsed): InputFlags {
  const size = stringOption(parsed, 'max-doc-size');
  const flags: InputFlags = { maxBytes: size === undefined ? READ_DEFAULTS.maxBytes : parseSize(size) };
  const columns = stringOption(parsed, 'text-columns');
  if (columns !== undefined) {
    const names = columns.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean);
    if (names.length === 0) throw new UsageError(`${command}: --text-columns needs column names, e.g. --text-columns headline,summary`);
    flags.textColumns = names;
  }
  return flags;
}

/** Documents as read, with warnings for skipped files and records going to stderr. */
export function documentsIn(paths: readonly string[], flags: InputFlags): AsyncGenerator<SourcedInput> {
  return readInputs(paths, { maxBytes: flags.maxBytes, textColumns: flags.textColumns, onWarning: warn });
}
