import { AID_NOUNS, ARRIVE_VERBS as ARRIVE } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { coordinated, tok, unitAt, unitFrom } from '../view.js';

const POSSESSIVE = new Set(["'s", '’s', '’', "'", 'its', 'their']);

/** "the group's new drones and anti-tank weapons came from neighbouring Dorvan": the source backs the owner. */
export const aidFrom: Pattern = {
  name: 'aid-from',
  match(view, i) {
    const verb = tok(view, i)!;
    if (!ARRIVE.has(verb.lower)) return undefined;
    let k = i + 1;
    while (tok(view, k) && ['in', 'directly', 'mostly', 'largely', 'partly', 'reportedly', 'allegedly'].includes(tok(view, k)!.lower)) k++;
    if (tok(view, k)?.lower !== 'from') return undefined;
    const giver = unitFrom(view, k + 1, 2);
    if (!giver) return undefined;
    // Back over the aid phrase to its owner: "<owner>'s (adj|noun|and)* <aid noun> (were|was)? <verb>".
    let j = i - 1;
    while (tok(view, j) && ['were', 'was', 'had', 'have', 'been', 'reportedly', 'allegedly'].includes(tok(view, j)!.lower)) j--;
    let cameo: string | undefined;
    for (let guard = 0; guard < 8 && tok(view, j); guard++, j--) {
      const t = tok(view, j)!;
      if (POSSESSIVE.has(t.lower)) break;
      const code = AID_NOUNS[t.lower];
      if (code) cameo ??= code;
      else if (!(t.text === t.lower && ['NOUN', 'ADJ', 'CCONJ', 'PUNCT'].includes(t.pos))) return undefined;
    }
    const mark = tok(view, j);
    if (!cameo || !mark || !POSSESSIVE.has(mark.lower)) return undefined;
    const owner = mark.lower === 'its' || mark.lower === 'their' ? unitAt(view, j) : unitAt(view, j - 1);
    if (!owner) return undefined;
    return [
      {
        type: 'BACKS',
        sources: coordinated(view, giver).units,
        targets: [owner],
        trigger: [i, k + 1],
        cameo,
        confidence: 0.75,
        pattern: 'aid-from',
        clauseStart: owner.start,
      },
    ];
  },
};
