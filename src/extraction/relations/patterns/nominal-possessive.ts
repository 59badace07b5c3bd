import type { Pattern } from '../candidate.js';
import { nounTarget, nounTriggerAt } from '../nominal.js';
import { tok, unitAt } from '../view.js';

const POSSESSIVE = new Set(["'s", '’s', '’', "'"]);

/** "Russia's capture of Avdiivka", "Iran's support for the Houthis", "the EU's sanctions on X". */
export const nominalPossessive: Pattern = {
  name: 'nominal-possessive',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger) return undefined;
    let k = trigger.start - 1;
    while (tok(view, k) && (tok(view, k)!.pos === 'ADJ' || tok(view, k)!.pos === 'ADV') && tok(view, k)!.text === tok(view, k)!.lower) k--;
    if (!POSSESSIVE.has(tok(view, k)?.lower ?? '')) return undefined;
    const owner = unitAt(view, k - 1);
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
