import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { nounTriggerAt } from '../nominal.js';
import { tok, unitAt } from '../view.js';

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
