import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/persist/index.js';
import { CLI, ROOT } from '../helpers/build.js';
import { runCli } from '../helpers/cli.js';
import { docText, fakeExtract } from '../helpers/fake-extractor.mjs';
import { toJsonl } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';

const FAULTY = { NEWSGRAPH_EXTRACTOR: join(ROOT, 'tests', 'helpers', 'faulty-extractor.mjs') };
const FAST = 64;
const TOTAL = 364;
/** One fast batch, then documents that take 100 ms each to extract. */
const feed = () => toJsonl(Array.from({ length: TOTAL }, (_, i) => ({ id: `doc-${i}`, text: `${docText(i)}${i >= FAST ? ' SLOW' : ''}` })));

function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const poll = () => (check() ? resolve() : Date.now() > until ? reject(new Error('timed out waiting')) : setTimeout(poll, 20));
    poll();
  });
}

describe('Ctrl-C during ingest', () => {
  it('stops at once, keeps what was acknowledged, and a rerun adds exactly the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.jsonl'), feed());
    const child = spawn(process.execPath, [CLI, 'ingest', 'feed.jsonl', '--data', 'data', '--workers', '2'], {
      cwd: dir,
      env: { ...process.env, ...FAULTY, FAULTY_SLOW_MS: '100' },
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The first batch is on disk once the journal has something in it.
    const journal = join(dir, 'data', 'journal-000001.jsonl');
    await waitFor(() => existsSync(journal) && statSync(journal).size > 0, 30_000);
    const interruptedAt = Date.now();
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    // In-flight extractions are dropped, not waited for (they would take seconds).
    expect(Date.now() - interruptedAt).toBeLessThan(5000);
    const kept = /interrupted: the (\d+) documents added are kept in data; run the same command again to go on/.exec(stderr);
    expect(stderr).toContain('newsgraph: interrupted: finishing the documents in progress (Ctrl-C again to quit at once)');
    expect(kept).not.toBeNull();
    const added = Number(kept![1]);
    expect(added).toBeGreaterThanOrEqual(FAST);
    expect(added).toBeLessThan(TOTAL);

    const rerun = await runCli(['ingest', 'feed.jsonl', '--data', 'data'], { cwd: dir, env: { ...FAULTY, FAULTY_SLOW_MS: '0' } });
    expect(rerun).toMatchObject({ code: 0, stderr: '' });
    const ws = await openWorkspace({ dataDir: join(dir, 'data'), extractor: fakeExtract });
    try {
      expect(ws.store.documents.size).toBe(TOTAL);
      // Every document mentions Alpha once: one applied twice would show here.
      expect(ws.store.graph.getNodeAttribute('organisation:alpha', 'mentionCount')).toBe(TOTAL);
    } finally {
      await ws.close();
    }
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe('progress on a terminal', () => {
  it.skipIf(!hasScript)('redraws one line with counts and rates, then prints a summary (run under script(1) for a pseudo-terminal)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.jsonl'), toJsonl(Array.from({ length: 200 }, (_, i) => ({ text: docText(i) }))));
    const command = `${process.execPath} ${CLI} build feed.jsonl --out graph.json --workers 1`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env: { ...process.env, ...FAULTY }, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\r\x1b\[Knewsgraph: [\d,]+\/(~?[\d,]+) documents · [\d,]+\/s · [\d.]+ MB\/s · [\d,]+ entities · [\d,]+ relations/);
    expect(result.stdout).toMatch(/newsgraph: 200 documents in [\d.]+ s \([\d,]+\/s, [\d.]+ MB\/s\): 200 added, 0 already there, 0 skipped, 0 failed; \d+ entities, \d+ relations\r?\n$/);
  });
});
