import { fold } from '../../core/normalise.js';
import type { Sentence, Token } from '../../core/types.js';
import type { GazetteerMatch, KnownEntity } from '../../lexicon/types.js';
import type { DocContext, NameDraft } from '../types.js';
import { ARABIC_GROUP_HEADS, ARMED_GROUP_HEADS, DAYS, FAITH_AND_PEOPLE, FORCE_HEADS, HONORIFICS, MONTHS, ORGANISATION_HEADS, PERSON_TITLES, PLACE_HEADS, ROLE_NOUNS } from '../lexicon/names.js';
import { apposedName, capitalisedRuns, headFirstName, splitAtKnownAnd, widenToAcronyms, widenToMatches } from './spans.js';
import { isCommonWord, isProperWord } from '../lexicon/words.js';

/**
 * Cuts the capitalised runs of one sentence into name drafts: known names from
 * the gazetteer, demonyms, and unknown names, with person titles trimmed off.
 */
export function segmentSentence(ctx: DocContext, sentence: Sentence): NameDraft[] {
  const { tokens, text } = ctx.analysis;
  const slice = tokens.slice(sentence.firstToken, sentence.endToken);
  const matches = new Map<number, GazetteerMatch>();
  for (const m of ctx.gazetteer.match(slice, text)) {
    if (nisba(tokens, m.start + sentence.firstToken) || gluedToCode(tokens, m.start + sentence.firstToken, m.end + sentence.firstToken)) continue;
    matches.set(m.start + sentence.firstToken, { ...m, start: m.start + sentence.firstToken, end: m.end + sentence.firstToken });
  }
  const drafts: NameDraft[] = [];
  const covered = new Set<number>();
  for (const [runStart, runEnd] of splitAtKnownAnd(tokens, widenToMatches(widenToAcronyms(tokens, capitalisedRuns(tokens, sentence), matches), matches), matches)) {
    const pieces = ctx.headline[sentence.index] ? headlinePieces(tokens, runStart, runEnd, matches) : [[runStart, runEnd] as const];
    for (const [start, end] of pieces) segmentRun(ctx, sentence, start, end, matches, drafts);
    for (let i = runStart; i < runEnd; i++) covered.add(i);
  }
  // Known names outside capitalised runs (lower-case aliases are rare, but "al-Shabaab" style particles count).
  for (const m of matches.values()) {
    if (!covered.has(m.start) && m.candidates[0]) drafts.push(knownDraft(ctx, sentence, m.start, m.end, m.candidates[0], undefined, m.candidates, m.fuzzy));
  }
  // Most sentences have no name or one: sorting would still allocate.
  return drafts.length < 2 ? drafts : drafts.sort((a, b) => a.start - b.start);
}

/** "TPLF-T", "(TPLF-EP)": a known acronym glued to a code is another name (listed ones, "SPLM-IO", match whole). */
function gluedToCode(tokens: readonly Token[], start: number, end: number): boolean {
  const dash = tokens[end];
  const code = tokens[end + 1];
  if (end - start !== 1 || dash?.text !== '-' || dash.spaceBefore || code === undefined || code.spaceBefore || !/^[\p{Lu}\d]{2,}$/u.test(tokens[start]!.text)) return false;
  // One letter ("TPLF-T"), or any code inside the brackets that define it; not "IMF-WB", two names.
  return /^\p{Lu}$/u.test(code.text) || (tokens[start - 1]?.text === '(' && /^[\p{Lu}\d]{1,3}$/u.test(code.text) && tokens[end + 2]?.text === ')');
}

const ARTICLES = new Set(['al', 'el', 'ad', 'as', 'an', 'ar', 'at', 'az', 'ash']);

/** "Abdul-Malik al-Houthi", "Sheikh Ali al-Yemeni": a known name after a person's "al-" is part of that person's name. */
function nisba(tokens: readonly Token[], start: number): boolean {
  const dash = tokens[start - 1];
  const article = tokens[start - 2];
  const before = tokens[start - 3];
  return dash?.text === '-' && !dash.spaceBefore && !tokens[start]!.spaceBefore && article !== undefined && ARTICLES.has(article.text) && before !== undefined && article.spaceBefore && /^\p{Lu}/u.test(before.text);
}

/**
 * In headline case every word is capitalised ("ISWAP Overruns Base in Marte as Nigeria Denies
 * Losses"): a run is cut at its ordinary words, known names standing alone.
 */
function headlinePieces(tokens: readonly Token[], runStart: number, runEnd: number, matches: Map<number, GazetteerMatch>): (readonly [number, number])[] {
  const pieces: (readonly [number, number])[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end > start) pieces.push([start, end]);
    start = -1;
  };
  for (let p = runStart; p < runEnd; ) {
    const match = matches.get(p);
    if (match && match.end <= runEnd) {
      close(p);
      pieces.push([p, match.end]);
      p = match.end;
    } else if (isCommonWord(tokens[p]!.lower)) {
      close(p);
      p++;
    } else {
      if (start < 0) start = p;
      p++;
    }
  }
  close(runEnd);
  return pieces;
}

function segmentRun(
  ctx: DocContext,
  sentence: Sentence,
  runStart: number,
  runEnd: number,
  matches: Map<number, GazetteerMatch>,
  out: NameDraft[],
): void {
  const tokens = ctx.analysis.tokens;
  const head = headOfRun(tokens, runStart, runEnd);
  let title: string | undefined;
  // A run that ends in a head noun is one name, ordinary words and all ("Independent International Fact-Finding Mission").
  const opening = head === undefined ? skipOrdinaryOpening(ctx, sentence, runStart, runEnd, matches) : runStart;
  let p = skipFunctionWords(tokens, opening, runEnd, matches);
  if (p === runEnd - 1 && FUNCTION_WORDS.has(tokens[p]!.lower) && !matches.has(p)) return; // "Neither camp"
  const nameStart = p; // past "The": "The Ethiopian Human Rights Commission" starts at "Ethiopian"
  // "Harakat Ansar Allah al-Awfiya", "Kata'ib al-Imam Ali": an Arabic group word opens one name,
  // listed names and titles inside it included.
  const arabicGroup = ARABIC_GROUP_HEADS.has(fold(tokens[nameStart]?.lower ?? '')) && runEnd - nameStart > 1;
  while (p < runEnd) {
    const t = tokens[p]!;
    const match = matches.get(p);
    // "UK Foreign, Commonwealth & Development Office": the owner state, then the institution.
    const owned = match ? matches.get(match.end) : undefined;
    if (match && owned && owned.end <= runEnd && ownedByState(matches, p, owned)) {
      out.push(knownDraft(ctx, sentence, p, match.end, match.candidates[0]!, title, match.candidates, match.fuzzy));
      title = undefined;
      p = match.end;
      continue;
    }
    // "the Syrian Kurdish YPG", "Shiite Hezbollah": a faith or people before a listed name only describes it.
    if (!match && FAITH_AND_PEOPLE.has(t.lower) && matches.has(p + 1)) {
      p++;
      continue;
    }
    // "Minister for Asia Catherine West": a one-word region after "<title> for" is the portfolio; the name follows it.
    // (Not "a spokesman for Louisiana State University": a body's name goes on past the place.)
    const portfolio = match !== undefined && match.end < runEnd && tokens[p - 1]?.lower === 'for' && PERSON_TITLES.has(tokens[p - 2]?.lower ?? '') && ['PLACE', 'COUNTRY'].includes(match.candidates[0]?.type ?? '') && headOfRun(tokens, match.end, runEnd) === undefined && !isHead(tokens[match.end]!);
    if (portfolio) {
      p = match!.end;
      continue;
    }
    // "Defence Minister Israel Katz": after a title, a one-word country or place with a name after it starts a person's name.
    // "researcher Jean-Baptiste Gallopin": so does a one-word place (hyphens and all) after a role.
    const afterRole = p === runStart && tokens[p - 1] !== undefined && tokens[p - 1]!.text === tokens[p - 1]!.lower && ROLE_NOUNS.has(tokens[p - 1]!.lower) && match?.candidates[0]?.type === 'PLACE';
    const oneWord = match !== undefined && (match.end - match.start === 1 || !spanText(ctx, match.start, match.end).includes(' '));
    const titled = (title !== undefined || afterRole) && oneWord && match!.end < runEnd && !matches.has(match!.end);
    // ("Defence Minister Pedro Sánchez": a listed place of two words or more filling the run after a person's title is the person.)
    // (Not "Democratic White House hopeful": a name before a noun only describes it.)
    const described = ['NOUN', 'ADJ'].includes(tokens[runEnd]?.pos ?? '') && tokens[runEnd]!.text === tokens[runEnd]!.lower;
    const personAfterTitle = title !== undefined && match !== undefined && match.end === runEnd && match.end - match.start >= 2 && !described && match.candidates.every((c) => c.type === 'PLACE');
    if (match && match.end <= runEnd && !titled && !personAfterTitle && !(arabicGroup && match.start > nameStart) && takeKnown(tokens, match, p, runEnd, head)) {
      out.push(knownDraft(ctx, sentence, p, match.end, match.candidates[0]!, title, match.candidates, match.fuzzy));
      title = undefined;
      p = match.end;
      continue;
    }
    // Demonyms of one or two words: "Congolese", "South Korean", "Central African".
    const pair = p + 1 < runEnd && ctx.gazetteer.startsDemonym?.(t.text) !== false ? ctx.gazetteer.demonymOf(spanText(ctx, p, p + 2)) : undefined;
    const country = pair ?? ctx.gazetteer.demonymOf(t.text);
    const width = pair ? 2 : 1;
    if (country && ctx.gazetteer.get(country) && !(p === nameStart && head !== undefined && runEnd - p > width)) {
      const draft = knownDraft(ctx, sentence, p, p + width, ctx.gazetteer.get(country)!);
      draft.kind = 'NOMINAL';
      out.push(draft);
      p += width;
      continue;
    }
    // "Chair of the Fact-Finding Mission": the office holder's title names no one; the body follows.
    if (PERSON_TITLES.has(t.lower) && tokens[p + 1]?.lower === 'of' && p + 2 < runEnd && isHead(tokens[runEnd - 1]!)) {
      p += tokens[p + 2]!.lower === 'the' ? 3 : 2;
      continue;
    }
    // ("Lawyers of the Special Criminal Court": a title word opening a body's name is part of it.)
    if (PERSON_TITLES.has(t.lower) && p + 1 < runEnd && head === undefined && !(p > runStart && headOfRun(tokens, p, runEnd) !== undefined)) {
      title = title ? `${title} ${t.text}` : t.text;
      p++;
      continue;
    }
    // "[European Council] on Foreign Relations": a word that only joins names starts none.
    if (LINKING_WORDS.has(t.text)) {
      p++;
      continue;
    }
    // An unknown name runs to the next title word (which starts a new person's name), to a known
    // name that stands apart from it, or to the run's end.
    let end = p + 1;
    while (end < runEnd) {
      const next = tokens[end]!;
      if (head === undefined && !arabicGroup && PERSON_TITLES.has(next.lower) && !HONORIFICS.has(next.lower) && !NAME_TITLES.has(next.lower) && end + 1 < runEnd) break;
      const inner = matches.get(end);
      if (inner && inner.end <= runEnd && !arabicGroup && splitsBefore(tokens, inner, p, head)) break;
      end++;
    }
    // "Mr President," addressed: a title alone names nobody.
    const titleOnly = end - p === 1 && PERSON_TITLES.has(t.lower);
    if (!titleOnly) out.push(unknownDraft(ctx, sentence, p, end, title));
    title = undefined;
    p = end;
  }
}

/** Titles that are also parts of names once a name has begun: "Hassan Sheikh Mohamud". */
const NAME_TITLES = new Set(['sheikh', 'shaikh', 'sheik', 'haji', 'hajji', 'sayed', 'sayyid', 'syed']);

/** "The", "Recent", "Following" opening a sentence are ordinary words, not the start of a name. */
function skipOrdinaryOpening(ctx: DocContext, sentence: Sentence, runStart: number, runEnd: number, matches: Map<number, GazetteerMatch>): number {
  const tokens = ctx.analysis.tokens;
  let k = sentence.firstToken;
  while (k < runStart && /^[“"‘'(\[—–-]$/.test(tokens[k]!.text)) k++;
  if (k !== runStart) return runStart;
  let p = runStart;
  // "The Community Watch Corps retook ...": after an opening article, two capitalised words or
  // more were capitalised for being a name, not for opening the sentence.
  if (tokens[p]!.lower === 'the' && runEnd - p >= 3 && !matches.has(p)) return p + 1;
  // Titles stay: "Foreign Secretary David Lammy" keeps its person cue.
  while (p < runEnd - 1 && !matches.has(p) && !headFirstName(tokens, p, runEnd) && !ctx.gazetteer.demonymOf(tokens[p]!.text) && !PERSON_TITLES.has(tokens[p]!.lower) && isCommonWord(tokens[p]!.lower) && !capitalisedElsewhere(ctx, p)) p++;
  if (p > runStart && apposedName(tokens, runStart, p, runEnd)) return runStart;
  return p;
}

/**
 * "Black Meridian does more than train people" after "on Black Meridian Group": the opening word and
 * the next are written capitalised inside a sentence elsewhere in the text, so they are a name.
 */
export function capitalisedElsewhere(ctx: DocContext, p: number): boolean {
  const { tokens, text } = ctx.analysis;
  const next = tokens[p + 1];
  if (!next || !/^\p{Lu}/u.test(next.text)) return false;
  const pair = text.slice(tokens[p]!.start, next.end);
  for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
    if (at === tokens[p]!.start) continue;
    const before = text.slice(Math.max(0, at - 3), at).trimEnd();
    if (/\p{Ll}$/u.test(before) || /,$/.test(before)) return true;
  }
  return false;
}

const LINKING_WORDS = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'at', 'to', '&']);

/** Function words capitalised anywhere ("– The Kessari Popular Front") are not part of a name. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'neither', 'either', 'each', 'every', 'another', 'no', 'in', 'on', 'at', 'but', 'and', 'or', 'for', 'with', 'as', 'by', 'from', 'to', 'after', 'before', 'when', 'while', 'if', 'since', 'our', 'their', 'its', 'his', 'her', 'my', 'we', 'they', 'it']);

function skipFunctionWords(tokens: readonly Token[], p: number, runEnd: number, matches: Map<number, GazetteerMatch>): number {
  while (p < runEnd - 1 && !matches.has(p) && FUNCTION_WORDS.has(tokens[p]!.lower) && !surnameAfterComma(tokens, p, runEnd)) p++;
  return p;
}

/** "North Korea's defence minister, No Kwang Chol": after a comma, "No" or "An" before two more capitalised words is a surname. */
function surnameAfterComma(tokens: readonly Token[], p: number, runEnd: number): boolean {
  return (tokens[p]!.lower === 'no' || tokens[p]!.lower === 'an') && tokens[p - 1]?.text === ',' && runEnd - p >= 3;
}

/**
 * The head word of a run of capitalised words, when it is a head noun: the last
 * word before "of" ("University of Kinshasa") or the last word ("Congo River").
 */
function headOfRun(tokens: readonly Token[], start: number, end: number): number | undefined {
  let last = end - 1;
  for (let i = start + 1; i < end; i++) {
    if (HEAD_SEPARATORS.has(tokens[i]!.lower)) {
      last = i - 1;
      break;
    }
  }
  return last > start || end - start > 1 ? (isHead(tokens[last]!) ? last : undefined) : undefined;
}

/**
 * A known name inside a longer run is taken alone unless it is one word of a
 * bigger name: a place or country word in "University of Kinshasa", "Congo River",
 * or a place word leading a person's name ("Paul Kagame").
 */
function takeKnown(tokens: readonly Token[], match: GazetteerMatch, runStart: number, runEnd: number, head: number | undefined): boolean {
  if (match.start === runStart && match.end === runEnd) return true;
  // "European Council on Foreign Relations": a body's name going on past a listed one is another body.
  const after = tokens[match.end];
  if (match.end < runEnd && (after?.text === 'on' || after?.text === 'for') && ORGANISATION_HEADS.has(tokens[match.end - 1]!.lower)) return false;
  // "Department of State Services" (Nigeria's) is not the Department of State: a body's own head word goes on past it.
  if (match.end < runEnd && match.end - match.start > 1 && match.candidates[0]!.type === 'ORGANISATION' && after !== undefined && after.text !== after.lower && ORGANISATION_HEADS.has(after.lower)) return false;
  // "the Government of Uganda" is Uganda.
  if (head !== undefined && STATE_HEADS.has(tokens[head]!.lower) && match.candidates[0]!.type === 'COUNTRY' && match.end === runEnd) return true;
  const single = match.end - match.start === 1;
  // "Jean Baptiste Kamanzi": a hamlet's two-word name opening a run of one more word is a person's first names.
  if (!single && head === undefined && match.start === runStart && runEnd - match.end === 1 && match.candidates.every((c) => c.type === 'PLACE' && !c.population)) return false;
  if (!single) return head === undefined || (head >= match.start && head < match.end);
  if (head !== undefined && !(head >= match.start && head < match.end)) return false;
  const first = match.candidates[0]!;
  if (first.type === 'PLACE' && match.start === runStart && !PERSON_TITLES.has(tokens[match.end]!.lower)) return false;
  return true;
}

/** Inside an unknown name, a known name starts a new name when it stands apart from it. */
function splitsBefore(tokens: readonly Token[], match: GazetteerMatch, start: number, head: number | undefined): boolean {
  if (match.start === start) return false;
  // "In 2025 Washington sanctioned", "In January Kigali denied": a date before a known name is no part of it.
  if (tokens.slice(start, match.start).every((t) => MONTHS.has(t.lower) || DAYS.has(t.lower) || /^\d+$/.test(t.text))) return true;
  // "Grupo Minero del Norte": a known name opening with a particle ("del Norte") goes on the name before it.
  if (tokens[match.start]!.text === tokens[match.start]!.lower) return false;
  // "Karim A.A. Khan": initials inside a person's name are no acronym.
  if (INITIALS.test(tokens[match.start]!.text) && match.end - match.start === 1) return false;
  // "Velan Resistance Front" is not "Resistance Front": a longer name that ends in the known one's head noun.
  if (match.end - match.start > 1) return head === undefined;
  if (head !== undefined) return false;
  const first = match.candidates[0]!;
  if (first.type === 'PLACE' || first.type === 'PERSON') return false;
  // "Michael Jordan": a first name before a one-word country is a person's name.
  const prefix = tokens[match.start - 1]!;
  return !(match.start - start === 1 && isProperWord(prefix.lower));
}

const QUOTED_NICKNAME = /\s+["“][^"”]+["”]\s+/u;
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

/** "UK Foreign, Commonwealth & Development Office": a country before a known institution's full name is its owner. */
function ownedByState(matches: Map<number, GazetteerMatch>, start: number, inner: GazetteerMatch): boolean {
  const owner = matches.get(start);
  return inner.end - inner.start > 1 && owner !== undefined && owner.end === inner.start && owner.candidates[0]?.type === 'COUNTRY' && inner.candidates[0]?.type === 'ORGANISATION';
}

/** Heads that make "X of <country>" the country itself. */
const STATE_HEADS = new Set(['government', 'authorities', 'state', 'republic', 'kingdom']);

/** "Ministry of Defence", "Mission for the Sudan", "Commission of Inquiry on Syria": the head comes before these. */
const HEAD_SEPARATORS = new Set(['of', 'for', 'on']);

function isHead(t: Token): boolean {
  return ORGANISATION_HEADS.has(t.lower) || ARMED_GROUP_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || FORCE_HEADS.has(t.lower);
}

export function knownDraft(
  ctx: DocContext,
  sentence: Sentence,
  start: number,
  end: number,
  known: KnownEntity,
  title?: string,
  candidates?: KnownEntity[],
  fuzzy?: boolean,
): NameDraft {
  const draft: NameDraft = { start, end, sentence: sentence.index, text: spanText(ctx, start, end), kind: 'NAME', known, votes: {} };
  if (title) draft.title = title;
  if (candidates && candidates.length > 1) draft.candidates = candidates;
  if (fuzzy) draft.fuzzy = true;
  return draft;
}

export function unknownDraft(ctx: DocContext, sentence: Sentence, start: number, end: number, title?: string): NameDraft {
  // Jimmy "Barbecue" Cherizier: the span keeps the nickname, the name does not.
  const text = spanText(ctx, start, end).replace(QUOTED_NICKNAME, ' ');
  const draft: NameDraft = { start, end, sentence: sentence.index, text, kind: 'NAME', votes: {} };
  if (title) {
    draft.title = title;
    draft.votes.PERSON = 3;
  }
  return draft;
}

export function spanText(ctx: DocContext, start: number, end: number): string {
  const { tokens, text } = ctx.analysis;
  return text.slice(tokens[start]!.start, tokens[end - 1]!.end);
}
