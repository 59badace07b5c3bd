import { open, readdir, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError, errorMessage } from '../core/errors.js';
import { readLines } from '../input/lines.js';
import type { Line } from '../input/lines.js';
import { parseEntry } from './entry.js';
import { fsyncDir } from './files.js';
import type { JournalEntry } from './types.js';

// The journal is a numbered series of JSON-lines segments. A snapshot names
// the first segment it does not cover, so replay starts there and older
// segments can be deleted once the snapshot is durable.

const SEGMENT_FILE = /^journal-(\d{6,})\.jsonl$/;

export function segmentFile(segment: number): string {
  return `journal-${String(segment).padStart(6, '0')}.jsonl`;
}

export function segmentNumber(fileName: string): number | undefined {
  const match = SEGMENT_FILE.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

/** Deletes the segments a durable snapshot covers (those numbered below `segment`). */
export async function deleteSegmentsBefore(dir: string, segment: number): Promise<void> {
  for (const name of await readdir(dir)) {
    const n = segmentNumber(name);
    if (n !== undefined && n < segment) await unlink(join(dir, name)).catch(() => undefined);
  }
}

/** Appends entries to the current segment; each append is fsynced before it resolves. */
export class JournalWriter {
  private failure: Error | undefined;

  private constructor(
    readonly dir: string,
    private current: number,
    private handle: FileHandle,
    private size: number,
  ) {}

  /** Opens `segment` for appending; `size` is its length once any torn tail was cut off. */
  static async open(dir: string, segment: number, size: number): Promise<JournalWriter> {
    const handle = await open(join(dir, segmentFile(segment)), 'a');
    try {
      if ((await handle.stat()).size !== size) await handle.truncate(size);
      await handle.sync();
      await fsyncDir(dir);
    } catch (err) {
      await handle.close();
      throw err;
    }
    return new JournalWriter(dir, segment, handle, size);
  }

  get segment(): number {
    return this.current;
  }

  /** Bytes in the current segment: everything since the last snapshot. */
  get bytes(): number {
    return this.size;
  }

  /** Writes the entries as one block and fsyncs: one disk flush for a whole batch. */
  async append(entries: readonly JournalEntry[]): Promise<void> {
    if (this.failure) throw this.failure;
    if (entries.length === 0) return;
    const data = Buffer.from(entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
    try {
      let written = 0;
      while (written < data.length) {
        const { bytesWritten } = await this.handle.write(data, written, data.length - written);
        written += bytesWritten;
      }
      await this.handle.sync();
      this.size += data.length;
    } catch (err) {
      // A half-written block must not stay in the middle of the journal: cut it off,
      // and if even that fails refuse further writes rather than corrupt the file.
      try {
        await this.handle.truncate(this.size);
        await this.handle.sync();
      } catch {
        this.failure = new DataError(`journal ${segmentFile(this.current)}: write failed and could not be undone (${errorMessage(err)})`);
      }
      throw err;
    }
  }

  /** Starts the next segment; everything written so far is already durable. */
  async rotate(): Promise<number> {
    if (this.failure) throw this.failure;
    const next = this.current + 1;
    const handle = await open(join(this.dir, segmentFile(next)), 'a');
    await fsyncDir(this.dir);
    await this.handle.close();
    this.handle = handle;
    this.current = next;
    this.size = 0;
    return next;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

export interface SegmentReplay {
  /** Length of the segment's valid prefix: a torn tail starts here. */
  validBytes: number;
  entries: number;
}

/**
 * Reads one segment, calling `apply` for each entry in order. Only the very
 * last line of the last segment may be torn (a crash mid-append, never
 * acknowledged): it is reported and left out. Damage anywhere else is a DataError.
 */
export async function replaySegment(
  dir: string,
  segment: number,
  last: boolean,
  apply: (entry: JournalEntry, location: string) => void,
  onWarning: (message: string) => void,
): Promise<SegmentReplay> {
  const file = segmentFile(segment);
  let validBytes = 0;
  let entries = 0;
  let previous: { line: Line; parsed: JournalEntry | string } | undefined;
  const settle = (final: boolean) => {
    if (!previous) return;
    const { line, parsed } = previous;
    const location = `${file}:${line.number}`;
    if (typeof parsed !== 'string' && line.complete) {
      apply(parsed, location);
      entries++;
      validBytes = line.offset + line.bytes.length + 1;
    } else if (final && last) {
      onWarning(`journal ${location}: torn last line (${line.bytes.length} bytes, ${line.complete ? parsed : 'no line end'}) skipped; an interrupted write that was never acknowledged`);
    } else {
      throw new DataError(`journal ${join(dir, file)}:${line.number}: ${typeof parsed === 'string' ? parsed : 'line is cut short'}; the journal is damaged`);
    }
  };
  for await (const line of readLines(join(dir, file))) {
    if (line.complete && line.bytes.length === 0) continue;
    settle(false);
    previous = { line, parsed: parseEntry(line.bytes.toString('utf8')) };
  }
  settle(true);
  return { validBytes, entries };
}
