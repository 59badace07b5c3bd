import { appendFileSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, InputError } from '../../src/core/errors.js';
import { openWorkspace } from '../../src/persist/index.js';
import type { WorkspaceOptions } from '../../src/persist/index.js';
import { docText, fakeExtract } from '../helpers/fake-extractor.mjs';
import { tempDir } from '../helpers/tmp.js';

const doc = (i: number) => ({ id: `doc-${i}`, text: docText(i), title: `Document ${i}` });
const open = (dataDir: string, options: Partial<WorkspaceOptions> = {}) =>
  openWorkspace({ dataDir, extractor: fakeExtract, onWarning: () => undefined, ...options });
const journalFiles = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('journal-')).sort();
const alphaMentions = (ws: Awaited<ReturnType<typeof open>>) => ws.store.graph.getNodeAttribute('organisation:alpha', 'mentionCount');

describe('workspace journal', () => {
  it('round-trips ingests, removals and curation through the journal alone', async () => {
    const dir = tempDir();
    const ws = await open(dir, { snapshotEvery: 1000 });
    for (let i = 0; i < 5; i++) await ws.ingest(doc(i));
    await ws.remove('doc-2');
    await ws.rename('organisation:alpha', 'Alpha Corp');
    await ws.setType('organisation:bravo', 'ARMED_GROUP');
    await ws.merge(['organisation:echo'], 'organisation:charlie');
    const before = ws.store.graph.export();
    // No close(): the process "dies" here, so only the journal carries the state.
    const lines = readFileSync(join(dir, journalFiles(dir)[0]!), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).op)).toEqual(['ingest', 'ingest', 'ingest', 'ingest', 'ingest', 'remove', 'rename', 'setType', 'merge']);
    const again = await open(dir).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'LOCKED' }); // this process still holds it
    await ws.close();
    const reopened = await open(dir);
    expect(reopened.store.graph.export()).toEqual(before);
    expect([...reopened.store.documents.keys()].sort()).toEqual(['doc-0', 'doc-1', 'doc-3', 'doc-4']);
    expect(reopened.store.graph.getNodeAttribute('organisation:alpha', 'name')).toBe('Alpha Corp');
    await reopened.close();
  });

  it('restores from a snapshot plus the journal tail, each document exactly once', async () => {
    const dir = tempDir();
    const ws = await open(dir, { snapshotEvery: 4, snapshotGrowth: 0 });
    for (let i = 0; i < 10; i++) await ws.ingest(doc(i));
    // 10 entries with a snapshot every 4: snapshot covers 8, the tail holds 2.
    expect(JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8')).graph.documents).toHaveLength(8);
    const tail = journalFiles(dir);
    expect(tail).toHaveLength(1);
    expect(readFileSync(join(dir, tail[0]!), 'utf8').trim().split('\n')).toHaveLength(2);
    const before = ws.store.graph.export();
    await ws.close();
    const reopened = await open(dir);
    expect(reopened.store.documents.size).toBe(10);
    expect(alphaMentions(reopened)).toBe(10);
    expect(reopened.store.graph.export()).toEqual(before);
    await reopened.close();
  });

  it('skips a torn last line with a warning and truncates it so later appends are clean', async () => {
    const dir = tempDir();
    const ws = await open(dir, { snapshotEvery: 1000 });
    await ws.ingest(doc(1));
    await ws.ingest(doc(2));
    const file = join(dir, journalFiles(dir)[0]!);
    const size = statSync(file).size;
    // What kill -9 during a write leaves: the start of a line, no line end.
    appendFileSync(file, '{"op":"ingest","at":"2025-01-01T00:00:00Z","document":{"id":"doc-3","te');
    const warnings: string[] = [];
    // Simulate the crash: drop the lock without close(), which would write a snapshot.
    await import('node:fs/promises').then((fs) => fs.unlink(join(dir, 'LOCK')));
    const reopened = await open(dir, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/journal-000001\.jsonl:3: torn last line/);
    expect(statSync(file).size).toBe(size);
    await reopened.ingest(doc(4));
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).document.id)).toEqual(['doc-1', 'doc-2', 'doc-4']);
    expect([...reopened.store.documents.keys()]).toEqual(['doc-1', 'doc-2', 'doc-4']);
    await reopened.close();
    void ws;
  });

  it('treats a damaged line in the middle of the journal as a DataError naming the line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'journal-000001.jsonl'), 'not json\n{"op":"remove","at":"x","id":"a"}\n');
    await expect(open(dir)).rejects.toThrow(/journal-000001\.jsonl:1: not valid JSON/);
  });

  it('refuses a snapshot that is not ours with a DataError, never an empty graph', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'snapshot.json'), JSON.stringify({ nodes: [], edges: [] }));
    const err = await open(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as Error).message).toMatch(/snapshot\.json is not a newsgraph snapshot/);
    // The lock is released on a failed open.
    expect(readdirSync(dir)).not.toContain('LOCK');
  });

  it('treats the same id, or the same text without an id, as a duplicate no-op', async () => {
    const dir = tempDir();
    const ws = await open(dir);
    const first = await ws.ingest({ id: 'a', text: docText(1) });
    expect(first.duplicate).toBe(false);
    expect((await ws.ingest({ id: 'a', text: docText(2) })).duplicate).toBe(true);
    const byText = await ws.ingest({ text: docText(1) });
    expect(byText).toMatchObject({ duplicate: true, document: { id: 'a' } });
    // An explicit new id is a new document even with the same text.
    expect((await ws.ingest({ id: 'b', text: docText(1) })).duplicate).toBe(false);
    const batch = await ws.ingestMany([{ text: docText(7) }, { text: docText(7) }]);
    expect(batch.map((o) => o.duplicate)).toEqual([false, true]);
    expect(ws.store.documents.size).toBe(3);
    await ws.close();
    const reopened = await open(dir);
    expect((await reopened.ingest({ text: docText(1) })).duplicate).toBe(true);
    expect((await reopened.ingest({ text: docText(7) })).duplicate).toBe(true);
    await reopened.close();
  });

  it('serialises concurrent callers: every ingest lands once, in call order', async () => {
    const ws = await open(tempDir(), { snapshotEvery: 3 });
    const ids = Array.from({ length: 20 }, (_, i) => i);
    await Promise.all(ids.map((i) => ws.ingest(doc(i))));
    expect([...ws.store.documents.keys()]).toEqual(ids.map((i) => `doc-${i}`));
    expect(alphaMentions(ws)).toBe(20);
    await ws.close();
  });

  it('rejects bad input and bad curation before anything is journalled', async () => {
    const dir = tempDir();
    const ws = await open(dir);
    await expect(ws.ingest({ text: '   ' })).rejects.toBeInstanceOf(InputError);
    await expect(ws.remove('nope')).rejects.toThrow(/remove: no document with id "nope"/);
    await expect(ws.rename('organisation:nope', 'X')).rejects.toThrow(/no entity/);
    expect(journalFiles(dir).map((f) => statSync(join(dir, f)).size)).toEqual([0]);
    await ws.close();
  });

  it('keeps a second process out with an error naming the holder pid', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'LOCK'), JSON.stringify({ pid: process.ppid, host: (await import('node:os')).hostname() }));
    await expect(open(dir)).rejects.toThrow(new RegExp(`in use by another newsgraph process \\(pid ${process.ppid}\\)`));
    // A lock whose process is gone (kill -9) is taken over.
    writeFileSync(join(dir, 'LOCK'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname() }));
    const ws = await open(dir);
    expect(JSON.parse(readFileSync(join(dir, 'LOCK'), 'utf8')).pid).toBe(process.pid);
    await ws.close();
    expect(readdirSync(dir)).not.toContain('LOCK');
  });

  it('waits out a lock file being written, and takes over an old unreadable one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'LOCK'), '');
    await expect(open(dir)).rejects.toThrow(/is being opened by another newsgraph process; try again/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'LOCK'), old, old);
    const ws = await open(dir);
    await ws.close();
  });
});
