import type { DocumentInput } from '../core/types.js';

/** A document read from an input, with where it came from for messages (`feed.csv:123`). */
export interface SourcedInput {
  input: DocumentInput;
  location: string;
  /** Bytes of input this document took (its file, JSONL line or CSV record): progress counts these. */
  bytes: number;
}

export interface ReadOptions {
  /** Largest document accepted, in bytes: a file, a JSONL line, a CSV record's text. */
  maxBytes: number;
  /** Told about every input that is skipped, and why. */
  onWarning: (message: string) => void;
  /** CSV columns that make a document's text, joined in this order (lower case); detected when absent. */
  textColumns?: readonly string[];
}

/** 2 MB: far above any news article, far below what would exhaust memory. */
export const READ_DEFAULTS: ReadOptions = {
  maxBytes: 2_000_000,
  onWarning: () => undefined,
};

export type InputFormat = 'text' | 'html' | 'jsonl' | 'csv';

const FORMATS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

/** The format a file name implies, undefined when it is not one we read. */
export function formatOf(fileName: string): InputFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : FORMATS[fileName.slice(dot).toLowerCase()];
}
