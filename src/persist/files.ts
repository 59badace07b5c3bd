import { open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';

// Durability helpers. A rename or a new file is only durable once the
// directory holding it is fsynced too (POSIX leaves that to the caller).

export async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to `path` so that a crash leaves either the old file or the
 * whole new one: temp file in the same directory, fsync, rename, fsync dir.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Readable): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  try {
    const handle = await open(temp, 'w');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else for await (const chunk of data as AsyncIterable<string | Uint8Array>) await (typeof chunk === 'string' ? handle.write(chunk) : handle.write(chunk));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await fsyncDir(dirname(path));
}
