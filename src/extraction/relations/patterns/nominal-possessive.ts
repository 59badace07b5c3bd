import type { Pattern } from '../candidate.js';
import { nounTarget, nounTriggerAt } from '../nominal.js';
import { tok, unitAt } from '../view.js';

const POSSESSIVE = new Set(["'s", '’s', '’', "'"]);
const PRONOUN_OWNERS = new Set(['its', 'their', 'his', 'her']);

/** "Russia's capture of Avdiivka", "Iran's support for the Houthis", "the EU's sanctions on X". */
export const nominalPossessive: Pattern = {
  name: 'nominal-possessive',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger) return undefined;
    let k = trigger.start - 1;
    while (tok(view, k) && (tok(view, k)!.pos === 'ADJ' || tok(view, k)!.pos === 'ADV') && tok(view, k)!.text === tok(view, k)!.lower) k--;
    const mark = tok(view, k)?.lower ?? '';
    // "Russia's capture of", or a possessive pronoun resolved to its owner: "its support to M23".
    const pronoun = PRONOUN_OWNERS.has(mark) ? unitAt(view, k) : undefined;
    if (!pronoun && !POSSESSIVE.has(mark)) return undefined;
    const owner = pronoun ?? unitAt(view, k - 1);
    const target = nounTarget(view, trigger);
    if (!owner || !target) return undefined;
    return [
      {
        type: trigger.sense.type,
        sources: [owner],
        targets: target.units,
        trigger: [trigger.start, trigger.end],
        cameo: trigger.sense.cameo,
        confidence: 0.86 * (trigger.sense.weight ?? 1),
        pattern: 'nominal-possessive',
        clauseStart: owner.start,
      },
    ];
  },
};
