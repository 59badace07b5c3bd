import type { Pattern } from '../candidate.js';
import type { Unit } from '../../types.js';
import { subjectOf } from '../subject.js';
import { earlierVerbOf } from '../subject.js';
import { tok, unitAt, unitFrom, type SentenceView } from '../view.js';

const SUPPORT_NOUNS = new Set(['support', 'backing', 'help', 'assistance']);

/**
 * "Hezbollah began firing at Israel in support of Hamas": the clause's subject backs the group.
 * "carried out by the RSF with the backing of the LNA", "The KPF, with the support of Iran, seized":
 * the one named after "of" backs the clause's actor.
 */
export const inSupportOf: Pattern = {
  name: 'in-support-of',
  match(view, i) {
    const noun = tok(view, i)?.lower ?? '';
    if (!SUPPORT_NOUNS.has(noun) || tok(view, i + 1)?.lower !== 'of') return undefined;
    const named = unitFrom(view, i + 2, 2);
    if (!named) return undefined;
    if (noun === 'support' && tok(view, i - 1)?.lower === 'in') {
      const verb = earlierVerbOf(view, i - 1);
      const subject = verb !== undefined ? subjectOf(view, verb, () => false) : undefined;
      return subject ? [candidate(subject.units, [named], i - 1, i + 2, subject.start, 0.7)] : undefined;
    }
    if (tok(view, i - 1)?.lower !== 'the' || tok(view, i - 2)?.lower !== 'with') return undefined;
    const actor = actorBefore(view, i - 2);
    return actor ? [candidate([named], [actor], i - 2, i + 2, actor.start, 0.72)] : undefined;
  },
};

/** Who acts "with the backing of": the agent right before ("by the RSF with"), or the name before ", with". */
function actorBefore(view: SentenceView, withAt: number): Unit | undefined {
  const agent = unitAt(view, withAt - 1);
  const by = tok(view, agent ? agent.start - 1 : -1)?.lower === 'the' ? agent!.start - 2 : (agent?.start ?? 0) - 1;
  if (agent && agent.end === withAt && tok(view, by)?.lower === 'by') return agent;
  if (tok(view, withAt - 1)?.text !== ',') return undefined;
  const before = unitAt(view, withAt - 2);
  return before && before.kind === 'NAME' && before.start === view.sentence.firstToken + (tok(view, view.sentence.firstToken)?.lower === 'the' ? 1 : 0) ? before : undefined;
}

function candidate(sources: Unit[], targets: Unit[], start: number, end: number, clauseStart: number, confidence: number) {
  return { type: 'BACKS' as const, sources, targets, trigger: [start, end] as [number, number], cameo: '070', confidence, pattern: 'in-support-of', clauseStart };
}
