import { ACTIVE_VERBS, BAN_VERBS, REGIME_WORDS } from '../../lexicon/triggers.js';
import { inherited, type Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { isParticiple, verbLemma } from '../../forms.js';
import { coordinated, tok, unitAt, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);

/** "X was captured last week", "X has also been sanctioned": no "by", so the source is the one last named. */
export const passiveAgentless: Pattern = {
  name: 'passive-agentless',
  match(view, i) {
    const verb = tok(view, i)!;
    const lemma = verbLemma(verb.lower, ACTIVE_VERBS);
    if (!lemma || !isParticiple(verb.lower)) return undefined;
    const sense = ACTIVE_VERBS[lemma]!;
    if (sense.type === 'BACKS') return undefined; // "backed" alone says too little
    let j = i - 1;
    while (tok(view, j) && (tok(view, j)!.pos === 'ADV' || ['also', 'both', 'all', 'himself', 'itself', 'themselves', 'herself'].includes(tok(view, j)!.lower))) j--;
    if (!BE.has(tok(view, j)?.lower ?? '')) {
      // "The two entities listed, A and B, supply ...": the names apposed to the ones a release lists.
      const named = sense.type === 'SANCTIONED' && j === i - 1 ? namedAfterCounted(view, i) : undefined;
      return named && inherited({ type: sense.type, targets: named, trigger: [i, i + 1], cameo: sense.cameo, confidence: 0.65 * (sense.weight ?? 1), pattern: 'passive-agentless', clauseStart: named[0]!.start });
    }
    for (let k = i + 1; k < i + 5 && tok(view, k); k++) if (tok(view, k)!.lower === 'by') return undefined;
    const patient = subjectOf(view, i, () => false);
    if (!patient) return undefined;
    // "JNIM and IS Sahel are both proscribed in the UK": a state's ban is the state's.
    const state = banningState(view, i, lemma) ?? regimeOwner(view, i, sense.type);
    if (state) return [{ type: sense.type, sources: [state], targets: patient.units, trigger: [i, i + 1], cameo: sense.cameo, confidence: 0.7 * (sense.weight ?? 1), pattern: 'passive-agentless', clauseStart: patient.start }];
    return inherited({
      type: sense.type,
      targets: patient.units,
      trigger: [i, i + 1],
      cameo: sense.cameo,
      confidence: 0.7 * (sense.weight ?? 1),
      pattern: 'passive-agentless',
      clauseStart: patient.start,
    });
  },
};

/** Plural nouns for what a sanctions release lists: "the two entities listed, A and B". */
const LISTED_KINDS = new Set(['entities', 'individuals', 'persons', 'people', 'companies', 'firms', 'businesses', 'officials', 'commanders']);

/** After "<kinds> <participle>", the names apposed to them: ", A and B,". */
function namedAfterCounted(view: SentenceView, i: number): Unit[] | undefined {
  if (!LISTED_KINDS.has(tok(view, i - 1)?.lower ?? '')) return undefined;
  let k = i + 1;
  if (tok(view, k)?.lower === 'today') k++;
  const first = tok(view, k)?.text === ',' ? unitAt(view, k + 1) : undefined;
  if (!first || first.start !== k + 1 || first.kind !== 'NAME') return undefined;
  return coordinated(view, first).units;
}

/** "proscribed in the UK", "banned in Russia": the country after "in" right after a ban verb. */
function banningState(view: SentenceView, i: number, lemma: string): Unit | undefined {
  if (!BAN_VERBS.has(lemma) || tok(view, i + 1)?.lower !== 'in') return undefined;
  const unit = unitAt(view, tok(view, i + 2)?.lower === 'the' ? i + 3 : i + 2);
  return unit && unit.entities.length === 1 && view.entities.get(unit.entities[0]!)?.type === 'COUNTRY' ? unit : undefined;
}

/** "designated under the UK's Myanmar sanctions regime", "listed under EU sanctions rules": the regime's owner. */
function regimeOwner(view: SentenceView, i: number, type: string): Unit | undefined {
  if (type !== 'SANCTIONED' || tok(view, i + 1)?.lower !== 'under') return undefined;
  const m = tok(view, i + 2)?.lower === 'the' ? i + 3 : i + 2;
  const unit = unitAt(view, m);
  if (!unit || unit.start !== m || unit.entities.length !== 1) return undefined;
  const type_ = view.entities.get(unit.entities[0]!)?.type;
  if (type_ !== 'COUNTRY' && type_ !== 'ORGANISATION') return undefined;
  let k = unit.end;
  if (["'s", '’s'].includes(tok(view, k)?.lower ?? '')) k++;
  for (let n = 0; n < 4 && tok(view, k); n++, k++) {
    const t = tok(view, k)!;
    if (REGIME_WORDS.has(t.lower)) return unit;
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') || unitAt(view, k)?.kind === 'NAME' && view.entities.get(unitAt(view, k)!.entities[0]!)?.type !== 'COUNTRY') return undefined;
  }
  return undefined;
}
