import type { Token } from '../core/types.js';
import { exactForm, hasLetter, isAllCaps, isCapitalised } from './key.js';
import { Policy, type Surface } from './name-index.js';

// Whether a run of tokens is written the way a surface form demands. Acronyms must keep
// their case ("US" is not "us"), names need capitals ("the african union" is not a name),
// and place names that are also ordinary words ("Hope", "Split") need to be proper nouns
// inside a sentence that is not written in headline case.

export interface CaseWords {
  /** Lower-case words allowed inside a capitalised name ("of", "the", "al"). */
  connectors: ReadonlySet<string>;
  /** Ordinary English words, lower case. */
  common: ReadonlySet<string>;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '*', '«']);

/** Per-call memo of which sentences are written in headline case. */
export type HeadlineMemo = Map<number, boolean>;

export function passes(
  surface: Surface,
  tokens: readonly Token[],
  start: number,
  end: number,
  words: CaseWords,
  memo: HeadlineMemo,
): boolean {
  switch (surface.policy) {
    case Policy.Exact:
      return exact(surface.exact ?? '', tokens, start, end, words);
    case Policy.Cap:
      return capitalised(tokens, start, end, words);
    case Policy.Place:
      return capitalised(tokens, start, end, words) && !shortAcronym(tokens, start, end);
    case Policy.Weak:
      return (
        capitalised(tokens, start, end, words) &&
        !shortAcronym(tokens, start, end) &&
        !sentenceInitial(tokens, start) &&
        properNouns(tokens, start, end, words) &&
        !headline(tokens, start, words, memo)
      );
    case Policy.First:
      return isCapitalised(tokens[start]!.text);
    case Policy.Any:
      return true;
  }
}

function exact(listed: string, tokens: readonly Token[], start: number, end: number, words: CaseWords): boolean {
  let text = '';
  for (let k = start; k < end; k++) text += exactForm(tokens[k]!.text);
  if (text !== listed) return false;
  // "IS", "US", "WHO" are also words: in a run of capitals they are just the word.
  return !(words.common.has(listed.toLowerCase()) && capitalsAround(tokens, start, end));
}

function capitalised(tokens: readonly Token[], start: number, end: number, words: CaseWords): boolean {
  let caps = 0;
  let lastCap = false;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (!hasLetter(t.text)) {
      if (/\d/.test(t.text)) lastCap = true; // "Group of 20"
      continue;
    }
    // The tokeniser cuts words at some letters ("Č|esko", "Jumh|ū|rīyat"): only a word's first piece counts.
    if (k > start && !t.spaceBefore && hasLetter(tokens[k - 1]!.text)) continue;
    if (isCapitalised(t.text)) {
      caps++;
      lastCap = true;
    } else if (words.connectors.has(t.lower)) {
      lastCap = false;
    } else {
      return false;
    }
  }
  return caps > 0 && lastCap;
}

function shortAcronym(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const text = tokens[start]!.text;
  return text.length <= 4 && isAllCaps(text) && !dateline(tokens, start);
}

/** "GOMA, Congo —", "KYIV (Reuters) -": a place in capitals opening the text's first line. */
function dateline(tokens: readonly Token[], start: number): boolean {
  const next = tokens[start + 1]?.text;
  return sentenceInitial(tokens, start) && (next === ',' || next === '(');
}

function sentenceInitial(tokens: readonly Token[], start: number): boolean {
  if (start === 0) return true;
  const prev = tokens[start - 1]!;
  return prev.sentence !== tokens[start]!.sentence || OPENERS.has(prev.text);
}

function properNouns(tokens: readonly Token[], start: number, end: number, words: CaseWords): boolean {
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (hasLetter(t.text) && !words.connectors.has(t.lower) && t.pos !== 'PROPN') return false;
  }
  return true;
}

/**
 * Headline case: most longer words capitalised, and many of them ordinary words
 * ("Rebels Seize Key Town Near Goma"), unlike a sentence that lists place names.
 */
function headline(tokens: readonly Token[], at: number, words: CaseWords, memo: HeadlineMemo): boolean {
  const sentence = tokens[at]!.sentence;
  const known = memo.get(sentence);
  if (known !== undefined) return known;
  let first = at;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  let long = 0;
  let caps = 0;
  let ordinary = 0;
  for (let k = first; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.text.length < 4 || !hasLetter(t.text)) continue;
    long++;
    if (!isCapitalised(t.text)) continue;
    caps++;
    if (k > first && words.common.has(t.lower)) ordinary++;
  }
  const result = long >= 3 && caps >= 0.75 * long && ordinary >= 2 && ordinary * 2 >= caps;
  memo.set(sentence, result);
  return result;
}

/** At least two all-capital words of three or more letters among the three tokens each side. */
function capitalsAround(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]!.sentence;
  let count = 0;
  const look = (k: number): void => {
    const t = tokens[k];
    if (t && t.sentence === sentence && t.text.length >= 3 && isAllCaps(t.text) && /^\p{L}+$/u.test(t.text)) count++;
  };
  for (let k = start - 3; k < start; k++) look(k);
  for (let k = end; k < end + 3; k++) look(k);
  return count >= 2;
}
