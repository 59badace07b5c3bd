import type { Candidate, Pattern } from '../candidate.js';
import { headOf } from '../object.js';
import { nounTarget, nounTriggerAt, type NounTrigger } from '../nominal.js';
import { coordinated, pastAcronym, possessiveAt, tok, unitAt, unitFrom } from '../view.js';
import type { Unit } from '../../types.js';

const OPENED = new Set(['opened', 'launched', 'conducted', 'started', 'begun', 'led', 'ordered', 'carried', 'announced', 'imposed']);

/** Prepositions opening a place aside: "near the border", "in the north". */
const ASIDE_OPENERS = new Set(['near', 'in', 'on', 'along', 'north', 'south', 'east', 'west', 'outside', 'close']);

/** "the capture of Goma by M23", "Sanctions against the Wagner Group were extended by the United Kingdom", "the fall of Goma to M23". */
export const nominalBy: Pattern = {
  name: 'nominal-by',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger) return undefined;
    const agentFirst = agentThenTarget(view, trigger);
    if (agentFirst) return agentFirst;
    const owned = possessedThenAgent(view, trigger);
    if (owned) return owned;
    const target = nounTarget(view, trigger);
    if (!target) return undefined;
    const agentWord = agentWordOf(view, trigger);
    // The agent follows the target, past a passive verb: "... were extended by".
    let k = target.end;
    // "the seizure of Maiwut, near the Ethiopian border, by the militia": past a short aside.
    // ("The seizure of Ostrel, a cobalt town in the hills, by ...": or an apposition.)
    if (tok(view, k)?.text === ',') {
      let close = k + 1;
      while (close < k + 11 && tok(view, close) && tok(view, close)!.text !== ',') close++;
      const opener = tok(view, k + 1)?.lower ?? '';
      if (tok(view, close)?.text === ',' && tok(view, close + 1)?.lower === agentWord && (ASIDE_OPENERS.has(opener) || opener === 'a' || opener === 'an' || opener === 'the')) k = close + 1;
    }
    for (let guard = 0; guard < 6 && tok(view, k) && tok(view, k)!.lower !== agentWord; guard++, k++) {
      const t = tok(view, k)!;
      if (unitAt(view, k) || t.text === ',' || t.text === ';') return undefined;
      // ("mission on Congo is examining abuses by X": the agent of what the verb takes.)
      if (t.pos === 'VERB' && t.lower.endsWith('ing')) return undefined;
    }
    if (tok(view, k)?.lower !== agentWord) return undefined;
    const members = membersOf(view, k + 1);
    if (members) return read(trigger, members, target.units, 0.8 * (trigger.sense.weight ?? 1), trigger.start);
    const found = unitFrom(view, k + 1, 2);
    if (!found) return undefined;
    const agent = headOf(view, found);
    return read(trigger, coordinated(view, agent).units, target.units, 0.85 * (trigger.sense.weight ?? 1), trigger.start);
  },
};

/**
 * "by fighters of the X Front", "by battalions of the CRPF and commandos of the state police": the
 * groups whose members did it.
 */
function membersOf(view: Parameters<Pattern['match']>[0], k: number): Unit[] | undefined {
  const groups: Unit[] = [];
  for (let m = k; ; ) {
    let n = m;
    while (n < m + 2 && tok(view, n)?.pos === 'NOUN' && tok(view, n)!.text === tok(view, n)!.lower) n++;
    if (n === m || tok(view, n)?.lower !== 'of') break;
    const group = unitFrom(view, n + 1, 1);
    if (!group) break;
    groups.push(group);
    // "battalions of the Central Reserve Police Force (CRPF) and ...".
    const end = pastAcronym(view, group.end);
    if (tok(view, end)?.lower !== 'and') break;
    m = end + 1;
  }
  return groups.length > 0 ? groups : undefined;
}

/** "the fall of X to Y", else "... by Y". */
function agentWordOf(view: Parameters<Pattern['match']>[0], trigger: NounTrigger): string {
  return tok(view, trigger.start)?.lower === 'fall' ? 'to' : 'by';
}

function read(trigger: NounTrigger, sources: Unit[], targets: Unit[], confidence: number, clauseStart: number): Candidate[] {
  const { type, cameo } = trigger.sense;
  return [{ type, sources, targets, trigger: [trigger.start, trigger.end], cameo, confidence, pattern: 'nominal-by', clauseStart }];
}

/** "an investigation by Finland's National Bureau of Investigation into his campaign": the agent first. */
function agentThenTarget(view: Parameters<Pattern['match']>[0], trigger: NounTrigger): Candidate[] | undefined {
  // "the investigations opened by X into Y", "the inquiry launched by X into Y".
  const by = OPENED.has(tok(view, trigger.end)?.lower ?? '') ? trigger.end + 1 : trigger.end;
  // ("the investigation of the International Criminal Court into the situation in Darfur": "of" a body, then "into".)
  const ofBody = tok(view, by)?.lower === 'of' && trigger.sense.type === 'INVESTIGATES' ? unitFrom(view, by + 1, 2) : undefined;
  const body = ofBody && tok(view, ofBody.end)?.lower === 'into' && view.entities.get(ofBody.entities[0] ?? '')?.type === 'ORGANISATION' ? ofBody : undefined;
  if (tok(view, by)?.lower !== 'by' && !body) return undefined;
  const found = body ?? unitFrom(view, by + 1, 2);
  if (!found) return undefined;
  const agent = headOf(view, found);
  // ("opened by the Special Criminal Court in Bangui into the attack on X": the court's seat is no target.)
  const seat = tok(view, agent.end)?.lower === 'in' ? unitAt(view, agent.end + 1) : undefined;
  const from = seat && seat.start === agent.end + 1 && tok(view, seat.end)?.lower === 'into' ? seat.end : agent.end;
  const target = nounTarget(view, trigger, from);
  return target ? read(trigger, [agent], target.units, 0.8 * (trigger.sense.weight ?? 1), trigger.start) : undefined;
}

/** "Kherson's capture by Russian forces", "Lashio's fall to the MNDAA": a captured place as the possessor, the agent after "by" or "to". */
function possessedThenAgent(view: Parameters<Pattern['match']>[0], trigger: NounTrigger): Candidate[] | undefined {
  if (trigger.sense.type !== 'CAPTURED' || tok(view, trigger.end)?.lower !== agentWordOf(view, trigger)) return undefined;
  if (!possessiveAt(view, trigger.start - 1)) return undefined;
  const place = unitAt(view, trigger.start - 2);
  const agent = unitFrom(view, trigger.end + 1, 2);
  if (!place || !agent || view.entities.get(place.entities[0] ?? '')?.type !== 'PLACE') return undefined;
  return read(trigger, coordinated(view, headOf(view, agent)).units, [place], 0.82, place.start);
}
