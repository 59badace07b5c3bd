import { AID_NOUNS, FOR_VERBS, HELP_VERBS, CARRY_VERBS, SEND_VERBS, WITH_VERBS } from '../../lexicon/triggers.js';
import type { Argument, Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { headOf, objectOf } from '../object.js';
import { verbLemma } from '../../forms.js';
import { MEMBER_NOUNS, antecedentOf, coordinated, modifiesNoun, placeLike, possessiveAt, tok, unitAt, unitFrom, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';
import { SEATED_RULERS } from '../../lexicon/names.js';


/**
 * "North Korea has sent 10,000 soldiers to help Russia", "Chad supplies weapons to the RSF",
 * "Iran supplied Russia with hundreds of Shaheds", "the Islamic State sends ISWAP money",
 * "Eritrea has trained fighters for the army", "paid for Ukraine's F-16 fighter jets".
 */
export const sendAid: Pattern = {
  name: 'send-aid',
  match(view, i) {
    const verb = tok(view, i)!;
    if (verb.text !== verb.lower) return undefined;
    const send = verbLemma(verb.lower, SEND_VERBS);
    // "ICRC funds in 2005": the for-verbs are often nouns; only a verb gives aid: one tagged so, or
    // one right after its subject ("The EU funds training for", "which funds equipment for").
    const verbal = verb.pos === 'VERB' || unitAt(view, i - 1) !== undefined || ['which', 'who', 'that'].includes(tok(view, i - 1)?.lower ?? '');
    const forVerb = verbal ? verbLemma(verb.lower, FOR_VERBS) : undefined;
    if (!send && !forVerb) return undefined;
    // "The Multinational Security Support mission, deployed to support the Haitian National Police,":
    // the force a reduced relative describes helps the one named after "to".
    const sentTo = send && (verb.lower.endsWith('ed') || verb.lower === 'sent') ? reducedPurpose(view, i) : undefined;
    if (sentTo) return [{ type: 'BACKS', sources: [sentTo.giver], targets: [sentTo.receiver], trigger: [i, i + 1], cameo: '062', confidence: 0.75, pattern: 'send-aid', clauseStart: sentTo.giver.start }];
    const salaries = verbLemma(verb.lower, PAY) ? salariesOf(view, i + 1) : undefined;
    const payer = salaries && subjectOf(view, i, () => false);
    if (salaries && payer) return [{ type: 'BACKS', sources: payer.units, targets: salaries.units, trigger: [i, i + 1], cameo: '071', confidence: 0.76, pattern: 'send-aid', clauseStart: payer.start }];
    const passive = send ? passiveAid(view, i) : undefined;
    if (passive) return [{ type: 'BACKS', sources: passive.giver.units, targets: passive.receiver.units, trigger: [i, i + 1], cameo: passive.cameo, confidence: 0.74, pattern: 'send-aid', clauseStart: passive.start }];
    const relative = WITH_VERBS.has(send ?? '') ? relativeReceiver(view, i) : undefined;
    if (relative) return [{ type: 'BACKS', sources: [relative.giver], targets: [relative.receiver], trigger: [i, i + 1], cameo: relative.cameo, confidence: 0.74, pattern: 'send-aid', clauseStart: relative.giver.start }];
    const given = send ? relativeAid(view, i) : undefined;
    if (given) return [{ type: 'BACKS', sources: given.giver.units, targets: given.receiver.units, trigger: [i, i + 1], cameo: given.cameo, confidence: 0.74, pattern: 'send-aid', clauseStart: given.giver.start }];
    const read = readAid(view, i + 1, send !== undefined, WITH_VERBS.has(send ?? '')) ?? (send === 'supply' ? armedReceiver(view, i + 1) : undefined);
    if (read && CARRY_VERBS.has(send ?? '') && read.cameo !== '071' && read.cameo !== '072') return undefined;
    // Paying and handing things over are mostly trade and surrender: only to fighters do they arm or fund
    // ("paid $50 million to Kata'ib Hezbollah", "handed out rifles to the militia"; not "handed weapons over to the police").
    // ("paid for Ukraine's F-16s" buys for the one named, whoever it is.)
    const paidFor = read !== undefined && [tok(view, read.receiver.start - 1)?.lower, tok(view, read.receiver.start - 2)?.lower].includes('for');
    if (read && COMMERCE_VERBS.has(send ?? '') && !paidFor && (!read.receiver.units.every((u) => fighting(view, u)) || handedOver(view, i))) return undefined;
    const giver = read && subjectOf(view, i, () => false);
    if (!read || !giver) return undefined;
    // A named origin only ("from Iran's IRGC-QF", not "from Iranian oil sales"), past its owner.
    const from = (read as { origin?: Unit }).origin;
    const origin = from && from.kind === 'NAME' ? headOf(view, from) : undefined;
    return [
      {
        type: 'BACKS',
        sources: origin && !giver.units.includes(origin) ? [...giver.units, origin] : giver.units,
        targets: read.receiver.units,
        trigger: [i, i + 1],
        cameo: read.cameo,
        confidence: 0.78,
        pattern: 'send-aid',
        clauseStart: giver.start,
      },
    ];
  },
};

const PASSIVE_BE = new Set(['was', 'were', 'been', 'is', 'are', 'be']);

/**
 * "The weapons used against Korrin were delivered to the HPF through the Tessik crossing by the
 * Hadran Armed Forces": aid the passive's subject names, sent to the one after "to" by the one after "by".
 */
function passiveAid(view: SentenceView, i: number): { giver: Argument; receiver: Argument; cameo: string; start: number } | undefined {
  if (!PASSIVE_BE.has(tok(view, i - 1)?.lower ?? '') || tok(view, i + 1)?.lower !== 'to') return undefined;
  // The subject phrase names the aid: "The weapons, fuel and armoured vehicles used against Korrin".
  let cameo: string | undefined;
  let start = i - 1;
  for (let k = i - 2; k >= view.sentence.firstToken && k > i - 16; k--) {
    const t = tok(view, k)!;
    if (t.text === ';' || (t.lower === 'and' && tok(view, k - 1)?.text === ',') || (t.pos === 'VERB' && t.text === t.lower && !/ed$/.test(t.lower))) break;
    cameo ??= AID_NOUNS[t.lower];
    start = k;
  }
  if (!cameo) return undefined;
  const receiver = objectOf(view, i + 2);
  const last = receiver?.units[receiver.units.length - 1];
  if (!receiver || !last) return undefined;
  for (let k = last.end; k < last.end + 10 && tok(view, k); k++) {
    const t = tok(view, k)!;
    if (t.text === ';' || (t.text === ',' && tok(view, k + 1)?.lower === 'and')) return undefined;
    if (t.lower !== 'by') continue;
    const giver = unitFrom(view, k + 1, 1);
    return giver ? { giver: { units: coordinated(view, giver).units, start: giver.start }, receiver, cameo, start } : undefined;
  }
  return undefined;
}

/** "aircraft that the UAE delivered to the ENDF": the aid the relative clause's subject sent to the one after "to". */
function relativeAid(view: SentenceView, i: number): { giver: Argument; receiver: Argument; cameo: string } | undefined {
  if (tok(view, i + 1)?.lower !== 'to') return undefined;
  const giver = subjectOf(view, i, () => false);
  if (!giver) return undefined;
  const r = tok(view, giver.start - 1)?.lower === 'the' ? giver.start - 2 : giver.start - 1;
  if (!['that', 'which'].includes(tok(view, r)?.lower ?? '')) return undefined;
  const thing = antecedentOf(view, r);
  // ("the Shahed-136, which Iran has provided to": a weapon's model name, no entity, is military aid too.)
  const model = tok(view, thing) !== undefined && !unitAt(view, thing) && /^\p{Lu}[\p{L}-]*-?\d+\p{L}*$/u.test(tok(view, thing)!.text) ? '072' : undefined;
  const cameo = AID_NOUNS[tok(view, thing)?.lower ?? ''] ?? model;
  const receiver = cameo ? objectOf(view, i + 2) : undefined;
  return cameo && receiver ? { giver, receiver, cameo } : undefined;
}

/** The aid phrase after the verb and who receives it. */
function readAid(view: SentenceView, start: number, send: boolean, withFrame: boolean): { receiver: Argument; cameo: string; origin?: Unit } | undefined {
  // "sends ISWAP money, training and instructions": a receiver before the aid ("given the TTP a safe haven").
  const first = unitAt(view, start) ?? (tok(view, start)?.lower === 'the' ? unitAt(view, start + 1) : undefined);
  // ("moved Iranian cash to the group": a demonym on the aid says where it comes from.)
  // ("transported DPRK munitions": so does a state's acronym.)
  const adjectival = first !== undefined && (first.kind === 'NOMINAL' || (/^\p{Lu}{2,}$/u.test(tok(view, first.start)!.text) && view.entities.get(first.entities[0] ?? '')?.type === 'COUNTRY'));
  const fromState = adjectival && AID_NOUNS[tok(view, first!.end)?.lower ?? ''] !== undefined;
  // (Not "fly the army's helicopters": aid the receiver already owns is flown for it, not given.)
  const carried = verbLemma(tok(view, start - 1)?.lower ?? '', CARRY_VERBS) !== undefined;
  if (send && first && !fromState && !(carried && possessiveAt(view, first.end)) && aidAhead(view, first.end) && !['to', 'with'].includes(tok(view, first.end)?.lower ?? '')) {
    return { receiver: { units: [first], start: first.start }, cameo: aidAhead(view, first.end)! };
  }
  let k = start;
  let cameo: string | undefined;
  // "millions of dollars from Iran's Islamic Revolutionary Guard Corps Quds Force (IRGC-QF) to": a longer reach past "from".
  let reach = 12;
  let origin: Unit | undefined; // "transferred millions from the IRGC-QF to the Houthis": the money's source backs too
  for (let guard = 0; guard < reach; guard++, k++) {
    const t = tok(view, k);
    if (!t) return undefined;
    // ("supply engines for Geran-2 attack drones to the army": what the parts are for, then the receiver.)
    if (t.lower === 'for' && send && partsFor(view, k)) continue;
    if (t.lower === 'to' || t.lower === 'with' || t.lower === 'for') break;
    if (t.lower === 'from') {
      reach = 20;
      origin ??= unitFrom(view, k + 1, 2);
    }
    if (guard === reach - 1) return undefined;
    const code = AID_NOUNS[t.lower];
    if (code) cameo ??= code;
    else if (t.pos === 'VERB' && t.text === t.lower) return undefined;
  }
  const link = tok(view, k)?.lower;
  if (!link) return undefined;
  if (link === 'with' && withFrame) {
    // "supplied the Houthis with missiles": the receiver sits right before "with". Without an aid word
    // ("with hundreds of Shaheds") only an armed receiver makes it military supply, not trade.
    const receiver = objectOf(view, start);
    const last = receiver?.units[receiver.units.length - 1];
    // "supplies the Myanmar junta with jets", "Myanmar's junta": a state's ruling body after its name is the state.
    const owned = last !== undefined && ["'s", '’s'].includes(tok(view, last.end)?.lower ?? '') ? 1 : 0;
    const member = last !== undefined && last.end + owned + 1 === k && MEMBER_NOUNS.has(tok(view, last.end + owned)?.lower ?? '');
    if (!receiver || !last || (last.end !== k && !member)) return undefined;
    for (let m = k + 1; m < k + 6 && tok(view, m) && !cameo; m++) cameo = AID_NOUNS[tok(view, m)!.lower];
    if (!cameo && !receiver.units.every((u) => isArmed(view, u))) return undefined;
    return { receiver, cameo: cameo ?? '072' };
  }
  if (link === 'for') {
    // "bought trucks and fuel for the group's fighters", "paid for Ukraine's F-16s".
    if (!cameo && k !== start) return undefined;
    const unit = unitFrom(view, k + 1, 2);
    const head = unit && headOf(view, unit);
    if (!head || modifiesNoun(view, head)) return undefined; // "for Schwab capital markets business"
    return { receiver: { units: [head], start: head.start }, cameo: cameo ?? '071' };
  }
  if (link === 'to' && send) {
    // "deployed police officers to Haiti to support the Haitian National Police": the purpose names the receiver.
    const helped = purposeReceiver(view, k + 1);
    if (helped) return { receiver: { units: [helped], start: helped.start }, cameo: cameo ?? '062' };
  }
  if (link !== 'to' || !cameo || !send) return undefined;
  let at = helpedAt(view, k + 1) ?? k + 1;
  // "to the juntas in Bamako, Ouagadougou and Niamey": rulers named by their seats are the states.
  if (tok(view, at)?.lower === 'the' && SEATED_RULERS.has(tok(view, at + 1)?.lower ?? '') && tok(view, at + 2)?.lower === 'in' && unitAt(view, at + 3)) at += 3;
  // "to fight alongside the forces of the Syrian government": the forces' owner.
  if (tok(view, at)?.lower === 'the' && MEMBER_NOUNS.has(tok(view, at + 1)?.lower ?? '') && tok(view, at + 2)?.lower === 'of') at += 3;
  // ("supply weapons to Khalifa Haftar's Libyan National Army": the army, not its owner.)
  let found = unitFrom(view, at, 2);
  // (But "to Russia's Kursk region" sends to Russia.)
  const possessed = found && possessiveAt(view, found.end) ? headOf(view, found) : undefined;
  if (possessed && !placeLike(view, possessed)) found = possessed;
  // ("flies weapons to Mali for the Africa Corps": the one they are for, past the destination.)
  const beneficiary = found && placeLike(view, found) && tok(view, found.end)?.lower === 'for' ? unitFrom(view, found.end + 1, 2) : undefined;
  if (beneficiary && !placeLike(view, beneficiary)) found = beneficiary;
  // "to the Kenya-led Multinational Security Support mission": the body a glued name modifies.
  const dash = found ? tok(view, found.end) : undefined;
  if (found && dash?.text === '-' && !dash.spaceBefore && tok(view, found.end + 1)?.text === tok(view, found.end + 1)?.lower && !tok(view, found.end + 1)!.spaceBefore) found = unitFrom(view, found.end + 2, 1) ?? found;
  // "to fight alongside the Haitian police": the body, not the state its demonym names.
  const body = found?.kind === 'NOMINAL' ? unitAt(view, found.end) : undefined;
  const unit = body?.start === found?.end ? body : found;
  // ("extra security to the Chinese working in the country": a people, not its state.)
  if (unit?.kind === 'NOMINAL' && tok(view, unit.start - 1)?.lower === 'the' && tok(view, unit.end)?.pos !== 'NOUN' && view.entities.get(unit.entities[0] ?? '')?.type === 'COUNTRY') return undefined;
  // ("to shore up President Salva Kiir's government": a ruler's government is the state, not the ruler.)
  if (unit && ownGovernment(view, unit)) return undefined;
  // "moved $20 million to Hamas and Palestinian Islamic Jihad": every receiver.
  // (Not past a noun the name describes: "to Houthi accounts, and Al-Saqr Exchange, ...".)
  if (!unit) return undefined;
  return { receiver: { units: modifiesNoun(view, unit) ? [unit] : receiversTo(view, coordinated(view, unit).units), start: unit.start }, cameo, origin };
}

/** "engines for Geran-2 attack drones to": a "for" naming what parts are for, no name after it, and "to" close ahead. */
function partsFor(view: SentenceView, k: number): boolean {
  for (let m = k + 1; m < k + 7; m++) {
    const t = tok(view, m);
    if (!t || unitAt(view, m) || (t.pos === 'VERB' && t.text === t.lower)) return false;
    if (t.lower === 'to') return m > k + 1 && AID_NOUNS[tok(view, m - 1)!.lower] !== undefined;
  }
  return false;
}

/** The receivers after "to", up to one a phrase of another preposition brings in ("to the army, and on its director, X"). */
function receiversTo(view: SentenceView, units: Unit[]): Unit[] {
  const end = units.findIndex((u, n) => n > 0 && view.tokens.slice(units[n - 1]!.end, u.start).some((w) => w.pos === 'ADP' && !['to', 'of'].includes(w.lower)));
  return end < 0 ? units : units.slice(0, end);
}

/**
 * Where the helped party starts after a help verb at `k`: "help Russia", "prop up the junta",
 * "fight alongside the army"; never "fight the M23", which is the other side.
 */
function helpedAt(view: SentenceView, k: number): number | undefined {
  const lemma = verbLemma(tok(view, k)?.lower ?? '', HELP_VERBS);
  if (!lemma) return undefined;
  const next = tok(view, k + 1)?.lower ?? '';
  if (lemma === 'fight') return next === 'alongside' ? k + 2 : undefined;
  // "to train and equip the Haitian National Police": past the verbs listed with it.
  if (next === 'and' && verbLemma(tok(view, k + 2)?.lower ?? '', HELP_VERBS)) return helpedAt(view, k + 2);
  return next === 'up' || next === 'alongside' ? k + 2 : k + 1;
}

const PAY = new Set(['pay']);
const WAGES = new Set(['salaries', 'salary', 'wages', 'stipends']);

/** "paid the salaries of some army units", "pays the wages of the militia's fighters": whose wages they are. */
function salariesOf(view: SentenceView, k: number): Argument | undefined {
  let m = k;
  if (tok(view, m)?.lower === 'the') m++;
  if (!WAGES.has(tok(view, m)?.lower ?? '') || tok(view, m + 1)?.lower !== 'of') return undefined;
  // "of some 2,000 of the movement's fighters": past the count.
  let from = m + 2;
  while (['some', 'several', 'many', 'most', 'all', 'about', 'around', 'nearly'].includes(tok(view, from)?.lower ?? '') || tok(view, from)?.pos === 'NUM') from++;
  if (from > m + 2 && tok(view, from)?.lower === 'of') from++;
  // ("the salaries of the fighters of the Giants Brigades": the fighters' own group.)
  const at = tok(view, from)?.lower === 'the' ? from + 1 : from;
  if (MEMBER_NOUNS.has(tok(view, at)?.text ?? '') && tok(view, at + 1)?.lower === 'of') from = at + 2;
  // ("the wages of Grand Ravine's fighters": the fighters' owner.)
  const possessor = unitFrom(view, from, 1);
  if (possessor && possessiveAt(view, possessor.end) && MEMBER_NOUNS.has(tok(view, possessor.end + 1)?.lower ?? '')) return isArmed(view, possessor) ? { units: [possessor], start: possessor.start } : undefined;
  const owner = objectOf(view, from);
  return owner && owner.units.every((u) => isArmed(view, u)) ? owner : undefined;
}

/** "was supplying the RSF through the airstrip": supplying an armed party, with no aid named, arms it. */
function armedReceiver(view: SentenceView, k: number): { receiver: Argument; cameo: string } | undefined {
  const receiver = objectOf(view, k);
  const last = receiver?.units[receiver.units.length - 1];
  if (!receiver || !last || ['to', 'with'].includes(tok(view, last.end)?.lower ?? '')) return undefined;
  // Not a state: "supplied Germany for decades" may be gas.
  const fighting = (u: Unit): boolean => isArmed(view, u) && view.entities.get(u.entities[0] ?? '')?.type !== 'COUNTRY';
  if (receiver.start > k + 1 || !receiver.units.every(fighting)) return undefined;
  return { receiver, cameo: '072' };
}

/**
 * "The army, which Moscow has supplied with helicopters since 2024": the giver is the clause's
 * subject, the receiver the name the relative pronoun stands for.
 */
function relativeReceiver(view: SentenceView, i: number): { giver: Unit; receiver: Unit; cameo: string } | undefined {
  if (tok(view, i + 1)?.lower !== 'with') return undefined;
  let k = i - 1;
  while (tok(view, k) && (['has', 'have', 'had', 'long', 'also', 'reportedly'].includes(tok(view, k)!.lower) || tok(view, k)!.pos === 'ADV')) k--;
  const giver = unitAt(view, k);
  if (!giver) return undefined;
  let r = giver.start - 1;
  if (tok(view, r)?.lower === 'the') r--;
  if (!['which', 'whom', 'who'].includes(tok(view, r)?.lower ?? '') || tok(view, r - 1)?.text !== ',') return undefined;
  const receiver = unitAt(view, antecedentOf(view, r));
  if (!receiver) return undefined;
  let cameo = '072';
  for (let m = i + 2; m < i + 8 && tok(view, m); m++) if (AID_NOUNS[tok(view, m)!.lower]) (cameo = AID_NOUNS[tok(view, m)!.lower]!), (m = i + 8);
  return { giver, receiver, cameo };
}

/** ", deployed to support X" after a name: that name and X. */
function reducedPurpose(view: SentenceView, i: number): { giver: Unit; receiver: Unit } | undefined {
  if (tok(view, i - 1)?.text !== ',' || tok(view, i + 1)?.lower !== 'to') return undefined;
  const giver = unitAt(view, i - 2);
  const at = helpedAt(view, i + 2);
  const receiver = at !== undefined ? unitFrom(view, at, 2) : undefined;
  return giver && receiver ? { giver, receiver: headOf(view, receiver) } : undefined;
}

/** "<to a place> to support X": the X a purpose clause after the destination helps. */
function purposeReceiver(view: SentenceView, k: number): Unit | undefined {
  // ("kept troops in South Sudan since March 2025 to shore up ...": past a time phrase too.)
  for (let m = k; m < k + 10 && tok(view, m); m++) {
    const t = tok(view, m)!;
    if (t.pos === 'VERB' && t.text === t.lower && t.lower !== 'to') return undefined;
    const at = t.lower === 'to' ? helpedAt(view, m + 1) : undefined;
    if (at === undefined) continue;
    const unit = unitFrom(view, at, 2);
    if (unit && ownGovernment(view, unit)) {
      // "to South Sudan to protect President Salva Kiir's government": the state sent to.
      const destination = unitFrom(view, k, 2);
      return destination && view.entities.get(destination.entities[0] ?? '')?.type === 'COUNTRY' ? destination : undefined;
    }
    return unit && headOf(view, unit);
  }
  return undefined;
}

/** "President Salva Kiir's government": a person's government is a state, not the person. */
function ownGovernment(view: SentenceView, unit: Unit): boolean {
  const owner = view.entities.get(unit.entities[0] ?? '');
  const mark = tok(view, unit.end)?.lower;
  return owner?.type === 'PERSON' && (mark === "'s" || mark === '’s') && GOVERNMENT_WORDS.has(tok(view, unit.end + 1)?.lower ?? '');
}

const GOVERNMENT_WORDS = new Set(['government', 'regime', 'administration', 'rule']);

/** The CAMEO code of an aid noun within the next few words, if the phrase is aid. */
function aidAhead(view: SentenceView, k: number): string | undefined {
  for (let m = k; m < k + 8 && tok(view, m) && !['to', 'for', 'with'].includes(tok(view, m)!.lower); m++) {
    // "has given the NRF no weapons": no aid given.
    if (tok(view, m)!.lower === 'no') return undefined;
    const code = AID_NOUNS[tok(view, m)!.lower];
    if (code) return code;
  }
  return undefined;
}

const COMMERCE_VERBS = new Set(['pay', 'hand']);

/** An armed group or a state's forces (not the state: states are paid for goods). */
function fighting(view: SentenceView, u: Unit): boolean {
  const e = view.entities.get(u.entities[0] ?? '');
  return e !== undefined && (e.type === 'ARMED_GROUP' || e.known?.stateOf !== undefined);
}

/** "handed over", "handing weapons over to": a handover, not a delivery. */
function handedOver(view: SentenceView, i: number): boolean {
  for (let k = i + 1; k < i + 5 && tok(view, k); k++) {
    if (tok(view, k)!.lower === 'over') return true;
    if (tok(view, k)!.lower === 'to') return false;
  }
  return false;
}

function isArmed(view: SentenceView, u: Unit): boolean {
  const e = view.entities.get(u.entities[0] ?? '');
  return e !== undefined && (e.type === 'ARMED_GROUP' || e.known?.stateOf !== undefined || e.type === 'COUNTRY');
}
