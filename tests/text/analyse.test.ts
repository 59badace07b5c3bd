import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/text/analyse.js';
import { cleanText, splitSourceTrailer } from '../../src/text/clean.js';
import { looksBinary, toDocument } from '../../src/text/document.js';

describe('analyse', () => {
  it('gives every token exact offsets into the text', () => {
    const text = 'KABUL, Afghanistan (Reuters) - U.S.  forces\tseized   #39;s Wad Madani\nwon\'t stop. Dr. Smith said so.';
    const { tokens } = analyse(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('U.S.');
  });

  it('ends a sentence at every line break, with or without a full stop', () => {
    const { sentences } = analyse('Rebels take town\nThe rebels took the town on Monday. Residents fled.');
    expect(sentences.map((s) => s.end - s.start)).toHaveLength(3);
    expect(sentences[0]!.firstToken).toBe(0);
  });

  it.each([
    ['UN-backed troops', ['UN', '-', 'backed', 'troops']],
    ['M23-held towns', ['M23', '-', 'held', 'towns']],
    ['pro-Russian forces', ['pro', '-', 'Russian', 'forces']],
    ['Rwanda-backed rebels', ['Rwanda', '-', 'backed', 'rebels']],
    ['Guinea-Bissau troops', ['Guinea', '-', 'Bissau', 'troops']],
  ])('splits the compound in %s', (text, words) => {
    const { tokens } = analyse(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps words with letters wink does not know whole, and keeps its deliberate cuts', () => {
    const text = 'Dumitru Țurcanu met Recep Tayyip Erdoğan in Chișinău and Łódź; Kılıçdaroğlu cannot come.';
    const { tokens } = analyse(text);
    const words = tokens.map((t) => t.text);
    for (const w of ['Țurcanu', 'Erdoğan', 'Chișinău', 'Łódź', 'Kılıçdaroğlu']) expect(words).toContain(w);
    expect(tokens.find((t) => t.text === 'Chișinău')!.pos).toBe('PROPN');
    expect(words).toContain('not'); // "cannot" stays "can" + "not" for the negation
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.index)).toEqual(tokens.map((_, i) => i));
  });

  it.each([',', '.', '/', ':', '—', '|'])('splits a possessive the same way after a text had it before %j', (mark) => {
    // wink learns "Zembari's" whole from the first text and would keep it whole in the second.
    const text = "Zembari's army took the town. Forces of the Qorvath's ally fled.";
    const fresh = analyse(text).tokens.map((t) => `${t.text}/${t.pos}`);
    analyse(`They fought Zembari's${mark} and the Qorvath's${mark} men.`);
    const after = analyse(text).tokens.map((t) => `${t.text}/${t.pos}`);
    expect(after).toEqual(fresh);
    expect(after.slice(0, 2)).toEqual(['Zembari/PROPN', "'s/PART"]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(analyse('').tokens).toEqual([]);
    expect(analyse(' \n\t ').sentences).toEqual([]);
  });
});

describe('cleaning and documents', () => {
  it.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ["Saddam #39;s aide", "Saddam's aide"],
    ['He said quot;no quot; today', 'He said "no " today'],
    ['formally\\ended the embargo', 'formally ended the embargo'],
    ['a\r\nb', 'a\nb'],
  ])('cleans %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });

  it('takes a trailing "Source:" line as metadata', () => {
    expect(splitSourceTrailer('Body text.\nOriginal Source: www.example.com')).toEqual({ text: 'Body text.', source: 'www.example.com' });
  });

  it('refuses empty, binary and oversized text with the document named', () => {
    expect(() => toDocument({ id: 'x', text: '   ' })).toThrow('document text is empty (id "x")');
    expect(() => toDocument({ text: 'abc\u0000def' })).toThrow(/binary/);
    expect(() => toDocument({ text: 'a'.repeat(101) }, { maxChars: 100 })).toThrow(/too long: 101 characters, limit 100/);
    expect(looksBinary('plain text')).toBe(false);
  });

  it('gives a stable id from the content and a title from the first line', () => {
    const a = toDocument({ text: 'Rebels take town\nMore text.' });
    const b = toDocument({ text: 'Rebels take town\nMore text.' });
    expect(a.id).toBe(b.id);
    expect(a.title).toBe('Rebels take town');
  });
});
