import { FREEZE_VERBS } from '../../lexicon/triggers.js';
import { verbLemma } from '../../forms.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { objectOf } from '../object.js';
import { tok, unitAt } from '../view.js';

const ASSETS = new Set(['assets', 'funds', 'accounts', 'property', 'properties', 'holdings', 'interests']);

/**
 * "The EU froze the assets of Hamas leader X", "Britain froze X's assets", "OFAC blocked all
 * property of X": the owner of the assets is sanctioned.
 */
export const freezeAssets: Pattern = {
  name: 'freeze-assets',
  match(view, i) {
    const verb = tok(view, i)!;
    // ("ordered the seizure of assets belonging to X": a court's seizure of assets freezes them too.)
    const seizure = ['seizure', 'confiscation'].includes(verb.lower);
    if (verb.text !== verb.lower || (!verbLemma(verb.lower, FREEZE_VERBS) && !seizure)) return undefined;
    // "ordered the freezing of all assets held by X": the noun, and the one who ordered it.
    const noun = (verb.lower === 'freezing' || seizure) && tok(view, i + 1)?.lower === 'of' && tok(view, i - 1)?.lower === 'the';
    if (seizure && !noun) return undefined;
    let k = noun ? i + 2 : i + 1;
    while (tok(view, k) && ['the', 'all', 'any', 'their', 'its', 'his', 'her'].includes(tok(view, k)!.lower)) k++;
    let owner;
    const first = unitAt(view, k);
    // ("frozen the company's accounts": a description's unit starts at its article.)
    if (first && (first.start === k || (first.start === k - 1 && tok(view, k - 1)?.lower === 'the')) && (tok(view, first.end)?.lower === "'s" || tok(view, first.end)?.lower === '’s')) {
      // "froze Yahya Sinwar's assets": the possessor, when what it owns is assets.
      let m = first.end + 1;
      while (tok(view, m)?.pos === 'ADJ') m++;
      if (ASSETS.has(tok(view, m)?.lower ?? '')) owner = { units: [first], start: first.start };
    } else {
      // ("the bank accounts of X": a noun describing the assets too.)
      for (let n = 0; n < 3 && !ASSETS.has(tok(view, k)?.lower ?? '') && ['ADJ', 'NOUN'].includes(tok(view, k)?.pos ?? '') && tok(view, k)!.text === tok(view, k)!.lower; n++) k++;
      if (!ASSETS.has(tok(view, k)?.lower ?? '')) return undefined;
      const link = tok(view, k + 1)?.lower;
      // ("all assets held in Kavaro by X": past where they are held.)
      let by = k + 2;
      const where = tok(view, by)?.lower === 'in' ? unitAt(view, by + 1) : undefined;
      if (where && where.start === by + 1) by = where.end;
      const at = link === 'of' ? k + 2 : (link === 'belonging' || link === 'held' || link === 'owned') && ['to', 'by'].includes(tok(view, by)?.lower ?? '') ? by + 1 : -1;
      if (at < 0) return undefined;
      owner = objectOf(view, at);
    }
    if (!owner) return undefined;
    const subject = noun ? (tok(view, i - 2)?.pos === 'VERB' ? subjectOf(view, i - 2, () => false) : undefined) : subjectOf(view, i, () => false);
    if (!subject) return undefined;
    return [
      {
        type: 'SANCTIONED',
        sources: subject.units,
        targets: owner.units,
        trigger: [i, i + 1],
        cameo: '163',
        confidence: 0.8,
        pattern: 'freeze-assets',
        clauseStart: subject.start,
      },
    ];
  },
};
