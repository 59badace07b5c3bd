import type { Sentence, Token } from '../../core/types.js';
import type { EntityDraft, Unit } from '../types.js';
import { AREA_NOUNS, ARMED_MEMBER_NOUNS, DAYS, HONORIFICS, MONTHS, INDIVIDUAL_ROLES, PERSON_TITLES, ROLE_NOUNS } from '../lexicon/names.js';
import { ACCORDING, ATTRIBUTION_VERBS, CLAIM_NOUNS, REPORT_NOUNS } from '../lexicon/status.js';

/** One sentence as the relation patterns read it: tokens, and the mention covering each token. */
export interface SentenceView {
  sentence: Sentence;
  tokens: readonly Token[];
  /** Index into `units` of the mention covering each token of the sentence (from its first token), or -1. */
  unitAt: Int32Array;
  units: Unit[];
  entities: Map<string, EntityDraft>;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'both', 'all', 'some']);
/** Nouns naming members or agents of an entity: "M23 fighters", "UN investigators", "Rwandan troops". */
export const MEMBER_NOUNS = new Set([
  'fighters', 'rebels', 'troops', 'forces', 'soldiers', 'militants', 'militia', 'militias', 'militiamen', 'guerrillas', 'combatants', 'officials', 'experts',
  'investigators', 'prosecutors', 'prosecutor', 'officers', 'units', 'commanders', 'leaders', 'leadership',
  'government', 'authorities', 'army', 'military', 'police', 'envoy', 'envoys', 'diplomats', 'insurgents', 'jihadists',
  'gunmen', 'paramilitaries', 'spokesman', 'spokeswoman', 'spokesperson', 'delegation', 'administration', 'regime', 'junta',
  'ministry', 'minister', 'president', 'council', 'court', 'courts', 'judges', 'panel', 'mission', 'monitors', 'team', 'units', 'committee', 'commission', 'tribunal', 'watchdog',
  'warplanes', 'jets', 'drones', 'allies', 'proxies', 'elements', 'battalions', 'brigades', 'contingent', 'partners',
  'instructors', 'trainers', 'advisers', 'advisors', // "Turkish instructors train the army"
  'states', 'members', 'member', 'countries', 'governments', 'nations', 'men', 'fronts', 'columns', 'cadres', 'commandos', 'personnel', 'recruits', 'mercenaries', 'contractors', 'intelligence', 'service', 'services', 'agency', 'agencies',
  // The kind of body a name is: "the Tren de Aragua gang", "the Sinaloa cartel".
  'gang', 'gangs', 'group', 'cartel', 'faction', 'outfit', 'network', 'sect', 'cells', 'cell', 'movement', 'bloc', 'party',
]);

/** Plural nouns for the fighting members of a body: "fighters of the Wagner Group". */
const FIGHTER_NOUNS = new Set(['fighters', 'troops', 'soldiers', 'forces', 'militiamen', 'militants', 'gunmen', 'units', 'members', 'rebels', 'insurgents', 'jihadists', 'battalions', 'brigades', 'commanders', 'cadres']);
/** A body's leaders: "sheltering the ELN's leadership". */
const LEADERSHIP = new Set(['leaders', 'leadership', 'chiefs']);
/** Words before such a noun: "the rebels of", "several battalions of". */
const MEMBER_QUANTIFIERS = new Set(['the', 'several', 'some', 'many', 'two', 'three', 'four', 'five', 'hundreds', 'thousands']);

/** "(the) rebels of the X Front", "several battalions of X" from `k`: the group whose members they are. */
export function groupOfMembers(view: SentenceView, k: number): Unit | undefined {
  // "the ELN's commanders", "the group's leadership": the owner whose members they are.
  const owner = tok(view, k)?.lower === 'the' ? unitAt(view, k + 1) : undefined;
  if (owner?.start === k + 1 && possessiveAt(view, owner.end) && (FIGHTER_NOUNS.has(tok(view, owner.end + 1)?.lower ?? '') || LEADERSHIP.has(tok(view, owner.end + 1)?.lower ?? ''))) return owner;
  const m = MEMBER_QUANTIFIERS.has(tok(view, k)?.lower ?? '') ? k + 1 : k;
  const noun = tok(view, m);
  if (!noun || noun.text !== noun.lower || !FIGHTER_NOUNS.has(noun.lower) || tok(view, m + 1)?.lower !== 'of') return undefined;
  const group = unitFrom(view, m + 2, 1);
  // ("the forces of the Tripoli-based Government of National Accord": the body the glued name describes.)
  const dash = group ? tok(view, group.end) : undefined;
  const participle = group ? tok(view, group.end + 1) : undefined;
  if (group && dash?.text === '-' && !dash.spaceBefore && participle && !participle.spaceBefore && participle.text === participle.lower) return unitFrom(view, group.end + 2, 1) ?? group;
  return group;
}

/** The view of one sentence; `units` are the mentions inside it. */
export function makeView(
  sentence: Sentence,
  tokens: readonly Token[],
  units: Unit[],
  entities: Map<string, EntityDraft>,
): SentenceView {
  // Indexed from the sentence's first token: a document-sized array per sentence would be quadratic.
  const unitAt = new Int32Array(sentence.endToken - sentence.firstToken).fill(-1);
  units.forEach((u, k) => {
    for (let i = u.start; i < u.end; i++) unitAt[i - sentence.firstToken] = k;
  });
  return { sentence, tokens, unitAt, units, entities };
}

export function unitAt(view: SentenceView, i: number): Unit | undefined {
  if (i < view.sentence.firstToken || i >= view.sentence.endToken) return undefined;
  const k = view.unitAt[i - view.sentence.firstToken]!;
  return k >= 0 ? view.units[k] : undefined;
}

/** A possessive mark ("'s") at token `i`. */
export function possessiveAt(view: SentenceView, i: number): boolean {
  const w = tok(view, i)?.lower;
  return w === "'s" || w === '’s';
}

/** The token a relative pronoun at `r` looks back to, past its comma: "Kenya, which ..." gives Kenya's last token. */
export function antecedentOf(view: SentenceView, r: number): number {
  return tok(view, r - 1)?.text === ',' ? r - 2 : r - 1;
}

/** The index past a bracketed acronym opening at `i` ("(FANB)"), else `i`. */
export function pastAcronym(view: SentenceView, i: number): number {
  const acronym = tok(view, i)?.text === '(' ? unitAt(view, i + 1) : undefined;
  return acronym && tok(view, acronym.end)?.text === ')' ? acronym.end + 1 : i;
}

/** A place or a state, as where things are or go ("in South Sudan", "to Mali"). */
export function placeLike(view: SentenceView, unit: Unit): boolean {
  const type = view.entities.get(unit.entities[0] ?? '')?.type;
  return type === 'PLACE' || type === 'COUNTRY';
}

/** The unit names a place. */
export function isPlace(view: SentenceView, unit: Unit | undefined): boolean {
  return unit !== undefined && view.entities.get(unit.entities[0] ?? '')?.type === 'PLACE';
}

export function tok(view: SentenceView, i: number): Token | undefined {
  return i >= view.sentence.firstToken && i < view.sentence.endToken ? view.tokens[i] : undefined;
}

/** The mention starting at i after determiners and adjectives ("the strategic town of" is handled by callers). */
export function unitFrom(view: SentenceView, i: number, maxSkip = 3): Unit | undefined {
  for (let k = 0; k <= maxSkip; k++) {
    const u = unitAt(view, i + k);
    if (u) return u;
    const t = tok(view, i + k);
    // "CODECO's self-styled general X", "the so-called leader X": a lower-case compound counts as one word.
    const dash = tok(view, i + k + 1);
    const part = tok(view, i + k + 2);
    if (t && t.text === t.lower && dash?.text === '-' && !dash.spaceBefore && part && !part.spaceBefore && part.text === part.lower && /^\p{Ll}/u.test(t.text)) {
      i += 2;
      continue;
    }
    const title = PERSON_TITLES.has(t?.lower ?? '') || HONORIFICS.has(t?.lower ?? ''); // "interim President Hamid Karzai", "Mr Gbagbo"
    if (!t || !(DETERMINERS.has(t.lower) || (t.pos === 'ADJ' && t.text === t.lower) || t.pos === 'NUM' || title)) return undefined;
  }
  return undefined;
}

/**
 * A mention and the mentions coordinated with it: "Goma and Bukavu",
 * "Aleppo and then Hama", "both the army and the RSF", "Britain and Canada".
 * Returns the mentions and the index just after the last one.
 */
const REPEATED_PREPOSITIONS = new Set(['on', 'against', 'into', 'in', 'at', 'to', 'of', 'from', 'by']);

export function coordinated(view: SentenceView, first: Unit): { units: Unit[]; end: number } {
  const units = [first];
  let end = first.end;
  for (;;) {
    let i = end;
    // "the Bolivarian National Armed Forces (FANB) and the ELN": past the bracketed acronym.
    i = pastAcronym(view, i);
    // ("the town's customs post and the nearby village of Karasu": past what the name owns.)
    if (possessiveAt(view, i) && tok(view, i + 1)?.pos === 'NOUN' && tok(view, i + 1)!.text === tok(view, i + 1)!.lower) i++;
    // Nouns a name modifies belong to its phrase: "two RSF commanders and ...".
    for (let n = 0; n < 2 && tok(view, i)?.pos === 'NOUN' && tok(view, i)!.text === tok(view, i)!.lower; n++) i++;
    // A time phrase between items: "took Goma in January and Bukavu in February".
    if (['in', 'on', 'last', 'this'].includes(tok(view, i)?.lower ?? '') && isTimeWord(tok(view, i + 1))) {
      i += 2;
      // ("on Nov. 30", "in June 2025").
      if (/^\d{1,2}$/.test(tok(view, i)?.text ?? '')) i++;
      if (/^\d{4}$/.test(tok(view, i)?.text ?? '')) i++;
    }
    // "both the Tatmadaw, as Myanmar's military is known, and the AA": past a naming aside.
    if (tok(view, i)?.text === ',' && tok(view, i + 1)?.lower === 'as') {
      let k = i + 2;
      while (k < i + 10 && tok(view, k) && tok(view, k)!.text !== ',') k++;
      // (The comma closing the aside opens no new clause: go on from "and".)
      if (tok(view, k)?.text === ',' && ['known', 'called'].includes(tok(view, k - 1)?.lower ?? '') && tok(view, k + 1)?.lower === 'and') i = k + 1;
    }
    // "sanctioned X, a Libyan airline, along with its owner": past the first one's apposition.
    if (tok(view, i)?.text === ',' && ['a', 'an'].includes(tok(view, i + 1)?.lower ?? '')) {
      let k = i + 2;
      while (k < i + 9 && tok(view, k) && tok(view, k)!.text !== ',' && unitAt(view, k)?.kind !== 'NAME') k++;
      if (tok(view, k)?.text === ',' && ['along', 'together'].includes(tok(view, k + 1)?.lower ?? '') && tok(view, k + 2)?.lower === 'with') i = k;
    }
    // "designated X as a Foreign Terrorist Organization, along with Y": past the designation's category
    // (said with or without "as": "designated X a terrorist organisation in 2021, along with Y").
    const category = tok(view, i)?.lower === 'as' ? i + 1 : i;
    if (['a', 'an'].includes(tok(view, category)?.lower ?? '')) {
      let k = category + 1;
      while (k < i + 9 && tok(view, k) && tok(view, k)!.text !== ',') k++;
      if (tok(view, k)?.text === ',' && ['along', 'together'].includes(tok(view, k + 1)?.lower ?? '') && tok(view, k + 2)?.lower === 'with') i = k;
    }
    let t = tok(view, i);
    if (t?.lower === "'s" || t?.lower === '’s' || t?.text === '’') break;
    let joined = false;
    let commaOnly = false;
    if (t?.text === ',') {
      i++;
      t = tok(view, i);
      joined = true;
      commaOnly = true;
      // "by the Taliban, by ISKP and by the army": the preposition repeated before each item.
      const byFirst = tok(view, first.start - 1)?.lower === 'by' || (tok(view, first.start - 1)?.lower === 'the' && tok(view, first.start - 2)?.lower === 'by');
      if (t?.lower === 'by' && byFirst) t = tok(view, ++i);
      // "seized Ketavi, then Nandro".
      // (Not "X, then El Salvador's vice minister": an apposition.)
      else if ((t?.lower === 'then' || t?.lower === 'later') && unitFrom(view, i + 1, 1) && !possessiveAt(view, unitFrom(view, i + 1, 1)!.end)) {
        t = tok(view, ++i);
        commaOnly = false; // the last of the list
      }
    }
    let commaAnd = false;
    if (t && (t.lower === 'and' || t.lower === 'or' || t.lower === '&')) {
      i++;
      commaAnd = commaOnly;
      joined = true;
      commaOnly = false;
      // ("sanctioned X and Y, and in September 2025 the State Department put ...": a new clause, dated.)
      if (commaAnd && ['in', 'on', 'last', 'this'].includes(tok(view, i)?.lower ?? '') && isTimeWord(tok(view, i + 1))) break;
      if (tok(view, i)?.lower === 'then' || tok(view, i)?.lower === 'later') i++;
      else if (REPEATED_PREPOSITIONS.has(tok(view, i)?.lower ?? '')) i++; // "on X and on Y"
    } else if (t?.lower === 'as' && tok(view, i + 1)?.lower === 'well' && tok(view, i + 2)?.lower === 'as') {
      i += 3;
      joined = true;
    } else if ((t?.lower === 'along' || t?.lower === 'together') && tok(view, i + 1)?.lower === 'with') {
      // "designated X, along with Y".
      i += 2;
      joined = true;
      commaOnly = false;
    }
    if (!joined) break;
    // "by the army and fighters of Russia's Wagner Group": the members' own group, past its owner.
    if (!commaOnly && FIGHTER_NOUNS.has(tok(view, i)?.text ?? '') && tok(view, i + 1)?.lower === 'of') {
      const group = unitFrom(view, i + 2, 1);
      const owned = group && possessiveAt(view, group.end) ? unitAt(view, group.end + 1) : undefined;
      if (group) {
        units.push(owned && owned.start === group.end + 1 ? owned : group);
        end = (owned ?? group).end;
        continue;
      }
    }
    // "on RSF commander X in January and on army chief Y": a role before the next person.
    // ("Seiyun, the main city of Wadi Hadramawt" is an apposition, not a list.)
    let next = unitFrom(view, i, 2) ?? (commaOnly ? undefined : placeOfFrom(view, i));
    // "IS Sahel and the al-Qaeda-linked JNIM": a name glued to a participle describes the name after it.
    const glue = next ? tok(view, next.end) : undefined;
    if (next && glue?.text === '-' && !glue.spaceBefore && /^\p{Ll}+ed$/u.test(tok(view, next.end + 1)?.text ?? '') && unitAt(view, next.end + 2)?.start === next.end + 2) next = unitAt(view, next.end + 2);
    if (!next || next.kind === 'NOMINAL') next = personAfterRole(view, i) ?? next;
    if (!next) break;
    // "the EDF and Eritrea's ruling party, the PFDJ": the name apposed to what the owner's name owns.
    next = apposedToOwnedAt(view, next) ?? next;
    // "X and its chief of staff": an owner pronoun opens a description, not a conjunct; but
    // "X and its commander Andrei Averyanov", "X and its leader, Y," and "the BLA and its
    // suicide wing, the Majeed Brigade," name one.
    if (next.kind === 'PRONOUN' && ['its', 'their', 'his', 'her'].includes(tok(view, next.start)!.lower)) {
      let k = next.end;
      let wing = false;
      // ("its then leader, X": the time word too.)
      while (k < next.end + 3 && !unitAt(view, k) && tok(view, k)?.text === tok(view, k)?.lower && (['NOUN', 'ADJ'].includes(tok(view, k)?.pos ?? '') || tok(view, k)?.lower === 'then')) {
        wing ||= WING_NOUNS.has(tok(view, k)!.lower) || PEER_NOUNS.has(tok(view, k)!.lower);
        k++;
      }
      if (k > next.end && tok(view, k)?.text === ',') k += tok(view, k + 1)?.lower === 'the' ? 2 : 1;
      const named = k > next.end ? unitAt(view, k) : undefined;
      const type = view.entities.get(named?.entities[0] ?? '')?.type;
      // ("X and his company, Y": the company he owns.)
      const company = tok(view, k - 1)?.lower === ',' && OWNED_COMPANY_NOUNS.has(tok(view, next.end)?.lower ?? '') && type === 'ORGANISATION';
      if (!named || named.start !== k || !(type === 'PERSON' || company || (wing && (type === 'ARMED_GROUP' || type === 'ORGANISATION')))) break;
      next = named;
    }
    // "Goma, Bukavu and Uvira" is a list; "Goma, Kigali said" is not. A bracketed acronym does not end it.
    const after = tok(view, pastAcronym(view, next.end))?.lower;
    if (commaOnly && after !== ',' && after !== 'and' && after !== 'or') break;
    if (startsClause(view, next, commaAnd)) break;
    // "Asia Sun Group, which has supplied fuel to the air force, and Kyaw Min Oo, its director": after a
    // relative clause, ", and" goes back to the list the clause interrupted.
    if (commaAnd && relativeAround(view, first.start) !== undefined) break;
    units.push(next);
    end = next.end;
  }
  return { units, end };
}

/** The person after up to three lower-case role words from `i` ("army chief Abdel Fattah al-Burhan"). */
function personAfterRole(view: SentenceView, i: number): Unit | undefined {
  let k = i;
  // ("along with the airline's owner, X": past the owner of the role.)
  if (tok(view, k)?.lower === 'the' && possessiveAt(view, k + 2) && tok(view, k + 1)?.text === tok(view, k + 1)?.lower) k += 3;
  const from = k;
  // ("army" may be a description of its own: "army chief X" is X.)
  while (k < from + 3 && tok(view, k) && unitAt(view, k)?.kind !== 'NAME' && tok(view, k)!.text === tok(view, k)!.lower && ['NOUN', 'ADJ'].includes(tok(view, k)!.pos)) k++;
  if (k > from && from > i && tok(view, k)?.text === ',') k++;
  const u = k > from ? unitAt(view, k) : undefined;
  return u?.start === k && view.entities.get(u.entities[0] ?? '')?.type === 'PERSON' ? u : undefined;
}

/** What a person owns as a business: "his company, Explosivos Andinos". */
const OWNED_COMPANY_NOUNS = new Set(['company', 'firm', 'business', 'companies', 'firms']);

/** Other groups named after "its"/"their": "Los Choneros and their bitter rivals, Los Lobos". */
const PEER_NOUNS = new Set(['rival', 'rivals', 'ally', 'allies', 'partner', 'partners', 'successor', 'successors']);

/** A group's parts named after "its": "its armed wing, the X". */
const WING_NOUNS = new Set(['wing', 'arm', 'branch', 'affiliate', 'offshoot', 'faction']);

/** Armed members that are not a state's: "Syrian rebels" are not Syria ("Rwandan troops" are Rwanda). */
// Mercenaries and volunteers are hired or come of their own accord: "Sudanese mercenaries" are not Sudan's.
const NON_STATE_MEMBERS = new Set([
  ...[...ARMED_MEMBER_NOUNS].filter((w) => !['fighters', 'combatants', 'paramilitaries', 'paramilitary'].includes(w)),
  'mercenaries', 'mercenary', 'volunteers', 'smugglers', 'traffickers',
  // "Turkey-backed Syrian factions", "Iraqi militias", "Kurdish separatists".
  'factions', 'faction', 'groups', 'separatists', 'secessionists', 'tribesmen', 'opposition',
]);

/** A demonym before non-state armed members: "Syrian rebels", "Malian jihadists". */
export function nonStateDemonym(view: SentenceView, unit: Unit): boolean {
  if (unit.kind !== 'NOMINAL' || view.entities.get(unit.entities[0] ?? '')?.type !== 'COUNTRY') return false;
  const next = tok(view, unit.end);
  return next !== undefined && next.text === next.lower && NON_STATE_MEMBERS.has(next.lower);
}

/** `word` within the few tokens from `k`, before any punctuation: "(declared X) a terrorist group". */
export function requiredAfter(view: SentenceView, k: number, word: string): boolean {
  // "declared the KFB (KFB), along with all its formations, a terrorist organisation": past the aside.
  k = pastAcronym(view, k);
  if (tok(view, k)?.text === ',' && ['along', 'together'].includes(tok(view, k + 1)?.lower ?? '') && tok(view, k + 2)?.lower === 'with') {
    let close = k + 3;
    while (close < k + 12 && tok(view, close) && tok(view, close)!.text !== ',') close++;
    if (tok(view, close)?.text === ',') k = close + 1;
  }
  for (let m = k; m < k + 5; m++) {
    const t = tok(view, m);
    if (!t || t.pos === 'PUNCT') return false;
    if (t.lower === word) return true;
  }
  return false;
}

/** Text of a token range. */
export function rangeText(view: SentenceView, text: string, start: number, end: number): string {
  return text.slice(view.tokens[start]!.start, view.tokens[end - 1]!.end);
}

/** Mentions right before token `i` that modify a noun: "EU sanctions", "U.S. and EU sanctions". */
export function coordinatedBefore(view: SentenceView, i: number): Unit[] | undefined {
  const last = unitAt(view, i - 1);
  if (!last || last.end !== i) return undefined;
  const units = [last];
  let j = last.start - 1;
  // "Turkey and the United States": past the article of a later conjunct.
  if (tok(view, j)?.lower === 'the' && tok(view, j - 1)?.lower === 'and') j--;
  while (tok(view, j) && (tok(view, j)!.lower === 'and' || tok(view, j)!.text === ',')) {
    const prev = unitAt(view, j - 1);
    if (!prev) break;
    units.unshift(prev);
    j = prev.start - 1;
  }
  return units;
}

/**
 * A mention followed by an ordinary noun only modifies it: in "a US-backed UN resolution"
 * or "support Turkish membership" the thing backed is the noun, not the mention. Member
 * nouns ("M23 rebels", "Rwandan troops") and role nouns keep the mention as the head.
 */
export function modifiesNoun(view: SentenceView, unit: Unit): boolean {
  // "UAE-based companies", "Hezbollah's financiers": the name describes the people or things after it.
  if (gluedModifier(view, unit) || ownersPeople(view, unit)) return true;
  const next = tok(view, unit.end);
  // "four other Mexican criminal groups": a demonym before an adjective and a noun describes them
  // (not "Rwandan special forces", the state's own).
  if (unit.kind === 'NOMINAL' && unit.end - unit.start === 1 && view.entities.get(unit.entities[0] ?? '')?.type === 'COUNTRY' && next?.pos === 'ADJ' && next.text === next.lower) {
    const noun = tok(view, unit.end + 1);
    return noun !== undefined && noun.pos === 'NOUN' && noun.text === noun.lower && !MEMBER_NOUNS.has(noun.lower) && !ARMED_MEMBER_NOUNS.has(noun.lower);
  }
  if (!next || next.text !== next.lower || next.pos !== 'NOUN') return false;
  // "Y days later": a span of time after the name, not a noun it describes.
  if (TIME_SPANS.has(next.lower) && ['later', 'earlier', 'ago', 'after', 'before'].includes(tok(view, unit.end + 1)?.lower ?? '')) return false;
  // "designated Orso Trading today": a time word, not a noun.
  if (next.lower === 'today' || next.lower === 'yesterday' || next.lower === 'tonight') return false;
  // "seized Zacatecas state", "in Borno state" (not "Iran state media"): the kind of place the name is.
  if (next.lower === 'state' && tok(view, unit.end + 1)?.pos !== 'NOUN') return false;
  // "financed Houthi purchases of drone engines": a group's own doings stand for the group.
  // (Not "the Houthi procurement network", a body of its own.)
  if (OWN_DOINGS.has(next.lower) && tok(view, unit.end + 1)?.pos !== 'NOUN' && view.entities.get(unit.entities[0] ?? '')?.type === 'ARMED_GROUP') return false;
  // "the Houthis prolongs Yemen's war": a verb the tagger took for a noun, its object's owner after it.
  const owner = unitAt(view, unit.end + 1);
  if (next.lower.endsWith('s') && owner?.start === unit.end + 1 && possessiveAt(view, owner.end)) return false;
  // ("Kursk region villages": the region names where the villages are.)
  const after = tok(view, unit.end + 1);
  // "the RSF control most of Darfur", "the support dates back to": a verb the tagger took for a noun, its object or particle after it.
  if (!next.lower.endsWith('ing') && (after?.pos === 'DET' || VERB_NOUN_FOLLOWERS.has(after?.lower ?? ''))) return false;
  if (AREA_NOUNS.has(next.lower) && after?.pos === 'NOUN' && after.text === after.lower && /[^s]s$/.test(after.lower)) return true;
  return !MEMBER_NOUNS.has(next.lower) && !ARMED_MEMBER_NOUNS.has(next.lower) && !AREA_NOUNS.has(next.lower);
}

/** "an al-Shabaab finance official": a trigger word used as a noun modifier, not as a verb. */
export function usedAsNoun(view: SentenceView, i: number): boolean {
  const t = tok(view, i);
  const next = tok(view, i + 1);
  return t !== undefined && next !== undefined && t.pos === 'NOUN' && next.pos === 'NOUN' && next.text === next.lower;
}

const TIMES = new Set([...MONTHS, ...DAYS, 'week', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter']);

function isTimeWord(t: Token | undefined): boolean {
  return t !== undefined && (TIMES.has(t.lower) || /^\d{4}$/.test(t.text));
}

/**
 * The items of a list that starts at `first`, past the descriptions of each item:
 * "X, who serves as ..., and Y, a money changer who ...", "X, which brokered ..., its
 * Singapore-based agent Y, and Z". An item is the first name after a comma or "and",
 * reached through determiners, pronouns, adjectives and nouns only ("its ... agent Y").
 */
const CLAUSE_CONJUNCTIONS = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet']);

export function listItems(view: SentenceView, first: Unit): Unit[] {
  const found: { unit: Unit; byAnd: boolean }[] = [];
  let inRelative = false;
  items: for (let k = first.end; k < view.sentence.endToken; k++) {
    const t = view.tokens[k]!;
    // (", but the ELN still controls Tibú and El Tarra": a new clause ends the list.)
    if (t.text === ';' || t.text === ':' || CLAUSE_CONJUNCTIONS.has(t.lower)) break;
    // ("the FLA, a rebel coalition that ambushed Malian and Wagner fighters": inside an item's relative
    // clause a bare "and" joins the clause's own words; only ", and" goes on with the list.)
    // (Or the item's own: "the International Criminal Court, which ... has issued warrants for A and B".)
    if ((t.lower === 'that' || t.lower === 'which' || t.lower === 'who') && (view.tokens[k - 1]?.pos === 'NOUN' || (t.lower !== 'that' && view.tokens[k - 1]?.text === ','))) inRelative = true;
    if (inRelative && t.lower === 'and' && view.tokens[k - 1]?.text !== ',') continue;
    // ("X and Y, and in 2025 the State Department put A and B on its list": a name and its verb open a new clause.)
    const subject = unitAt(view, k - 1);
    if (!inRelative && subject && subject !== first && subject.end === k && subject.kind !== 'PRONOUN' && t.text === t.lower && (t.pos === 'VERB' || t.pos === 'AUX')) break;
    // ("sanctions on X, a firm supplying the army, and on its director, Y": "and on" opens another phrase.)
    if (t.lower === 'and' && ['on', 'against', 'to', 'from', 'with', 'for', 'by'].includes(view.tokens[k + 1]?.lower ?? '')) break;
    // ", as well as B": a last item too.
    const skip = asWellAs(view, k) ? 3 : t.text === ',' && asWellAs(view, k + 1) ? 4 : 1;
    if (t.text !== ',' && t.lower !== 'and' && skip === 1) continue;
    const byAnd = t.lower === 'and' || view.tokens[k + 1]?.lower === 'and' || skip > 1;
    // (", and Mexico's Attorney General's Office (FGR) has opened": after ", and" a clause may open with an owned body.)
    const commaAnd = (t.text === ',' && view.tokens[k + 1]?.lower === 'and') || (t.lower === 'and' && view.tokens[k - 1]?.text === ',');
    for (let m = k + skip; m < Math.min(k + skip + 8, view.sentence.endToken); m++) {
      const u = unitAt(view, m);
      // "Singapore-based", "a CJNG operative": a name that describes the next word is no item.
      const next = u ? view.tokens[u.end] : undefined;
      const described = next !== undefined && next.text === next.lower && /^\p{L}/u.test(next.text) && ['a', 'an'].includes(view.tokens[u!.start - 1]?.lower ?? '');
      const modifier = u !== undefined && ((next?.text === '-' && !next.spaceBefore) || modifiesNoun(view, u) || described);
      if (u && u.kind === 'NAME' && !modifier) {
        if (startsClause(view, u, commaAnd)) break items;
        if (u !== first && !found.some((f) => f.unit === u)) found.push({ unit: u, byAnd });
        k = u.end - 1;
        break;
      }
      const w = view.tokens[m]!;
      // "..., and its chief of staff, Abdul Aziz al-Mohammedawi": the name apposed to the item's description.
      const apposed = w.text === ',' && m > k + 1 ? unitAt(view, m + 1) : undefined;
      if (apposed && apposed.kind === 'NAME' && apposed.start === m + 1 && !startsClause(view, apposed, commaAnd)) {
        if (apposed !== first && !found.some((f) => f.unit === apposed)) found.push({ unit: apposed, byAnd });
        k = apposed.end - 1;
        break;
      }
      const placeOf = w.lower === 'of' && PLACE_OF.has(view.tokens[m - 1]?.lower ?? ''); // "the nearby village of X"
      const glued = view.tokens[m - 1]?.text === '-' && !w.spaceBefore; // "Dubai-based"
      // "and its chief of staff, Y": an owner and an "of" inside the item's description.
      const owner = ['its', 'their', 'his', 'her'].includes(w.lower);
      // ("two of its directors, X and Y": a count of the item's own people.)
      const innerOf = w.lower === 'of' && ((view.tokens[m + 1]?.pos === 'NOUN' && view.tokens[m + 1]!.text === view.tokens[m + 1]!.lower) || ['its', 'their', 'his', 'her'].includes(view.tokens[m + 1]?.lower ?? ''));
      // ("its managing director": the tagger may read the word after the owner as a verb.)
      const owned = ['its', 'their', 'his', 'her'].includes(view.tokens[m - 1]?.lower ?? '') && w.text === w.lower && /^\p{L}/u.test(w.text);
      const passable = u !== undefined || placeOf || glued || owner || owned || innerOf || w.lower === 'and' || w.text === '-' || ['DET', 'ADJ', 'NUM'].includes(w.pos) || (w.pos === 'NOUN' && w.text === w.lower) || (w.pos === 'PROPN' && !u);
      if (!passable || RELATIVE_WORDS.has(w.lower)) break;
    }
  }
  // A list ends with "and": items up to the last one joined by "and" ("X, a town ..., and Y");
  // a name after a bare comma alone is no item ("seized Goma, Rwanda said").
  const last = found.map((f) => f.byAnd).lastIndexOf(true);
  return [first, ...found.slice(0, last + 1).map((f) => f.unit)];
}

function asWellAs(view: SentenceView, j: number): boolean {
  return view.tokens[j]?.lower === 'as' && view.tokens[j + 1]?.lower === 'well' && view.tokens[j + 2]?.lower === 'as';
}

/** "…, and the European Union has listed": a name followed by its own verb starts a new clause, not a list item. */
function startsClause(view: SentenceView, u: Unit, commaAnd: boolean): boolean {
  // "..., and the UK and Canada have also sanctioned": the verb may follow the names coordinated with it.
  let end = u.end;
  while (tok(view, end)?.lower === 'and' && unitFrom(view, end + 1, 1)) end = unitFrom(view, end + 1, 1)!.end;
  // "..., and Iraq's National Security Council banned it": the subject may be a body the name owns.
  const possessive = tok(view, end)?.lower === "'s" || tok(view, end)?.lower === '’s';
  if (commaAnd && possessive && unitFrom(view, end + 1, 1)) end = unitFrom(view, end + 1, 1)!.end;
  // "..., and the UN Integrated Office in Haiti (BINUH) is investigating": past the body's seat and acronym.
  if (commaAnd && tok(view, end)?.lower === 'in' && unitAt(view, end + 1)?.start === end + 1) end = unitAt(view, end + 1)!.end;
  if (commaAnd) end = pastAcronym(view, end);
  const t = tok(view, end);
  if (t === undefined || t.text !== t.lower) return false;
  if (TIME_SPANS.has(t.lower)) return false; // "and on Y days later": the tagger may take "days" for a verb
  if (t.pos === 'AUX' || (t.pos === 'VERB' && (/[^s]s$/.test(t.lower) || t.lower === 'said'))) return true;
  // "seized Damascus and Assad fled to Moscow": a verb no list item takes.
  if (DEPARTURES.has(t.lower)) return true;
  // "backed by Uganda and Burundi, and Kenya sent troops": after ", and" a verb in the past opens a clause.
  return commaAnd && t.pos === 'VERB' && tok(view, end + 1)?.pos !== 'ADP' && (t.lower.endsWith('ed') || PAST_FORMS.has(t.lower));
}

const OWN_DOINGS = new Set(['purchases', 'procurement', 'operations', 'activities', 'arsenal', 'offensive', 'campaign', 'war', 'insurgency']);
const DEPARTURES = new Set(['fled', 'escaped', 'withdrew', 'retreated', 'died', 'resigned', 'surrendered', 'arrived', 'returned', 'vanished']);
const TIME_SPANS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'decades']);
const PAST_FORMS = new Set(['sent', 'took', 'seized', 'held', 'gave', 'sold', 'said', 'made', 'won', 'lost', 'began', 'put', 'set', 'led', 'fought', 'overran', 'brought', 'kept', 'left', 'met', 'paid', 'told']);

/** `owner` opens "Eritrea's ruling party, the People's Front ...": the apposed name. */
function apposedToOwnedAt(view: SentenceView, owner: Unit): Unit | undefined {
  if (!possessiveAt(view, owner.end)) return undefined;
  let k = owner.end + 1;
  while (k < owner.end + 4 && tok(view, k) && tok(view, k)!.text === tok(view, k)!.lower && ['NOUN', 'ADJ'].includes(tok(view, k)!.pos)) k++;
  if (k === owner.end + 1 || tok(view, k)?.text !== ',') return undefined;
  const at = tok(view, k + 1)?.lower === 'the' ? k + 2 : k + 1;
  const named = unitAt(view, at);
  return named?.start === at && named.kind === 'NAME' ? named : undefined;
}

/** "the nearby town of Garo" from `i`: the place named after its kind. */
function placeOfFrom(view: SentenceView, i: number): Unit | undefined {
  let k = i;
  if (tok(view, k)?.lower === 'the') k++;
  // ("the river port of Harlan", "the neighbouring gold-mining centre of Lumbe": modifiers before the kind.)
  const modifier = (t: Token | undefined): boolean => t !== undefined && t.text === t.lower && (['ADJ', 'NOUN', 'VERB'].includes(t.pos) || (t.text === '-' && !t.spaceBefore));
  while (k < i + 6 && modifier(tok(view, k)) && !PLACE_OF.has(tok(view, k)!.lower)) k++;
  if (!PLACE_OF.has(tok(view, k)?.lower ?? '') || tok(view, k + 1)?.lower !== 'of') return undefined;
  const place = unitAt(view, k + 2);
  return place?.start === k + 2 ? place : undefined;
}

const PLACE_OF = new Set(['town', 'towns', 'village', 'villages', 'city', 'district', 'province', 'region', 'port', 'area', 'hamlet', 'settlement', 'centre', 'center', 'hub', 'stronghold', 'enclave']);
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when']);

/** "UAE-based", "Iran-backed", "state-run": the name glued by a hyphen to a participle (not "Petite-Rivière-de-l'Artibonite"). */
export function gluedModifier(view: SentenceView, unit: Unit): boolean {
  const dash = tok(view, unit.end);
  const word = tok(view, unit.end + 1);
  return dash?.text === '-' && !dash.spaceBefore && word !== undefined && !word.spaceBefore && /^\p{Ll}+(?:ed|run|made|led|held|born|built)$/u.test(word.text);
}

/** "Hezbollah's financiers", "the group's senior commanders": the owner of people named by their role. */
function ownersPeople(view: SentenceView, unit: Unit): boolean {
  // ("the Myanmar junta's leaders": past the body the name stands for.)
  const body = STATE_BODY_NOUNS.has(tok(view, unit.end)?.lower ?? '') && possessiveAt(view, unit.end + 1) ? 1 : 0;
  if (!possessiveAt(view, unit.end + body)) return false;
  for (let k = unit.end + body + 1; k < unit.end + body + 4; k++) {
    const t = tok(view, k);
    if (!t || t.text !== t.lower) return false;
    const singular = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
    if (ROLE_NOUNS.has(singular) || INDIVIDUAL_ROLES.has(singular) || ROLE_NOUNS.has(t.lower)) return true;
    if (t.pos !== 'ADJ') return false;
  }
  return false;
}

/** Words after a noun that show it was a verb: "control most of", "dates back". */
const VERB_NOUN_FOLLOWERS = new Set(['most', 'much', 'all', 'back', 'large', 'parts', 'swathes']);

const STATE_BODY_NOUNS = new Set(['junta', 'regime', 'government', 'army', 'military', 'administration']);

/** Pronouns that open a relative clause as relativeAround reads one. */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whom']);

/**
 * The relative clause token `k` sits in: from its pronoun (", which", "a militia that") to the comma
 * where the main clause's verb resumes (", receives", ", were killed"), a semicolon or the sentence end.
 */
export function relativeAround(view: SentenceView, k: number): [number, number] | undefined {
  const { firstToken: first, endToken: end } = view.sentence;
  let open = -1;
  for (let j = k - 1; j > first && j > k - 20; j--) {
    const t = view.tokens[j]!;
    const before = view.tokens[j - 1]!;
    if (RELATIVE_OPENERS.has(t.lower) && t.text === t.lower && (before.text === ',' || ((before.pos === 'NOUN' || before.pos === 'PROPN') && t.lower !== 'that'))) {
      open = j;
      break;
    }
    // ("militias that includes Iran-aligned factions": a subject relative opens with its verb.)
    const subjectRelative = view.tokens[j + 1]?.pos === 'VERB' && /s$/.test(before.lower) && !/ss$/.test(before.lower);
    if (RELATIVE_OPENERS.has(t.lower) && t.lower === 'that' && before.pos === 'NOUN' && before.text === before.lower && (view.tokens[j + 1]?.pos !== 'VERB' || subjectRelative)) {
      // "a civilian militia that the junta has armed"; not "reports that", "told the council that", "said last month that".
      if (REPORT_NOUNS.has(before.lower) || CLAIM_NOUNS.has(before.lower)) return undefined;
      for (let m = j - 2; m >= first && m >= j - 6; m--) if (ATTRIBUTION_VERBS.has(view.tokens[m]!.lower) || view.tokens[m]!.lower === 'told') return undefined;
      open = j;
      break;
    }
    if (t.text === ';') return undefined;
    // ("who, according to prosecutors, has protected": a parenthetical right after the pronoun.)
    if (t.text === ',' && !RELATIVE_OPENERS.has(before.lower)) {
      let m = j - 1;
      while (m > first && m > j - 8 && view.tokens[m]!.text !== ',') m--;
      // ("that fighters of the White Army, a largely Nuer youth militia, overran": past an apposition inside the clause.)
      const apposition = view.tokens[m]?.text === ',' && ['a', 'an'].includes(view.tokens[m + 1]?.lower ?? '') && view.tokens.slice(m + 1, j).every((w) => w.pos !== 'VERB' && w.pos !== 'AUX');
      if (!apposition && !(view.tokens[m]?.text === ',' && RELATIVE_OPENERS.has(view.tokens[m - 1]?.lower ?? '') && view.tokens[m + 1]?.lower === ACCORDING[0])) return undefined;
      j = m;
    }
  }
  if (open < 0) return undefined;
  let j = open + 1;
  if (view.tokens[j]?.text === ',') {
    j++;
    while (j < end && view.tokens[j]!.text !== ',') j++;
    j++;
  }
  for (; j < end; j++) {
    const t = view.tokens[j]!;
    if (t.text === ';') return [open, j];
    const next = view.tokens[j + 1];
    if (t.text === ',' && next && next.text === next.lower && (next.pos === 'VERB' || next.pos === 'AUX')) return [open, j];
  }
  return [open, end];
}
