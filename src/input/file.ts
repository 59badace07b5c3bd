import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../core/errors.js';
import { decodeText } from './decode.js';
import { formatSize } from './size.js';

/** Reads a whole (small) file as UTF-8 text, refusing it before reading when it is over the size limit. */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`${path}: ${describeFsError(err)}`);
  });
  if (info.isDirectory()) throw new InputError(`${path}: is a directory`);
  if (info.size > maxBytes) {
    throw new InputError(`${path}: file is ${formatSize(info.size)}, over the ${formatSize(maxBytes)} document size limit (raise it with --max-doc-size)`);
  }
  const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`${path}: ${describeFsError(err)}`);
  });
  return decodeText(bytes, path);
}

export function describeFsError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err.message;
  }
}
