import { LISTED_WORDS as LISTED } from '../../lexicon/triggers.js';
import { inherited, type Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { objectOf } from '../object.js';
import { listItems, tok, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);
const COPULAS = new Set(['are', 'is', 'was', 'were', 'include', 'includes', 'included', 'including']);
const SANCTION_HEADS = new Set(['freeze', 'freezes', 'sanctions', 'ban', 'bans', 'embargo', 'measures']);
const TIME_WORDS = new Set(['today', 'yesterday', 'earlier', 'previously', 'also', 'so']);
const LIST_SUBJECTS = new Set(['those', 'entities', 'individuals', 'persons', 'people', 'companies', 'firms', 'officials', 'men', 'also']);

/**
 * "Among those listed are X", "Those designated include X, who ..., and Y", "The entities listed are X,
 * Y and Z", "Also designated are X", "X is subject to an asset freeze".
 */
export const listedAmong: Pattern = {
  name: 'listed-among',
  match(view, i) {
    const word = tok(view, i)!;
    // "Those designated (today) include ...".
    const copula = TIME_WORDS.has(tok(view, i + 1)?.lower ?? '') ? i + 2 : i + 1;
    if (LISTED.has(word.lower) && LIST_SUBJECTS.has(tok(view, i - 1)?.lower ?? '') && COPULAS.has(tok(view, copula)?.lower ?? '')) {
      const first = objectOf(view, copula + 1);
      if (!first) return undefined;
      const items = first.units.length === 1 ? listItems(view, first.units[0]!) : first.units;
      return inherited({
        type: 'SANCTIONED',
        targets: items.filter((u) => !isPlace(view, u)),
        trigger: [i - 1, copula],
        cameo: '163',
        confidence: 0.75,
        pattern: 'listed-among',
        clauseStart: i - 1,
      });
    }
    if (word.lower === 'subject' && tok(view, i + 1)?.lower === 'to' && BE.has(tok(view, i - 1)?.lower ?? '')) {
      let k = i + 2;
      while (tok(view, k) && ['an', 'a', 'the', 'asset', 'assets', 'travel', 'targeted', 'financial', 'and'].includes(tok(view, k)!.lower)) k++;
      if (!SANCTION_HEADS.has(tok(view, k)?.lower ?? '')) return undefined;
      const subject = subjectOf(view, i - 1, () => false);
      if (!subject) return undefined;
      return inherited({
        type: 'SANCTIONED',
        targets: subject.units,
        trigger: [i, k + 1],
        cameo: '163',
        confidence: 0.7,
        pattern: 'listed-among',
        clauseStart: subject.start,
      });
    }
    return undefined;
  },
};

function isPlace(view: SentenceView, u: Unit): boolean {
  return view.entities.get(u.entities[0] ?? '')?.type === 'PLACE';
}
