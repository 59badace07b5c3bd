import { createReadStream } from 'node:fs';
import { InputError } from '../core/errors.js';
import { isBinary } from './decode.js';
import { readLines } from './lines.js';
import { pickMetadata } from './sidecar.js';
import { formatSize } from './size.js';
import type { ReadOptions, SourcedInput } from './types.js';

/**
 * One document per line: `{"text": ..., "title", "url", "publishedAt", "source", "id"}`.
 * Streamed; a line that is not such an object, or too long, is skipped with a
 * warning naming `file:line`, so one bad record does not stop a feed.
 */
export async function* readJsonl(path: string, options: ReadOptions): AsyncGenerator<SourcedInput> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let documents = 0;
  let consumed = 0;
  // JSON escapes can make a line up to 6x its text (\uXXXX): lines are capped there, texts at maxBytes.
  for await (const line of readLines(createReadStream(path), { maxBytes: options.maxBytes * 6 + 4096 })) {
    const location = `${path}:${line.number}`;
    if (first && isBinary(line.bytes)) throw new InputError(`${path}: looks like a binary file, not JSON lines`);
    first = false;
    if (line.tooLong) {
      options.onWarning(`${location}: line is over the ${formatSize(options.maxBytes)} document size limit; skipped`);
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(line.bytes);
    } catch {
      options.onWarning(`${location}: not valid UTF-8; skipped`);
      continue;
    }
    if (text.trim() === '') continue;
    // Bytes since the last document yielded: skipped lines count with the next one.
    const end = line.offset + line.bytes.length + 1;
    const record = parseRecord(text, location, end - consumed, options);
    if (!record) continue;
    consumed = end;
    documents++;
    yield record;
  }
  if (first) throw new InputError(`${path}: file is empty`);
  if (documents === 0) throw new InputError(`${path}: no documents (every line was skipped)`);
}

function parseRecord(text: string, location: string, bytes: number, options: ReadOptions): SourcedInput | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    options.onWarning(`${location}: not valid JSON (${(err as Error).message}); skipped`);
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof (value as { text?: unknown }).text !== 'string') {
    options.onWarning(`${location}: not an object with a "text" string; skipped`);
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (Buffer.byteLength(record.text as string) > options.maxBytes) {
    options.onWarning(`${location}: text is over the ${formatSize(options.maxBytes)} document size limit; skipped`);
    return undefined;
  }
  try {
    return { input: { text: record.text as string, ...pickMetadata(record, location) }, location, bytes };
  } catch (err) {
    options.onWarning(`${(err as Error).message}; skipped`);
    return undefined;
  }
}
