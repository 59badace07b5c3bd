import { readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { readCsv } from './csv.js';
import { describeFsError, readTextFile } from './file.js';
import { htmlToText } from './html.js';
import { readJsonl } from './jsonl.js';
import { SIDECAR_SUFFIX, readSidecar } from './sidecar.js';
import { readStdin } from './stdin.js';
import { SUPPORTED_EXTENSIONS, formatOf } from './types.js';
import type { ReadOptions, SourcedInput } from './types.js';

/**
 * Every document in the command-line inputs, in order: files by extension,
 * directories recursively in sorted order, `-` for standard input.
 * A problem with an input named on the command line is an InputError; inside
 * a directory the file is skipped with a warning, and a directory that
 * yields nothing is an InputError.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions): AsyncGenerator<SourcedInput> {
  for (const path of paths) {
    if (path === '-') {
      const text = await readStdin(options.maxBytes);
      yield { input: { text }, location: '<stdin>', bytes: Buffer.byteLength(text) };
      continue;
    }
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
      throw new InputError(`${path}: ${describeFsError(err)}`);
    });
    if (info.isDirectory()) yield* readDirectory(path, options);
    else yield* readFile(path, info, options);
  }
}

/** One file's documents; throws InputError for an unsupported, empty or unreadable file. */
export async function* readFile(path: string, info: Stats, options: ReadOptions): AsyncGenerator<SourcedInput> {
  const format = formatOf(path);
  if (!format) throw new InputError(`${path}: unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(', ')})`);
  if (info.size === 0) throw new InputError(`${path}: file is empty`);
  if (format === 'jsonl') return yield* readJsonl(path, options);
  if (format === 'csv') return yield* readCsv(path, options);
  const raw = await readTextFile(path, options.maxBytes);
  const meta = await readSidecar(path);
  if (format === 'text') return yield { input: { text: raw, ...meta }, location: path, bytes: info.size };
  const { text, ...found } = htmlToText(raw);
  if (!text.trim()) throw new InputError(`${path}: HTML page has no visible text`);
  yield { input: { text, ...found, ...meta }, location: path, bytes: info.size };
}

async function* readDirectory(dir: string, options: ReadOptions): AsyncGenerator<SourcedInput> {
  let documents = 0;
  let skipped = 0;
  for await (const { path, info } of walk(dir, options)) {
    try {
      for await (const doc of readFile(path, info, options)) {
        documents++;
        yield doc;
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      skipped++;
      options.onWarning(`skipped ${err.message}`);
    }
  }
  if (documents === 0) {
    throw new InputError(`${dir}: no readable documents in the directory${skipped ? ` (${skipped} file${skipped > 1 ? 's' : ''} skipped)` : ''}`);
  }
}

/** Files under `dir`, sorted by name at each level; hidden entries and metadata sidecars are left out. */
async function* walk(dir: string, options: ReadOptions): AsyncGenerator<{ path: string; info: Stats }> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (err) {
    options.onWarning(`skipped ${dir}: ${describeFsError(err as NodeJS.ErrnoException)}`);
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name.endsWith(SIDECAR_SUFFIX)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
      options.onWarning(`skipped ${path}: ${describeFsError(err)}`);
      return undefined;
    });
    if (!info) continue;
    if (info.isDirectory()) yield* walk(path, options);
    else if (!info.isFile()) continue;
    else if (formatOf(name)) yield { path, info };
    else options.onWarning(`skipped ${path}: unsupported file type`);
  }
}
