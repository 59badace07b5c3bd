import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { InputError } from '../core/errors.js';
import type { DocumentInput } from '../core/types.js';

export const SIDECAR_SUFFIX = '.meta.json';
const FIELDS = ['id', 'title', 'url', 'publishedAt', 'source'] as const;
type Metadata = Pick<DocumentInput, (typeof FIELDS)[number]>;

/** `story.txt` -> `story.meta.json` beside it. */
export function sidecarPath(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}${SIDECAR_SUFFIX}`);
}

/** Metadata from the file's sidecar, {} when there is none. Only the known string fields are taken. */
export async function readSidecar(file: string): Promise<Metadata> {
  const path = sidecarPath(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new InputError(`${path}: cannot read metadata (${(err as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${path}: metadata is not valid JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${path}: metadata must be a JSON object`);
  return pickMetadata(value as Record<string, unknown>, path);
}

/** The metadata fields of a record (sidecar, JSONL line); other fields are ignored. */
export function pickMetadata(record: Record<string, unknown>, location: string): Metadata {
  const out: Metadata = {};
  for (const field of FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' && typeof value !== 'number') throw new InputError(`${location}: "${field}" must be a string`);
    out[field] = String(value);
  }
  return out;
}
