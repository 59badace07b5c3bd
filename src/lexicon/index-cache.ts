import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { dataFiles, PACKAGE_FILES, packageFile } from './files.js';
import type { NameIndexParts } from './name-index.js';

// Building the gazetteer's name indexes is most of its load time (about 0.8 s of CPU), paid
// by every process and every extraction worker, and gives the same arrays for the same data
// and code. They are kept in a file under the system's temporary directory, named by a
// fingerprint of the data files and of this folder's code, and read back in milliseconds.
// A missing, stale or unreadable cache is built again; failing to write one only costs time.

export interface CachedIndexes {
  index: NameIndexParts;
  loose: NameIndexParts;
  /** Hand-written news spellings of places, by place number. */
  extraNames: [number, string[]][];
}

/**
 * One cache per copy of the code (the sources under vitest and the compiled dist/ are two),
 * so that a newer fingerprint replaces only the cache of its own copy.
 */
const PREFIX = `gazetteer-${createHash('sha256').update(fileURLToPath(import.meta.url)).digest('hex').slice(0, 8)}-`;

/** $NEWSGRAPH_CACHE_DIR, else newsgraph-cache in the system's temporary directory. */
function cacheDir(): string {
  return process.env.NEWSGRAPH_CACHE_DIR || join(tmpdir(), 'newsgraph-cache');
}

/** Data files by size and modification time; the lexicon's code by content. */
export function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of [...dataFiles(), ...PACKAGE_FILES.map(packageFile)]) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  const code = dirname(fileURLToPath(import.meta.url));
  for (const file of readdirSync(code).filter((f) => /\.[jt]s$/.test(f)).sort()) hash.update(readFileSync(join(code, file)));
  return hash.digest('hex').slice(0, 24);
}

export function readIndexCache(key: string): CachedIndexes | undefined {
  try {
    const cached = deserialize(readFileSync(join(cacheDir(), `${PREFIX}${key}.v8`))) as { key: string; indexes: CachedIndexes };
    return cached.key === key ? cached.indexes : undefined;
  } catch {
    return undefined; // not there yet, or unreadable: build it
  }
}

/** Writes the cache (atomically: a reader sees the old file or the whole new one) and hands the indexes back. */
export function writeIndexCache(key: string, indexes: CachedIndexes): CachedIndexes {
  const dir = cacheDir();
  const file = join(dir, `${PREFIX}${key}.v8`);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, serialize({ key, indexes }));
    renameSync(temp, file);
    // Caches of earlier data or code are of no further use.
    for (const old of readdirSync(dir)) {
      if (old.startsWith(PREFIX) && old.endsWith('.v8') && old !== `${PREFIX}${key}.v8`) rmSync(join(dir, old), { force: true });
    }
  } catch {
    rmSync(temp, { force: true });
  }
  return indexes;
}
