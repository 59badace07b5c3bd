import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError, InputError, errorMessage } from '../core/errors.js';
import { GraphStore } from '../graph/store.js';
import { applyEntry } from './apply.js';
import { ContentIndex } from './content-index.js';
import { deleteSegmentsBefore, replaySegment, segmentFile, segmentNumber } from './journal.js';
import { SNAPSHOT_FILE, readSnapshot } from './snapshot-file.js';

export interface Restored {
  store: GraphStore;
  index: ContentIndex;
  /** The segment to go on appending to, and the length of its valid prefix. */
  segment: number;
  validBytes: number;
  /** Journal entries not covered by the snapshot. */
  sinceSnapshot: number;
  /** Size of the snapshot (0 without one). */
  snapshotBytes: number;
}

/** Creates the data directory if needed; InputError when the path is something else. */
export async function ensureDataDir(dir: string): Promise<void> {
  const info = await stat(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (info && !info.isDirectory()) throw new InputError(`data directory "${dir}" exists and is not a directory`);
  if (!info) await mkdir(dir, { recursive: true });
}

/** Rebuilds the graph from the snapshot and the journal segments after it. */
export async function restore(dir: string, onWarning: (message: string) => void): Promise<Restored> {
  const names = await readdir(dir);
  for (const name of names) {
    // A snapshot write that a crash interrupted before its rename.
    if (name.startsWith(`${SNAPSHOT_FILE}.tmp-`)) await unlink(join(dir, name)).catch(() => undefined);
  }
  const snapshot = await readSnapshot(dir);
  const segments = names.map(segmentNumber).filter((n): n is number => n !== undefined).sort((a, b) => a - b);
  if (!snapshot && segments.length > 0 && segments[0] !== 1) {
    throw new DataError(`${dir}: the journal starts at ${segmentFile(segments[0]!)} but there is no ${SNAPSHOT_FILE}; earlier data is missing`);
  }
  const from = snapshot?.segment ?? 1;
  const live = segments.filter((n) => n >= from);
  live.forEach((n, i) => {
    if (n !== from + i) throw new DataError(`${dir}: journal segment ${segmentFile(from + i)} is missing (found ${segmentFile(n)})`);
  });
  // Segments a durable snapshot covers: left behind by a crash before their deletion.
  await deleteSegmentsBefore(dir, from);

  const store = snapshot?.store ?? new GraphStore();
  const index = new ContentIndex(snapshot?.hashes);
  let validBytes = 0;
  let sinceSnapshot = 0;
  for (const [i, n] of live.entries()) {
    const replay = await replaySegment(
      dir,
      n,
      i === live.length - 1,
      (entry, location) => {
        try {
          applyEntry(store, entry);
          index.record(entry);
        } catch (err) {
          // Entries are checked before they are written, so this is a store bug, not bad data:
          // keep going rather than lock the user out of everything else.
          onWarning(`journal ${location}: ${entry.op} entry could not be applied (${errorMessage(err)}); skipped`);
        }
      },
      onWarning,
    );
    validBytes = replay.validBytes;
    sinceSnapshot += replay.entries;
  }
  return { store, index, segment: live.at(-1) ?? from, validBytes, sinceSnapshot, snapshotBytes: snapshot?.bytes ?? 0 };
}
