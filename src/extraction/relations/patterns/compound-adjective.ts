import { COMPOUND_PARTICIPLES } from '../../lexicon/triggers.js';
import { ARMED_MEMBER_NOUNS, ROLE_NOUNS } from '../../lexicon/names.js';
import type { Pattern } from '../candidate.js';
import { coordinated, coordinatedBefore, modifiesNoun, possessiveAt, tok, unitAt, unitFrom, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';

/** "Rwanda-backed M23 rebels", "an EU-sanctioned commander ..., Tavo Merek", "the Houthis, an Iran-backed group". */
export const compoundAdjective: Pattern = {
  name: 'compound-adjective',
  match(view, i) {
    const dash = tok(view, i);
    const participle = tok(view, i + 1);
    if (dash?.text !== '-' || dash.spaceBefore || !participle || participle.spaceBefore) return undefined;
    const sense = COMPOUND_PARTICIPLES[participle.lower];
    const source = unitAt(view, i - 1);
    if (!sense || !source || source.end !== i) return undefined;
    const target = headAfter(view, i + 2) ?? apposedBefore(view, source.start) ?? ownerOfGovernment(view, source.start, i + 2);
    if (!target) return undefined;
    // "Iran-aligned militia groups — A, B and C —": a plural noun names every one listed.
    const before = tok(view, target.start - 1)?.lower === 'the' ? target.start - 2 : target.start - 1;
    const plural = tok(view, before)?.lower.endsWith('s') || /^[—–]$/.test(tok(view, before)?.text ?? '');
    // "A and B, two Iran-aligned militia groups": a counted apposition describes every name listed before it.
    const counted = target.end < i && tok(view, source.start - 1)?.pos === 'NUM';
    const targets = plural && target.start > i + 2 ? coordinated(view, target).units : counted ? (coordinatedBefore(view, target.end) ?? [target]) : [target];
    return [
      {
        type: sense.type,
        sources: [source],
        targets,
        trigger: [i, i + 2],
        cameo: sense.cameo,
        confidence: 0.92 * (sense.weight ?? 1),
        pattern: 'compound-adjective',
        presupposed: true,
        clauseStart: source.start,
      },
    ];
  },
};

/**
 * The noun phrase the adjective modifies: the next mention ("Rwanda-backed M23 rebels",
 * "Iran-backed militia Kataib Hezbollah"), or the person a noun stands for in an apposition
 * ("an EU-sanctioned commander of the Osra Republican Guard, Tavo Merek").
 */
function headAfter(view: SentenceView, j: number): Unit | undefined {
  let k = j;
  let nouns = 0;
  while (tok(view, k) && !unitAt(view, k) && tok(view, k)!.text === tok(view, k)!.lower && ['NOUN', 'ADJ'].includes(tok(view, k)!.pos) && k - j < 4) {
    if (tok(view, k)!.pos === 'NOUN') nouns++;
    k++;
  }
  // "four Iran-aligned militia groups — A, B and C —".
  // "Eritrea-backed fighters of the Lumara Liberation Front": the members' group.
  const members = nouns > 0 && tok(view, k)?.lower === 'of' && (ARMED_MEMBER_NOUNS.has(tok(view, k - 1)!.lower) || PARTS.has(tok(view, k - 1)!.lower));
  // ("Iran-aligned factions such as Kataib Hezbollah": the examples the plural noun names.)
  // (The tagger may read "such" as an adjective of the phrase.)
  if (tok(view, k)?.lower === 'as' && tok(view, k - 1)?.lower === 'such') k--;
  const such = nouns > 0 && tok(view, k)?.lower === 'such' && tok(view, k + 1)?.lower === 'as';
  // ("an Iran-backed militia that the United States designated": a relative clause's subject is another.)
  if (nouns > 0 && ['that', 'which', 'who', 'whom', 'whose'].includes(tok(view, k)?.lower ?? '')) return undefined;
  const unit = nouns > 0 && /^[—–]$/.test(tok(view, k)?.text ?? '') ? unitFrom(view, k + 1, 1) : members ? unitFrom(view, k + 1, 1) : such ? unitFrom(view, k + 2, 1) : unitFrom(view, k, 2);
  if (such && unit) return unit;
  // "the EU-sanctioned businessman Omar Dalan funds ...": a person after a role noun is the head
  // (the tagger may read the verb after the name as a noun).
  const person = nouns > 0 && unit !== undefined && view.entities.get(unit.entities[0] ?? '')?.type === 'PERSON';
  if (unit && unit.start <= k + 2) return modifiesNoun(view, unit) && !person ? undefined : unit;
  if (nouns === 0 && !ROLE_NOUNS.has(tok(view, j)?.lower ?? '')) return undefined;
  for (let m = k; m < k + 12 && tok(view, m); m++) {
    const u = unitAt(view, m);
    if (u && tok(view, u.start - 1)?.text === ',' && view.entities.get(u.entities[0]!)?.type === 'PERSON') return u;
  }
  return undefined;
}

/** Parts of a force: "Turkish-backed factions of the Syrian National Army". */
const PARTS = new Set(['factions', 'faction', 'units', 'battalions', 'brigades', 'elements', 'members', 'cells', 'wing', 'wings', 'troops', 'forces', 'soldiers']);

const COPULA = new Set(['is', 'was', 'remains', 'became']);
const GOVERNMENTS = new Set(['government', 'regime', 'junta', 'authorities', 'administration', 'leadership']);

/** "Iraq's U.S.-backed government": the state whose government the adjective describes. */
function ownerOfGovernment(view: SentenceView, start: number, j: number): Unit | undefined {
  if (!possessiveAt(view, start - 1) || !GOVERNMENTS.has(tok(view, j)?.lower ?? '')) return undefined;
  const owner = unitAt(view, start - 2);
  return owner && view.entities.get(owner.entities[0] ?? '')?.type === 'COUNTRY' ? owner : undefined;
}

/** "the Houthis, an Iran-backed group": the adjective describes the name before the apposition. */
function apposedBefore(view: SentenceView, start: number): Unit | undefined {
  const det = tok(view, start - 1);
  if (!det || (det.lower !== 'a' && det.lower !== 'an' && det.lower !== 'the' && !(det.pos === 'NUM' && tok(view, start - 2)?.text === ','))) return undefined;
  // After "the", only a phrase that ends there describes the name ("Srpska Lista, the Belgrade-backed
  // party that ..."), not "from Rwanda, the UN-funded radio station Radio Okapi reported".
  if (det.lower === 'the') {
    let k = start;
    while (tok(view, k) && (unitAt(view, k) || tok(view, k)!.text === '-' || (tok(view, k)!.text === tok(view, k)!.lower && ['NOUN', 'ADJ', 'VERB'].includes(tok(view, k)!.pos)))) k++;
    if (![',', 'that', 'which', 'who', '.', ';'].includes(tok(view, k)?.lower ?? '.')) return undefined;
  }
  // "The SNA is a Turkish-backed coalition": the subject of the copula.
  if (det.lower !== 'the' && COPULA.has(tok(view, start - 2)?.lower ?? '')) {
    let b = start - 3;
    while (tok(view, b)?.pos === 'ADV') b--;
    const subject = unitAt(view, b);
    return subject && subject.end === b + 1 && subject.kind === 'NAME' ? subject : undefined;
  }
  if (tok(view, start - 2)?.text !== ',') return undefined;
  // "the Kessari Popular Front (KPF), a Velmar-backed militia": the bracketed acronym names it too.
  if (tok(view, start - 3)?.text === ')' && tok(view, start - 5)?.text === '(') return unitAt(view, start - 4) ?? unitAt(view, start - 6);
  return unitAt(view, start - 3);
}
