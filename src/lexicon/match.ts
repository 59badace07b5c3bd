import type { Token } from '../core/types.js';
import { type CaseWords, type HeadlineMemo, passes } from './case.js';
import { hasLetter, isCapitalised, looseKey, tokenKey } from './key.js';
import { BOUNDARY, EMPTY, extend, type HashState, type NameIndex, Policy } from './name-index.js';
import type { GazetteerMatch, KnownEntity, MatchOptions } from './types.js';

// The scan: from each token that can begin a name, extend token by token while the
// concatenated key is a prefix of some name; keep the longest run whose case passes.

export interface Matcher {
  index: NameIndex;
  /** Place names under their spelling-variant keys (key.ts looseKey). */
  loose: NameIndex;
  words: CaseWords & {
    /** Tokens allowed inside a name ("-", "/", "."), never at its ends. */
    inner: ReadonlySet<string>;
    /** "Province", "Region"...: a capitalised one right after a province's name joins the match. */
    suffixes: ReadonlySet<string>;
    /** Words never read as places ("Monday", "March"): not even through a spelling variant. */
    notPlaces: ReadonlySet<string>;
    /** First pieces of the names that may open with a lower-case word (gazetteer.ts lowerStarts). */
    lowerStarts: ReadonlySet<string>;
  };
  entity(ref: number): KnownEntity;
}

export function matchTokens(m: Matcher, tokens: readonly Token[], options: MatchOptions = {}): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const memo: HeadlineMemo = new Map();
  const fuzzy = options.fuzzy !== false;
  if (wordsFor !== m.index) {
    // A new gazetteer (tests build more than one): forget the old answers.
    words.clear();
    wordsFor = m.index;
  }
  const ws: Word[] = [];
  for (const t of tokens) ws.push(wordOf(m, t));
  let i = 0;
  while (i < tokens.length) {
    const w = ws[i]!;
    const found = (w.slot >= 0 && w.opens ? scan(m, tokens, ws, i, memo, false) : undefined) ?? (fuzzy && w.looseSlot >= 0 ? scan(m, tokens, ws, i, memo, true) : undefined);
    if (found) {
      out.push(found);
      i = found.end;
    } else {
      const part = options.parts ? firstPart(m, tokens, i, memo) : undefined;
      if (part) out.push(part);
      i++;
    }
  }
  return out;
}

// ("TPLF-T", "ISIS-K": a capital after a dash makes another name; a slash still joins two, "AFC/M23".)
const HYPHENATED = /^([^\s\-‐–—/]+)(?:[-‐–—][^\p{Lu}\s]|\/\S)/u;

/**
 * "UN-backed", "M23-held": a name before the hyphen of a token the tokeniser kept whole.
 * The match covers the token; `part` gives the characters of the name.
 */
function firstPart(m: Matcher, tokens: readonly Token[], i: number, memo: HeadlineMemo): GazetteerMatch | undefined {
  const t = tokens[i]!;
  const head = HYPHENATED.exec(t.text)?.[1];
  if (!head) return undefined;
  const piece: Token = { ...t, text: head, lower: head.toLowerCase(), end: t.start + head.length };
  const found = scan(m, [piece], [wordOf(m, piece)], 0, memo, false);
  if (!found || found.end !== 1) return undefined;
  return { start: i, end: i + 1, candidates: found.candidates, part: { start: piece.start, end: piece.end } };
}

/** What a scan needs of one token text: worked out once per text, as the same words recur in every document. */
interface Word {
  /** tokenKey: letters and digits, a space where the token was cut across a hyphen or slash. */
  key: string;
  /** looseKey of `key`, for the spelling-variant index. */
  looseKey: string;
  /** The index slot of `key` alone, or -1: no name starts here. */
  slot: number;
  /** The same in the spelling-variant index, for capitalised tokens only (-1 otherwise). */
  looseSlot: number;
  /**
   * A name of this one token may pass the case rules: always when the token is capitalised or has
   * no letter; in lower case, only a name that keeps its listed letters or any case (Exact, Any).
   */
  alone: boolean;
  /** An ordinary word or a word never read as a place: a variant needs some other word. */
  ordinary: boolean;
  /**
   * A name may start here: false for a lower-case word that is no connector and opens no name
   * listed in lower case (most of a text's words, which would each cost a scan that finds nothing).
   */
  opens: boolean;
}

const words = new Map<string, Word>();
let wordsFor: NameIndex | undefined;

function wordOf(m: Matcher, t: Token): Word {
  let w = words.get(t.text);
  if (w === undefined) {
    const key = tokenKey(t.text, t.lower);
    const loose = key === '' ? '' : looseKey(key);
    const slot = key === '' ? -1 : slotOf(m.index, key);
    const capitalised = isCapitalised(t.text);
    w = {
      key,
      looseKey: loose,
      slot,
      looseSlot: key !== '' && capitalised ? slotOf(m.loose, loose) : -1,
      alone: capitalised || !hasLetter(t.text) || (slot >= 0 && anyCase(m.index, slot)),
      ordinary: m.words.common.has(t.lower) || m.words.notPlaces.has(t.lower),
      opens: !/^\p{Ll}/u.test(t.text) || m.words.connectors.has(t.lower) || opensLower(m.words.lowerStarts, key),
    };
    if (words.size > 200_000) words.clear();
    words.set(t.text, w);
  }
  return w;
}

/** Some name listed in lower case starts with the first piece of `key`, or with a piece it starts. */
function opensLower(starts: ReadonlySet<string>, key: string): boolean {
  const piece = key.split(' ')[0] ?? '';
  for (const s of starts) if (s.startsWith(piece) || piece.startsWith(s)) return true;
  return false;
}

function slotOf(index: NameIndex, key: string): number {
  const state = { a: EMPTY.a, b: EMPTY.b };
  extend(state, key);
  return index.find(state.a, state.b);
}

/** Some name of the slot keeps its listed letters or may be written in any case. */
function anyCase(index: NameIndex, slot: number): boolean {
  for (let s = index.first(slot); s >= 0; s = index.next(s)) {
    const policy = index.policyOf(s);
    if (policy === Policy.Exact || policy === Policy.Any) return true;
  }
  return false;
}

/** The hash of the key a scan extends (scans do not nest). */
const h: HashState = { a: 0, b: 0 };

/** `ws` holds each token's Word. */
function scan(m: Matcher, tokens: readonly Token[], ws: readonly Word[], start: number, memo: HeadlineMemo, loose: boolean): GazetteerMatch | undefined {
  const sentence = tokens[start]!.sentence;
  const index = loose ? m.loose : m.index;
  h.a = EMPTY.a;
  h.b = EMPTY.b;
  let empty = true;
  let open = 0; // unclosed "(" inside the name: "Communist Party of India (Maoist)"
  let apart = false; // a space or a hyphen since the last word: the name's words must be apart too
  let rare = false; // a spelling variant needs one word that is not an ordinary word ("Monday" is not Mondaí)
  let best: GazetteerMatch | undefined;
  for (let j = start; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) break;
    const w = ws[j]!;
    if (j > start && t.spaceBefore) apart = true;
    // "the UN's human rights office" is the UN human rights office: a possessive after a name's first
    // word that no listed name goes on with ("People's", "Cox's Bazar" do).
    if (j === start + 1 && !loose && (t.lower === "'s" || t.lower === '’s') && !continues(index, h, w.key)) {
      apart = true;
      continue;
    }
    // ("The PA's" is not "The Pas": past a name's first word, no spelling variant runs through a
    // possessive, nor any name through an acronym's.)
    if (j > start + 1 && (t.lower === "'s" || t.lower === '’s') && (loose || ACRONYM_WORD.test(tokens[j - 1]!.text))) break;
    if (w.key === '') {
      if (j === start || !m.words.inner.has(t.text)) break;
      if (t.text === '(') open++;
      else if (t.text === ')') open--;
      if (!GLUE.has(t.text)) apart = true;
      continue;
    }
    if (loose && !w.ordinary) rare = true;
    if (apart && !empty) extend(h, BOUNDARY);
    apart = false;
    extend(h, loose ? w.looseKey : w.key);
    empty = false;
    // The first token's slot is known already (wordOf): a look-up in a table of megabytes saved.
    const slot = j > start ? index.find(h.a, h.b) : loose ? w.looseSlot : w.slot;
    if (slot < 0) break;
    if (index.hasSurfaces(slot) && (rare || !loose) && (j > start || w.alone)) {
      const candidates = pick(m, index, slot, tokens, start, j + 1, memo);
      const end = open > 0 && tokens[j + 1]?.text === ')' ? j + 2 : j + 1;
      if (candidates.length > 0) best = { start, end, candidates, ...(loose ? { fuzzy: true } : {}) };
    }
    if (!index.more(slot)) break;
  }
  return best && withSuffix(m, tokens, best);
}

/** Some listed name goes on from the hash state `h` with `piece` glued on. */
function continues(index: NameIndex, h: HashState, piece: string): boolean {
  const state = { a: h.a, b: h.b };
  extend(state, piece);
  return index.find(state.a, state.b) >= 0;
}

const ACRONYM_WORD = /^\p{Lu}{2,}$/u;

/** Punctuation inside a word ("U.S", "People's"), unlike hyphens, slashes and spaces. */
const GLUE = new Set(['.', "'", '’']);

/** Below this population a one-word place next to another capitalised word is read as part of that name. */
const SMALL_PLACE = 100_000;

function pick(m: Matcher, index: NameIndex, slot: number, tokens: readonly Token[], start: number, end: number, memo: HeadlineMemo): KnownEntity[] {
  const out: KnownEntity[] = [];
  const seen = new Set<number>();
  // The case rules depend on the policy only (and the listed letters for acronyms): decide each once.
  const verdicts: (boolean | undefined)[] = [];
  let alone: boolean | undefined;
  let short: boolean | undefined;
  for (let s = index.first(slot); s >= 0; s = index.next(s)) {
    const ref = index.refOf(s);
    if (seen.has(ref)) continue;
    const policy = index.policyOf(s);
    let ok = policy === Policy.Exact ? undefined : verdicts[policy];
    if (ok === undefined) {
      const exact = index.exactOf(s);
      ok = passes(exact === undefined ? { ref, policy } : { ref, policy, exact }, tokens, start, end, m.words, memo);
      if (policy !== Policy.Exact) verdicts[policy] = ok;
    }
    if (!ok) continue;
    const e = m.entity(ref);
    if (e.type === 'PLACE' && (policy === Policy.Weak || policy === Policy.Place)) {
      // "Michael Jackson", "Wall Street", "AP - A": not the places Michael, Wall or Apa.
      short ??= singleLetter(tokens, start, end);
      if (short) continue;
      if (end - start === 1 && (policy === Policy.Weak || (e.population ?? 0) < SMALL_PLACE)) {
        alone ??= isolated(m, tokens, start, end);
        if (!alone) continue;
      }
    }
    seen.add(ref);
    out.push(e);
  }
  return out;
}

/** A one-letter word ("AP - A") or a short abbreviation ("Fla.") is not a place name. */
function singleLetter(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = tokens[k]!.text;
    if (t.length === 1 && hasLetter(t)) return true;
  }
  const only = tokens[start]!.text;
  return end - start === 1 && only.endsWith('.') && only.length <= 5;
}

/**
 * No capitalised word right before or after. A sentence's first word is capitalised anyway:
 * it counts only when it is not an ordinary word ("In Goma" yes, "Al Gore" no).
 */
function isolated(m: Matcher, tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]!.sentence;
  const capital = (k: number): boolean => {
    const t = tokens[k];
    return !!t && t.sentence === sentence && hasLetter(t.text) && isCapitalised(t.text);
  };
  if (capital(end)) return false;
  if (!capital(start - 1)) return true;
  const prevIsFirst = start - 1 === 0 || tokens[start - 2]!.sentence !== sentence;
  return prevIsFirst && m.words.common.has(tokens[start - 1]!.lower);
}

/** "North Kivu Province", "Rakhine State": the suffix joins the match and provinces come first ("Hiran region": they come first). */
function withSuffix(m: Matcher, tokens: readonly Token[], found: GazetteerMatch): GazetteerMatch {
  const next = tokens[found.end];
  if (!next || next.sentence !== tokens[found.start]!.sentence || !m.words.suffixes.has(next.lower)) return found;
  const city = next.lower === 'city';
  const preferred = found.candidates.filter((e) => (city ? e.placeKind === 'city' : e.placeKind === 'admin1' || e.placeKind === 'admin2'));
  if (preferred.length === 0) return found;
  const rest = found.candidates.filter((e) => !preferred.includes(e));
  // "Hiran region" in lower case: the region is meant, but the word stays outside the name.
  return { ...found, end: found.end + (isCapitalised(next.text) ? 1 : 0), candidates: [...preferred, ...rest] };
}
