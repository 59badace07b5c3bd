import { ACTIVE_VERBS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { objectOf } from '../args.js';
import { verbLemma } from '../forms.js';
import { MEMBER_NOUNS, tok, unitAt, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';

const RELATIVE = new Set(['which', 'that', 'whom']);
const SKIP = new Set(['has', 'have', 'had', 'already', 'reportedly', 'briefly', 'first', 'later', 'once', 'eventually', 'finally']);

/** "Sanaa, which they seized in 2014", "Ketavi, a mining town the Lumara Liberation Front overran last week". */
export const relativeClause: Pattern = {
  name: 'relative-clause',
  match(view, i) {
    const verb = tok(view, i)!;
    const lemma = verbLemma(verb.lower, ACTIVE_VERBS);
    if (!lemma || objectOf(view, i + 1)) return undefined;
    const sense = ACTIVE_VERBS[lemma]!;
    let j = i - 1;
    while (tok(view, j) && (SKIP.has(tok(view, j)!.lower) || tok(view, j)!.pos === 'ADV')) j--;
    while (tok(view, j) && MEMBER_NOUNS.has(tok(view, j)!.lower) && !unitAt(view, j)) j--;
    const subject = unitAt(view, j);
    if (!subject) return undefined;
    const antecedent = antecedentBefore(view, subject.start);
    if (!antecedent) return undefined;
    return [
      {
        type: sense.type,
        sources: [subject],
        targets: [antecedent],
        trigger: [i, i + 1],
        cameo: sense.cameo,
        confidence: 0.8 * (sense.weight ?? 1),
        pattern: 'relative-clause',
        clauseStart: subject.start,
      },
    ];
  },
};

/** The name a relative clause hangs from: ", which" / ", a mining town" right before the clause's subject. */
function antecedentBefore(view: SentenceView, start: number): Unit | undefined {
  let k = start - 1;
  if (tok(view, k)?.lower === 'the') k--;
  const t = tok(view, k);
  if (t && RELATIVE.has(t.lower)) {
    k--;
    if (tok(view, k)?.text === ',') k--;
    return unitAt(view, k);
  }
  // Reduced relative inside an apposition: "X, a (adj|noun)* noun <subject> <verb>".
  let nouns = 0;
  while (tok(view, k) && tok(view, k)!.text === tok(view, k)!.lower && (tok(view, k)!.pos === 'NOUN' || tok(view, k)!.pos === 'ADJ')) {
    k--;
    nouns++;
  }
  if (nouns === 0 || !['a', 'an', 'the'].includes(tok(view, k)?.lower ?? '')) return undefined;
  if (tok(view, k - 1)?.text !== ',') return undefined;
  return unitAt(view, k - 2);
}
