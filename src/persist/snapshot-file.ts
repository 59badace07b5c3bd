import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError, errorMessage } from '../core/errors.js';
import { fromSnapshot, toSnapshot } from '../graph/snapshot.js';
import type { Snapshot } from '../graph/snapshot.js';
import type { GraphStore } from '../graph/store.js';
import { writeFileAtomic } from './files.js';

export const SNAPSHOT_FILE = 'snapshot.json';
/** Marks a file as ours, so a stray JSON file is never read as an empty graph. */
export const SNAPSHOT_KIND = 'newsgraph-workspace-snapshot';
export const SNAPSHOT_FILE_FORMAT = 1;

export interface SnapshotFile {
  kind: typeof SNAPSHOT_KIND;
  format: number;
  createdAt: string;
  /** First journal segment NOT in this snapshot: replay starts there. */
  segment: number;
  /** Content hash -> document id, for duplicate detection of documents without an id. */
  hashes: [string, string][];
  graph: Snapshot;
}

export interface LoadedSnapshot {
  store: GraphStore;
  /** Length of the snapshot file's text. */
  bytes: number;
  segment: number;
  hashes: Map<string, string>;
}

/** Serialises synchronously, so the snapshot is exactly the state at the call. */
export function encodeSnapshot(store: GraphStore, segment: number, hashes: Map<string, string>): string {
  const body: SnapshotFile = {
    kind: SNAPSHOT_KIND,
    format: SNAPSHOT_FILE_FORMAT,
    createdAt: new Date().toISOString(),
    segment,
    hashes: [...hashes.entries()],
    graph: toSnapshot(store),
  };
  return JSON.stringify(body);
}

export async function writeSnapshot(dir: string, encoded: string): Promise<void> {
  await writeFileAtomic(join(dir, SNAPSHOT_FILE), encoded);
}

/** The snapshot in `dir`, undefined when there is none; DataError when it is not ours or damaged. */
export async function readSnapshot(dir: string): Promise<LoadedSnapshot | undefined> {
  const path = join(dir, SNAPSHOT_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let body: Partial<SnapshotFile>;
  try {
    body = JSON.parse(text) as Partial<SnapshotFile>;
  } catch (err) {
    throw new DataError(`${path} is not a newsgraph snapshot: invalid JSON (${errorMessage(err)})`);
  }
  if (body?.kind !== SNAPSHOT_KIND) {
    throw new DataError(`${path} is not a newsgraph snapshot (no "kind": "${SNAPSHOT_KIND}"); move it away or use another --data directory`);
  }
  if (body.format !== SNAPSHOT_FILE_FORMAT) {
    throw new DataError(`${path}: snapshot file format ${String(body.format)} is not supported (expected ${SNAPSHOT_FILE_FORMAT})`);
  }
  if (!Number.isInteger(body.segment) || !Array.isArray(body.hashes) || typeof body.graph !== 'object') {
    throw new DataError(`${path}: snapshot is incomplete (segment, hashes or graph missing)`);
  }
  try {
    return { store: fromSnapshot(body.graph as Snapshot), bytes: text.length, segment: body.segment as number, hashes: new Map(body.hashes) };
  } catch (err) {
    throw err instanceof DataError ? new DataError(`${path}: ${err.message}`) : new DataError(`${path}: snapshot graph cannot be loaded (${errorMessage(err)})`);
  }
}
