import { GraphStore } from '../graph/store.js';
import { ContentIndex } from './content-index.js';
import { JournalWriter } from './journal.js';
import { acquireLock } from './lock.js';
import { ensureDataDir, restore } from './restore.js';
import type { Workspace, WorkspaceOptions } from './types.js';
import { DurableWorkspace } from './workspace.js';

/** Opens (and restores) the workspace in `options.dataDir`, or an in-memory one without it. */
export async function openWorkspace(options: WorkspaceOptions = {}): Promise<Workspace> {
  const onWarning = options.onWarning ?? ((message: string) => process.emitWarning(message));
  const dir = options.dataDir;
  if (!dir) return new DurableWorkspace(new GraphStore(), new ContentIndex(), 0, undefined, options, onWarning);
  await ensureDataDir(dir);
  const release = await acquireLock(dir);
  try {
    const restored = await restore(dir, onWarning);
    const journal = await JournalWriter.open(dir, restored.segment, restored.validBytes);
    const durability = { dir, journal, release, snapshotBytes: restored.snapshotBytes };
    return new DurableWorkspace(restored.store, restored.index, restored.sinceSnapshot, durability, options, onWarning);
  } catch (err) {
    await release();
    throw err;
  }
}
