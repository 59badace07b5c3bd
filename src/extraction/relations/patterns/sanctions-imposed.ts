import { inherited, type Pattern } from '../candidate.js';
import { objectOf } from '../object.js';
import { nounTriggerAt } from '../nominal.js';
import { timeAfter } from '../time.js';
import { coordinatedBefore, tok, unitFrom } from '../view.js';

const TARGET_VERBS = new Set(['target', 'targets', 'targeted', 'hit', 'hits', 'cover', 'covers', 'name', 'names', 'list', 'lists']);
const PUT = new Set(['imposed', 'announced', 'extended', 'renewed', 'placed', 'levied', 'adopted', 'slapped', 'expanded', 'approved']);

/**
 * "Sanctions were also imposed on X (by Y)", "sanctions imposed by Washington on X": a passive of
 * the light verb, with or without its agent.
 */
export const sanctionsImposed: Pattern = {
  name: 'sanctions-imposed',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger || trigger.sense.type !== 'SANCTIONED') return undefined;
    let k = trigger.end;
    // "The sanctions, imposed by Kenya in March, target X": the reduced relative between commas.
    const aside = tok(view, k)?.text === ',' && PUT.has(tok(view, k + 1)?.lower ?? '');
    if (aside) k++;
    while (tok(view, k) && ['were', 'was', 'have', 'has', 'been', 'also', 'now', 'today', 'already'].includes(tok(view, k)!.lower)) k++;
    if (!PUT.has(tok(view, k)?.lower ?? '')) return undefined;
    // A reduced relative needs its agent: "Sanctions imposed by Washington on the Wagner Group".
    const reduced = k === trigger.end || aside;
    const agentFirst = reduced && tok(view, k + 1)?.lower === 'by' ? unitFrom(view, k + 2, 2) : undefined;
    if (reduced && !agentFirst) return undefined;
    let at = agentFirst ? agentFirst.end : k + 1;
    at += timeAfter(view, at);
    // ", target X" after the aside's closing comma.
    const targets = aside && tok(view, at)?.text === ',' && TARGET_VERBS.has(tok(view, at + 1)?.lower ?? '');
    if (targets) at += 1;
    const prep = tok(view, at)?.lower;
    if (!targets && prep !== 'on' && prep !== 'against' && prep !== 'upon') return undefined;
    const target = objectOf(view, at + 1);
    if (!target) return undefined;
    const last = target.units[target.units.length - 1]!;
    // ("UN sanctions were imposed on Saddam Hussein": the body named before the noun.)
    const owner = coordinatedBefore(view, trigger.start);
    const by = agentFirst ?? (tok(view, last.end)?.lower === 'by' ? unitFrom(view, last.end + 1, 2) : undefined);
    const c = {
      type: 'SANCTIONED' as const,
      targets: target.units,
      trigger: [trigger.start, k + 1] as [number, number],
      cameo: trigger.sense.cameo,
      confidence: 0.8,
      pattern: 'sanctions-imposed',
      clauseStart: trigger.start,
    };
    return by ? [{ ...c, sources: [by] }] : owner ? [{ ...c, sources: owner }] : inherited(c);
  },
};
