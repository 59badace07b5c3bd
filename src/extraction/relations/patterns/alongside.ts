import { ALONGSIDE_VERBS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { verbLemma } from '../../forms.js';
import { coordinated, tok, unitFrom } from '../view.js';

/** "About 4,000 Rwandan troops are fighting alongside M23", "fought on the side of": the subject backs the group. */
export const alongside: Pattern = {
  name: 'alongside',
  match(view, i) {
    const verb = tok(view, i)!;
    if (!verbLemma(verb.lower, ALONGSIDE_VERBS)) return undefined;
    // "alongside", "on the side of", "side by side with".
    const words = (from: number, list: string[]): boolean => list.every((w, n) => tok(view, from + n)?.lower === w);
    const after = words(i + 1, ['alongside']) ? i + 2 : words(i + 1, ['on', 'the', 'side', 'of']) ? i + 5 : words(i + 1, ['side', 'by', 'side', 'with']) ? i + 5 : -1;
    if (after < 0) return undefined;
    const ally = unitFrom(view, after, 2);
    const subject = subjectOf(view, i, () => false);
    if (!ally || !subject) return undefined;
    return [
      {
        type: 'BACKS',
        sources: subject.units,
        targets: coordinated(view, ally).units,
        trigger: [i, after],
        cameo: '062',
        confidence: 0.8,
        pattern: 'alongside',
        clauseStart: subject.start,
      },
    ];
  },
};
