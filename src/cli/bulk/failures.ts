import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import { InputError, errorMessage } from '../../core/errors.js';

/** One line of the --errors file. */
export interface FailureRecord {
  /** Where the document came from: `feed.csv:123`, a file path. */
  location?: string;
  /** The document id, once it had one. */
  id?: string;
  /** read: the reader skipped it; input: not usable text; extract: extraction threw or ran out of time. */
  stage: 'read' | 'input' | 'extract';
  error: string;
}

/**
 * The documents a bulk ingest left out and why, written as JSON lines as
 * they happen (so a run stopped halfway still says what failed so far).
 */
export class FailureLog {
  private constructor(
    readonly path: string | undefined,
    private readonly stream: WriteStream | undefined,
  ) {}

  static async open(path: string | undefined): Promise<FailureLog> {
    if (!path) return new FailureLog(undefined, undefined);
    const stream = createWriteStream(path, { flags: 'w' });
    try {
      await once(stream, 'open');
    } catch (err) {
      throw new InputError(`--errors ${path}: cannot write (${errorMessage(err)})`);
    }
    return new FailureLog(path, stream);
  }

  record(failure: FailureRecord): void {
    this.stream?.write(`${JSON.stringify(failure)}\n`);
  }

  async close(): Promise<void> {
    if (!this.stream || this.stream.closed) return;
    this.stream.end();
    await once(this.stream, 'close');
  }
}

/** `feed.csv:12: not valid JSON; skipped` -> location and message, for a reader's warning. */
export function readFailure(message: string): FailureRecord {
  const match = /^(?:skipped )?(\S+?(?::\d+)?): (.*?)(?:; skipped)?$/.exec(message);
  return match ? { location: match[1]!, stage: 'read', error: match[2]! } : { stage: 'read', error: message };
}
