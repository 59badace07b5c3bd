import type { Pattern } from '../candidate.js';
import { ARMING, nounTarget, nounTriggerAt } from '../nominal.js';
import type { Argument } from '../candidate.js';
import { coordinatedBefore, tok, unitAt, type SentenceView } from '../view.js';

const COPULAS = new Set(['is', 'are', 'was', 'were', 'remains', 'remain', 'became', 'become', 'has', 'have']);

/** "X is the subject of an ICC investigation", "X has been the target of EU sanctions": the copula's subject. */
function subjectOfSubject(view: SentenceView, ownerStart: number): Argument | undefined {
  let k = ownerStart - 1;
  if (['a', 'an', 'the'].includes(tok(view, k)?.lower ?? '')) k--;
  // "X and two of its commanders were hit with US sanctions": the subject of the passive.
  if (tok(view, k)?.lower === 'with' && ['hit', 'slapped'].includes(tok(view, k - 1)?.lower ?? '') && ['was', 'were', 'been', 'be'].includes(tok(view, k - 2)?.lower ?? '')) {
    let b = k - 3;
    while (tok(view, b) && ['has', 'have', 'had', 'also', 'already'].includes(tok(view, b)!.lower)) b--;
    // Past "and two of its commanders": the first name of the subject.
    for (let m = b; m > b - 8 && tok(view, m); m--) {
      const named = unitAt(view, m);
      if (named && named.kind === 'NAME' && (named.start === view.sentence.firstToken || tok(view, named.start - 1)?.lower === 'the')) return { units: [named], start: named.start };
    }
    return undefined;
  }
  if (tok(view, k)?.lower !== 'of' || !['subject', 'target', 'focus'].includes(tok(view, k - 1)?.lower ?? '')) return undefined;
  k -= 2;
  if (['a', 'an', 'the'].includes(tok(view, k)?.lower ?? '')) k--;
  if (tok(view, k)?.lower === 'been') k--;
  if (!COPULAS.has(tok(view, k)?.lower ?? '')) return undefined;
  const subject = unitAt(view, k - 1);
  return subject ? { units: [subject], start: subject.start } : undefined;
}

/** "EU sanctions against them", "a UN investigation into the killings", "U.S. support for Kyiv". */
export const nominalPremodifier: Pattern = {
  name: 'nominal-premodifier',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger) return undefined;
    // "Russian military support for", "U.S. military aid to": the kind of aid between owner and noun.
    const kind = trigger.sense.type === 'BACKS' && ARMING.has(tok(view, trigger.start - 1)?.lower ?? '') ? 1 : 0;
    let owners = coordinatedBefore(view, trigger.start) ?? (kind ? coordinatedBefore(view, trigger.start - kind) : undefined);
    let target = owners && (nounTarget(view, trigger) ?? subjectOfSubject(view, owners[0]!.start));
    // "X is the subject of a criminal probe in Belgium": the state whose probe it is, named after it.
    if (!owners && trigger.sense.type === 'INVESTIGATES' && tok(view, trigger.end)?.lower === 'in') {
      const state = unitAt(view, trigger.end + 1);
      let k = trigger.start - 1;
      while (tok(view, k) && (tok(view, k)!.pos === 'ADJ' || ['a', 'an'].includes(tok(view, k)!.lower)) && tok(view, k)!.text === tok(view, k)!.lower) k--;
      const subject = state && view.entities.get(state.entities[0] ?? '')?.type === 'COUNTRY' ? subjectOfSubject(view, k + 1) : undefined;
      if (subject) (owners = [state!]), (target = subject);
    }
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
