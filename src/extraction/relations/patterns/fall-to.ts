import { FALL_VERBS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { verbLemma } from '../../forms.js';
import { coordinated, tok, unitFrom } from '../view.js';

/** "Bukavu fell to them", "Goma fell into the hands of the rebels". */
export const fallTo: Pattern = {
  name: 'fall-to',
  match(view, i) {
    const verb = tok(view, i)!;
    if (!verbLemma(verb.lower, FALL_VERBS)) return undefined;
    let k = i + 1;
    if (tok(view, k)?.lower === 'to') k++;
    else if (tok(view, k)?.lower === 'into' && tok(view, k + 2)?.lower === 'hands' && tok(view, k + 3)?.lower === 'of') k += 4;
    else return undefined;
    const agent = unitFrom(view, k, 2);
    const place = subjectOf(view, i, () => false);
    if (!agent || !place) return undefined;
    return [
      {
        type: 'CAPTURED',
        sources: coordinated(view, agent).units,
        targets: place.units,
        trigger: [i, k],
        cameo: '192',
        confidence: 0.85,
        pattern: 'fall-to',
        clauseStart: place.start,
      },
    ];
  },
};
