import type { Pattern } from '../candidate.js';
import { nounTarget, nounTriggerAt } from '../nominal.js';
import { tok, unitAt } from '../view.js';

/** Nouns of a military campaign whose owner is the agent of the captures it includes. */
const CAMPAIGN_NOUNS = new Set(['advance', 'advances', 'offensive', 'push', 'assault', 'campaign', 'march', 'gains', 'sweep', 'onslaught', 'blitz']);
const POSSESSIVE = new Set(["'s", '’s', '’', "'"]);

/** "the rebels’ advances since January, including the capture of Goma and Bukavu": the campaign's owner took them. */
export const nominalAgentless: Pattern = {
  name: 'nominal-agentless',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger || trigger.sense.type !== 'CAPTURED') return undefined;
    const target = nounTarget(view, trigger);
    if (!target) return undefined;
    for (let k = trigger.start - 1; k > view.sentence.firstToken + 1; k--) {
      if (!CAMPAIGN_NOUNS.has(tok(view, k)!.lower)) continue;
      let m = k - 1;
      while (tok(view, m) && tok(view, m)!.pos === 'ADJ') m--;
      if (!POSSESSIVE.has(tok(view, m)?.lower ?? '')) continue;
      const owner = unitAt(view, m - 1);
      if (!owner) continue;
      return [
        {
          type: 'CAPTURED',
          sources: [owner],
          targets: target.units,
          trigger: [trigger.start, trigger.end],
          cameo: trigger.sense.cameo,
          confidence: 0.65 * (trigger.sense.weight ?? 1),
          pattern: 'nominal-agentless',
          clauseStart: owner.start,
        },
      ];
    }
    return undefined;
  },
};
