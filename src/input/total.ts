import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SIDECAR_SUFFIX } from './sidecar.js';
import { formatOf } from './types.js';

/**
 * Bytes the inputs hold, for progress and time left: the sizes of the files
 * `readInputs` would read (stat only, nothing opened). Undefined when it
 * cannot be known ahead, for standard input. Unreadable entries count 0; the
 * reader reports them.
 */
export async function totalBytes(paths: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return undefined;
    total += await sizeOf(path, true);
  }
  return total;
}

async function sizeOf(path: string, named: boolean): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (info.isFile()) return named || formatOf(path) ? info.size : 0;
  if (!info.isDirectory()) return 0;
  const names = await readdir(path).catch(() => [] as string[]);
  let total = 0;
  for (const name of names) {
    if (name.startsWith('.') || name.endsWith(SIDECAR_SUFFIX)) continue;
    total += await sizeOf(join(path, name), false);
  }
  return total;
}
