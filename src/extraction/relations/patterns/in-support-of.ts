import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { earlierVerbOf } from '../subject.js';
import { tok, unitFrom } from '../view.js';

/** "Hezbollah began firing at Israel in support of Hamas": the clause's subject backs the group. */
export const inSupportOf: Pattern = {
  name: 'in-support-of',
  match(view, i) {
    if (tok(view, i)?.lower !== 'support' || tok(view, i - 1)?.lower !== 'in' || tok(view, i + 1)?.lower !== 'of') return undefined;
    const client = unitFrom(view, i + 2, 2);
    const verb = earlierVerbOf(view, i - 1);
    const subject = verb !== undefined ? subjectOf(view, verb, () => false) : undefined;
    if (!client || !subject) return undefined;
    return [
      {
        type: 'BACKS',
        sources: subject.units,
        targets: [client],
        trigger: [i - 1, i + 2],
        cameo: '070',
        confidence: 0.7,
        pattern: 'in-support-of',
        clauseStart: subject.start,
      },
    ];
  },
};
