import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.js';
import { runCli } from '../helpers/cli.js';
import { corpus, toJsonl } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';

const FAULTY = { NEWSGRAPH_EXTRACTOR: join(ROOT, 'tests', 'helpers', 'faulty-extractor.mjs') };
const FIXED_TIME = { SOURCE_DATE_EPOCH: '1700000000' };
const lines = (path: string) => readFileSync(path, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('bulk build', () => {
  it('writes the same bytes with one worker and with two (real extraction, input order kept)', async () => {
    const dir = tempDir();
    const feed = join(dir, 'feed.jsonl');
    writeFileSync(feed, toJsonl(corpus(150)));
    const out = (name: string) => join(dir, name);
    for (const workers of ['1', '2']) {
      for (const ext of ['gexf', 'json']) {
        const result = await runCli(['build', feed, '--workers', workers, '--out', out(`w${workers}.${ext}`)], { env: FIXED_TIME });
        expect(result).toMatchObject({ code: 0, stderr: '' }); // not a terminal: quiet
      }
    }
    expect(readFileSync(out('w2.gexf'), 'utf8')).toBe(readFileSync(out('w1.gexf'), 'utf8'));
    expect(readFileSync(out('w2.json'), 'utf8')).toBe(readFileSync(out('w1.json'), 'utf8'));
    const graph = JSON.parse(readFileSync(out('w2.json'), 'utf8'));
    expect(graph.documents.map((d: { id: string }) => d.id)).toEqual(corpus(150).map((d) => d.id));
    expect(graph.graph.nodes.length).toBeGreaterThan(10);
    expect(graph.graph.edges.length).toBeGreaterThan(5);
  });

  it('records and skips documents that throw, hang or are not text; the run goes on and ends with a count', async () => {
    const dir = tempDir();
    const rows = ['id,title,description'];
    for (let i = 0; i < 10; i++) rows.push(`ok-${i},Alpha backs Bravo ${i},Charlie joined on day ${i}.`);
    rows.push('bad-1,Alpha THROW,Delta.', 'bad-2,Alpha HANG,Echo.', `bad-3,Noise,${'\u0001\u0002\u0003'.repeat(20)}`);
    writeFileSync(join(dir, 'feed.csv'), `${rows.join('\n')}\n`);
    const result = await runCli(
      ['build', 'feed.csv', '--out', 'graph.json', '--workers', '2', '--doc-timeout', '0.5', '--errors', 'errors.jsonl'],
      { cwd: dir, env: FAULTY },
    );
    expect(result.code).toBe(0);
    const warnings = result.stderr.trim().split('\n');
    expect(warnings).toEqual([
      'newsgraph: warning: feed.csv:12: extraction failed: Error: refused "bad-1" on purpose; skipped',
      'newsgraph: warning: feed.csv:13: extraction took longer than 500 ms; stopped; skipped',
      'newsgraph: warning: feed.csv:14: document text looks binary, not text (id "bad-3"); skipped',
      'newsgraph: warning: 2 documents failed extraction and were skipped (listed in errors.jsonl)',
    ].sort((a, b) => warnings.indexOf(a) - warnings.indexOf(b)));
    expect(lines(join(dir, 'errors.jsonl'))).toEqual(expect.arrayContaining([
      { location: 'feed.csv:12', id: 'bad-1', stage: 'extract', error: 'extraction failed: Error: refused "bad-1" on purpose' },
      { location: 'feed.csv:13', id: 'bad-2', stage: 'extract', error: 'extraction took longer than 500 ms; stopped' },
      { location: 'feed.csv:14', stage: 'input', error: 'document text looks binary, not text (id "bad-3")' },
    ]));
    const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
    expect(graph.documents.map((d: { id: string }) => d.id)).toEqual(Array.from({ length: 10 }, (_, i) => `ok-${i}`));
  });

  it('takes the text from --text-columns and metadata from url and published columns', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.csv'), 'headline,summary,url,published\nAlpha backs Bravo,Charlie said so.,https://example.org/a,2025-03-04\n');
    const result = await runCli(['build', 'feed.csv', '--text-columns', 'Headline, summary', '--out', 'graph.json'], { cwd: dir, env: FAULTY });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [document] = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')).documents;
    expect(document).toMatchObject({ title: 'Alpha backs Bravo. Charlie said so.', url: 'https://example.org/a', publishedAt: '2025-03-04', chars: 35 });

    const missing = await runCli(['build', 'feed.csv', '--text-columns', 'body', '--out', 'graph.json'], { cwd: dir, env: FAULTY });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('newsgraph: feed.csv: no column "body" (--text-columns; found "headline", "summary", "url", "published")\n');
  });

  it('refuses bad --workers and --doc-timeout values with one line', async () => {
    for (const [flag, value, message] of [
      ['--workers', '0', 'build: --workers must be a whole number from 1 to 256, not "0"'],
      ['--workers', 'two', 'build: --workers must be a whole number from 1 to 256, not "two"'],
      ['--doc-timeout', '0', 'build: --doc-timeout must be a number of seconds above 0, not "0"'],
      ['--doc-timeout', '1m', 'build: --doc-timeout must be a number of seconds above 0, not "1m"'],
    ]) {
      const result = await runCli(['build', 'x.csv', '--out', 'g.json', flag!, value!]);
      expect(result).toMatchObject({ code: 2, stderr: `newsgraph: ${message}\n` });
    }
  });
});

describe('bulk ingest into a data directory', () => {
  it('skips documents already there without extracting them again', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.jsonl'), toJsonl(corpus(100)));
    const first = await runCli(['ingest', 'feed.jsonl', '--data', 'data'], { cwd: dir, env: FAULTY });
    expect(first).toMatchObject({ code: 0, stderr: '' });
    // Every extraction would now throw: a rerun that extracted anything would fail.
    const again = await runCli(['ingest', 'feed.jsonl', '--data', 'data', '--errors', 'errors.jsonl'], { cwd: dir, env: { ...FAULTY, FAULTY_ALWAYS: 'THROW' } });
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'errors.jsonl'), 'utf8')).toBe('');
  });
});
