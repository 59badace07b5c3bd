import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** One line of a file, with where it sits, so callers can report `file:line` and truncate at `offset`. */
export interface Line {
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line's first byte. */
  offset: number;
  /** The line's bytes without the trailing "\n" (and without "\r" before it). */
  bytes: Buffer;
  /** False for a last line that has no "\n": a torn write, or a file without a final newline. */
  complete: boolean;
  /** True when the line was longer than `maxBytes`: `bytes` is empty then, the line was skipped unread. */
  tooLong: boolean;
}

export interface LineOptions {
  /** Longest line kept in memory; longer lines are reported with `tooLong` (default: unlimited). */
  maxBytes?: number;
}

/**
 * Splits a byte stream into lines with byte offsets, in constant memory apart
 * from the current line. readline gives neither offsets nor a length cap,
 * which the journal (truncate a torn tail) and bulk inputs (skip a giant line) need.
 */
export async function* readLines(source: string | Readable, options: LineOptions = {}): AsyncGenerator<Line> {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const stream = typeof source === 'string' ? createReadStream(source) : source;
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let lineStart = 0;
  let position = 0;
  let number = 0;
  const take = (complete: boolean): Line => {
    const joined = tooLong ? Buffer.alloc(0) : Buffer.concat(parts, partBytes);
    const bytes = complete && joined.at(-1) === 0x0d ? joined.subarray(0, joined.length - 1) : joined;
    const line: Line = { number: ++number, offset: lineStart, bytes, complete, tooLong };
    parts = [];
    partBytes = 0;
    tooLong = false;
    return line;
  };
  const keep = (chunk: Buffer) => {
    if (tooLong) return;
    partBytes += chunk.length;
    if (partBytes > maxBytes) {
      tooLong = true;
      parts = [];
    } else parts.push(chunk);
  };
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl >= 0; nl = buf.indexOf(0x0a, from)) {
      keep(buf.subarray(from, nl));
      yield take(true);
      lineStart = position + nl + 1;
      from = nl + 1;
    }
    if (from < buf.length) keep(buf.subarray(from));
    position += buf.length;
  }
  if (position > lineStart) yield take(false);
}
