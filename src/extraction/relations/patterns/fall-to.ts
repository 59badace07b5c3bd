import { FALL_VERBS } from '../../lexicon/triggers.js';
import type { Candidate, Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { objectOf } from '../object.js';
import { timeAfter } from '../time.js';
import { verbLemma } from '../../forms.js';
import { coordinated, groupOfMembers, isPlace, tok, unitAt, unitFrom, type SentenceView } from '../view.js';

/**
 * "Bukavu fell to them", "Goma fell into the hands of the rebels", "Rubaya came under M23
 * control", "fell under the control of the RSF".
 */
export const fallTo: Pattern = {
  name: 'fall-to',
  match(view, i) {
    const verb = tok(view, i)!;
    const lemma = verbLemma(verb.lower, FALL_VERBS);
    if (!lemma) return undefined;
    let k = i + 1;
    let agent;
    // "came" only under someone's control: "Kagame came to Kinshasa" is a visit.
    if (lemma === 'come' && tok(view, k)?.lower !== 'under') return undefined;
    if (lemma === 'lose' || lemma === 'abandon' || lemma === 'surrender' || lemma === 'cede') return lostTo(view, i); // "abandoned Ketavi to the rebels"
    // "fell on November 6 to": past a time phrase.
    k += timeAfter(view, k);
    if (tok(view, k)?.lower === 'to') {
      k++;
      // "fell to a joint offensive by PDF battalions and KIA fighters": the offensive's agents.
      const by = offensiveBy(view, k);
      if (by !== undefined) k = by;
    }
    else if (tok(view, k)?.lower === 'into' && tok(view, k + 2)?.lower === 'hands' && tok(view, k + 3)?.lower === 'of') k += 4;
    else if (tok(view, k)?.lower === 'under') {
      // "under M23 control", "under the control of the M23", "under rebel control" (no name: nothing).
      let m = k + 1;
      if (tok(view, m)?.lower === 'the') m++;
      const owner = unitFrom(view, m, 1);
      if (owner && tok(view, owner.end)?.lower === 'control') (agent = owner), (k = owner.end + 1);
      else if (tok(view, m)?.lower === 'control' && tok(view, m + 1)?.lower === 'of') k = m + 2;
      else return undefined;
    } else return undefined;
    // ("fell to the rebels of the X Front": the group whose members took it.)
    agent ??= unitFrom(view, k, 2) ?? groupOfMembers(view, k);
    const place = subjectOf(view, withPossessed(view, i), () => false);
    if (!agent || !place) return undefined;
    return [
      {
        type: 'CAPTURED',
        sources: coordinated(view, agent).units,
        targets: place.units,
        trigger: [i, k],
        cameo: '192',
        confidence: 0.85,
        pattern: 'fall-to',
        clauseStart: place.start,
      },
    ];
  },
};

const OFFENSIVES = new Set(['offensive', 'assault', 'attack', 'advance', 'push', 'counter-offensive', 'counteroffensive', 'onslaught']);

/** "a joint offensive by X" from `k`: where X starts. */
function offensiveBy(view: SentenceView, k: number): number | undefined {
  let m = k;
  if (['a', 'an', 'the'].includes(tok(view, m)?.lower ?? '')) m++;
  // ("offensive" itself is often tagged an adjective.)
  while (m < k + 4 && !OFFENSIVES.has(tok(view, m)?.lower ?? '') && tok(view, m)?.pos === 'ADJ' && tok(view, m)!.text === tok(view, m)!.lower) m++;
  return OFFENSIVES.has(tok(view, m)?.lower ?? '') && tok(view, m + 1)?.lower === 'by' ? m + 2 : undefined;
}

/** "Thandwe and its airport fell": the verb's position as if the place stood right before it. */
function withPossessed(view: SentenceView, i: number): number {
  if (tok(view, i - 1)?.pos !== 'NOUN') return i;
  let k = i - 1;
  while (k > i - 4 && ['NOUN', 'ADJ'].includes(tok(view, k)?.pos ?? '') && tok(view, k)!.text === tok(view, k)!.lower) k--;
  if (k === i - 1 || !['its', 'their'].includes(tok(view, k)?.lower ?? '') || tok(view, k - 1)?.lower !== 'and' || !unitAt(view, k - 2)) return i;
  return k - 1;
}

/** "only to lose it to the army", "the rebels lost Bukavu to government forces": the winner takes the place. */
function lostTo(view: SentenceView, i: number): Candidate[] | undefined {
  // "Bunia was lost to CODECO fighters": the passive's subject is the place.
  if (['was', 'were', 'been'].includes(tok(view, i - 1)?.lower ?? '') && tok(view, i + 1)?.lower === 'to' && verbLemma(tok(view, i)!.lower, FALL_VERBS) === 'lose') {
    const agent = unitFrom(view, i + 2, 2);
    const place = agent ? subjectOf(view, i, () => false) : undefined;
    if (!agent || !place || !place.units.every((u) => isPlace(view, u))) return undefined;
    return [{ type: 'CAPTURED', sources: coordinated(view, agent).units, targets: place.units, trigger: [i, i + 2], cameo: '192', confidence: 0.8, pattern: 'fall-to', clauseStart: place.start }];
  }
  const place = objectOf(view, i + 1, ['in', 'of']);
  const last = place?.units[place.units.length - 1];
  // ("lost it on Tuesday to fighters of the X": past a time phrase, to the members' group.)
  const to = last ? last.end + timeAfter(view, last.end) : -1;
  if (!place || !last || tok(view, to)?.lower !== 'to') return undefined;
  const agent = unitFrom(view, to + 1, 2) ?? groupOfMembers(view, to + 1);
  if (!agent) return undefined;
  // ("The government denied that its forces had lost Bara to the RSF": the clause opens with the loser.)
  const loser = subjectOf(view, i, () => false) ?? { start: phraseBefore(view, i) };
  return [
    {
      type: 'CAPTURED',
      sources: coordinated(view, agent).units,
      targets: place.units,
      trigger: [i, to + 1],
      cameo: '192',
      confidence: 0.8,
      pattern: 'fall-to',
      clauseStart: Math.min(loser.start, i),
    },
  ];
}

/** Where the words before a verb that name nobody ("its forces had") begin: the clause's subject. */
function phraseBefore(view: SentenceView, i: number): number {
  let b = i - 1;
  while (tok(view, b) && tok(view, b)!.text === tok(view, b)!.lower && ['AUX', 'ADV', 'NOUN', 'DET', 'PRON', 'ADJ'].includes(tok(view, b)!.pos) && b > i - 6) b--;
  return b + 1;
}
