import { inherited, type Pattern } from '../candidate.js';
import { objectOf } from '../object.js';
import { nounTriggerAt } from '../nominal.js';
import { tok, unitFrom } from '../view.js';

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
