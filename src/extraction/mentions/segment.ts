import type { Sentence, Token } from '../../core/types.js';
import type { GazetteerMatch, KnownEntity } from '../../lexicon/types.js';
import type { DocContext, NameDraft } from '../types.js';
import { ARMED_GROUP_HEADS, HONORIFICS, ORGANISATION_HEADS, PERSON_TITLES, PLACE_HEADS } from '../lexicon/names.js';
import { capitalisedRuns } from './spans.js';

/**
 * Cuts the capitalised runs of one sentence into name drafts: known names from
 * the gazetteer, demonyms, and unknown names, with person titles trimmed off.
 */
export function segmentSentence(ctx: DocContext, sentence: Sentence): NameDraft[] {
  const { tokens, text } = ctx.analysis;
  const slice = tokens.slice(sentence.firstToken, sentence.endToken);
  const matches = new Map<number, GazetteerMatch>();
  for (const m of ctx.gazetteer.match(slice, text)) {
    matches.set(m.start + sentence.firstToken, { ...m, start: m.start + sentence.firstToken, end: m.end + sentence.firstToken });
  }
  const drafts: NameDraft[] = [];
  const covered = new Set<number>();
  for (const [runStart, runEnd] of capitalisedRuns(tokens, sentence)) {
    segmentRun(ctx, sentence, runStart, runEnd, matches, drafts);
    for (let i = runStart; i < runEnd; i++) covered.add(i);
  }
  // Known names outside capitalised runs (lower-case aliases are rare, but "al-Shabaab" style particles count).
  for (const m of matches.values()) {
    if (!covered.has(m.start) && m.candidates[0]) drafts.push(knownDraft(ctx, sentence, m.start, m.end, m.candidates[0], undefined, m.candidates));
  }
  return drafts.sort((a, b) => a.start - b.start);
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
  let title: string | undefined;
  let p = runStart;
  while (p < runEnd) {
    const t = tokens[p]!;
    const match = matches.get(p);
    if (match && match.end <= runEnd && takeKnown(tokens, match, runEnd)) {
      out.push(knownDraft(ctx, sentence, p, match.end, match.candidates[0]!, title, match.candidates));
      title = undefined;
      p = match.end;
      continue;
    }
    const country = ctx.gazetteer.demonymOf(t.text);
    if (country && ctx.gazetteer.get(country)) {
      const draft = knownDraft(ctx, sentence, p, p + 1, ctx.gazetteer.get(country)!);
      draft.kind = 'NOMINAL';
      out.push(draft);
      p++;
      continue;
    }
    if (PERSON_TITLES.has(t.lower) && p + 1 < runEnd) {
      title = title ? `${title} ${t.text}` : t.text;
      p++;
      continue;
    }
    // An unknown name runs to the next title word (which starts a new person's name) or the run's end.
    let end = p + 1;
    while (end < runEnd && !(PERSON_TITLES.has(tokens[end]!.lower) && !HONORIFICS.has(tokens[end]!.lower) && end + 1 < runEnd)) {
      const inner = matches.get(end);
      if (inner && inner.end <= runEnd && splitsBefore(tokens, inner, p, runEnd)) break;
      end++;
    }
    out.push(unknownDraft(ctx, sentence, p, end, title));
    title = undefined;
    p = end;
  }
}

/** A known name at the start of a longer run is taken alone unless the run ends in a head noun of its own. */
function takeKnown(tokens: readonly Token[], match: GazetteerMatch, runEnd: number): boolean {
  if (match.end === runEnd) return true;
  const first = match.candidates[0]!;
  if (first.type === 'PLACE' && match.end - match.start === 1 && !PERSON_TITLES.has(tokens[match.end]!.lower)) {
    // "Paul Kagame", "Kinshasa University": a one-word place leading a longer name is part of it.
    return false;
  }
  return !endsInHead(tokens[runEnd - 1]!);
}

/** Inside an unknown name, a known country or organisation starts a new name unless the run ends in a head noun. */
function splitsBefore(tokens: readonly Token[], match: GazetteerMatch, start: number, runEnd: number): boolean {
  const first = match.candidates[0]!;
  if (first.type === 'PLACE' || first.type === 'PERSON') return false;
  if (match.start === start) return false;
  return !endsInHead(tokens[runEnd - 1]!) && match.end === runEnd;
}

function endsInHead(t: Token): boolean {
  return ORGANISATION_HEADS.has(t.lower) || ARMED_GROUP_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower);
}

export function knownDraft(
  ctx: DocContext,
  sentence: Sentence,
  start: number,
  end: number,
  known: KnownEntity,
  title?: string,
  candidates?: KnownEntity[],
): NameDraft {
  const draft: NameDraft = { start, end, sentence: sentence.index, text: spanText(ctx, start, end), kind: 'NAME', known, votes: {} };
  if (title) draft.title = title;
  if (candidates && candidates.length > 1) draft.candidates = candidates;
  return draft;
}

export function unknownDraft(ctx: DocContext, sentence: Sentence, start: number, end: number, title?: string): NameDraft {
  const draft: NameDraft = { start, end, sentence: sentence.index, text: spanText(ctx, start, end), kind: 'NAME', votes: {} };
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
