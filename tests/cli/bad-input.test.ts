import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

// Every bad input: one line on stderr naming the file, exit code 2, and no output file (not even a temp one).
const CASES: [string, (dir: string) => string, RegExp][] = [
  ['an empty file', (d) => file(d, 'empty.txt', ''), /empty\.txt: file is empty$/],
  ['a file of only white space', (d) => file(d, 'blank.md', ' \n\t\n'), /blank\.md: file has no text/],
  ['a binary file', (d) => file(d, 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00])), /image\.txt: looks like a binary file/],
  ['a 20 MB file', (d) => file(d, 'huge.txt', Buffer.alloc(20_000_000, 'a')), /huge\.txt: file is 20 MB, over the 2 MB document size limit \(raise it with --max-doc-size\)$/],
  ['invalid UTF-8', (d) => file(d, 'latin1.txt', Buffer.from('Caf\xe9 in Goma\n', 'latin1')), /latin1\.txt: not valid UTF-8 text at byte 3/],
  ['a directory with nothing readable', (d) => {
    const dir = join(d, 'junk');
    mkdirSync(join(dir, 'deeper'), { recursive: true });
    file(dir, 'a.bin', 'x');
    file(dir, 'b.txt', '');
    file(join(dir, 'deeper'), 'c.txt', Buffer.from([0, 1, 2, 3]));
    return dir;
  }, /junk: no readable documents in the directory \(2 files skipped\)$/],
  ['an empty directory', (d) => (mkdirSync(join(d, 'void')), join(d, 'void')), /void: no readable documents in the directory$/],
  ['a CSV without a text column', (d) => file(d, 'table.csv', 'name,count\nGoma,3\n'), /table\.csv: no text column \(expected "text", or "title" with "description", "body" or "content", or name them with --text-columns; found "name", "count"\)$/],
  ['a JSONL file with no usable line', (d) => file(d, 'feed.jsonl', '{"title":"no text"}\nnot json\n'), /feed\.jsonl: no documents/],
  ['an unsupported file type', (d) => file(d, 'report.pdf', '%PDF-1.4'), /report\.pdf: unsupported file type/],
  ['a missing file', (d) => join(d, 'nothere.txt'), /nothere\.txt: no such file or directory$/],
];

function file(dir: string, name: string, content: string | Buffer): string {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

describe('bad input through the CLI', () => {
  it.each(CASES)('build refuses %s: one line, exit 2, nothing written', async (_name, make, message) => {
    const dir = tempDir();
    const input = make(dir);
    const out = join(dir, 'out', 'graph.json');
    mkdirSync(join(dir, 'out'));
    const result = await runCli(['build', input, '--out', out]);
    expect(result.code).toBe(2);
    const errorLines = result.stderr.trim().split('\n').filter((l) => !l.startsWith('newsgraph: warning:'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(/^newsgraph: /);
    expect(errorLines[0]).toMatch(message);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });

  it.each(CASES.slice(0, 5))('extract refuses %s with exit 2', async (_name, make, message) => {
    const result = await runCli(['extract', make(tempDir())]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(message);
  });

  it('accepts a big file once --max-doc-size allows it, and rejects a bad size', async () => {
    const dir = tempDir();
    const big = file(dir, 'big.txt', `${'Rebels advanced on the town. '.repeat(100)}\n`);
    const refused = await runCli(['extract', big, '--max-doc-size', '2k']);
    expect(refused.stderr).toMatch(/big\.txt: file is 2\.9 kB, over the 2 kB document size limit/);
    const allowed = await runCli(['build', big, '--out', join(dir, 'g.json'), '--max-doc-size', '5k']);
    expect(allowed.stderr).toBe('');
    expect(allowed.code).toBe(0);
    const badSize = await runCli(['build', big, '--out', join(dir, 'g.json'), '--max-doc-size', 'lots']);
    expect(badSize).toMatchObject({ code: 2, stderr: 'newsgraph: --max-doc-size: "lots" is not a size (examples: 2MB, 500k, 1000000)\n' });
  });

  it('skips bad files inside a directory with a warning and builds the rest', async () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    file(inputs, 'a.txt', 'Rebels took the town of Sake.');
    file(inputs, 'b.txt', '');
    file(inputs, 'c.jpg', 'x');
    const result = await runCli(['build', inputs, '--out', join(dir, 'g.json')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`newsgraph: warning: skipped ${join(inputs, 'b.txt')}: file is empty`);
    expect(result.stderr).toContain(`newsgraph: warning: skipped ${join(inputs, 'c.jpg')}: unsupported file type`);
    expect(readdirSync(dir).sort()).toEqual(['g.json', 'in']);
  });
});

describe('usage errors', () => {
  it.each([
    [['frobnicate'], /^newsgraph: unknown command "frobnicate"/],
    [['build', 'x.txt'], /^newsgraph: build: --out FILE is required/],
    [['build', '--out', 'g.json'], /^newsgraph: build: no inputs given/],
    [['build', 'x.txt', '--out', 'g.json', '--format', 'png'], /^newsgraph: build: unknown --format "png"/],
    [['extract', 'a.txt', 'b.txt'], /^newsgraph: extract: expected one file \(or -\), got 2/],
    [['extract', '--bogus', 'a.txt'], /^newsgraph: extract: Unknown option '--bogus'/],
    [['serve', '--port', '99999'], /^newsgraph: serve: --port must be a whole number from 0 to 65535, not "99999"/],
    [['ingest'], /^newsgraph: ingest: no inputs given/],
  ])('%j exits 2 with one line', async (args, message) => {
    const result = await runCli(args, { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
