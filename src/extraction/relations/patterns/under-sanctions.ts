import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { nounTriggerAt } from '../nominal.js';
import { coordinatedBefore, tok, unitAt, unitFrom, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';
import { headOf, objectOf } from '../object.js';
import type { Candidate } from '../candidate.js';
import { PLACE_UNDER } from '../../lexicon/triggers.js';

const FINITE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'remains', 'remained', 'stayed']);
const STATIVE = ['been', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'remained', 'remains', 'stayed', 'long', 'still', 'also', 'now', 'already', 'placed', 'put', 'kept'];

/**
 * "North Korea, which has been under United Nations sanctions since 2006", "the group is on the U.N.
 * Security Council's sanctions list", "X has been under investigation by Y": the subject is the target.
 */
export const underSanctions: Pattern = {
  name: 'under-sanctions',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger) return undefined;
    // "under investigation by Norway's National Criminal Investigation Service".
    if (trigger.sense.type === 'INVESTIGATES') return underInvestigation(view, trigger.start, trigger.end);
    if (trigger.sense.type !== 'SANCTIONED') return undefined;
    const listed = onList(view, trigger.start, trigger.end);
    if (listed) return listed;
    // "under U.N. and U.S. sanctions": every imposer before the noun.
    const imposers = coordinatedBefore(view, trigger.start);
    const imposer = imposers?.[0];
    if (!imposer) return placedUnder(view, trigger.start, trigger.end) ?? placedUnderBy(view, trigger.start, trigger.end);
    let k = imposer ? imposer.start - 1 : trigger.start - 1;
    // "under a U.N. Security Council travel ban", "under an EU asset freeze".
    if (imposer && (tok(view, k)?.lower === 'a' || tok(view, k)?.lower === 'an')) k--;
    if (tok(view, k)?.lower !== 'under' || !imposer) return undefined;
    let v = k - 1;
    let finite = false;
    while (tok(view, v) && STATIVE.includes(tok(view, v)!.lower)) finite ||= FINITE.has(tok(view, v--)!.lower);
    // "The X Front, already under EU sanctions, took ...": the name the phrase is in apposition to
    // (but "X, the leader of the Front, has been under sanctions" is said of X: subjectOf reads it).
    const apposed = tok(view, v)?.text === ',' && !finite ? unitAt(view, v - 1) : undefined;
    const subject = apposed ? { units: [apposed], start: apposed.start } : subjectOf(view, v + 1, () => false);
    if (!subject) return undefined;
    return [
      {
        type: 'SANCTIONED',
        sources: imposers!,
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

/** "The Council placed X (and Y) under sanctions": the subject puts the object under them. */
function placedUnder(view: SentenceView, start: number, end: number): Candidate[] | undefined {
  if (tok(view, start - 1)?.lower !== 'under') return undefined;
  for (let v = start - 2; v > start - 14 && tok(view, v); v--) {
    if (!PLACE_UNDER.has(tok(view, v)!.lower)) continue;
    const placed = objectOf(view, v + 1);
    const last = placed?.units[placed.units.length - 1];
    if (!placed || !last || last.end !== start - 1) return undefined;
    const subject = subjectOf(view, v, () => false);
    if (!subject) return undefined;
    return [{ type: 'SANCTIONED', sources: subject.units, targets: placed.units, trigger: [v, end], cameo: '163', confidence: 0.8, pattern: 'under-sanctions', clauseStart: subject.start }];
  }
  return undefined;
}

/** "Both were placed under sanctions by the US Treasury in 2023 and by the EU in 2025": the agents, and the subject. */
function placedUnderBy(view: SentenceView, start: number, end: number): Candidate[] | undefined {
  if (tok(view, start - 1)?.lower !== 'under' || !PLACE_UNDER.has(tok(view, start - 2)?.lower ?? '') || !STATIVE.includes(tok(view, start - 3)?.lower ?? '')) return undefined;
  const sources: Unit[] = [];
  for (let m = end; m < end + 16 && tok(view, m) && tok(view, m)!.text !== ';'; m++) {
    const agent = tok(view, m)!.lower === 'by' ? unitFrom(view, m + 1, 2) : undefined;
    if (agent) sources.push(headOf(view, agent));
  }
  const subject = sources.length > 0 ? statedSubject(view, start - 2) : undefined;
  if (!subject) return undefined;
  return [{ type: 'SANCTIONED', sources, targets: subject.units, trigger: [start - 2, end], cameo: '163', confidence: 0.75, pattern: 'under-sanctions', clauseStart: subject.start }];
}

/** The subject of a stative verb ending before token `k`. */
function statedSubject(view: SentenceView, k: number): ReturnType<typeof subjectOf> {
  let v = k - 1;
  while (tok(view, v) && STATIVE.includes(tok(view, v)!.lower)) v--;
  return subjectOf(view, v + 1, () => false);
}

/** "is on the U.N. Security Council's sanctions list": `start` is "sanctions", followed by "list". */
function onList(view: SentenceView, start: number, end: number): Candidate[] | undefined {
  if (tok(view, end)?.lower !== 'list' || !["'s", '’s'].includes(tok(view, start - 1)?.lower ?? '')) return undefined;
  const owner = unitAt(view, start - 2);
  if (!owner) return undefined;
  let k = owner.start - 1;
  if (tok(view, k)?.lower === 'the') k--;
  if (tok(view, k)?.lower !== 'on') return undefined;
  const subject = statedSubject(view, k);
  if (!subject) return undefined;
  return [{ type: 'SANCTIONED', sources: [owner], targets: subject.units, trigger: [start, end + 1], cameo: '163', confidence: 0.75, pattern: 'under-sanctions', clauseStart: subject.start }];
}

/** "has been under investigation by Y": Y investigates the subject. */
function underInvestigation(view: SentenceView, start: number, end: number): Candidate[] | undefined {
  if (tok(view, start - 1)?.lower !== 'under' || tok(view, end)?.lower !== 'by') return undefined;
  const agent = objectOf(view, end + 1);
  const subject = agent && statedSubject(view, start - 1);
  if (!agent || !subject) return undefined;
  return [{ type: 'INVESTIGATES', sources: agent.units, targets: subject.units, trigger: [start - 1, end], cameo: '090', confidence: 0.75, pattern: 'under-sanctions', clauseStart: subject.start }];
}
