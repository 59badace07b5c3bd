import { ACTIVE_VERBS, AID_NOUNS, ARRIVE_VERBS as ARRIVE } from '../../lexicon/triggers.js';
import { verbLemma } from '../../forms.js';
import { headOf } from '../object.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import type { Unit } from '../../types.js';
import { coordinated, possessiveAt, tok, unitAt, unitFrom, type SentenceView } from '../view.js';

/** Counts of a plural: "many of them" (object.ts's SHARES are shares of a place). */
const COUNTS = new Set(['many', 'most', 'some', 'all', 'several', 'few', 'much']);
const POSSESSIVE = new Set(["'s", '’s', '’', "'", 'its', 'their', 'whose']);
/** Participles that name who gave: "drones supplied by Turkey" ("came by" names nobody). */
const GIVEN = new Set(['supplied', 'provided', 'delivered', 'sent', 'shipped', 'flown', 'smuggled', 'donated', 'sold']);
/** Words before an aid phrase whose clause's subject has the aid: "shelled the city using drones supplied by". */
const USE_WORDS = new Set(['using', 'used', 'uses', 'use', 'with', 'on', 'by', 'received', 'receives', 'deployed', 'deploying', 'launched', 'fired', 'operates', 'operated', 'flew', 'flies']);

/**
 * "the group's new drones and anti-tank weapons came from neighbouring Dorvan", "Its drones,
 * supplied by Turkey,", "retook Shusha, helped by drones supplied by Turkey": the giver backs
 * the owner or the user of the aid.
 */
export const aidFrom: Pattern = {
  name: 'aid-from',
  match(view, i) {
    const verb = tok(view, i)!;
    if (!ARRIVE.has(verb.lower)) return undefined;
    let k = i + 1;
    while (tok(view, k) && ['in', 'directly', 'mostly', 'largely', 'partly', 'reportedly', 'allegedly'].includes(tok(view, k)!.lower)) k++;
    if (tok(view, k)?.lower !== 'from' && !(tok(view, k)?.lower === 'by' && GIVEN.has(verb.lower))) return undefined;
    const named = unitFrom(view, k + 1, 2);
    if (!named) return undefined;
    // ("come from Mexico's Sinaloa Cartel": the cartel, not its country.)
    const giver = possessiveAt(view, named.end) ? headOf(view, named) : named;
    // Back over the aid phrase to its owner: "<owner>'s (adj|noun|and)* <aid noun> (were|was)? <verb>".
    let j = i - 1;
    while (tok(view, j) && ['were', 'was', 'had', 'have', 'been', 'reportedly', 'allegedly'].includes(tok(view, j)!.lower)) j--;
    let cameo: string | undefined;
    // "Moroccan drones, many of them supplied by Israel": past the share of them.
    if (tok(view, j)?.lower === 'them' && tok(view, j - 1)?.lower === 'of' && COUNTS.has(tok(view, j - 2)?.lower ?? '')) j -= 3;
    let demonym: Unit | undefined;
    for (let guard = 0; guard < 8 && tok(view, j); guard++, j--) {
      const t = tok(view, j)!;
      if (POSSESSIVE.has(t.lower) || (t.text === t.lower && USE_WORDS.has(t.lower))) break;
      // "Moroccan drones": the state a demonym names owns them.
      const unit = unitAt(view, j);
      // ("North Korean missiles supplied by Pyongyang": the giver's own demonym says where they come from.)
      if (unit && cameo && unit.end === j + 1 && view.entities.get(unit.entities[0] ?? '')?.type === 'COUNTRY' && unit.kind === 'NOMINAL') {
        if (unit.entities[0] === giver.entities[0]) {
          j = unit.start;
          continue;
        }
        demonym = unit;
        break;
      }
      const code = AID_NOUNS[t.lower];
      if (code) cameo ??= code;
      // "Bayraktar TB2 drones": a model name that is no mention.
      else if (!(t.text === t.lower && ['NOUN', 'ADJ', 'CCONJ', 'PUNCT'].includes(t.pos)) && !(['PROPN', 'NUM'].includes(t.pos) && !unitAt(view, j))) return undefined;
    }
    const mark = tok(view, j);
    // "Weapons supplied by Russia to the X Front": the receiver named after the giver.
    const givers = coordinated(view, giver);
    const to = tok(view, givers.end)?.lower === 'to' && !demonym ? unitFrom(view, givers.end + 1, 2) : undefined;
    const receiver = to && !POSSESSIVE.has(tok(view, to.end)?.lower ?? '') ? to : undefined; // not "to Yemen's coast"
    if (cameo && receiver) return [{ type: 'BACKS', sources: givers.units, targets: coordinated(view, receiver).units, trigger: [i, k + 1], cameo, confidence: 0.75, pattern: 'aid-from', clauseStart: giver.start }];
    if (!cameo || !mark) return undefined;
    let owner = demonym;
    // "The RSF, whose weapons come from the UAE": the name before the relative pronoun.
    if (!owner && mark.lower === 'whose') owner = unitAt(view, tok(view, j - 1)?.text === ',' ? j - 2 : j - 1);
    else if (!owner && POSSESSIVE.has(mark.lower)) owner = mark.lower === 'its' || mark.lower === 'their' ? unitAt(view, j) : unitAt(view, j - 1);
    else if (!owner && mark.text === mark.lower && USE_WORDS.has(mark.lower)) owner = userOf(view, j);
    if (!owner) return undefined;
    return [
      {
        type: 'BACKS',
        sources: givers.units,
        targets: [owner],
        trigger: [i, k + 1],
        cameo,
        confidence: 0.75,
        pattern: 'aid-from',
        clauseStart: owner.start,
      },
    ];
  },
};

/** The subject of the clause that uses the aid: of the verb at or before the use word at `j`. */
function userOf(view: SentenceView, j: number) {
  // "accused Moscow of using missiles": the gerund's own subject, the one accused.
  if (tok(view, j)!.lower === 'using' && tok(view, j - 1)?.lower === 'of') return subjectOf(view, j, () => false)?.units[0];
  // "used weapons": the use word is the verb; "shelled the city using drones": the verb before it.
  let v = ['using', 'with', 'on', 'by'].includes(tok(view, j)!.lower) ? j - 1 : j;
  // The tagger takes some verbs for nouns ("Baku retook Shusha"): a trigger verb's form counts too.
  const isVerb = (t: NonNullable<ReturnType<typeof tok>>) => t.text === t.lower && (t.pos === 'VERB' || verbLemma(t.lower, ACTIVE_VERBS) !== undefined) && !['helped', 'aided', 'backed', 'supported'].includes(t.lower);
  while (v > j - 12 && tok(view, v) && !isVerb(tok(view, v)!)) v--;
  if (!tok(view, v) || v <= j - 12) return undefined;
  return subjectOf(view, v, () => false)?.units[0];
}
