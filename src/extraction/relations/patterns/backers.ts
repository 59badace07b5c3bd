import type { Pattern } from '../candidate.js';
import { tok, unitAt, coordinated, unitFrom } from '../view.js';

const BACKER_NOUNS = new Set(['backers', 'sponsors', 'patrons', 'backer', 'sponsor', 'patron', 'benefactors', 'financiers']);
const INCLUDE = new Set(['include', 'includes', 'included', 'including', 'are', 'were', 'is', 'was']);
const POSSESSIVE = new Set(["'s", '’s', '’', "'", 'his', 'her', 'its', 'their']);

/** "His backers have included Egypt, the UAE and Russia", "the RSF's main backer is the UAE". */
export const backers: Pattern = {
  name: 'backers',
  match(view, i) {
    const noun = tok(view, i)!;
    if (!BACKER_NOUNS.has(noun.lower)) return undefined;
    let k = i - 1;
    while (tok(view, k) && tok(view, k)!.pos === 'ADJ') k--;
    const mark = tok(view, k);
    if (!mark || !POSSESSIVE.has(mark.lower)) return undefined;
    const client = unitAt(view, ["'s", '’s', '’', "'"].includes(mark.lower) ? k - 1 : k);
    if (!client) return undefined;
    let m = i + 1;
    while (tok(view, m) && ['have', 'has', 'had', 'been', 'long', 'reportedly', 'also'].includes(tok(view, m)!.lower)) m++;
    if (!INCLUDE.has(tok(view, m)?.lower ?? '')) return undefined;
    const first = unitFrom(view, m + 1, 2);
    if (!first) return undefined;
    return [
      {
        type: 'BACKS',
        sources: coordinated(view, first).units,
        targets: [client],
        trigger: [i, i + 1],
        cameo: '070',
        confidence: 0.8,
        pattern: 'backers',
        clauseStart: client.start,
      },
    ];
  },
};
