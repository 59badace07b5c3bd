import type { Pattern } from '../candidate.js';
import { nounTarget, nounTriggerAt } from '../nominal.js';
import { coordinatedBefore } from '../view.js';

/** "EU sanctions against them", "a UN investigation into the killings", "U.S. support for Kyiv". */
export const nominalPremodifier: Pattern = {
  name: 'nominal-premodifier',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger) return undefined;
    const owners = coordinatedBefore(view, trigger.start);
    const target = owners && nounTarget(view, trigger);
    if (!owners || !target) return undefined;
    return [
      {
        type: trigger.sense.type,
        sources: owners,
        targets: target.units,
        trigger: [trigger.start, trigger.end],
        cameo: trigger.sense.cameo,
        confidence: 0.84 * (trigger.sense.weight ?? 1),
        pattern: 'nominal-premodifier',
        clauseStart: owners[0]!.start,
      },
    ];
  },
};
