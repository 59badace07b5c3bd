import { TARGET_VERBS } from '../../lexicon/triggers.js';
import { inherited, type Pattern } from '../candidate.js';
import { objectOf } from '../object.js';
import { tok } from '../view.js';

/** "Today's action targets X", "The measures target Y": the sanctions named before fall on them. */
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
    return inherited({
      type: 'SANCTIONED',
      targets: target.units,
      trigger: [j, i + 1],
      cameo: '163',
      confidence: 0.7,
      pattern: 'measures-target',
      clauseStart: j,
    });
  },
};

const MEASURE_NOUNS = new Set(['action', 'actions', 'measures', 'sanctions', 'designation', 'designations', 'listing', 'listings', 'package', 'move', 'penalties']);
