import { NUMBER_WORDS } from '../../lexicon/names.js';
import { ACTIVE_VERBS, CONTESTS, ENTER_AND_HOLD, ENTER_FORMS, HOLD_FORMS, LOOKED_AT, PARTICLE_VERBS, SENT_TEAMS } from '../../lexicon/triggers.js';
import type { Unit } from '../../types.js';
import type { Argument, Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { gappedObjects, intoAgain, investigationTargets, objectOf } from '../object.js';
import { isParticiple, verbLemma } from '../../forms.js';
import { groupOfMembers, requiredAfter, tok, unitAt, unitFrom, usedAsNoun, type SentenceView } from '../view.js';

const isTrigger = (w: string): boolean => verbLemma(w, ACTIVE_VERBS) !== undefined;

/** "M23 fighters seized the town of Nyabibwe", "Iran has armed and financed the Houthis", "will look into abuses by ...". */
export const activeVerb: Pattern = {
  name: 'active-verb',
  match(view, i) {
    const verb = tok(view, i)!;
    // Inside a name it is no verb: "the Central African armed forces".
    if (verb.text !== verb.lower || unitAt(view, i)) return undefined;
    let sense = undefined;
    let end = i + 1;
    const lemma = verbLemma(verb.lower, ACTIVE_VERBS);
    if (lemma) sense = ACTIVE_VERBS[lemma];
    else if (ENTER_FORMS.has(verb.lower) && tok(view, i + 1)?.lower === 'and' && HOLD_FORMS.has(tok(view, i + 2)?.lower ?? '')) {
      sense = ENTER_AND_HOLD;
      end = i + 3;
    } else {
      const particle = verbLemma(verb.lower, PARTICLE_VERBS);
      const entry = particle ? PARTICLE_VERBS[particle] : undefined;
      // "looking closely into", "looking in particular at".
      const p = afterAdverbs(view, i + 1);
      const at = particle === 'look' && tok(view, p)?.lower === 'at' && LOOKED_AT.has(tok(view, p + 2)?.lower ?? '') && tok(view, p + 1)?.lower === 'the';
      if (!entry || (tok(view, p)?.lower !== entry.particle && !at)) return undefined;
      sense = entry.sense;
      end = p + 1;
    }
    if (!sense || isPassive(view, i) || usedAsNoun(view, i)) return undefined;
    // Coordinated verbs share an object: "armed and financed the Houthis".
    let objectStart = end;
    // "arming and commanding the TTP", "arms and commands M23": a conjunct of the same form need not be a trigger.
    const sameForm = (a: string, b: string) => ['ing', 'ed', 's'].some((x) => a.endsWith(x) && b.endsWith(x));
    const isConjunct = (k: number): boolean => {
      const c = tok(view, k);
      return c !== undefined && (isTrigger(c.lower) || (c.text === c.lower && (sameForm(verb.lower, c.lower) || c.pos === 'VERB') && !unitAt(view, k)));
    };
    // "armed, trained and financed the Houthis".
    for (;;) {
      const sep = tok(view, objectStart);
      if (sep?.text === ',' && tok(view, objectStart + 1)?.lower === 'and' && isConjunct(objectStart + 2)) objectStart += 3;
      else if ((sep?.lower === 'and' || (sep?.text === ',' && isTrigger(tok(view, objectStart + 1)?.lower ?? ''))) && isConjunct(objectStart + 1)) objectStart += 2;
      else break;
    }
    const object =
      sense.type === 'INVESTIGATES'
        ? (investigationTargets(view, objectStart) ?? teamDestination(view, i))
        : (objectOf(view, objectStart, sense.type === 'CAPTURED' ? ['in', 'of', 'at'] : []) ??
          (sense.type === 'SANCTIONED' ? objectOf(view, pastCounted(view, objectStart) ?? -1) : undefined) ??
          (sense.type === 'BACKS' ? asArgument(groupOfMembers(view, objectStart)) : undefined));
    if (sense.requires && !(object && requiredAfter(view, object.units[object.units.length - 1]!.end, sense.requires))) return undefined;
    // No object: let the other patterns read the verb ("funds training for the army"); a
    // sanctions verb may still take the list after a colon (relations/index.ts).
    if (!object && sense.type !== 'SANCTIONED') return undefined;
    // "The WTO backs Korea in shipbuilding dispute", "backed Biden in the election": taking a side in a case or vote.
    if (sense.type === 'BACKS' && object && inContest(view, object.units[object.units.length - 1]!.end)) return undefined;
    const subject = subjectOf(view, i, isTrigger);
    // "the investigation covers the killings ... and examines the conduct of X": the inquiry named
    // before is the subject; its owner is the last investigator read (relations/index.ts).
    if (!subject && sense.type === 'INVESTIGATES' && object && inquirySubject(view, i)) {
      return [{ type: 'INVESTIGATES', sources: [], inherit: true, targets: object.units, trigger: [i, end], cameo: sense.cameo, confidence: 0.7, pattern: 'active-verb', clauseStart: i }];
    }
    if (!subject) return undefined;
    const last = object?.units[object.units.length - 1];
    return [
      {
        type: sense.type,
        sources: last ? [...subject.units, ...asDid(view, last.end)] : subject.units,
        targets: object ? [...object.units, ...gappedObjects(view, last!.end), ...(sense.type === 'INVESTIGATES' ? intoAgain(view, end) : [])] : [],
        trigger: [i, end],
        cameo: sense.cameo,
        confidence: 0.88 * (sense.weight ?? 1),
        pattern: 'active-verb',
        clauseStart: subject.start,
      },
    ];
  },
};

const DID_FORMS = new Set(['did', 'does', 'do', 'has', 'have', 'had']);

/** "blacklisted Chérizier in 2022, as did the U.S. Treasury": the actor who did the same. */
function asDid(view: SentenceView, from: number): Unit[] {
  // (Past the object's apposition: "blacklisted the MEC, a conglomerate that ..., in 2021, as did the EU".)
  for (let k = from; k < from + 30 && k < view.sentence.endToken; k++) {
    if (tok(view, k)!.text === ';') return [];
    if (tok(view, k)!.text !== ',' || tok(view, k + 1)?.lower !== 'as' || !DID_FORMS.has(tok(view, k + 2)?.lower ?? '')) continue;
    const unit = unitFrom(view, k + 3, 1);
    const next = unit ? tok(view, unit.end) : undefined;
    return unit && (next === undefined || next.text === '.' || next.text === ',') ? [unit] : [];
  }
  return [];
}

/** Nouns for an inquiry as a subject: "the investigation examines". */
const INQUIRY_NOUNS = new Set(['investigation', 'inquiry', 'probe']);

/** The verb at `i` has "the investigation" for its subject, directly or through "and" after its first predicate. */
function inquirySubject(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= view.sentence.firstToken && k > i - 30; k--) {
    const t = tok(view, k)!;
    // (A name right before the verb is its subject, not the inquiry.)
    if (t.text === ';' || (k === i - 1 && unitAt(view, k)?.kind === 'NAME')) return false;
    if (INQUIRY_NOUNS.has(t.lower) && tok(view, k - 1)?.lower === 'the' && ['VERB', 'AUX'].includes(tok(view, k + 1)?.pos ?? '')) return k + 1 === i || view.tokens.slice(k + 2, i).some((w) => w.lower === 'and');
  }
  return false;
}

/** "train fighters of the X Front": the group whose members are armed or trained. */
function asArgument(unit: Unit | undefined): Argument | undefined {
  return unit ? { units: [unit], start: unit.start } : undefined;
}

const COUNTED = new Set([...NUMBER_WORDS, 'several', 'dozens', 'some']);

/** "blacklisted two Zarnani generals and the X Front": past a counted group nobody named, to the next conjunct. */
function pastCounted(view: SentenceView, k: number): number | undefined {
  if (!(COUNTED.has(tok(view, k)?.lower ?? '') || tok(view, k)?.pos === 'NUM')) return undefined;
  for (let m = k + 1; m < k + 6 && tok(view, m); m++) {
    const t = tok(view, m)!;
    if (t.lower === 'and') return m > k + 1 && tok(view, m - 1)!.pos === 'NOUN' ? m + 1 : undefined;
    if (unitAt(view, m)?.kind === 'NAME' && !(t.pos === 'PROPN' && tok(view, m + 1)?.pos === 'NOUN')) return undefined;
    if (!['NOUN', 'ADJ', 'PROPN'].includes(t.pos)) return undefined;
  }
  return undefined;
}


/** "send a team to Baruten to look into the killings": where the team goes is where it investigates. */
function teamDestination(view: SentenceView, i: number): { units: Unit[]; start: number } | undefined {
  if (tok(view, i - 1)?.lower !== 'to') return undefined;
  const place = unitAt(view, i - 2);
  if (!place || place.end !== i - 1 || view.entities.get(place.entities[0] ?? '')?.type !== 'PLACE') return undefined;
  const to = tok(view, place.start - 1)?.lower === 'the' ? place.start - 2 : place.start - 1;
  return tok(view, to)?.lower === 'to' && SENT_TEAMS.has(tok(view, to - 1)?.lower ?? '') ? { units: [place], start: place.start } : undefined;
}

/** The first token from `k` past adverbs and "in particular". */
function afterAdverbs(view: SentenceView, k: number): number {
  for (;;) {
    const t = tok(view, k);
    if (t?.lower === 'in' && tok(view, k + 1)?.lower === 'particular') k += 2;
    else if (t && t.pos === 'ADV' && t.text === t.lower && t.lower.endsWith('ly')) k++;
    else return k;
  }
}

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', 'get', 'got', 'gets', 'remain', 'remains', 'remained']);

/** "is backed", "has been seized": the passive pattern reads these, with their agent. */
function isPassive(view: SentenceView, i: number): boolean {
  if (!isParticiple(tok(view, i)!.lower)) return false;
  let j = i - 1;
  while (tok(view, j) && tok(view, j)!.pos === 'ADV') j--;
  return BE.has(tok(view, j)?.lower ?? '');
}

/** "in (its) shipbuilding dispute with the EU", "in the election": a contest of words or votes follows the object. */
function inContest(view: SentenceView, k: number): boolean {
  if (tok(view, k)?.lower !== 'in') return false;
  for (let m = k + 1; m < k + 5; m++) {
    const t = tok(view, m);
    if (!t || t.text !== t.lower) return false;
    if (CONTESTS.has(t.lower)) return true;
  }
  return false;
}
