import { ACTIVE_VERBS, LISTED_WORDS as LISTED, TARGET_VERBS } from '../../lexicon/triggers.js';
import type { Candidate, Pattern } from '../candidate.js';
import { objectOf, subjectOf } from '../args.js';
import { nounTriggerAt } from '../nominal.js';
import { isParticiple, verbLemma } from '../../forms.js';
import { coordinated, listItems, tok, unitAt, unitFrom, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);
const COPULAS = new Set(['are', 'is', 'was', 'were', 'include', 'includes', 'included', 'including']);
const SANCTION_HEADS = new Set(['freeze', 'freezes', 'sanctions', 'ban', 'bans', 'embargo', 'measures']);

function inherited(c: Omit<Candidate, 'sources' | 'inherit'>): Candidate[] {
  return [{ ...c, sources: [], inherit: true }];
}

/** "X was captured last week", "X has also been sanctioned": no "by", so the source is the one last named. */
export const passiveAgentless: Pattern = {
  name: 'passive-agentless',
  match(view, i) {
    const verb = tok(view, i)!;
    const lemma = verbLemma(verb.lower, ACTIVE_VERBS);
    if (!lemma || !isParticiple(verb.lower)) return undefined;
    const sense = ACTIVE_VERBS[lemma]!;
    if (sense.type === 'BACKS') return undefined; // "backed" alone says too little
    let j = i - 1;
    while (tok(view, j) && (tok(view, j)!.pos === 'ADV' || ['also', 'himself', 'itself', 'themselves', 'herself'].includes(tok(view, j)!.lower))) j--;
    if (!BE.has(tok(view, j)?.lower ?? '')) return undefined;
    for (let k = i + 1; k < i + 5 && tok(view, k); k++) if (tok(view, k)!.lower === 'by') return undefined;
    const patient = subjectOf(view, i, () => false);
    if (!patient) return undefined;
    return inherited({
      type: sense.type,
      targets: patient.units,
      trigger: [i, i + 1],
      cameo: sense.cameo,
      confidence: 0.7 * (sense.weight ?? 1),
      pattern: 'passive-agentless',
      clauseStart: patient.start,
    });
  },
};

const LIST_SUBJECTS = new Set(['those', 'entities', 'individuals', 'persons', 'people', 'companies', 'firms', 'officials', 'men', 'also']);

/**
 * "Among those listed are X", "Those designated include X, who ..., and Y", "The entities listed are X,
 * Y and Z", "Also designated are X", "X is subject to an asset freeze".
 */
export const listedAmong: Pattern = {
  name: 'listed-among',
  match(view, i) {
    const word = tok(view, i)!;
    if (LISTED.has(word.lower) && LIST_SUBJECTS.has(tok(view, i - 1)?.lower ?? '') && COPULAS.has(tok(view, i + 1)?.lower ?? '')) {
      const first = objectOf(view, i + 2);
      if (!first) return undefined;
      const items = first.units.length === 1 ? listItems(view, first.units[0]!) : first.units;
      return inherited({
        type: 'SANCTIONED',
        targets: items.filter((u) => !isPlace(view, u)),
        trigger: [i - 1, i + 1],
        cameo: '163',
        confidence: 0.75,
        pattern: 'listed-among',
        clauseStart: i - 1,
      });
    }
    if (word.lower === 'subject' && tok(view, i + 1)?.lower === 'to' && BE.has(tok(view, i - 1)?.lower ?? '')) {
      let k = i + 2;
      while (tok(view, k) && ['an', 'a', 'the', 'asset', 'assets', 'travel', 'targeted', 'financial', 'and'].includes(tok(view, k)!.lower)) k++;
      if (!SANCTION_HEADS.has(tok(view, k)?.lower ?? '')) return undefined;
      const subject = subjectOf(view, i - 1, () => false);
      if (!subject) return undefined;
      return inherited({
        type: 'SANCTIONED',
        targets: subject.units,
        trigger: [i, k + 1],
        cameo: '163',
        confidence: 0.7,
        pattern: 'listed-among',
        clauseStart: subject.start,
      });
    }
    return undefined;
  },
};

const PUT = new Set(['imposed', 'announced', 'extended', 'renewed', 'placed', 'levied', 'adopted', 'slapped', 'expanded', 'approved']);

/** "Sanctions were also imposed on X (by Y)": a passive of the light verb, with or without its agent. */
export const sanctionsImposed: Pattern = {
  name: 'sanctions-imposed',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger || trigger.sense.type !== 'SANCTIONED') return undefined;
    let k = trigger.end;
    while (tok(view, k) && ['were', 'was', 'have', 'has', 'been', 'also', 'now', 'today', 'already'].includes(tok(view, k)!.lower)) k++;
    if (k === trigger.end || !PUT.has(tok(view, k)?.lower ?? '')) return undefined;
    const prep = tok(view, k + 1)?.lower;
    if (prep !== 'on' && prep !== 'against' && prep !== 'upon') return undefined;
    const target = objectOf(view, k + 2);
    if (!target) return undefined;
    const last = target.units[target.units.length - 1]!;
    const by = tok(view, last.end)?.lower === 'by' ? unitFrom(view, last.end + 1, 2) : undefined;
    const c = {
      type: 'SANCTIONED' as const,
      targets: target.units,
      trigger: [trigger.start, k + 1] as [number, number],
      cameo: trigger.sense.cameo,
      confidence: 0.8,
      pattern: 'sanctions-imposed',
      clauseStart: trigger.start,
    };
    return by ? [{ ...c, sources: [by] }] : inherited(c);
  },
};

/** "Today's action targets X", "The measures target Y": the sanctions named before fall on them. */
export const measuresTarget: Pattern = {
  name: 'measures-target',
  match(view, i) {
    const verb = tok(view, i)!;
    if (!TARGET_VERBS.has(verb.lower)) return undefined;
    let j = i - 1;
    while (tok(view, j) && ['also', 'further', 'will', 'would', 'now', 'today'].includes(tok(view, j)!.lower)) j--;
    if (!MEASURE_NOUNS.has(tok(view, j)?.lower ?? '')) return undefined;
    const target = objectOf(view, i + 1);
    if (!target) return undefined;
    return inherited({
      type: 'SANCTIONED',
      targets: target.units,
      trigger: [j, i + 1],
      cameo: '163',
      confidence: 0.7,
      pattern: 'measures-target',
      clauseStart: j,
    });
  },
};

const MEASURE_NOUNS = new Set(['action', 'actions', 'measures', 'sanctions', 'designation', 'designations', 'listing', 'listings', 'package', 'move', 'penalties']);

function isPlace(view: SentenceView, u: Unit): boolean {
  return view.entities.get(u.entities[0] ?? '')?.type === 'PLACE';
}

/** "North Korea, which has been under United Nations sanctions since 2006": the subject is sanctioned. */
export const underSanctions: Pattern = {
  name: 'under-sanctions',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger || trigger.sense.type !== 'SANCTIONED') return undefined;
    let k = trigger.start - 1;
    const imposer = unitAt(view, k);
    if (imposer) k = imposer.start - 1;
    if (tok(view, k)?.lower !== 'under' || !imposer) return undefined;
    let v = k - 1;
    while (tok(view, v) && ['been', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'remained', 'remains', 'stayed', 'long', 'still', 'also'].includes(tok(view, v)!.lower)) v--;
    const subject = subjectOf(view, v + 1, () => false);
    if (!subject) return undefined;
    return [
      {
        type: 'SANCTIONED',
        sources: [imposer],
        targets: subject.units,
        trigger: [k, trigger.end],
        cameo: '163',
        confidence: 0.75,
        pattern: 'under-sanctions',
        clauseStart: subject.start,
      },
    ];
  },
};
