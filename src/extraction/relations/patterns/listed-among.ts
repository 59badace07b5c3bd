import { LISTED_WORDS as LISTED, SANCTION_COMPOUNDS } from '../../lexicon/triggers.js';
import { inherited, type Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { objectOf } from '../object.js';
import { isPlace, listItems, tok, unitAt, unitFrom, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);
const COPULAS = new Set(['are', 'is', 'was', 'were', 'include', 'includes', 'included', 'including']);
const SANCTION_HEADS = new Set(['freeze', 'freezes', 'sanctions', 'ban', 'bans', 'embargo', 'measures']);
const HIT = new Set(['hit', 'slapped', 'targeted']);
const TIME_WORDS = new Set(['today', 'yesterday', 'earlier', 'previously', 'also', 'so']);
const LIST_SUBJECTS = new Set(['those', 'entities', 'individuals', 'persons', 'people', 'companies', 'firms', 'officials', 'men', 'also', 'entity', 'individual', 'person', 'company']);

/**
 * "Among those listed are X", "Those designated include X, who ..., and Y", "The entities listed are X,
 * Y and Z", "Also designated are X", "X is subject to an asset freeze", "X was hit with sanctions by Y".
 */
export const listedAmong: Pattern = {
  name: 'listed-among',
  match(view, i) {
    const word = tok(view, i)!;
    // "Those designated (today) include ...", "Among those sanctioned by the EU were ...".
    let copula = TIME_WORDS.has(tok(view, i + 1)?.lower ?? '') ? i + 2 : i + 1;
    const by = tok(view, copula)?.lower === 'by' ? unitFrom(view, copula + 1, 2) : undefined;
    if (by) copula = TIME_WORDS.has(tok(view, by.end)?.lower ?? '') ? by.end + 1 : by.end;
    // "Sanctioned individuals include X": the participle before the ones listed.
    const before = LISTED.has(word.lower) && LIST_SUBJECTS.has(tok(view, i + 1)?.lower ?? '') && COPULAS.has(tok(view, i + 2)?.lower ?? '') && i === view.sentence.firstToken;
    if (before) copula = i + 2;
    // ("Designated today are X, ..., and Y": the participle opening the sentence.)
    if (LISTED.has(word.lower) && (before || LIST_SUBJECTS.has(tok(view, i - 1)?.lower ?? '') || i === view.sentence.firstToken) && COPULAS.has(tok(view, copula)?.lower ?? '')) {
      const first = objectOf(view, copula + 1);
      if (!first) return undefined;
      const items = first.units.length === 1 ? listItems(view, first.units[0]!) : first.units;
      const c = {
        type: 'SANCTIONED' as const,
        targets: items.filter((u) => !isPlace(view, u)),
        trigger: [before || i === view.sentence.firstToken ? i : i - 1, copula] as [number, number],
        cameo: '163',
        confidence: 0.75,
        pattern: 'listed-among',
        clauseStart: before || i === view.sentence.firstToken ? i : i - 1,
      };
      return by ? [{ ...c, sources: [by] }] : inherited(c);
    }
    // "X is subject to an asset freeze", "X was hit with sanctions by Y".
    const link = word.lower === 'subject' ? 'to' : HIT.has(word.lower) ? 'with' : undefined;
    // ("who is also subject to": past an adverb.)
    const be = tok(view, i - 1)?.pos === 'ADV' ? i - 2 : i - 1;
    if (link && tok(view, i + 1)?.lower === link && BE.has(tok(view, be)?.lower ?? '')) {
      let k = i + 2;
      let imposer: Unit | undefined; // "subject to U.S. sanctions"
      for (;;) {
        const owner = unitAt(view, k);
        if (owner && owner.start === k && !imposer) (imposer = owner), (k = owner.end);
        // ("subject to EU restrictive measures": the words the sanctions nouns take before them.)
        else if (tok(view, k) && (['an', 'a', 'the', 'and'].includes(tok(view, k)!.lower) || SANCTION_COMPOUNDS.has(tok(view, k)!.lower))) k++;
        else break;
      }
      if (!SANCTION_HEADS.has(tok(view, k)?.lower ?? '')) return undefined;
      // "a travel ban and an asset freeze imposed by the Council": past the measures listed, to their agent.
      let m = k + 1;
      while (tok(view, m) && ['and', 'an', 'a', 'asset', 'assets', 'travel', 'arms'].includes(tok(view, m)!.lower) && m < k + 6) m++;
      if (m > k + 1 && SANCTION_HEADS.has(tok(view, m)?.lower ?? '')) k = m;
      if (tok(view, k + 1)?.pos === 'VERB' && /ed$/.test(tok(view, k + 1)!.lower) && tok(view, k + 2)?.lower === 'by') k++;
      const subject = subjectOf(view, be, () => false);
      // ("They are now subject to an asset freeze" after a list of people: a pronoun may reach the wrong body.)
      if (!subject || subject.units.every((u) => u.kind === 'PRONOUN')) return undefined;
      const c = {
        type: 'SANCTIONED' as const,
        targets: subject.units,
        trigger: [i, k + 1] as [number, number],
        cameo: '163',
        confidence: 0.7,
        pattern: 'listed-among',
        clauseStart: subject.start,
      };
      const by = imposer ?? (tok(view, k + 1)?.lower === 'by' || tok(view, k + 1)?.lower === 'from' ? unitFrom(view, k + 2, 2) : undefined);
      return by ? [{ ...c, sources: [by] }] : inherited(c);
    }
    return undefined;
  },
};
