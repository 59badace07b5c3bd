import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { htmlToText, parseSize, readInputs } from '../../src/input/index.js';
import { tempDir } from '../helpers/tmp.js';

async function read(paths: string[], maxBytes = 2_000_000) {
  const warnings: string[] = [];
  const docs = [];
  for await (const d of readInputs(paths, { maxBytes, onWarning: (m) => warnings.push(m) })) docs.push(d);
  return { docs, warnings };
}

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe('text and markdown files', () => {
  it('reads the text and takes metadata from a <name>.meta.json sidecar', async () => {
    const dir = tempDir();
    const path = write(dir, 'story.md', 'Rebels entered Sake on Monday.\n');
    write(dir, 'story.meta.json', JSON.stringify({ title: 'Sake falls', url: 'https://example.org/sake', publishedAt: '2025-01-02', ignored: 1 }));
    const { docs } = await read([path]);
    expect(docs).toEqual([
      { location: path, bytes: 31, input: { text: 'Rebels entered Sake on Monday.\n', title: 'Sake falls', url: 'https://example.org/sake', publishedAt: '2025-01-02' } },
    ]);
  });

  it('reads the seed with its sidecar', async () => {
    const { docs } = await read(['seeds/000_560bd95e9cff5d9e.txt']);
    expect(docs[0]!.input).toMatchObject({ title: 'Rwanda-backed M23 rebels capture Walikale in eastern Congo', source: 'www.mymotherlode.com' });
  });

  it('names the sidecar when it is not valid JSON', async () => {
    const dir = tempDir();
    const path = write(dir, 'a.txt', 'Text.');
    write(dir, 'a.meta.json', '{title:');
    await expect(read([path])).rejects.toThrow(/a\.meta\.json: metadata is not valid JSON/);
  });
});

describe('HTML', () => {
  it('keeps the visible text: tags, scripts and styles removed, entities decoded, title from <title>', () => {
    const html = `<!doctype html><html><head><title>Goma &amp; beyond</title><style>p{color:red}</style>
      <meta property="article:published_time" content="2025-01-27"><link rel="canonical" href="https://example.org/goma">
      <script>var x = "<p>not text</p>";</script></head>
      <body><nav>Home | World</nav><h1>Rebels &ndash; in Goma</h1><p>The M23   rebels
      entered <b>Goma</b>&nbsp;on Monday.</p><p>Aid groups said it&#39;s dire.</p><noscript>enable JS</noscript></body></html>`;
    expect(htmlToText(html)).toEqual({
      text: 'Rebels – in Goma\nThe M23 rebels entered Goma on Monday.\nAid groups said it\'s dire.',
      title: 'Goma & beyond',
      url: 'https://example.org/goma',
      publishedAt: '2025-01-27',
    });
  });

  it('refuses a page with no visible text', async () => {
    const dir = tempDir();
    await expect(read([write(dir, 'empty.html', '<html><script>x()</script></html>')])).rejects.toThrow(/empty\.html: HTML page has no visible text/);
  });
});

describe('JSONL', () => {
  it('yields one document per line with file:line locations, skipping bad lines with a warning', async () => {
    const dir = tempDir();
    const path = write(dir, 'feed.jsonl', [
      JSON.stringify({ id: 'a', text: 'First story.', title: 'One', url: 'https://x.org/1', publishedAt: '2025-01-01', source: 'x.org' }),
      '',
      '{"text": broken',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ text: 'Second story.' }),
      JSON.stringify({ text: 'x'.repeat(200) }),
    ].join('\n'));
    const { docs, warnings } = await read([path], 100);
    expect(docs).toEqual([
      { location: `${path}:1`, bytes: expect.any(Number), input: { id: 'a', text: 'First story.', title: 'One', url: 'https://x.org/1', publishedAt: '2025-01-01', source: 'x.org' } },
      { location: `${path}:5`, bytes: expect.any(Number), input: { text: 'Second story.' } },
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^${path}:3: not valid JSON`)),
      `${path}:4: not an object with a "text" string; skipped`,
      `${path}:6: text is over the 100 bytes document size limit; skipped`,
    ]);
  });
});

describe('CSV', () => {
  it('takes the text column and metadata columns, with quoted multi-line fields', async () => {
    const dir = tempDir();
    const path = write(dir, 'feed.csv', 'id,Text,url,date\r\n7,"Line one,\r\nline ""two""",https://x.org/7,2025-02-01\r\n8,,https://x.org/8,\r\n');
    const { docs, warnings } = await read([path]);
    expect(docs).toEqual([{ location: `${path}:2`, bytes: expect.any(Number), input: { id: '7', text: 'Line one,\r\nline "two"', url: 'https://x.org/7', publishedAt: '2025-02-01' } }]);
    expect(warnings).toEqual([`${path}:4: record has no text; skipped`]);
  });

  it('joins title and description when there is no text column', async () => {
    const dir = tempDir();
    const path = write(dir, 'news.csv', 'label,title,description\n1,Rebels advance,They took the airport.\n2,Is it over?,Nobody knows.\n');
    const { docs } = await read([path]);
    expect(docs.map((d) => d.input)).toEqual([
      { title: 'Rebels advance', text: 'Rebels advance. They took the airport.' },
      { title: 'Is it over?', text: 'Is it over? Nobody knows.' },
    ]);
  });

  it('names the line each record starts on, after quoted multi-line fields with CRLF too', async () => {
    const dir = tempDir();
    const path = write(dir, 'lines.csv', 'id,text\r\n1,a\r\n2,"b\r\nb"\r\n3,"c\r\nc\r\nc"\r\n4,\r\n5,e\r\n');
    const { docs, warnings } = await read([path]);
    expect(docs.map((d) => [d.input.id, d.location])).toEqual([['1', `${path}:2`], ['2', `${path}:3`], ['3', `${path}:5`], ['5', `${path}:9`]]);
    expect(warnings).toEqual([`${path}:8: record has no text; skipped`]);
    // Every byte is counted once: progress adds up to the file size.
    expect(docs.reduce((n, d) => n + d.bytes, 0)).toBe(Buffer.byteLength(readFileSync(path)));
  });

  it('takes the text from the columns asked for, in that order', async () => {
    const dir = tempDir();
    const path = write(dir, 'feed.csv', 'text,summary,headline\nignored,Body here.,Head\n');
    const warnings: string[] = [];
    const docs = [];
    for await (const d of readInputs([path], { maxBytes: 1000, textColumns: ['headline', 'summary'], onWarning: (m) => warnings.push(m) })) docs.push(d.input);
    expect(docs).toEqual([{ text: 'Head. Body here.' }]);
    const missing = readInputs([path], { maxBytes: 1000, textColumns: ['body'], onWarning: () => undefined });
    await expect(missing.next()).rejects.toThrow(/feed\.csv: no column "body" \(--text-columns; found "text", "summary", "headline"\)/);
  });

  it('refuses invalid UTF-8 and a file with no text column', async () => {
    const dir = tempDir();
    await expect(read([write(dir, 'l1.csv', Buffer.from('text\ncaf\xe9\n', 'latin1'))])).rejects.toThrow(/l1\.csv: not valid UTF-8 text/);
    await expect(read([write(dir, 'nt.csv', 'a,b\n1,2\n')])).rejects.toThrow(/nt\.csv: no text column/);
  });
});

describe('directories', () => {
  it('walks recursively in sorted order, skipping hidden, sidecar and unsupported files', async () => {
    const dir = tempDir();
    write(dir, 'b.txt', 'B.');
    write(dir, 'a/z.md', 'AZ.');
    write(dir, 'a/z.meta.json', '{"title":"az"}');
    write(dir, 'a/y.html', '<p>AY.</p>');
    write(dir, '.hidden.txt', 'hidden');
    write(dir, 'c.docx', 'word');
    const { docs, warnings } = await read([dir]);
    expect(docs.map((d) => d.input.text)).toEqual(['AY.', 'AZ.', 'B.']);
    expect(docs[1]!.input.title).toBe('az');
    expect(warnings).toEqual([`skipped ${join(dir, 'c.docx')}: unsupported file type`]);
  });

  it('is an InputError when nothing in it is readable', async () => {
    const dir = tempDir();
    write(dir, 'x.txt', '');
    const err = await read([dir]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
  });
});

describe('sizes', () => {
  it.each([
    ['2MB', 2_000_000],
    ['500k', 500_000],
    ['1.5m', 1_500_000],
    ['1000', 1000],
    ['20 MB', 20_000_000],
  ])('parses %s', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each(['', 'lots', '-1', '0', '5 parsecs'])('refuses %j', (text) => expect(() => parseSize(text)).toThrow(InputError));
});
