import type { Pattern } from '../candidate.js';
import { nounTarget, nounTriggerAt } from '../nominal.js';
import { tok, unitAt } from '../view.js';

const POSSESSIVE = new Set(["'s", '’s', '’', "'"]);
const PRONOUN_OWNERS = new Set(['its', 'their', 'his', 'her']);
const DURATIONS = new Set(['day', 'week', 'month', 'year']);

/** "the Maute group, whose seizure of Marawi": the name before the relative's comma (past an acronym). */
function whoseOwner(view: Parameters<Pattern['match']>[0], k: number): ReturnType<typeof unitAt> {
  if (tok(view, k - 1)?.text !== ',') return undefined;
  let j = k - 2;
  if (tok(view, j)?.text === ')' && tok(view, j - 2)?.text === '(') j -= 3;
  // "the Maute group, whose": the name before its head noun.
  if (!unitAt(view, j) && tok(view, j)?.pos === 'NOUN' && tok(view, j)!.text === tok(view, j)!.lower) j--;
  return unitAt(view, j);
}

/** "Russia's capture of Avdiivka", "Iran's support for the Houthis", "the EU's sanctions on X". */
const FILED = new Set(['case', 'cases', 'complaint', 'lawsuit', 'suit']);

const STOP_VERBS = new Set(['end', 'cease', 'stop', 'halt', 'withdraw', 'curb', 'drop', 'abandon']);

export const nominalPossessive: Pattern = {
  name: 'nominal-possessive',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger) return undefined;
    let k = trigger.start - 1;
    let nouns = 0; // "whose money laundering probe of X": a noun or two naming the kind of act
    for (;;) {
      const t = tok(view, k);
      if (t && (t.pos === 'ADJ' || t.pos === 'ADV') && t.text === t.lower) k--;
      else if (t && DURATIONS.has(t.lower) && tok(view, k - 1)?.text === '-' && tok(view, k - 2)?.pos === 'NUM') k -= 3; // "five-month"
      // ("South Africa's genocide case against Israel": a party's case is filed, not investigated.)
      else if (t && t.text === t.lower && (t.pos === 'NOUN' || (t.pos === 'VERB' && t.lower.endsWith('ing'))) && nouns < 2 && /^\p{L}+$/u.test(t.text) && !FILED.has(tok(view, trigger.end - 1)?.lower ?? '')) {
        k--;
        nouns++;
      }
      else break;
    }
    const mark = tok(view, k)?.lower ?? '';
    // "Russia's capture of", or a possessive pronoun resolved to its owner: "its support to M23".
    const pronoun = PRONOUN_OWNERS.has(mark) ? unitAt(view, k) : mark === 'whose' ? whoseOwner(view, k) : undefined;
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
        // "urged Rwanda to end its support for M23": what one is asked to stop goes on.
        presupposed: pronoun !== undefined && STOP_VERBS.has(tok(view, k - 1)?.lower ?? '') && tok(view, k - 2)?.lower === 'to',
        clauseStart: owner.start,
      },
    ];
  },
};
