import { CONTROL_VERBS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { QUOTES, subjectOf } from '../subject.js';
import { objectOf } from '../object.js';
import { verbLemma } from '../../forms.js';
import { tok } from '../view.js';

/** "took control of Aleppo and then Hama", "seized full control of the town". */
export const controlOf: Pattern = {
  name: 'control-of',
  match(view, i) {
    const verb = tok(view, i)!;
    if (!verbLemma(verb.lower, CONTROL_VERBS)) return undefined;
    let k = i + 1;
    // ("wrested back control of Wad Madani", "took back full control of").
    // ('have taken "full control" of Kyaukphyu': the words quoted from a statement.)
    const quote = (at: number): boolean => QUOTES.test(tok(view, at)?.text ?? '');
    while (tok(view, k) && (tok(view, k)!.pos === 'ADJ' || quote(k) || ['full', 'total', 'effective', 'partial', 'back'].includes(tok(view, k)!.lower))) k++;
    const closing = quote(k + 1) ? 1 : 0;
    // ("regained control over Lachin").
    if (tok(view, k)?.lower !== 'control' || (tok(view, k + 1 + closing)?.lower !== 'of' && tok(view, k + 1 + closing)?.lower !== 'over')) return undefined;
    k += closing;
    const place = objectOf(view, k + 2, ['in', 'of']);
    const subject = subjectOf(view, i, () => false);
    if (!place || !subject) return undefined;
    return [
      {
        type: 'CAPTURED',
        sources: subject.units,
        targets: place.units,
        trigger: [i, k + 2],
        cameo: '192',
        confidence: 0.88,
        pattern: 'control-of',
        clauseStart: subject.start,
      },
    ];
  },
};
