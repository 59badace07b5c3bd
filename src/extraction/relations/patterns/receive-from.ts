import { AID_NOUNS, RECEIVE_VERBS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { verbLemma } from '../../forms.js';
import { coordinated, tok, unitFrom } from '../view.js';

/** "The Lumara Liberation Front receives weapons and cash from neighbouring Osra." */
export const receiveFrom: Pattern = {
  name: 'receive-from',
  match(view, i) {
    const verb = tok(view, i)!;
    if (!verbLemma(verb.lower, RECEIVE_VERBS)) return undefined;
    let k = i + 1;
    let cameo: string | undefined;
    for (let guard = 0; guard < 8; guard++, k++) {
      const t = tok(view, k);
      if (!t) return undefined;
      const code = AID_NOUNS[t.lower];
      if (code) cameo ??= code;
      else if (!(t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET' || t.lower === 'and' || t.text === ',' || t.pos === 'NOUN')) break;
    }
    if (!cameo || tok(view, k)?.lower !== 'from') return undefined;
    const giver = unitFrom(view, k + 1, 2);
    const receiver = subjectOf(view, i, () => false);
    if (!giver || !receiver) return undefined;
    return [
      {
        type: 'BACKS',
        sources: coordinated(view, giver).units,
        targets: receiver.units,
        trigger: [i, k + 1],
        cameo,
        confidence: 0.82,
        pattern: 'receive-from',
        clauseStart: receiver.start,
      },
    ];
  },
};
