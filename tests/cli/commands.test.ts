import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, MENTION_KINDS, RELATION_STATUSES, RELATION_TYPES } from '../../src/core/types.js';
import { ROOT } from '../helpers/build.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const SEED = join(ROOT, 'seeds', '000_560bd95e9cff5d9e.txt');
const SEEDS = join(ROOT, 'seeds');

/** Checks the extract JSON contract of issue 3, and that every span is a slice of the input. */
function expectContract(out: any, input: string): void {
  expect(Object.keys(out).filter((k) => k !== 'warnings')).toEqual(['document', 'entities', 'mentions', 'relations']);
  expect(out.document).toEqual({ id: expect.any(String), title: expect.any(String), chars: expect.any(Number) });
  const ids = new Set<string>();
  for (const e of out.entities) {
    expect(e).toMatchObject({ id: expect.any(String), name: expect.any(String), aliases: expect.any(Array), mentions: expect.any(Number) });
    expect(ENTITY_TYPES).toContain(e.type);
    ids.add(e.id);
  }
  for (const m of out.mentions) {
    expect(ids.has(m.entity)).toBe(true);
    expect(MENTION_KINDS).toContain(m.kind);
    expect(m.sentence).toEqual(expect.any(Number));
    expect(input.slice(m.start, m.end)).toBe(m.text);
  }
  for (const r of out.relations) {
    expect(RELATION_TYPES).toContain(r.type);
    expect(RELATION_STATUSES).toContain(r.status);
    expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.evidence.length).toBeGreaterThan(0);
    for (const e of r.evidence) {
      expect(e.sentence).toEqual(expect.any(Number));
      expect(input.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

describe('newsgraph extract', () => {
  it('prints the seed extraction in the JSON contract, every span a slice of the input', async () => {
    const result = await runCli(['extract', SEED]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expectContract(out, readFileSync(SEED, 'utf8'));
    expect(out.document.title).toBe('Rwanda-backed M23 rebels capture Walikale in eastern Congo');
    // The "Original Source:" trailer is metadata, not text.
    expect(out.document.chars).toBe(readFileSync(SEED, 'utf8').indexOf('\nOriginal Source'));
  });

  it('reads standard input with -', async () => {
    const text = 'The European Union sanctioned the rebels on Monday.\nUN experts said Kigali backs them.';
    const result = await runCli(['extract', '-'], { stdin: text });
    expect(result.code).toBe(0);
    expectContract(JSON.parse(result.stdout), text);
  });

  it('refuses an input holding several documents', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'two.jsonl'), '{"text":"One."}\n{"text":"Two."}\n');
    const result = await runCli(['extract', join(dir, 'two.jsonl')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/holds more than one document; extract reads one \(use build or ingest for many\)/);
  });
});

describe('newsgraph build', () => {
  it('writes the graph snapshot of a directory, JSONL and CSV as json', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.jsonl'), `${JSON.stringify({ id: 'j1', text: 'Rebels took Sake.', title: 'Sake' })}\n`);
    writeFileSync(join(dir, 'feed.csv'), 'title,description,url\nTalks fail,Delegates left Doha.,https://example.org/doha\n');
    const out = join(dir, 'graph.json');
    const result = await runCli(['build', SEEDS, join(dir, 'feed.jsonl'), join(dir, 'feed.csv'), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph).toMatchObject({ format: 1, graph: { options: { type: 'directed', multi: true } } });
    expect(graph.documents.map((d: { title: string }) => d.title)).toEqual([
      'Rwanda-backed M23 rebels capture Walikale in eastern Congo',
      'Sake',
      'Talks fail',
    ]);
    expect(graph.documents[0]).toMatchObject({ source: 'www.mymotherlode.com' });
    expect(graph.documents[2]).toMatchObject({ url: 'https://example.org/doha' });
    expect(readdirSync(dir).sort()).toEqual(['feed.csv', 'feed.jsonl', 'graph.json']);
  });

  it('writes GEXF and GraphML through the export module, by extension or --format', async () => {
    const dir = tempDir();
    const gexf = await runCli(['build', SEED, '--out', join(dir, 'seed.gexf')]);
    expect(gexf).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'seed.gexf'), 'utf8')).toMatch(/^<\?xml[^>]*>\s*<gexf [^>]*version="1\.3"/);
    const graphml = await runCli(['build', SEED, '--out', '-', '--format', 'graphml']);
    expect(graphml.code).toBe(0);
    expect(graphml.stdout).toMatch(/<graphml[\s>]/);
    expect(readdirSync(dir)).toEqual(['seed.gexf']);
  });

  it('writes to standard output with --out -', async () => {
    const result = await runCli(['build', SEED, '--out', '-']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).documents).toHaveLength(1);
  });
});

describe('newsgraph ingest', () => {
  it('keeps documents in the data directory; a second run adds nothing', async () => {
    const cwd = tempDir();
    const first = await runCli(['ingest', SEEDS], { cwd });
    expect(first).toMatchObject({ code: 0, stderr: '' });
    // Default data directory: ./data
    expect(readdirSync(join(cwd, 'data')).sort()).toEqual(['journal-000002.jsonl', 'snapshot.json']);
    const again = await runCli(['ingest', SEEDS, '-', '--data', 'data'], { cwd, stdin: 'A second story about Goma.' });
    expect(again).toMatchObject({ code: 0, stderr: '' });
    const snapshot = JSON.parse(readFileSync(join(cwd, 'data', 'snapshot.json'), 'utf8'));
    expect(snapshot.graph.documents).toHaveLength(2);
  });
});

describe('a damaged data directory', () => {
  it('is refused with one line and exit 1, never served as an empty graph', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'data'));
    writeFileSync(join(cwd, 'data', 'snapshot.json'), '{"nodes": []}');
    const result = await runCli(['ingest', SEED], { cwd });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe(`newsgraph: ${join('data', 'snapshot.json')} is not a newsgraph snapshot (no "kind": "newsgraph-workspace-snapshot"); move it away or use another --data directory\n`);
  });
});

describe('help and version', () => {
  it.each([[[]], [['extract']], [['build']], [['ingest']], [['serve']]])('%j --help prints usage and exits 0', async (args) => {
    const result = await runCli([...args, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: newsgraph/);
    expect(result.stderr).toBe('');
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect((await runCli(['--version'])).stdout).toBe(`${pkg.version}\n`);
  });

  it('no command prints usage on stderr and exits 2', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Usage: newsgraph/);
  });
});
