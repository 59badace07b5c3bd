import { AID_NOUNS, BUY_VERBS, RECEIVE_VERBS, RELY_VERBS } from '../../lexicon/triggers.js';
import type { Candidate, Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { headOf } from '../object.js';
import { verbLemma } from '../../forms.js';
import { coordinated, tok, unitFrom, type SentenceView } from '../view.js';

const BACKING_NOUNS = new Set(['support', 'backing', 'protection', 'help', 'assistance', 'patronage']);
// ("more than $3.5 billion a year from the Iraqi budget": amounts and rates too.)
const SHARE_WORDS = new Set(['most', 'much', 'some', 'all', 'part', 'of', 'its', 'their', 'his', 'her', 'than', '$', '€', '£', 'a', 'per', 'year', 'month']);

/** "The Lumara Liberation Front receives weapons and cash from neighbouring Osra", "enjoys the backing of Osra", "relies on Osra for weapons". */
export const receiveFrom: Pattern = {
  name: 'receive-from',
  match(view, i) {
    const verb = tok(view, i)!;
    if (verbLemma(verb.lower, RELY_VERBS)) return relyOn(view, i);
    const lemma = verbLemma(verb.lower, RECEIVE_VERBS);
    if (!lemma) return undefined;
    let k = i + 1;
    let cameo: string | undefined;
    for (let guard = 0; guard < 8; guard++, k++) {
      const t = tok(view, k);
      if (!t) return undefined;
      if (t.lower === 'of' && BACKING_NOUNS.has(tok(view, k - 1)?.lower ?? '')) break;
      const code = AID_NOUNS[t.lower];
      // ("weapons and recruits from": a plural noun after "and" the tagger took for a verb.)
      const plural = t.pos === 'VERB' && /[^s]s$/.test(t.lower) && (tok(view, k - 1)?.lower === 'and' || tok(view, k - 1)?.text === ',');
      if (code) cameo ??= code;
      // "most of its weapons", "much of their funding".
      // ("an estimated $700 million": a participle after an article describes the amount.)
      else if (!(t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET' || t.lower === 'and' || t.text === ',' || t.pos === 'NOUN' || plural || SHARE_WORDS.has(t.lower) || (t.pos === 'VERB' && t.lower.endsWith('ed') && tok(view, k - 1)?.pos === 'DET'))) break;
    }
    // "enjoys the backing of Velmar": "of" after the support itself.
    const of = tok(view, k)?.lower === 'of' && BACKING_NOUNS.has(tok(view, k - 1)?.lower ?? '');
    if (!cameo || (tok(view, k)?.lower !== 'from' && !of) || (BUY_VERBS.has(lemma) && cameo !== '072')) return undefined;
    const named = unitFrom(view, k + 1, 2);
    const giver = named && headOf(view, named);
    const receiver = subjectOf(view, i, () => false);
    if (!giver || !receiver) return undefined;
    // ("has received no money from Washington": none came.)
    const negated = view.tokens.slice(i + 1, k).some((t) => t.lower === 'no') ? { negated: true } : {};
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
        ...negated,
      },
    ];
  },
};

/** "The Houthis rely on Iran for weapons and funding", "depends heavily on Russian air support" (the latter names no giver). */
function relyOn(view: SentenceView, i: number): Candidate[] | undefined {
  let k = i + 1;
  while (tok(view, k)?.pos === 'ADV') k++;
  if (tok(view, k)?.lower !== (verbLemma(tok(view, i)!.lower, RELY_VERBS) === 'turn' ? 'to' : 'on')) return undefined;
  const found = unitFrom(view, k + 1, 2);
  if (!found) return undefined;
  // "turned to Russia's Africa Corps for support": the possessed body gives, not its owner.
  const givers = coordinated(view, headOf(view, found));
  // "relied on Chinese and Russian weapons": the givers' demonyms on the aid itself.
  const demonyms = givers.units.every((u) => u.kind === 'NOMINAL' && view.entities.get(u.entities[0] ?? '')?.type === 'COUNTRY');
  let cameo: string | undefined;
  if (demonyms) {
    for (let m = givers.end; m < givers.end + 3 && tok(view, m) && !cameo; m++) cameo = AID_NOUNS[tok(view, m)!.lower];
  } else if (tok(view, givers.end)?.lower === 'for') {
    for (let m = givers.end + 1; m < givers.end + 6 && tok(view, m) && !cameo; m++) cameo = AID_NOUNS[tok(view, m)!.lower];
  }
  const receiver = cameo && subjectOf(view, i, () => false);
  if (!cameo || !receiver) return undefined;
  return [
    {
      type: 'BACKS',
      sources: givers.units,
      targets: receiver.units,
      trigger: [i, k + 1],
      cameo,
      confidence: 0.8,
      pattern: 'receive-from',
      clauseStart: receiver.start,
    },
  ];
}
