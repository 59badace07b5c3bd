import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Analysis, Sentence, Token } from '../core/types.js';

// One tagger per process (or worker thread): loading the model takes ~100 ms.
let nlp: ReturnType<typeof winkNLP> | undefined;

function tagger(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/**
 * Splits a text into sentences and tokens with parts of speech and exact
 * character offsets. wink-nlp's tokenisation is lossless (each token's value
 * preceded by its whitespace rebuilds the text), which gives the offsets.
 * Line breaks always end a sentence: news text puts titles, datelines and
 * paragraphs on lines of their own, often without a full stop.
 */
export function analyse(text: string): Analysis {
  const engine = tagger();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const all = doc.tokens();
  // wink's typings do not cover every `its` helper; the values are plain string arrays.
  const out = all.out as (f: unknown) => string[];
  const values = out.call(all, its.value);
  const spaces = out.call(all, its.precedingSpaces);
  const pos = out.call(all, its.pos);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // wink's sentence of each token, so the boundaries can be merged with line breaks.
  const sentenceStart = new Uint8Array(values.length + 1);
  for (const [first] of spans) sentenceStart[first] = 1;

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  let open = -1; // index in `tokens` where the current sentence began
  const close = () => {
    if (open < 0 || open >= tokens.length) return;
    const first = tokens[open]!;
    const last = tokens[tokens.length - 1]!;
    sentences.push({ index: sentences.length, start: first.start, end: last.end, firstToken: open, endToken: tokens.length });
    open = -1;
  };

  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const space = spaces[i]!;
    let start = offset + space.length;
    if (text.startsWith(value, start) === false) {
      // Defensive: never trust offsets we cannot verify; find the value ahead.
      const found = text.indexOf(value, offset);
      start = found >= 0 ? found : offset;
    }
    const end = Math.min(text.length, start + value.length);
    offset = end;
    const tag = pos[i]!;
    if (sentenceStart[i] || space.includes('\n')) close();
    if (tag === 'SPACE' || value.trim() === '') {
      if (value.includes('\n')) close();
      continue;
    }
    if (open < 0) open = tokens.length;
    const spaceBefore = space.length > 0 || i === 0;
    // wink cuts words at letters it does not know ("Chi|ș|in|ă|u", "Erdo|ğ|an", "Ț|urcanu"): glue them back.
    const prev = tokens[tokens.length - 1];
    if (!spaceBefore && prev && tokens.length > open && prev.end === start && glued(prev.text, value)) {
      const text = prev.text + value;
      const tag = /^\p{Lu}/u.test(text) ? 'PROPN' : prev.pos === 'X' ? 'NOUN' : prev.pos;
      tokens[tokens.length - 1] = makeToken(prev.index, prev.start, text, tag, prev.sentence, prev.spaceBefore);
      continue;
    }
    const parts = value.length > 3 && value.includes('-') ? splitCompound(value) : possessive(value, tag);
    if (parts) {
      // "UN-backed", "M23-held", "pro-Russian" come as one token; the patterns read name, dash and word.
      let at = start;
      parts.forEach(([part, partTag], k) => {
        tokens.push(makeToken(tokens.length, at, part, partTag, sentences.length, k === 0 ? spaceBefore : false));
        at += part.length;
      });
      continue;
    }
    // (The possessor's tag follows its case, as for a possessive wink kept whole: see `possessive`.)
    if (prev && !spaceBefore && tag === 'PART' && POSSESSIVE_S.test(value) && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) prev.pos = nominalTag(prev.text);
    tokens.push(makeToken(tokens.length, start, value, tag, sentences.length, spaceBefore));
  }
  close();
  return { text, sentences, tokens };
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const ASCII = /^[A-Za-z]*$/;

/** Two pieces of one word: both letters, one of them beyond ASCII (not "can|not", which wink cuts on purpose). */
function glued(a: string, b: string): boolean {
  return LETTERS.test(a) && LETTERS.test(b) && !(ASCII.test(a) && ASCII.test(b));
}

function makeToken(index: number, start: number, text: string, pos: string, sentence: number, spaceBefore: boolean): Token {
  return { index, start, end: start + text.length, text, lower: text.toLowerCase(), pos, sentence, spaceBefore };
}

const POSSESSIVE_S = /^['’]s$/;
const WHOLE_POSSESSIVE = /^(.*[\p{L}\p{N}])(['’]s)$/u;

/**
 * "Rwanda's" -> Rwanda, 's. wink learns every unknown word it meets: once a text had "Rwanda's,"
 * or "Rwanda's/", it keeps "Rwanda's" whole in every later text, where a fresh tagger splits it.
 * Splitting here makes a text's tokens the same whatever the process read before.
 */
function possessive(value: string, tag: string): [string, string][] | undefined {
  if (tag !== 'PROPN' && tag !== 'NOUN') return undefined; // "Here's" (ADV) is a word of wink's own
  if (!value.endsWith("'s") && !value.endsWith('’s')) return undefined; // (most tokens: no regular expression)
  const m = WHOLE_POSSESSIVE.exec(value);
  return m ? [[m[1]!, nominalTag(m[1]!)], [m[2]!, 'PART']] : undefined;
}

/** A possessor's tag: the tag of a whole kept token says nothing of it, so its case decides. */
function nominalTag(word: string): string {
  return /^\p{Lu}/u.test(word) ? 'PROPN' : 'NOUN';
}

const NAME_THEN_WORD = /^(\p{Lu}[\p{L}\d.]*)-(\p{Ll}+)$/u;
const WORD_THEN_NAME = /^(\p{Ll}{2,5})-(\p{Lu}[\p{L}\d]*)$/u;

/** "UN-backed" -> UN, -, backed; "pro-Russian" -> pro, -, Russian; anything else stays whole. */
function splitCompound(value: string): [string, string][] | undefined {
  const a = NAME_THEN_WORD.exec(value);
  if (a) return [[a[1]!, 'PROPN'], ['-', 'PUNCT'], [a[2]!, a[2]!.endsWith('ed') ? 'VERB' : 'ADJ']];
  const b = WORD_THEN_NAME.exec(value);
  if (b) return [[b[1]!, 'ADJ'], ['-', 'PUNCT'], [b[2]!, 'PROPN']];
  return undefined;
}
