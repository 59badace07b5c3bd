import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsgraphError } from '../core/errors.js';

export const LOCK_FILE = 'LOCK';
/** A lock file without a readable holder is taken for one being written for this long. */
const FRESH_MS = 5_000;

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

/** Another live process has the data directory open. */
export class LockedError extends NewsgraphError {
  constructor(message: string) {
    super('LOCKED', message);
  }
}

/**
 * Takes the data directory's lock file (created exclusively, holding our pid).
 * A lock left by a process that is gone (kill -9) is taken over.
 * Returns the function that releases it.
 */
export async function acquireLock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify(me)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return () => releaseLock(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = await readHolder(path);
    if (!holder && (await youngerThan(path, FRESH_MS))) {
      // Empty or half-written and new: another process is taking the lock right now.
      throw new LockedError(`data directory "${dir}" is being opened by another newsgraph process; try again`);
    }
    if (holder && isAlive(holder)) {
      const who = holder.pid === process.pid ? 'this process already' : `another newsgraph process (pid ${holder.pid}${holder.host === me.host ? '' : ` on ${holder.host}`})`;
      throw new LockedError(`data directory "${dir}" is in use by ${who}; stop it or use another --data directory`);
    }
    // Stale: its process is gone. Remove and try again.
    await unlink(path).catch(() => undefined);
  }
  throw new LockedError(`data directory "${dir}": could not take the lock file ${path}`);
}

async function releaseLock(path: string): Promise<void> {
  const holder = await readHolder(path);
  if (holder?.pid === process.pid) await unlink(path).catch(() => undefined);
}

async function readHolder(path: string): Promise<Holder | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<Holder>;
    if (typeof value.pid !== 'number') return undefined;
    return { pid: value.pid, host: String(value.host ?? ''), startedAt: String(value.startedAt ?? '') };
  } catch {
    // Unreadable or half-written by a process killed while taking it: stale.
    return undefined;
  }
}

async function youngerThan(path: string, ms: number): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs < ms;
}

function isAlive(holder: Holder): boolean {
  if (holder.host && holder.host !== hostname()) return true; // cannot check another machine: assume it is
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(holder.pid);
}

/** A killed process not yet reaped by its parent still answers kill(pid, 0); Linux shows it as state Z. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}
