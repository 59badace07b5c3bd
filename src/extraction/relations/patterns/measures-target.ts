import { TARGET_VERBS } from '../../lexicon/triggers.js';
import { inherited, type Candidate, type Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { objectOf } from '../object.js';
import type { Unit } from '../../types.js';
import { tok, unitAt, type SentenceView } from '../view.js';

/** "Today's action targets X", "The measures target Y", "The listings include X": the sanctions named before fall on them. */
export const measuresTarget: Pattern = {
  name: 'measures-target',
  match(view, i) {
    const verb = tok(view, i)!;
    if (verb.lower === 'targeted' && tok(view, i + 1)?.lower === 'by') return targetedBy(view, i);
    if (!TARGET_VERBS.has(verb.lower)) return undefined;
    let j = i - 1;
    while (tok(view, j) && (['also', 'further', 'will', 'would', 'now', 'today'].includes(tok(view, j)!.lower) || (tok(view, j)!.pos === 'ADV' && tok(view, j)!.lower.endsWith('ly')))) j--;
    // "The sanctions announced by Britain on Tuesday target X": the agent of the measures owns them.
    const agent = MEASURE_NOUNS.has(tok(view, j)?.lower ?? '') ? undefined : measuresBy(view, j);
    if (agent) j = agent.measure;
    if (!MEASURE_NOUNS.has(tok(view, j)?.lower ?? '')) return undefined;
    // ("covers only the TLM".)
    const target = objectOf(view, tok(view, i + 1)?.lower === 'only' ? i + 2 : i + 1);
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
    const owner = agent?.owner ?? ownerOf(view, j);
    return owner ? [{ ...c, sources: [owner], clauseStart: owner.start }] : inherited(c);
  },
};

/** "sanctions announced by Britain on Tuesday" ending at `j`: the measure noun and the agent. */
function measuresBy(view: SentenceView, j: number): { measure: number; owner: Unit } | undefined {
  let k = j;
  while (k > j - 4 && tok(view, k) && !unitAt(view, k) && (tok(view, k)!.pos === 'NUM' || ['on', 'in', 'last', 'this', 'week', 'month', 'year', 'today'].includes(tok(view, k)!.lower) || /day$/.test(tok(view, k)!.lower))) k--;
  const owner = unitAt(view, k);
  if (!owner || tok(view, owner.start - 1)?.lower !== 'by') return undefined;
  const participle = tok(view, owner.start - 2);
  const measure = owner.start - 3;
  if (!participle || participle.text !== participle.lower || !/ed$/.test(participle.lower) || !MEASURE_NOUNS.has(tok(view, measure)?.lower ?? '')) return undefined;
  return { measure, owner };
}

/**
 * "X and Y are among those targeted by the new EU measures", "X was targeted by U.S. sanctions":
 * the owner of the measures sanctioned the ones targeted (but not "targeted by drone strikes").
 */
function targetedBy(view: SentenceView, i: number): Candidate[] | undefined {
  let k = i + 2;
  let owner: Unit | undefined;
  for (; k < i + 7 && tok(view, k) && !MEASURE_NOUNS.has(tok(view, k)!.lower); k++) owner = unitAt(view, k) ?? owner;
  if (!owner || !MEASURE_NOUNS.has(tok(view, k)?.lower ?? '')) return undefined;
  const among = tok(view, i - 1)?.lower === 'those' && tok(view, i - 2)?.lower === 'among';
  const patient = subjectOf(view, among ? i - 2 : i, () => false);
  if (!patient) return undefined;
  return [{ type: 'SANCTIONED', sources: [owner], targets: patient.units, trigger: [i, k + 1], cameo: '163', confidence: 0.72, pattern: 'measures-target', clauseStart: patient.start }];
}

/** "The EU's latest package of sanctions", "Washington's new sanctions": the owner of the measures at `j`. */
function ownerOf(view: SentenceView, j: number): Unit | undefined {
  for (let k = j - 1; k > j - 6; k--) {
    const t = tok(view, k);
    if (!t) return undefined;
    if ((t.lower === "'s" || t.lower === '’s') && unitAt(view, k - 1)) return unitAt(view, k - 1);
    // "the UN Security Council, whose arms embargo covers": the name the relative pronoun stands for.
    if (t.lower === 'whose' && tok(view, k - 1)?.text === ',' && unitAt(view, k - 2)) return unitAt(view, k - 2);
    if (t.text !== t.lower || !(t.lower === 'of' || ['ADJ', 'NOUN', 'NUM'].includes(t.pos))) return undefined;
  }
  return undefined;
}

const MEASURE_NOUNS = new Set(['action', 'actions', 'measures', 'sanctions', 'designation', 'designations', 'listing', 'listings', 'package', 'move', 'penalties', 'embargo']);
