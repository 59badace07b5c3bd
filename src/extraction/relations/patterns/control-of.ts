import { CONTROL_VERBS } from '../../lexicon/triggers.js';
import type { Argument, Pattern } from '../candidate.js';
import { QUOTES, subjectOf } from '../subject.js';
import { objectOf } from '../object.js';
import { verbLemma } from '../../forms.js';
import { tok, type SentenceView } from '../view.js';

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
    // "took control of Bandoko, the main town of the prefecture, in August, and of the Tombali mine in October".
    const more = andOfAfter(view, place.units[place.units.length - 1]!.end);
    return [
      {
        type: 'CAPTURED',
        sources: subject.units,
        targets: more ? [...place.units, ...more.units] : place.units,
        trigger: [i, k + 2],
        cameo: '192',
        confidence: 0.88,
        pattern: 'control-of',
        clauseStart: subject.start,
      },
    ];
  },
};

/** ", and of X" after the first object (past its apposition and a date, no verb between): more places controlled. */
function andOfAfter(view: SentenceView, from: number): Argument | undefined {
  for (let k = from; k < from + 16 && k < view.sentence.endToken - 2; k++) {
    const t = tok(view, k)!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.text === t.lower) return undefined;
    if (t.lower === 'and' && tok(view, k + 1)?.lower === 'of' && tok(view, k - 1)?.text === ',') return objectOf(view, k + 2, ['in', 'of']);
  }
  return undefined;
}
