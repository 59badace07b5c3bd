import type { Token } from '../../core/types.js';
import type { DocContext, NameDraft } from '../types.js';
import { DAYS, FACILITY_MODIFIERS, FACILITY_NOUNS, MONTHS, NEVER_ALONE, PLACE_PREPOSITIONS, STATE_FORCE_NOUNS } from '../lexicon/names.js';
import { isCommonWord } from '../lexicon/words.js';
import { voteFromContext, voteFromHead, voteFromNeighbours } from './cues.js';
import { knownDraft, segmentSentence, spanText, unknownDraft } from './segment.js';

/** Every name in the document, known or not, with type votes from its context. */
export function findNames(ctx: DocContext): NameDraft[] {
  const { sentences } = ctx.analysis;
  const out: NameDraft[] = [];
  for (const sentence of sentences) {
    for (const raw of segmentSentence(ctx, sentence)) {
      const draft = refine(ctx, raw);
      if (!draft) continue;
      if (!draft.known) voteFromHead(ctx, draft);
      voteFromContext(ctx, draft);
      out.push(draft);
    }
  }
  voteFromNeighbours(ctx, out);
  return out;
}

/** Facility names, state forces, capitals standing for governments, and junk removal. */
function refine(ctx: DocContext, draft: NameDraft): NameDraft | undefined {
  const { tokens, sentences } = ctx.analysis;
  const sentence = sentences[draft.sentence]!;
  const next = (k: number): Token | undefined => (draft.end + k < sentence.endToken ? tokens[draft.end + k] : undefined);

  // "the Bisie tin mine", "Goma airport": a facility with a name of its own.
  if (!draft.known || draft.known.type === 'PLACE') {
    let k = 0;
    while (next(k) && FACILITY_MODIFIERS.has(next(k)!.text) && k < 2) k++;
    const noun = next(k);
    if (noun && FACILITY_NOUNS.has(noun.text)) {
      const facility = unknownDraft(ctx, sentence, draft.start, draft.end + k + 1);
      facility.votes.PLACE = 5;
      return facility;
    }
  }

  if (draft.known && draft.kind === 'NOMINAL') {
    // A demonym: "the Congolese army" is the state's armed forces, other uses stand for the country.
    const noun = next(0);
    if (noun && noun.text === noun.lower && STATE_FORCE_NOUNS.has(noun.lower)) {
      const forces = ctx.gazetteer.armedForcesOf(draft.known.id);
      if (forces) {
        const two = noun.lower === 'armed' && next(1)?.lower === 'forces' ? 2 : 1;
        const d = knownDraft(ctx, sentence, draft.start, draft.end + two, forces);
        d.kind = 'NOMINAL';
        return d;
      }
    }
    return draft;
  }

  if (draft.known) {
    if (draft.known.type === 'PLACE' && actsAsGovernment(ctx, draft)) {
      const country = ctx.gazetteer.capitalOf(draft.text);
      const entity = country ? ctx.gazetteer.get(country) : undefined;
      if (entity) return { ...draft, known: entity, candidates: undefined } as NameDraft;
    }
    return draft;
  }
  return trimUnknown(ctx, draft);
}

/** "Kigali denies ...", "Washington sanctioned ...": a capital followed by a verb speaks for its state. */
function actsAsGovernment(ctx: DocContext, draft: NameDraft): boolean {
  const { tokens, sentences } = ctx.analysis;
  const sentence = sentences[draft.sentence]!;
  if (!ctx.gazetteer.capitalOf(draft.text)) return false;
  const before = draft.start > sentence.firstToken ? tokens[draft.start - 1]! : undefined;
  if (before && (PLACE_PREPOSITIONS.has(before.lower) || before.text === ',')) return false;
  const after = draft.end < sentence.endToken ? tokens[draft.end]! : undefined;
  return after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX') && after.text === after.lower;
}

/** Drops sentence-initial ordinary words, months, days and words that are never names alone. */
function trimUnknown(ctx: DocContext, draft: NameDraft): NameDraft | undefined {
  const { tokens, sentences } = ctx.analysis;
  const sentence = sentences[draft.sentence]!;
  let start = draft.start;
  const atSentenceStart = (i: number): boolean => {
    let k = sentence.firstToken;
    while (k < i && /^[“"‘'(\[—–-]$/.test(tokens[k]!.text)) k++;
    return k === i;
  };
  while (start < draft.end && atSentenceStart(start) && isCommonWord(tokens[start]!.lower)) start++;
  while (start < draft.end && (MONTHS.has(tokens[start]!.lower) || DAYS.has(tokens[start]!.lower))) start++;
  while (start < draft.end && !/\p{L}/u.test(tokens[start]!.text)) start++;
  if (start >= draft.end) return undefined;
  const end = draft.end;
  if (end - start === 1) {
    const word = tokens[start]!.lower;
    if (NEVER_ALONE.has(word) || MONTHS.has(word) || DAYS.has(word) || isCommonWord(word)) return undefined;
  }
  if (start === draft.start) return draft;
  const trimmed = { ...draft, start, text: spanText(ctx, start, end), votes: { ...draft.votes } };
  return trimmed;
}
