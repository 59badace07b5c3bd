import { ACTIVE_VERBS } from '../../lexicon/triggers.js';
import { verbLemma } from '../../forms.js';
import type { Pattern } from '../candidate.js';
import type { Unit } from '../../types.js';
import { subjectOf } from '../subject.js';
import { earlierVerbOf } from '../subject.js';
import { MEMBER_NOUNS, tok, unitAt, unitFrom, type SentenceView } from '../view.js';

const SUPPORT_NOUNS = new Set(['support', 'backing', 'help', 'assistance', 'funding', 'financing']);

/**
 * "Hezbollah began firing at Israel in support of Hamas": the clause's subject backs the group.
 * "carried out by the RSF with the backing of the LNA", "The KPF, with the support of Iran, seized",
 * "Forces of the GNA, with military support from Turkey, retook", "retook Tarhuna with air support
 * from Turkey", "With the backing of Iran, the Houthis seized": the one named after "of" or "from"
 * backs the clause's actor.
 */
export const inSupportOf: Pattern = {
  name: 'in-support-of',
  match(view, i) {
    const noun = tok(view, i)?.lower ?? '';
    const by = tok(view, i + 1)?.lower;
    // "With Eritrean help, the X Front seized Ketavi", "The X Front, with Eritrean backing, seized": the
    // demonym's state backs the clause's subject.
    const giver = unitAt(view, i - 1);
    if (SUPPORT_NOUNS.has(noun) && giver?.end === i && giver.kind === 'NOMINAL' && tok(view, giver.start - 1)?.lower === 'with') {
      const w = giver.start - 1;
      const actor = actorBefore(view, w) ?? actorAfter(view, w, i + 1);
      return actor ? [candidate([giver], actor.units, w, i + 1, actor.start, 0.72)] : undefined;
    }
    if (!SUPPORT_NOUNS.has(noun) || (by !== 'of' && by !== 'from')) return undefined;
    const named = unitFrom(view, i + 2, 2);
    if (!named) return undefined;
    if (noun === 'support' && by === 'of' && tok(view, i - 1)?.lower === 'in') {
      const verb = earlierVerbOf(view, i - 1);
      const subject = verb !== undefined ? (participleAfterName(view, verb) ?? subjectOf(view, verb, () => false)) : undefined;
      return subject ? [candidate(subject.units, [named], i - 1, i + 2, subject.start, 0.7)] : undefined;
    }
    // "with the backing of", "with military support from": one kind word may come before the noun.
    let w = i - 1;
    if ((tok(view, w)?.pos === 'ADJ' || tok(view, w)?.pos === 'NOUN') && tok(view, w)!.text === tok(view, w)!.lower) w--;
    if (tok(view, w)?.lower === 'the') w--;
    if (tok(view, w)?.lower !== 'with') return undefined;
    if (by === 'of' && tok(view, i - 1)?.lower !== 'the') return undefined;
    // (After a clause, "with the backing of X" is under-protection's: "moved the money with the backing of Iran's IRGC".)
    // ("With help from Wagner mercenaries, the army": past the name's members.)
    const end = MEMBER_NOUNS.has(tok(view, named.end)?.text ?? '') ? named.end + 1 : named.end;
    const actor = actorBefore(view, w) ?? actorAfter(view, w, end) ?? (by === 'from' ? clauseActor(view, w) : undefined);
    return actor ? [candidate([named], actor.units, w, i + 2, actor.start, 0.72)] : undefined;
  },
};

/** "the MSS mission, deployed in support of": the name a past participle after its comma describes. */
function participleAfterName(view: SentenceView, verb: number): { units: Unit[]; start: number } | undefined {
  if (tok(view, verb - 1)?.text !== ',' || !/(?:ed|en)$/.test(tok(view, verb)?.lower ?? '')) return undefined;
  let k = verb - 2;
  // ("the Kenya-led Multinational Security Support (MSS) mission,": past a kind noun and a bracketed acronym.)
  if (tok(view, k)?.text === tok(view, k)?.lower && MEMBER_NOUNS.has(tok(view, k)?.lower ?? '')) k--;
  if (tok(view, k)?.text === ')' && tok(view, k - 2)?.text === '(') k -= 3;
  const named = unitAt(view, k);
  return named && named.kind === 'NAME' ? { units: [named], start: named.start } : undefined;
}

/** Who acts "with the backing of": the agent right before ("by the RSF with"), or the subject before ", with". */
function actorBefore(view: SentenceView, withAt: number): { units: Unit[]; start: number } | undefined {
  const agent = unitAt(view, withAt - 1);
  const by = tok(view, agent ? agent.start - 1 : -1)?.lower === 'the' ? agent!.start - 2 : (agent?.start ?? 0) - 1;
  if (agent && agent.end === withAt && tok(view, by)?.lower === 'by') return { units: [agent], start: agent.start };
  if (tok(view, withAt - 1)?.text !== ',') return undefined;
  const before = unitAt(view, withAt - 2);
  if (!before || before.kind !== 'NAME') return undefined;
  // Only an opening subject: "(When) (forces of) (the) X, with ...".
  let opening = '';
  for (let k = view.sentence.firstToken; k < before.start; k++) opening += `${tok(view, k)!.lower} `;
  return OPENING_SUBJECT.test(opening) ? { units: [before], start: before.start } : undefined;
}

const OPENING_SUBJECT = /^(?:(?:when|after|as|once|since|before) )?(?:(?:forces|fighters|troops|units|soldiers) of )?(?:the )?$/;

/** "With the backing of Iran, the Houthis seized": a phrase opening the sentence; its subject follows the comma. */
function actorAfter(view: SentenceView, withAt: number, end: number): { units: Unit[]; start: number } | undefined {
  if (withAt !== view.sentence.firstToken || tok(view, end)?.text !== ',') return undefined;
  let k = end + 1;
  if (tok(view, k)?.lower === 'the') k++;
  const subject = unitAt(view, k);
  // ("the Malian army": a state's force named by its demonym too.)
  const named = subject !== undefined && (subject.kind === 'NAME' || view.entities.get(subject.entities[0] ?? '')?.type === 'ORGANISATION');
  return subject && subject.start >= k - 1 && named && isVerb(view, subject.end) ? { units: [subject], start: subject.start } : undefined;
}

/** "The KPF retook Tarhuna with air support from Turkey": the subject of the verb the phrase closes. */
function clauseActor(view: SentenceView, withAt: number): { units: Unit[]; start: number } | undefined {
  if (tok(view, withAt - 1)?.text === ',') return undefined;
  for (let k = withAt - 1; k > view.sentence.firstToken && k > withAt - 8; k--) {
    if (tok(view, k)!.text === ',') return undefined;
    if (isVerb(view, k)) return subjectOf(view, k, () => false);
  }
  return undefined;
}

/** A verb, or a trigger verb's form the tagger took for a noun ("retook"). */
function isVerb(view: SentenceView, k: number): boolean {
  const t = tok(view, k);
  return t !== undefined && t.text === t.lower && (t.pos === 'VERB' || verbLemma(t.lower, ACTIVE_VERBS) !== undefined);
}

function candidate(sources: Unit[], targets: Unit[], start: number, end: number, clauseStart: number, confidence: number) {
  return { type: 'BACKS' as const, sources, targets, trigger: [start, end] as [number, number], cameo: '070', confidence, pattern: 'in-support-of', clauseStart };
}
