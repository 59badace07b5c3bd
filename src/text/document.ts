import type { Document, DocumentInput } from '../core/types.js';
import { InputError } from '../core/errors.js';
import { contentHash } from '../core/ids.js';
import { cleanText, splitSourceTrailer } from './clean.js';

export interface DocumentOptions {
  /** Longest accepted text, in characters, after cleaning. */
  maxChars: number;
}

export const DOCUMENT_DEFAULTS: DocumentOptions = { maxChars: 2_000_000 };

/** Share of characters that are control characters above which a text is taken for binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Checks and normalises what a user handed in. Throws InputError with a
 * message naming the document when it cannot be used.
 */
export function toDocument(input: DocumentInput, options: Partial<DocumentOptions> = {}): Document {
  const { maxChars } = { ...DOCUMENT_DEFAULTS, ...options };
  const label = input.id ? ` (id "${input.id}")` : input.title ? ` ("${input.title.slice(0, 60)}")` : '';
  if (typeof input.text !== 'string') throw new InputError(`document text is missing${label}`);
  if (looksBinary(input.text)) throw new InputError(`document text looks binary, not text${label}`);
  const cleaned = splitSourceTrailer(cleanText(input.text));
  const text = cleaned.text;
  if (text.length === 0) throw new InputError(`document text is empty${label}`);
  if (text.length > maxChars) {
    throw new InputError(`document text is too long: ${text.length} characters, limit ${maxChars}${label}`);
  }
  const doc: Document = {
    id: input.id?.trim() || contentHash(text),
    text,
    title: input.title?.trim() || firstLine(text),
  };
  if (input.url) doc.url = input.url.trim();
  if (input.publishedAt) doc.publishedAt = input.publishedAt.trim();
  const source = input.source?.trim() || cleaned.source || hostOf(input.url);
  if (source) doc.source = source;
  return doc;
}

export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]!.trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
