import { ALONGSIDE_VERBS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { verbLemma } from '../../forms.js';
import { coordinated, tok, unitFrom } from '../view.js';

/** "About 4,000 Rwandan troops are fighting alongside M23": the subject backs the group. */
export const alongside: Pattern = {
  name: 'alongside',
  match(view, i) {
    const verb = tok(view, i)!;
    if (!verbLemma(verb.lower, ALONGSIDE_VERBS) || tok(view, i + 1)?.lower !== 'alongside') return undefined;
    const ally = unitFrom(view, i + 2, 2);
    const subject = subjectOf(view, i, () => false);
    if (!ally || !subject) return undefined;
    return [
      {
        type: 'BACKS',
        sources: subject.units,
        targets: coordinated(view, ally).units,
        trigger: [i, i + 2],
        cameo: '062',
        confidence: 0.8,
        pattern: 'alongside',
        clauseStart: subject.start,
      },
    ];
  },
};
