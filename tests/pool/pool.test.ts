import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Document } from '../../src/core/types.js';
import type * as PoolModule from '../../src/pool/index.js';
import { ROOT } from '../helpers/build.js';
import { fakeExtract } from '../helpers/fake-extractor.mjs';

// Worker threads run JavaScript files, so the pool under test is the compiled
// one in dist/ (vitest's global setup has just built it).
const { ExtractionPool } = (await import(join(ROOT, 'dist', 'pool', 'index.js'))) as typeof PoolModule;
const FAULTY = join(ROOT, 'tests', 'helpers', 'faulty-extractor.mjs');

const doc = (id: string, text: string): Document => ({ id, text, title: id });
const docs = (n: number) => Array.from({ length: n }, (_, i) => doc(`d${i}`, `Alpha backs Bravo in report ${i}.`));
const pools: PoolModule.ExtractionPool[] = [];
const pool = (options: Partial<PoolModule.PoolOptions>) => {
  const p = new ExtractionPool({ module: FAULTY, ...options });
  pools.push(p);
  return p;
};

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('extraction pool', () => {
  it('gives each document its own extraction, whatever worker did it', async () => {
    const p = pool({ size: 2 });
    const input = docs(40);
    const results = await Promise.all(input.map((d) => p.extract(d)));
    expect(results).toEqual(input.map((d) => fakeExtract(d)));
  });

  it('starts one worker for a single document', async () => {
    const p = pool({ size: 4 });
    await p.extract(doc('one', 'Alpha backs Bravo.'));
    expect(p.stats.loads).toHaveLength(1);
  });

  it('rejects a document whose extraction throws, and goes on with the rest', async () => {
    const p = pool({ size: 2 });
    const settled = await Promise.allSettled([...docs(5), doc('bad', 'THROW this one'), ...docs(5)].map((d) => p.extract(d)));
    expect(settled.map((s) => s.status)).toEqual([...Array(5).fill('fulfilled'), 'rejected', ...Array(5).fill('fulfilled')]);
    expect((settled[5] as PromiseRejectedResult).reason).toMatchObject({ code: 'EXTRACTION_FAILED', message: 'extraction failed: Error: refused "bad" on purpose' });
    expect(p.stats).toMatchObject({ failures: 1, restarts: 0 });
  });

  it('stops a document past the time limit, replaces its worker, and re-sends the documents queued behind it', async () => {
    const p = pool({ size: 1, batch: 3, timeoutMs: 300 });
    const input = [doc('hang', 'HANG here'), ...docs(4)];
    const settled = await Promise.allSettled(input.map((d) => p.extract(d)));
    expect((settled[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'EXTRACTION_TIMEOUT', message: 'extraction took longer than 300 ms; stopped' });
    expect(settled.slice(1).map((s) => s.status)).toEqual(Array(4).fill('fulfilled'));
    expect(p.stats).toMatchObject({ timeouts: 1, restarts: 1 });
    expect(p.stats.loads).toHaveLength(2);
  });

  it('blames the document a worker is stuck on, not the ones it finished before it in the same batch', async () => {
    const p = pool({ size: 1, batch: 8, timeoutMs: 300 });
    const input = [...docs(3), doc('hang', 'HANG here'), ...docs(4).map((d) => ({ ...d, id: `${d.id}-after` }))];
    const settled = await Promise.allSettled(input.map((d) => p.extract(d)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect((settled[0] as PromiseFulfilledResult<unknown>).value).toEqual(fakeExtract(input[0]!));
    expect((settled[3] as PromiseRejectedResult).reason).toMatchObject({ code: 'EXTRACTION_TIMEOUT' });
  });

  it('counts the time limit per document, not per queue: slow documents in a row all pass', async () => {
    const p = pool({ size: 1, batch: 3, timeoutMs: 350 });
    const results = await Promise.all([1, 2, 3, 4].map((i) => p.extract(doc(`s${i}`, `SLOW Alpha ${i}`))));
    expect(results).toHaveLength(4);
    expect(p.stats.timeouts).toBe(0);
  });

  it('survives a worker that runs out of memory or exits', async () => {
    const p = pool({ size: 1, maxHeapMb: 48 });
    const settled = await Promise.allSettled([doc('oom', 'OOM'), doc('exit', 'EXIT'), ...docs(3)].map((d) => p.extract(d)));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect((settled[0] as PromiseRejectedResult).reason.message).toMatch(/^extraction worker stopped while on this document: .*(memory|heap)/i);
    expect((settled[1] as PromiseRejectedResult).reason.message).toBe('extraction worker stopped while on this document: exited with code 3');
    expect(p.stats.restarts).toBe(2);
  });

  it('fails every document with one clear error when the extractor cannot load', async () => {
    const p = pool({ size: 2, module: join(ROOT, 'tests', 'helpers', 'no-such-extractor.mjs') });
    const settled = await Promise.allSettled(docs(6).map((d) => p.extract(d)));
    for (const s of settled) expect((s as PromiseRejectedResult).reason).toMatchObject({ code: 'POOL_ERROR', message: expect.stringMatching(/^extraction worker failed to start: .*no-such-extractor/) });
  });

  it('rejects what is left when closed', async () => {
    const p = pool({ size: 1 });
    const pending = expect(p.extract(doc('slow', 'SLOW'))).rejects.toMatchObject({ code: 'POOL_ERROR', message: 'extraction pool closed' });
    await p.close();
    await pending;
  });
});
