import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataFiles, PACKAGE_FILES, packageFile } from './files.js';
import type { NameIndexParts } from './name-index.js';
import type { PlaceTable } from './places.js';

// Building the gazetteer's name indexes is most of its load time (about 0.8 s of CPU), paid
// by every process and every extraction worker, and gives the same arrays for the same data
// and code. They, and the place table they refer to (slow to parse as JSON), are kept in a
// file under the system's temporary directory, named by a fingerprint of the data files and of
// this folder's code, and read back in a fraction of the time.
// A missing, stale or unreadable cache is built again; failing to write one only costs time.

export interface CachedIndexes {
  index: NameIndexParts;
  loose: NameIndexParts;
  /** Hand-written news spellings of places, by place number. */
  extraNames: [number, string[]][];
  /** The GeoNames places the indexes refer to, column by column. */
  places: PlaceTable;
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
    const cached = unpack(readFileSync(join(cacheDir(), `${PREFIX}${key}${EXTENSION}`))) as { key: string; indexes: CachedIndexes };
    return cached.key === key ? cached.indexes : undefined;
  } catch {
    return undefined; // not there yet, or unreadable: build it
  }
}

/** Writes the cache (atomically: a reader sees the old file or the whole new one) and hands the indexes back. */
export function writeIndexCache(key: string, indexes: CachedIndexes): CachedIndexes {
  const dir = cacheDir();
  const file = join(dir, `${PREFIX}${key}${EXTENSION}`);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, pack({ key, indexes }));
    renameSync(temp, file);
    // Caches of earlier data or code are of no further use.
    for (const old of readdirSync(dir)) {
      if (old.startsWith(PREFIX) && old !== `${PREFIX}${key}${EXTENSION}`) rmSync(join(dir, old), { force: true });
    }
  } catch {
    rmSync(temp, { force: true });
  }
  return indexes;
}

// The file: "NGIX", the JSON's length (uint32), the value as JSON with each typed array replaced
// by a reference, then the arrays' bytes, each at an 8-byte boundary. Reading makes views on
// the file's bytes: no copy and no per-element work (node:v8's deserializer copied 35 MB in
// about 250 ms).
const EXTENSION = '.bin';
const MAGIC = 'NGIX';
const VIEWS = { Int32Array, Uint32Array, Uint8Array, Float64Array } as const;
type ViewKind = keyof typeof VIEWS;
type View = InstanceType<(typeof VIEWS)[ViewKind]>;
const align = (n: number): number => Math.ceil(n / 8) * 8;

function pack(value: unknown): Buffer {
  const views: View[] = [];
  let offset = 0;
  const json = Buffer.from(
    JSON.stringify(value, (_key, v: unknown) => {
      if (!ArrayBuffer.isView(v)) return v;
      const kind = v.constructor.name;
      if (!(kind in VIEWS)) throw new Error(`index cache: cannot store a ${kind}`);
      const ref = { $view: kind, at: offset, length: (v as View).length };
      views.push(v as View);
      offset += align(v.byteLength);
      return ref;
    }),
  );
  const head = Buffer.alloc(align(8 + json.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  json.copy(head, 8);
  const parts = [head];
  for (const v of views) {
    parts.push(Buffer.from(v.buffer, v.byteOffset, v.byteLength));
    if (v.byteLength % 8) parts.push(Buffer.alloc(8 - (v.byteLength % 8)));
  }
  return Buffer.concat(parts);
}

function unpack(read: Buffer): unknown {
  // Views need their element size's alignment; a file read whole starts at offset 0 already.
  const file = read.byteOffset % 8 === 0 ? read : Buffer.from(new Uint8Array(read));
  if (file.toString('latin1', 0, 4) !== MAGIC) throw new Error('index cache: not a cache file');
  const length = file.readUInt32LE(4);
  const base = file.byteOffset + align(8 + length);
  const end = file.byteOffset + file.length;
  return JSON.parse(file.toString('utf8', 8, 8 + length), (_key, v: { $view?: ViewKind; at: number; length: number }) => {
    if (v === null || typeof v !== 'object' || typeof v.$view !== 'string') return v;
    const View = VIEWS[v.$view];
    if (!View || base + v.at + v.length * View.BYTES_PER_ELEMENT > end) throw new Error('index cache: truncated or damaged');
    return new View(file.buffer as ArrayBuffer, base + v.at, v.length);
  });
}
