import { TARGET_VERBS } from '../../lexicon/triggers.js';
import { inherited, type Pattern } from '../candidate.js';
import { objectOf } from '../object.js';
import type { Unit } from '../../types.js';
import { tok, unitAt, type SentenceView } from '../view.js';

/** "Today's action targets X", "The measures target Y", "The listings include X": the sanctions named before fall on them. */
export const measuresTarget: Pattern = {
  name: 'measures-target',
  match(view, i) {
    const verb = tok(view, i)!;
    if (!TARGET_VERBS.has(verb.lower)) return undefined;
    let j = i - 1;
    while (tok(view, j) && ['also', 'further', 'will', 'would', 'now', 'today'].includes(tok(view, j)!.lower)) j--;
    if (!MEASURE_NOUNS.has(tok(view, j)?.lower ?? '')) return undefined;
    const target = objectOf(view, i + 1);
    if (!target) return undefined;
    const c = {
      type: 'SANCTIONED' as const,
      targets: target.units,
      trigger: [j, i + 1] as [number, number],
      cameo: '163',
      confidence: 0.7,
      pattern: 'measures-target',
      clauseStart: j,
    };
    const owner = ownerOf(view, j);
    return owner ? [{ ...c, sources: [owner], clauseStart: owner.start }] : inherited(c);
  },
};

/** "The EU's latest package of sanctions", "Washington's new sanctions": the owner of the measures at `j`. */
function ownerOf(view: SentenceView, j: number): Unit | undefined {
  for (let k = j - 1; k > j - 6; k--) {
    const t = tok(view, k);
    if (!t) return undefined;
    if ((t.lower === "'s" || t.lower === '’s') && unitAt(view, k - 1)) return unitAt(view, k - 1);
    if (t.text !== t.lower || !(t.lower === 'of' || ['ADJ', 'NOUN', 'NUM'].includes(t.pos))) return undefined;
  }
  return undefined;
}

const MEASURE_NOUNS = new Set(['action', 'actions', 'measures', 'sanctions', 'designation', 'designations', 'listing', 'listings', 'package', 'move', 'penalties']);
