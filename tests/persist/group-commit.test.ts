import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Document } from '../../src/core/types.js';
import { JournalWriter } from '../../src/persist/journal.js';
import { openWorkspace } from '../../src/persist/index.js';
import type { IngestFailure, IngestOutcome } from '../../src/persist/index.js';
import { docText, fakeExtract } from '../helpers/fake-extractor.mjs';
import { tempDir } from '../helpers/tmp.js';

// Concurrent ingest calls share journal writes (one fsync for all that are
// ready), while call order across every kind of mutation is kept.

const doc = (i: number) => ({ id: `doc-${i}`, text: docText(i), title: `Document ${i}` });
const later = (ms: number) => (d: Document) => new Promise<ReturnType<typeof fakeExtract>>((resolve) => setTimeout(() => resolve(fakeExtract(d)), ms));
const journalOps = (dir: string) =>
  readdirSync(dir).filter((n) => n.startsWith('journal-')).sort()
    .flatMap((n) => readFileSync(join(dir, n), 'utf8').trim().split('\n').filter(Boolean))
    .map((l) => { const e = JSON.parse(l); return e.op === 'ingest' ? e.document.id : `${e.op} ${e.id}`; });

afterEach(() => vi.restoreAllMocks());

describe('group commit', () => {
  it('journals concurrent ingests with far fewer writes than calls, in call order', async () => {
    const dir = tempDir();
    const append = vi.spyOn(JournalWriter.prototype, 'append');
    const ws = await openWorkspace({ dataDir: dir, extractor: later(5), snapshotEvery: 1000 });
    const ids = Array.from({ length: 40 }, (_, i) => i);
    await Promise.all(ids.map((i) => ws.ingest(doc(i))));
    expect(append.mock.calls.length).toBeLessThan(10);
    expect([...ws.store.documents.keys()]).toEqual(ids.map((i) => `doc-${i}`));
    expect(journalOps(dir)).toEqual(ids.map((i) => `doc-${i}`));
    await ws.close();
  });

  it('keeps an ingest called after a removal after it', async () => {
    const dir = tempDir();
    const ws = await openWorkspace({ dataDir: dir, extractor: later(5), snapshotEvery: 1000 });
    await ws.ingest(doc(0));
    const calls = [ws.ingest(doc(1)), ws.remove('doc-0'), ws.ingest(doc(0)), ws.ingest(doc(2))];
    await Promise.all(calls);
    expect(journalOps(dir)).toEqual(['doc-0', 'doc-1', 'remove doc-0', 'doc-0', 'doc-2']);
    expect([...ws.store.documents.keys()].sort()).toEqual(['doc-0', 'doc-1', 'doc-2']);
    await ws.close();
  });

  it('fails only the call whose extraction failed; a duplicate across calls of one write is caught', async () => {
    const dir = tempDir();
    const extractor = (d: Document) => (d.text.includes('broken') ? Promise.reject(new Error('no luck')) : later(2)(d));
    const ws = await openWorkspace({ dataDir: dir, extractor, snapshotEvery: 1000 });
    const results = await Promise.allSettled([
      ws.ingest(doc(1)),
      ws.ingestMany([doc(2), { id: 'bad', text: 'broken text' }]),
      ws.ingest(doc(1)),
      ws.ingestSettled([{ id: 'bad2', text: 'broken again', title: 'b' }, { ...doc(3) }]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[2] as PromiseFulfilledResult<IngestOutcome>).value.duplicate).toBe(true);
    const settled = (results[3] as PromiseFulfilledResult<(IngestOutcome | IngestFailure)[]>).value;
    expect('error' in settled[0]!).toBe(true);
    expect(journalOps(dir)).toEqual(['doc-1', 'doc-3']);
    await ws.close();
  });
});

describe('snapshot schedule', () => {
  it('waits until the journal is as large as the last snapshot, so snapshots thin out as the graph grows', async () => {
    const dir = tempDir();
    const snapshots: number[] = [];
    const ws = await openWorkspace({ dataDir: dir, extractor: fakeExtract, snapshotEvery: 1 });
    for (let i = 0; i < 200; i++) {
      await ws.ingest(doc(i));
      const segment = readdirSync(dir).find((n) => n.startsWith('journal-'))!;
      if (snapshots.at(-1) !== Number(segment.slice(8, 14))) snapshots.push(Number(segment.slice(8, 14)));
    }
    await ws.close();
    // One snapshot per ingest by entry count alone; far fewer with the size rule, and still some.
    expect(snapshots.length - 1).toBeGreaterThan(3);
    expect(snapshots.length - 1).toBeLessThan(40);
  });
});
