import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.js';
import { tempDir } from '../helpers/tmp.js';

// The gazetteer's on-disk index cache, across real processes (the gazetteer is built once per
// process): a process that builds the indexes and one that reads them back extract the same.

const SCRIPT = `
import { readFileSync, readdirSync } from 'node:fs';
import { extract } from '${join(ROOT, 'dist', 'extraction', 'extract.js')}';
import { toDocument } from '${join(ROOT, 'dist', 'text', 'document.js')}';
const dir = '${join(ROOT, 'seeds')}/';
const file = readdirSync(dir).filter((f) => f.endsWith('.txt'))[0];
const text = readFileSync(dir + file, 'utf8') + '\\nFighters seized Khan Yunis, Mosul and the Hodeidah port; the UN and ECOWAS condemned it.';
process.stdout.write(JSON.stringify(extract(toDocument({ text }))));
`;

function extractIn(cacheDir: string): unknown {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { encoding: 'utf8', env: { ...process.env, NEWSGRAPH_CACHE_DIR: cacheDir } });
  return JSON.parse(out);
}

describe('the gazetteer index cache', () => {
  it('is written by the first process; the next reads it and extracts exactly the same', () => {
    const dir = tempDir('newsgraph-cache-');
    const built = extractIn(dir);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^gazetteer-[0-9a-f]{8}-[0-9a-f]{24}\.bin$/);
    expect(extractIn(dir)).toEqual(built);
  }, 60_000);

  it('a damaged or truncated cache file is built again, not trusted', () => {
    const dir = tempDir('newsgraph-cache-');
    const built = extractIn(dir);
    const [file] = readdirSync(dir);
    const whole = readFileSync(join(dir, file!));
    writeFileSync(join(dir, file!), 'not a cache');
    expect(extractIn(dir)).toEqual(built);
    // Cut short: the arrays at the end would run past it.
    writeFileSync(join(dir, file!), whole.subarray(0, whole.length - 1000));
    expect(extractIn(dir)).toEqual(built);
  }, 60_000);
});
