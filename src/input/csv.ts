import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { InputError } from '../core/errors.js';
import type { DocumentInput } from '../core/types.js';
import { isBinary } from './decode.js';
import { NewlineCounter } from './newlines.js';
import { formatSize } from './size.js';
import type { ReadOptions, SourcedInput } from './types.js';

const BODY_COLUMNS = ['description', 'body', 'content'];
const DATE_COLUMNS = ['publishedat', 'published_at', 'published', 'date'];

/**
 * Which columns make a document's text: the ones asked for (all must exist),
 * else `text`, else `title` plus the first body-like column.
 */
export function textColumns(header: readonly string[], asked?: readonly string[]): string[] | undefined {
  if (asked && asked.length > 0) return asked.every((c) => header.includes(c)) ? [...asked] : undefined;
  if (header.includes('text')) return ['text'];
  const body = BODY_COLUMNS.find((c) => header.includes(c));
  return header.includes('title') && body ? ['title', body] : undefined;
}

/**
 * A CSV with a header row, one document per record, streamed. Its `url`,
 * `source`, `id` and a date column become metadata. A record without text, or
 * with text over the size limit, is skipped with a warning naming `file:line`.
 */
export async function* readCsv(path: string, options: ReadOptions): AsyncGenerator<SourcedInput> {
  let columns: string[] | undefined;
  let headerError: InputError | undefined;
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // A runaway quote would otherwise swallow the rest of the file into memory.
    max_record_size: options.maxBytes * 2,
    columns: (header: string[]) => {
      const names = header.map((h) => String(h).trim().toLowerCase());
      columns = textColumns(names, options.textColumns);
      if (!columns) {
        const found = names.map((n) => `"${n}"`).join(', ');
        headerError = options.textColumns?.length
          ? new InputError(`${path}: no column ${options.textColumns.filter((c) => !names.includes(c)).map((c) => `"${c}"`).join(', ')} (--text-columns; found ${found})`)
          : new InputError(`${path}: no text column (expected "text", or "title" with "description", "body" or "content", or name them with --text-columns; found ${found})`);
        throw headerError;
      }
      return names;
    },
  });
  const lines = new NewlineCounter();
  const source = createReadStream(path).pipe(utf8Guard(path, lines));
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  let records = 0;
  // csv-parse counts bytes up to the end of a record; the next one starts there.
  let line = 2;
  let offset = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { bytes: number } }>) {
      const location = `${path}:${line}`;
      line = lines.lineAt(info.bytes);
      const input = toInput(record, columns!);
      if (!input.text.trim()) {
        options.onWarning(`${location}: record has no text; skipped`);
      } else if (Buffer.byteLength(input.text) > options.maxBytes) {
        options.onWarning(`${location}: text is over the ${formatSize(options.maxBytes)} document size limit; skipped`);
      } else {
        records++;
        // Bytes since the last document yielded: the header and skipped records count with the next one.
        const bytes = info.bytes - offset;
        offset = info.bytes;
        yield { input, location, bytes };
      }
    }
  } catch (err) {
    if (headerError) throw headerError;
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: ${(err as Error).message}`);
  }
  if (records === 0) throw new InputError(`${path}: no documents (the file is empty or every record was skipped)`);
}

function toInput(record: Record<string, string>, columns: string[]): DocumentInput {
  const parts = columns.map((c) => (record[c] ?? '').trim()).filter(Boolean);
  // "Title. Body": the title reads as its own sentence, as AG-News-style feeds are meant to be joined.
  const text = parts.map((p, i) => (i < parts.length - 1 && !/[.!?:]$/.test(p) ? `${p}.` : p)).join(' ');
  const input: DocumentInput = { text };
  const date = DATE_COLUMNS.map((c) => record[c]).find((v) => v?.trim());
  if (record.title?.trim()) input.title = record.title.trim();
  if (record.url?.trim()) input.url = record.url.trim();
  if (record.source?.trim()) input.source = record.source.trim();
  if (record.id?.trim()) input.id = record.id.trim();
  if (date) input.publishedAt = date.trim();
  return input;
}

/** Passes bytes through while checking they are UTF-8 text, so a wrong encoding is an error, not U+FFFD. */
function utf8Guard(path: string, lines: NewlineCounter): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (offset === 0 && isBinary(chunk)) return done(new InputError(`${path}: looks like a binary file, not CSV`));
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        return done(new InputError(`${path}: not valid UTF-8 text (in bytes ${offset}-${offset + chunk.length})`));
      }
      offset += chunk.length;
      lines.see(chunk);
      done(null, chunk);
    },
    flush(done) {
      try {
        decoder.decode();
        done();
      } catch {
        done(new InputError(`${path}: not valid UTF-8 text (cut short at the end)`));
      }
    },
  });
}
