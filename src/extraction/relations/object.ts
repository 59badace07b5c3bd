import type { Token } from '../../core/types.js';
import type { Unit } from '../types.js';
import { FAITH_AND_PEOPLE, HONORIFICS, INDIVIDUAL_ROLES, MONTHS, PERSON_TITLES, PLACE_OF_NOUNS, PROVINCE_WORDS, ROLE_NOUNS, TOWN_SITES } from '../lexicon/names.js';
import { INVESTIGATION_OBJECT_WORDS } from '../lexicon/triggers.js';
import type { Argument } from './candidate.js';
import { QUOTES } from './subject.js';
import { timeAfter } from './time.js';
import { MEMBER_NOUNS, coordinated, groupOfMembers, isPlace, listItems, modifiesNoun, pastAcronym, possessiveAt, tok, unitAt, unitFrom, type SentenceView } from './view.js';

/**
 * After a name that only modifies a plural noun ("Myanmar military-linked businesses, A and B"), the
 * position of the names apposed to that noun; else undefined.
 */
function apposedListAfter(view: SentenceView, unit: Unit): number | undefined {
  let m = unit.end;
  let plural = false;
  while (m < unit.end + 5) {
    const t = tok(view, m);
    if (!t || unitAt(view, m)) return undefined;
    if (t.text === ',') break;
    if (t.text !== t.lower || !(['NOUN', 'ADJ', 'VERB'].includes(t.pos) || (t.text === '-' && !t.spaceBefore))) return undefined;
    plural = t.pos === 'NOUN' && t.lower.endsWith('s');
    m++;
  }
  return plural && tok(view, m)?.text === ',' && unitAt(view, m + 1)?.start === m + 1 && unitAt(view, m + 1)!.kind === 'NAME' ? m + 1 : undefined;
}

/** "the Hamza Division": "the" and a name right after it. */
function theNameAt(view: SentenceView, k: number): boolean {
  return tok(view, k)?.lower === 'the' && unitAt(view, k + 1)?.start === k + 1 && unitAt(view, k + 1)!.kind === 'NAME';
}

/**
 * The object after token index `i`: skips determiners, adjectives, quotes,
 * "the town of", role nouns before a name ("gang leader X"), and a possessor
 * before its head ("Khalifa Haftar's Libyan National Army").
 * With `via` ("in", "of"), also reads "the regional military command in Ann".
 */
export function objectOf(view: SentenceView, i: number, via: readonly string[] = []): Argument | undefined {
  const people = apposedPeople(view, i) ?? includedNames(view, i);
  if (people) return people;
  // "sanctioned North Korea's defence minister, No Kwang Chol, and ...": the person, not the owner.
  const roled = roledPerson(view, i);
  if (roled) return { units: coordinated(view, roled).units, start: roled.start };
  // "designated its rival, Mara Salvatrucha,": the name apposed to an owned noun.
  const rival = apposedToOwned(view, i);
  if (rival) return { units: [rival], start: rival.start };
  let j = i;
  let located = false; // inside "the military command" before its "in"
  let site = false; // past it: the place is where the taken thing is
  for (let guard = 0; guard < 9; guard++) {
    const t = tok(view, j);
    if (!t) return undefined;
    // "retook their base in Boulkessi", "keeps arming his government": an owner before a noun is a determiner.
    const owner = unitAt(view, j)?.kind === 'PRONOUN' && OWNERS.has(t.lower) && tok(view, j + 1)?.pos === 'NOUN';
    // "four Iran-aligned militia groups": a name glued to a participle modifies the noun after it.
    const glued = unitAt(view, j) !== undefined ? compoundModifierEnd(view, unitAt(view, j)!) : undefined;
    if (glued !== undefined) {
      j = glued;
      continue;
    }
    // "the Ukrainian town of Pokrovsk", "the Tigrayan capital, Mekelle": a demonym describing the kind of place named after it.
    const demonym = unitAt(view, j);
    const named = (k: number): boolean => tok(view, k)?.lower === 'of' || (tok(view, k)?.text === ',' && unitAt(view, k + 1) !== undefined) || unitAt(view, k)?.start === k;
    // ("the Syrian side of Mount Hermon": a state's share of the place.)
    // ("the Qaldera garrison town of Tessin": past the kind's own modifiers.)
    let at = demonym?.end ?? -1;
    while (demonym && at < demonym.end + 2 && tok(view, at)?.text === tok(view, at)?.lower && tok(view, at)?.pos === 'NOUN' && tok(view, at + 1)?.lower !== 'of') at++;
    const kind = tok(view, at)?.lower ?? '';
    const demonymic = demonym?.kind === 'NOMINAL' && view.entities.get(demonym.entities[0] ?? '')?.type === 'COUNTRY';
    // ("the Red Sea town of Khokha": a place naming where the town is.)
    const region = demonym?.kind === 'NAME' && (isPlace(view, demonym) || view.entities.get(demonym.entities[0] ?? '')?.type === 'COUNTRY') && tok(view, at + 1)?.lower === 'of';
    if (demonym && (demonymic || region) && (PLACE_OF_NOUNS.has(kind) || (kind === 'side' && tok(view, at + 1)?.lower === 'of')) && named(at + 1)) {
      j = kind === 'side' ? at + 2 : demonym.end;
      continue;
    }
    // ("the Tigrayan capital, Mekelle": a regional adjective nobody lists.)
    if (!demonym && /^\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish)$/u.test(t.text) && PLACE_OF_NOUNS.has(tok(view, j + 1)?.lower ?? '') && named(j + 2)) {
      j++;
      continue;
    }
    // "two Myanmar military-linked businesses, A and B": a name modifying the noun the list is apposed to.
    const described = unitAt(view, j) && !owner ? apposedListAfter(view, unitAt(view, j)!) : undefined;
    if (described !== undefined) {
      j = described;
      continue;
    }
    // ("two of its successor groups, A and B": the owner pronoun of a count, not the object.)
    if (unitAt(view, j)?.kind === 'PRONOUN' && tok(view, j - 1)?.lower === 'of' && tok(view, j - 2)?.pos === 'NUM') {
      j++;
      continue;
    }
    if (unitAt(view, j) && !owner) break;
    // "arming Rohingya fighters of the ARSA": a people's name before the members of a named group.
    const members = /^\p{Lu}/u.test(t.text) && t.pos === 'PROPN' ? groupOfMembers(view, j + 1) : undefined;
    if (members) {
      j = members.start;
      break;
    }
    const lower = t.lower;
    if (located && (via.includes(lower) || SITE_PREPOSITIONS.has(lower))) {
      located = false;
      site = true;
      j++;
      continue;
    }
    const skippable =
      QUOTES.test(t.text) ||
      owner ||
      ['the', 'a', 'an', 'its', 'their', 'over', 'back', 'both', 'nearby', 'neighbouring', 'neighboring'].includes(lower) ||
      (t.pos === 'ADJ' && t.text === lower) ||
      // "the internationally recognised government": an adverb before its adjective or participle.
      (t.pos === 'ADV' && t.text === lower && lower.endsWith('ly') && ['ADJ', 'VERB'].includes(tok(view, j + 1)?.pos ?? '')) ||
      // "the last military base": the tagger may read an adjective after a determiner as an adverb.
      (t.pos === 'ADV' && t.text === lower && tok(view, j - 1)?.pos === 'DET' && ['ADJ', 'NOUN'].includes(tok(view, j + 1)?.pos ?? '')) ||
      (t.pos === 'VERB' && t.text === lower && tok(view, j - 1)?.pos === 'ADV' && tok(view, j - 1)!.lower.endsWith('ly')) ||
      t.pos === 'NUM' ||
      (PLACE_OF_NOUNS.has(lower) && tok(view, j + 1)?.lower === 'of') ||
      (PLACE_OF_NOUNS.has(lower) && t.text === lower && isPlaceUnit(view, j + 1)) || // "the district capital Macomia"
      // "the region's capital, Stepanakert": a common noun's possessive inside the description.
      (t.text === lower && t.pos === 'NOUN' && POSSESSIVE_MARKS.has(tok(view, j + 1)?.lower ?? '')) ||
      (POSSESSIVE_MARKS.has(lower) && tok(view, j - 1)?.pos === 'NOUN' && tok(view, j - 1)!.text === tok(view, j - 1)!.lower) ||
      (STATE_OF_NOUNS.has(lower) && t.text === lower && tok(view, j + 1)?.lower === 'of') || // "the military governments of Burkina Faso and Niger"
      // "designated two of its successor groups, A and B": a count of the owner's kind, then its names.
      (lower === 'of' && tok(view, j - 1)?.pos === 'NUM' && ['its', 'their'].includes(tok(view, j + 1)?.lower ?? '')) ||
      (lower === 'of' && STATE_OF_NOUNS.has(tok(view, j - 1)?.lower ?? '')) ||
      (t.text === lower && ['NOUN', 'VERB', 'ADJ'].includes(t.pos) && placeOfAhead(view, j + 1)) || // "the (rare-earth) mining towns of"
      (lower === 'of' && PLACE_OF_NOUNS.has(tok(view, j - 1)?.lower ?? '')) ||
      // "took much of Russia's Kursk region": a share of a place taken is the place.
      (via.length > 0 && lower === 'of' && SHARES.has(tok(view, j - 1)?.lower ?? '')) ||
      ((ROLE_NOUNS.has(lower) || t.pos === 'NOUN') && t.text === lower && nounRunEndsInUnit(view, j)) ||
      (t.text === '-' && !t.spaceBefore && tok(view, j + 1) !== undefined && !tok(view, j + 1)!.spaceBefore) || // "rare-earth"
      // ("two state-owned lenders, A and B": the first word of a lower-case compound.)
      (t.text === lower && tok(view, j + 1)?.text === '-' && !tok(view, j + 1)!.spaceBefore && tok(view, j + 2) !== undefined && !tok(view, j + 2)!.spaceBefore && tok(view, j + 2)!.text === tok(view, j + 2)!.lower) ||
      (t.pos === 'VERB' && t.text === lower && !t.spaceBefore && tok(view, j - 1)?.text === '-') || // "military-linked"
      ((PERSON_TITLES.has(lower) || HONORIFICS.has(lower)) && t.text !== lower) || // "protected President X", "on Mr Gbagbo"
      (t.text === lower && t.pos === 'NOUN' && tok(view, j + 1)?.text === ',' && unitAt(view, j + 2) !== undefined) || // "the regional capital, Mekelle"
      // ("two of its factions, the Sultan Suleiman Shah Brigade and the Hamza Division": plural, names with "the".)
      (t.text === lower && t.pos === 'NOUN' && lower.endsWith('s') && tok(view, j + 1)?.text === ',' && theNameAt(view, j + 2)) ||
      // ("its successor groups, A and B": a noun before the head noun of the apposed names.)
      (t.text === lower && t.pos === 'NOUN' && tok(view, j + 1)?.text === tok(view, j + 1)?.lower && tok(view, j + 1)?.pos === 'NOUN' && tok(view, j + 2)?.text === ',' && unitAt(view, j + 3) !== undefined) ||
      (t.text === ',' && tok(view, j - 1)?.pos === 'NOUN' && (unitAt(view, j + 1) !== undefined || (tok(view, j - 1)!.lower.endsWith('s') && theNameAt(view, j + 1))) && j > i);
    if (!skippable) {
      const at = via.length > 0 && t.text === lower && (t.pos === 'NOUN' || t.pos === 'ADJ') ? locatedBy(view, j, via) : undefined;
      if (at !== undefined) {
        // "retook several villages in Middle Shabelle": some places inside a region are not the region
        // (but "overran two army outposts in Dilling" took the town, guide case 14).
        if (quantified(view, i, j) && !MILITARY_SITES.has(tok(view, at - 1)?.lower ?? '')) return undefined;
        // ("out of rural areas of Tibú", "villages around X": unnamed places in a town are not the town.)
        if (UNNAMED_AREAS.has(tok(view, at - 1)?.lower ?? '')) return undefined;
        located = true;
        j = at;
        continue;
      }
      return undefined;
    }
    j++;
  }
  let unit = unitAt(view, j);
  if (!unit) return undefined;
  // "overran a Nigerian Army base in Malam Fatori", "seized a SAF base in Nyala": the owner's base is in the town.
  // "the group's main camp in X": past the owner's possessive too.
  const after = POSSESSIVE_MARKS.has(tok(view, unit.end)?.lower ?? '') ? unit.end + 1 : unit.end;
  const place = via.length > 0 ? locatedBy(view, after, via.filter((w) => w !== 'of')) : undefined;
  if (place !== undefined) {
    // "a PSF outpost in the village of Dharjale": past the kind of place.
    let p = place + 1;
    if (tok(view, p)?.lower === 'the') p++;
    if (PLACE_OF_NOUNS.has(tok(view, p)?.lower ?? '') && tok(view, p + 1)?.lower === 'of') p += 2;
    if (unitAt(view, p)?.start === p) {
      unit = unitAt(view, p)!;
      site = true;
    }
  }
  // "overran an army base in North Darfur": a base in a region is not the region (a town's is the town's).
  if (site && isRegion(view, unit)) return undefined;
  // "Sudan's Rapid Support Forces leader X": the possessor's head first, then the person it introduces.
  const head = describedPerson(view, unit) ?? headOf(view, unit);
  unit = describedPerson(view, head) ?? head;
  // "Tuareg rebels of the Azawad Liberation Front": the members' own group.
  const members = tok(view, unit.end);
  if (members && members.text === members.lower && MEMBER_NOUNS.has(members.lower) && tok(view, unit.end + 1)?.lower === 'of') unit = unitFrom(view, unit.end + 2, 2) ?? unit;
  // "seized Bhamo's airport": taking a town's airport, base or palace takes the town.
  if (possessesNoun(view, unit) && !(via.length > 0 && ownsLocatedThing(view, unit))) return undefined;
  // Names that only modify a noun ("five Wagner commanders") are not objects; the names coordinated with them may be.
  // "Huliaipole, a town in ..., and the nearby village of Uspenivka": a list past its items' descriptions.
  let listed = coordinated(view, unit).units;
  // ("X Company (X), a firm that ..., and its director, Y": past the name's bracketed short form.)
  // ("Asia Sun Group and two of its directors, A and B": the names apposed to a counted description.)
  // ("X, which has sanctioned A and dozens of his officials, has supplied": not past the main clause's verb.)
  if (listed.length === 1 && tok(view, pastAcronym(view, unit.end))?.text === ',') listed = listItems(view, unit);
  else if (listed.length === 1 && tok(view, unit.end)?.lower === 'and') listed = listItems(view, unit).filter((u) => !clauseBetween(view, unit.end, u.start));
  // "A, B and C of the Africa Corps, and D and E": the list goes on past the first items' description.
  else if (listed.length > 1) listed = [...listed, ...listItems(view, listed[listed.length - 1]!).slice(1)];
  // "seized the Kenu post": a town's name before a military site taken (guide: a post in a town is the town).
  const units = listed.filter((u) => !modifiesNoun(view, u) || (via.length > 0 && isPlaceUnit(view, u.start) && TOWN_SITES.has(tok(view, u.end)?.lower ?? '')));
  return units.length > 0 ? { units, start: unit.start } : undefined;
}

/**
 * People named in apposition to a role: "two more Haitian gang leaders, Renel Destina and
 * Vitel'Homme Innocent", "two senior officers of the Rwanda Defence Force (RDF), X and Y".
 */
function apposedPeople(view: SentenceView, i: number): Argument | undefined {
  let role = false;
  for (let k = i; k < i + 16; k++) {
    const t = tok(view, k);
    if (!t || (t.pos === 'VERB' && t.text === t.lower) || t.text === ';') return undefined;
    // "Los Lobos and its leader, X": a name before the role is coordinated with the person.
    const name = unitAt(view, k);
    // ("on the group since 2015, and the movement's leader, X": a description names an object as well.)
    if (!role && name && name.kind !== 'PRONOUN' && !POSSESSIVE_MARKS.has(tok(view, name.end)?.lower ?? '') && !["'", '’'].includes(tok(view, name.end)?.text ?? '')) return undefined;
    if (t.text === t.lower && (ROLE_NOUNS.has(t.lower) || INDIVIDUAL_ROLES.has(t.lower))) role = true;
    if (t.text !== ',' || !role) continue;
    // "..., Lieutenant General Kyaw Zin Htet and ...": the name after its titles.
    let m = k + 1;
    while (m < k + 4 && !unitAt(view, m) && PERSON_TITLES.has(tok(view, m)?.lower ?? '') && tok(view, m)!.text !== tok(view, m)!.lower) m++;
    const first = unitAt(view, m);
    if (!first || view.entities.get(first.entities[0]!)?.type !== 'PERSON') return undefined;
    // "both commanders, Abdel Fattah al-Burhan of the army and Mohamed Hamdan Dagalo of the RSF".
    let listed = coordinated(view, first).units;
    if (listed.length === 1) listed = listItems(view, first);
    const units = listed.filter((u) => view.entities.get(u.entities[0]!)?.type === 'PERSON');
    return { units, start: first.start };
  }
  return undefined;
}

const OWNERS = new Set(['its', 'their', 'his', 'her']);

function isPlaceUnit(view: SentenceView, k: number): boolean {
  const u = unitAt(view, k);
  return u !== undefined && u.start === k && view.entities.get(u.entities[0] ?? '')?.type === 'PLACE';
}
const POSSESSIVE_MARKS = new Set(["'s", '’s']);
/** Rulers named through their state: "the government of Mali" is Mali. */
const STATE_OF_NOUNS = new Set(['government', 'governments', 'regime', 'regimes', 'junta', 'juntas', 'authorities']);

const PLACE_PLURALS = new Set(['villages', 'towns', 'cities', 'districts', 'hamlets', 'settlements', 'bases', 'positions']);
const QUANTIFIERS = new Set(['several', 'some', 'many', 'few', 'dozens', 'scores', 'hundreds', 'numerous', 'various', 'multiple', 'more']);

/** A count or quantifier between `i` and `j`: "several villages", "three bases", "dozens of towns". */
function quantified(view: SentenceView, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (tok(view, k)!.pos === 'NUM' || QUANTIFIERS.has(tok(view, k)!.lower)) return true;
  return false;
}

/** A "town of" / "towns of" within the next three tokens, through nouns and glued hyphens. */
function placeOfAhead(view: SentenceView, j: number): boolean {
  for (let k = j; k < j + 4; k++) {
    const t = tok(view, k);
    if (!t) return false;
    if (PLACE_OF_NOUNS.has(t.lower) && tok(view, k + 1)?.lower === 'of') return true;
    if (!(t.text === '-' || (t.text === t.lower && ['NOUN', 'ADJ', 'VERB'].includes(t.pos)))) return false;
  }
  return false;
}

/** "10 individuals, including Ruki Karusisi and ...": the names a counted phrase includes. */
function includedNames(view: SentenceView, i: number): Argument | undefined {
  for (let k = i; k < i + 24; k++) {
    const t = tok(view, k);
    // "three businessmen it said were financing al-Shabaab from X, among them A": past the speaker's reduced relative.
    if (k > i && ['it', 'they'].includes(t?.lower ?? '') && ['said', 'says', 'say'].includes(tok(view, k + 1)?.lower ?? '') && tok(view, k - 1)?.pos === 'NOUN') {
      while (tok(view, k + 1) && tok(view, k + 1)!.text !== ',' && tok(view, k + 1)!.text !== ';' && k < i + 30) k++;
      continue;
    }
    const unit = unitAt(view, k);
    // "five individuals and four entities under its Special Economic Measures Regulations, among them X":
    // a name inside a prepositional phrase describes the counted ones.
    if (unit && k > i && PHRASE_PREPOSITIONS.has(precedingWord(view, unit.start))) {
      k = coordinated(view, unit).end - 1;
      continue;
    }
    // "three Sudanese commanders, including X", "three Hezbollah financiers, including X": a demonym
    // or a name describes the counted people.
    const after = unit ? tok(view, unit.end) : undefined;
    // "four Iran-aligned militia groups — A, B and C —".
    const glued = unit ? compoundModifierEnd(view, unit) : undefined;
    if (glued !== undefined) {
      k = glued - 1;
      continue;
    }
    // ("Haiti's gangs, including Viv Ansanm": an owner of the counted ones.)
    const owns = unit !== undefined && POSSESSIVE_MARKS.has(after?.lower ?? '') && tok(view, unit.end + 1)?.pos === 'NOUN' && tok(view, unit.end + 1)!.text === tok(view, unit.end + 1)!.lower && tok(view, unit.end + 1)!.lower.endsWith('s');
    if (owns) {
      k = unit!.end;
      continue;
    }
    const describes = unit !== undefined && (unit.kind === 'NOMINAL' || (k > i && INDIVIDUAL_ROLES.has(after?.lower ?? '')));
    if (unit && describes && after !== undefined && after.pos === 'NOUN' && after.text === after.lower) {
      k = unit.end - 1;
      continue;
    }
    // "military-owned conglomerates": a participle glued to its modifier is part of the phrase.
    const compound = tok(view, k - 1)?.text === '-' && !t?.spaceBefore;
    // "nine individuals linked to the X Front, including ...": a participle describing the counted ones.
    const describing = t !== undefined && k > i && /(?:ed|en)$/.test(t.lower) && tok(view, k - 1)?.pos === 'NOUN' && ['to', 'of', 'in', 'with', 'by', 'for'].includes(tok(view, k + 1)?.lower ?? '');
    if (!t || unit || (t.pos === 'VERB' && t.text === t.lower && t.lower !== 'including' && !compound && !describing)) return undefined;
    const next = tok(view, k + 1)?.lower;
    // A dash opens the list too, after a counted plural: "four militia groups — A, B and C —".
    const dash = (t.text === '—' || t.text === '–') && k > i && tok(view, k - 1)!.pos === 'NOUN' && tok(view, k - 1)!.lower.endsWith('s');
    // "two villages west of the dam, Abu Qalqal and Khirbet Tinah": a counted plural of places, then its names.
    // (Only when no name came before the comma, and a place's name follows it.)
    const counted = t.text === ',' && k > i && quantified(view, i, k) && view.tokens.slice(i, k).some((w) => PLACE_PLURALS.has(w.lower)) &&
      !view.tokens.slice(i, k).some((_, n) => unitAt(view, i + n) !== undefined) && unitAt(view, k + 1)?.kind === 'NAME' && view.entities.get(unitAt(view, k + 1)!.entities[0] ?? '')?.type === 'PLACE';
    const lead = t.lower === 'including' || dash || counted ? 1 : (t.lower === 'such' && next === 'as') || (t.lower === 'among' && (next === 'them' || next === 'whom')) ? 2 : 0;
    if (lead === 0) continue;
    // "including the businessman X": past a role before a person's name.
    const roleAt = ['the', 'a'].includes(tok(view, k + lead)?.lower ?? '') && ROLE_NOUNS.has(tok(view, k + lead + 1)?.lower ?? '') ? unitAt(view, k + lead + 2) : undefined;
    const found = roledPerson(view, k + lead) ?? roleOfBody(view, k + lead) ?? unitFrom(view, k + lead, 2) ?? roleAt;
    if (!found) return undefined;
    // "including the RSF's Abdelrahim Dagalo": the person, not the owner.
    const owned = POSSESSIVE_MARKS.has(tok(view, found.end)?.lower ?? '') ? unitAt(view, found.end + 1) : undefined;
    const first = owned && owned.start === found.end + 1 && view.entities.get(owned.entities[0] ?? '')?.type === 'PERSON' ? owned : found;
    const units = coordinated(view, first).units;
    const listed = units.length === 1 && tok(view, first.end)?.text === ',' ? listItems(view, first) : units;
    // ("among them Beirut money changers and a Lebanese-Brazilian gold trader": words describing people, not names.)
    const named = listed.filter((u) => u.kind === 'NAME' && !modifiesNoun(view, u));
    return named.length > 0 ? { units: named, start: first.start } : undefined;
  }
  return undefined;
}

/** "the head of the IRGC, Hossein Salami" from `k`: the person a role in a named body introduces. */
function roleOfBody(view: SentenceView, k: number): Unit | undefined {
  if (tok(view, k)?.lower !== 'the' || !ROLE_NOUNS.has(tok(view, k + 1)?.lower ?? '') || tok(view, k + 2)?.lower !== 'of') return undefined;
  const body = unitFrom(view, k + 3, 2);
  return body && tok(view, body.end)?.text === ',' ? personAt(view, body.end + 1) : undefined;
}

/** "Iran-aligned militia groups": the token after the participle when a name is glued to one and a noun follows. */
function compoundModifierEnd(view: SentenceView, unit: Unit): number | undefined {
  const dash = tok(view, unit.end);
  const participle = tok(view, unit.end + 1);
  if (dash?.text !== '-' || dash.spaceBefore || !participle || participle.spaceBefore || participle.text !== participle.lower) return undefined;
  const next = tok(view, unit.end + 2);
  return next && next.text === next.lower && ['NOUN', 'ADJ'].includes(next.pos) ? unit.end + 2 : undefined;
}

/** "its leader Joseph Banda", "the group's deputy commander X": the person after an owner's role noun. */
function roledPerson(view: SentenceView, k: number): Unit | undefined {
  let m = k;
  let titled = false;
  if (['its', 'their', 'his', 'her'].includes(tok(view, m)?.lower ?? '')) m++;
  // "the group's military chief, Maren Sollo", "North Korea's defence minister, X".
  else if (tok(view, m)?.lower === 'the' && POSSESSIVE_MARKS.has(tok(view, m + 2)?.lower ?? '')) m += 3;
  else if (unitAt(view, m) && POSSESSIVE_MARKS.has(tok(view, unitAt(view, m)!.end)?.lower ?? '')) m = unitAt(view, m)!.end + 1;
  // "Black Meridian's owner, Viktor Halloran": an owner the entity stage did not name, then a role and the person.
  else if (roleThenComma(view, (capitalisedOwnerEnd(view, m) ?? -2) + 1)) m = capitalisedOwnerEnd(view, m)! + 1;
  // "among them the interior minister, Sirajuddin Haqqani": a role named with its article, then the person.
  // ("on a former Haitian senator, Gerald Maurival": an indefinite one too.)
  else if (['the', 'a', 'an'].includes(tok(view, m)?.lower ?? '') && roleThenComma(view, m + 1)) m++;
  // "the HPF commander, Aren Vosh": a role in a named body, then the person.
  else if (tok(view, m)?.lower === 'the' && unitAt(view, m + 1)?.start === m + 1 && roleThenComma(view, unitAt(view, m + 1)!.end)) m = unitAt(view, m + 1)!.end;
  else if (tok(view, m)?.lower === 'then' && tok(view, m + 1)?.text === '-') {
    // "including then-Prime Minister X": a former office's capitalised title.
    m += 2;
    while (m < k + 6 && tok(view, m) && /^\p{Lu}/u.test(tok(view, m)!.text) && !unitAt(view, m)) (m++, (titled = true));
  } else return undefined;
  const start = m;
  while (!titled && m < start + 4 && tok(view, m) && ((tok(view, m)!.text === tok(view, m)!.lower && ['NOUN', 'ADJ'].includes(tok(view, m)!.pos)) || unitAt(view, m)?.kind === 'NOMINAL')) m++;
  if (titled) return personAt(view, m);
  if (m > start && tok(view, m)?.text === ',') m++; // "its leader, Joseph Banda"
  // ("the junta's leader, Senior General Min Aung Hlaing": past the person's capitalised title.)
  const named = m;
  while (m > start && m < named + 3 && !unitAt(view, m) && (PERSON_TITLES.has(tok(view, m)?.lower ?? '') || tok(view, m)?.lower === 'senior') && /^\p{Lu}/u.test(tok(view, m)!.text)) m++;
  const person = m > start ? personAt(view, m) : undefined;
  // ("the GNA's successor, Abdul Hamid Dbeibah's Government of National Unity": what the person owns.)
  const owned = person && possessiveAt(view, person.end) ? unitAt(view, person.end + 1) : undefined;
  return owned && owned.start === person!.end + 1 ? owned : person;
}

/** From `m`, up to three capitalised words then a possessive: the possessive's position. */
function capitalisedOwnerEnd(view: SentenceView, m: number): number | undefined {
  let k = m;
  while (k < m + 3 && tok(view, k) && /^\p{Lu}/u.test(tok(view, k)!.text)) k++;
  return k > m && POSSESSIVE_MARKS.has(tok(view, k)?.lower ?? '') ? k : undefined;
}

/** ", has supplied": a comma then an auxiliary between two positions, a new clause. */
function clauseBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tok(view, k)?.text === ',' && tok(view, k + 1)?.pos === 'AUX' && tok(view, k + 1)!.text === tok(view, k + 1)!.lower) return true;
  return false;
}

/** Lower-case words from `m` ending in a role noun, then a comma: "interior minister,". */
function roleThenComma(view: SentenceView, m: number): boolean {
  let k = m;
  // ("former Haitian senator": a demonym among the role's words.)
  while (k < m + 4 && tok(view, k) && ((tok(view, k)!.text === tok(view, k)!.lower && ['NOUN', 'ADJ'].includes(tok(view, k)!.pos)) || unitAt(view, k)?.kind === 'NOMINAL')) k++;
  return k > m && (ROLE_NOUNS.has(tok(view, k - 1)!.lower) || tok(view, k - 1)!.lower === 'owner') && tok(view, k)?.text === ',';
}

function personAt(view: SentenceView, m: number): Unit | undefined {
  const person = unitAt(view, m);
  return person?.start === m && view.entities.get(person.entities[0] ?? '')?.type === 'PERSON' ? person : undefined;
}

const PHRASE_PREPOSITIONS = new Set(['in', 'under', 'from', 'of', 'across', 'at', 'to', 'with', 'for', 'by', 'inside', 'near', 'along', 'outside']);

/** The word before token `k`, past "its"/"their"/"the". */
function precedingWord(view: SentenceView, k: number): string {
  let j = k - 1;
  while (['its', 'their', 'the'].includes(tok(view, j)?.lower ?? '')) j--;
  return tok(view, j)?.lower ?? '';
}

/** The names listed after the first colon at or after token `k`: "added two commanders to its list: A, whose ..., and B". */
export function listAfterColon(view: SentenceView, k: number): Argument | undefined {
  for (let c = k; c < view.sentence.endToken; c++) if (view.tokens[c]!.text === ':') return objectOf(view, c + 1);
  return undefined;
}

/** "RSF commander Mohamed Hamdan Dagalo", "CJNG regional commander X": the person a group's role noun introduces. */
function describedPerson(view: SentenceView, unit: Unit): Unit | undefined {
  let m = unit.end;
  // "SSPDF Major General X": capitalised titles describe as role nouns do.
  const describes = (t: Token): boolean => (t.text === t.lower && ['NOUN', 'ADJ'].includes(t.pos)) || PERSON_TITLES.has(t.lower);
  while (m < unit.end + 4 && tok(view, m) && describes(tok(view, m)!)) m++;
  const person = m > unit.end ? unitAt(view, m) : undefined;
  return person && person.start === m && view.entities.get(person.entities[0] ?? '')?.type === 'PERSON' ? person : undefined;
}

/** "Illinois' football program": a possessor whose possession is not a name is not the object. */
function possessesNoun(view: SentenceView, unit: Unit): boolean {
  const mark = tok(view, unit.end);
  if (!mark || !(mark.lower === "'s" || mark.lower === '’s' || mark.text === '’' || mark.text === "'")) return false;
  if (unitFrom(view, unit.end + 1, 3) !== undefined) return false;
  // "Myanmar's military junta", "Iran's government": the state's own rulers stand for the state
  // (the head of the phrase decides: "Myanmar's military leaders" are people).
  let head = '';
  for (let k = unit.end + 1; k < unit.end + 4; k++) {
    const t = tok(view, k);
    if (!t || t.text !== t.lower || !['NOUN', 'ADJ'].includes(t.pos)) break;
    head = t.lower;
  }
  return !STATE_SELF.has(head);
}

/** "Bhamo's airport", "Khartoum's presidential palace": a place's possessive before a located thing. */
function ownsLocatedThing(view: SentenceView, unit: Unit): boolean {
  if (view.entities.get(unit.entities[0] ?? '')?.type !== 'PLACE') return false;
  for (let k = unit.end + 1; k < unit.end + 4; k++) {
    const t = tok(view, k);
    if (!t || t.text !== t.lower) return false;
    if (LOCATED_HEADS.has(t.lower)) return true;
  }
  return false;
}

/** Things a state or group owns that stand for it: "Myanmar's military junta", "Nigeria's campaign". */
const STATE_SELF = new Set([
  'government', 'regime', 'junta', 'authorities', 'leadership', 'rulers', 'administration', 'campaign', 'offensive',
  'war', 'effort', 'operations', 'fight', 'struggle', 'cause', 'forces', 'army', 'military', 'troops', 'defence',
  'defense', 'rule', 'activities', 'fighters', 'arsenal', 'coffers', 'budget', 'ranks', 'purchases', 'procurement',
]);

/** A possessor or a modifier name before the head name: "Haftar's Libyan National Army", "Rwandan army spokesman X". */
export function headOf(view: SentenceView, unit: Unit): Unit {
  const after = tok(view, unit.end);
  // "the Iraqi PMF", "the Syrian Kurdish YPG": a demonym before a name describes it.
  const next = unitAt(view, unit.end) ?? (FAITH_AND_PEOPLE.has(after?.lower ?? '') ? unitAt(view, unit.end + 1) : undefined);
  if (unit.kind === 'NOMINAL' && view.entities.get(unit.entities[0] ?? '')?.type === 'COUNTRY' && next && next.kind === 'NAME' && next.start <= unit.end + 1) return next;
  // "the United States Treasury": a state's name right before one of its bodies.
  if (unit.kind === 'NAME' && view.entities.get(unit.entities[0] ?? '')?.type === 'COUNTRY' && next && next.kind === 'NAME' && next.start === unit.end && view.entities.get(next.entities[0] ?? '')?.type === 'ORGANISATION') return next;
  // "Hong Kong-based Cosmos Shipping", "Iran-backed Houthis": the name the compound describes.
  if (after?.text === '-' && !after.spaceBefore && COMPOUND_MODIFIERS.has(tok(view, unit.end + 1)?.lower ?? '')) {
    // ("the Houthi-linked shipping firm Red Sea Cargo": past the kind of body named.)
    let k = unit.end + 2;
    const kindWord = (w: Token): boolean => w.text === w.lower && (['NOUN', 'ADJ', 'ADV'].includes(w.pos) || (w.pos === 'VERB' && w.lower.endsWith('ing')));
    while (k < unit.end + 5 && tok(view, k) && kindWord(tok(view, k)!) && !unitAt(view, k)) k++;
    const head = unitAt(view, k);
    if (head && head.start === k) return head;
  }
  if (after && (after.lower === "'s" || after.lower === '’s')) {
    const head = unitFrom(view, unit.end + 1, 3);
    if (head) return head;
  }
  if (after && after.text === after.lower && nounRunEndsInUnit(view, unit.end)) {
    let k = unit.end;
    while (!unitAt(view, k)) k++;
    // "the Houthis prolongs Yemen's war": a name that owns the next noun heads no apposition (the tagger took a verb for a noun).
    const named = unitAt(view, k)!;
    if (!possessiveAt(view, named.end)) return named;
  }
  return unit;
}

/** Participles that make a name before a hyphen describe the name after it. */
const COMPOUND_MODIFIERS = new Set([
  'based', 'backed', 'aligned', 'allied', 'linked', 'owned', 'controlled', 'registered', 'headquartered', 'funded',
  'supported', 'sponsored', 'led', 'run', 'affiliated', 'held',
]);

/** Plural places named by where they lie, not by name: "rural areas of Tibú". */
const UNNAMED_AREAS = new Set(['areas', 'villages', 'neighbourhoods', 'neighborhoods', 'localities', 'hamlets', 'settlements', 'communities', 'outskirts', 'suburbs']);
const SHARES = new Set(['much', 'most', 'all', 'part', 'parts', 'rest', 'swathes', 'half', 'remainder']);

/** Nouns after a demonym that stand for the state: "Russian troops". */
const STATE_AGENTS = new Set(['troops', 'soldiers', 'forces', 'army', 'military', 'government', 'authorities', 'officials']);

/** Lower-case nouns from `j` up to a mention, within three tokens: "gang leader Jimmy Cherizier". */
function nounRunEndsInUnit(view: SentenceView, j: number): boolean {
  for (let k = j; k < j + 4; k++) {
    if (unitAt(view, k)) return k > j;
    const t = tok(view, k);
    if (!t || t.text !== t.lower || !(t.pos === 'NOUN' || ROLE_NOUNS.has(t.lower) || MEMBER_NOUNS.has(t.lower))) return false;
  }
  return false;
}

/** A first-level region by the gazetteer, or a name the text calls a region ("the Jebel Marra region"). */
function isRegion(view: SentenceView, unit: Unit): boolean {
  const e = view.entities.get(unit.entities[0] ?? '');
  return e?.known?.placeKind === 'admin1' || PROVINCE_WORDS.has(tok(view, unit.end)?.lower ?? '');
}

const OTHER_PREPOSITIONS = new Set(['to', 'from', 'by', 'for', 'with', 'on', 'at', 'into', 'after', 'before', 'during', 'since']);

/** Heads of a taken thing that is located by a place: "the military command in Ann". */
/** Military sites: taking some of them in a town takes the town. */
const MILITARY_SITES = new Set(['bases', 'outposts', 'posts', 'positions', 'checkpoints', 'camps', 'barracks', 'garrisons', 'base', 'outpost', 'post', 'checkpoint', 'camp', 'garrison', 'position']);
/** Prepositions that place a military site: "a position at X", "an outpost on X island". */
const SITE_PREPOSITIONS = new Set(['at', 'on']);

const LOCATED_HEADS = new Set([
  'command', 'headquarters', 'base', 'bases', 'garrison', 'positions', 'position', 'airport', 'barracks', 'camp', 'mine', 'mines',
  'outpost', 'checkpoint', 'parts', 'part', 'areas', 'area', 'districts', 'neighbourhoods', 'neighborhoods', 'centre',
  'center', 'hub', 'villages', 'towns', 'compound', 'palace', 'building', 'buildings', 'station', 'port', 'bridge',
  'crossing', 'airbase', 'facility', 'facilities', 'plant', 'most', 'much', 'control', 'rest', 'remainder', 'outskirts',
  'post', 'posts', 'hall', 'jail', 'stations', 'office', 'outposts', 'camps', 'secretariat', 'division', 'prison', 'depot', 'offices', 'airstrip', 'airfield',
]);

/**
 * A noun phrase from `j` whose head is a located thing followed by one of `via` ("command
 * in"), within five tokens; the head may have an owner first ("the headquarters of the
 * military's Western Regional Command in Ann"). Returns the index of the `via` word.
 */
function locatedBy(view: SentenceView, j: number, via: readonly string[]): number | undefined {
  let limit = j + 5;
  for (let k = j; k < limit; k++) {
    const t = tok(view, k);
    if (!t) return undefined;
    const head = k > j && LOCATED_HEADS.has(tok(view, k - 1)!.lower);
    // "the police division and the council secretariat in X": located things coordinated.
    if (t.lower === 'and' && head && limit < j + 10) {
      limit += 4;
      if (['the', 'a', 'an'].includes(tok(view, k + 1)?.lower ?? '')) k++;
      continue;
    }
    // "the base of the army in Nyala": the place after the owner, else "the outskirts of Nyala".
    if (t.lower === 'of' && head) return ownerThenVia(view, k + 1, via.filter((w) => w !== 'of')) ?? (via.includes('of') ? k : undefined);
    // ("overran the Western Regional Military Command in Ann": a named site's own head word counts.)
    if (via.includes(t.lower)) return head || (k === j && LOCATED_HEADS.has(tok(view, k - 1)?.lower ?? '')) ? k : undefined;
    // "overran a military position at Point Triple", "a navy outpost on Made Island": a site at or on a place.
    if (SITE_PREPOSITIONS.has(t.lower) && via.length > 0 && k > j && MILITARY_SITES.has(tok(view, k - 1)!.lower)) return k;
    if (t.text !== t.lower || !(t.pos === 'NOUN' || t.pos === 'ADJ')) return undefined;
  }
  return undefined;
}

/** Past a short owner ("the military's Western Regional Command") to the `via` word right after it. */
function ownerThenVia(view: SentenceView, k: number, via: readonly string[]): number | undefined {
  for (let m = k; m < k + 8; m++) {
    const t = tok(view, m);
    // ("lost control of Kamanyola to the M23 in February": an owner's phrase ends at another preposition.)
    if (!t || t.text === ',' || (t.pos === 'VERB' && t.text === t.lower) || t.lower === 'and' || OTHER_PREPOSITIONS.has(t.lower)) return undefined;
    const unit = unitAt(view, m);
    if (unit) m = unit.end - 1;
    if (via.includes(tok(view, m + 1)?.lower ?? '') && m > k) return m + 1;
  }
  return undefined;
}

const EVENT_NOUNS = new Set([
  'death', 'deaths', 'killing', 'killings', 'execution', 'executions', 'disappearance', 'disappearances', 'abduction', 'abductions',
  'torture', 'burning', 'detention', 'massacre', 'massacres', 'attack', 'attacks', 'bombing', 'shelling', 'strike', 'strikes',
]);
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom']);
const TIME_PREPOSITIONS = new Set(['since', 'during', 'between']);

/**
 * What an investigation is about: the first mentions in its object, read past
 * "alleged war crimes in", "reports that", "abuses by both", "the situation in".
 */
/** What one party brings against another: the owner of "South Africa's genocide case against Israel" is not examined. */
const FILED_NOUNS = new Set(['case', 'cases', 'complaint', 'complaints', 'request', 'application', 'petition', 'claim', 'claims', 'allegations', 'accusations', 'referral', 'lawsuit', 'suit']);

function filedBy(view: SentenceView, unit: Unit): boolean {
  if (!POSSESSIVE_MARKS.has(tok(view, unit.end)?.lower ?? '')) return false;
  for (let k = unit.end + 1; k < unit.end + 4; k++) {
    const t = tok(view, k);
    if (!t || t.text !== t.lower) return false;
    if (FILED_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** A capitalised word inside a description ("the Nigerian army"). */
function demonymIn(view: SentenceView, unit: Unit): boolean {
  for (let k = unit.start; k < unit.end; k++) if (/^\p{Lu}/u.test(tok(view, k)?.text ?? '')) return true;
  return false;
}

/** "look into the killings, and into allegations that soldiers burned homes": the second thing looked into. */
export function intoAgain(view: SentenceView, from: number): Unit[] {
  for (let k = from; k < from + 16; k++) {
    const t = tok(view, k);
    if (!t || t.text === ';') return [];
    if (t.lower === 'and' && tok(view, k + 1)?.lower === 'into') return investigationTargets(view, k + 2)?.units ?? [];
  }
  return [];
}

export function investigationTargets(view: SentenceView, i: number): Argument | undefined {
  // "against the HPF commander, Aren Vosh": the person, not the body they serve.
  const roled = roledPerson(view, i);
  if (roled) return { units: coordinated(view, roled).units, start: roled.start };
  // Inside "reports that ...", the reported clause's verbs too: "that soldiers had executed captured rebels in X".
  let reported = false;
  let event = false; // a death, killing or abuse was named: a clause may describe its victims
  for (let j = i; j < i + 22; j++) {
    const unit = unitAt(view, j);
    // Inside the object, a pronoun ("most of them") or a demonym before its noun ("the Malian town
    // of Moura") is not what is investigated; read on.
    // ("committed by Russian troops" is Russia's doing, though).
    // ("by the Belarusian authorities" too.)
    const by = unit !== undefined && (tok(view, unit.start - 1)?.lower === 'by' || (tok(view, unit.start - 1)?.lower === 'the' && tok(view, unit.start - 2)?.lower === 'by'));
    const agent = unit !== undefined && by && STATE_AGENTS.has(tok(view, unit.end)?.lower ?? '');
    // ("reports that Russian troops executed ...": the demonym's forces are the reported clause's subject.)
    const doer = reported && unit !== undefined && unit.kind === 'NOMINAL' && MEMBER_NOUNS.has(tok(view, unit.end)?.lower ?? '') && ['VERB', 'AUX'].includes(tok(view, unit.end + 1)?.pos ?? '');
    if (doer) {
      const where = placeOfDeed(view, unit.end + 1);
      return { units: [unit, ...(where && ['PLACE', 'COUNTRY'].includes(view.entities.get(where.entities[0] ?? '')?.type ?? '') ? [where] : [])], start: unit.start };
    }
    const adjective = unit !== undefined && unit.kind === 'NOMINAL' && tok(view, unit.end)?.pos === 'NOUN' && !agent;
    // In a reported clause a bare description ("executed captured rebels") is no name of the investigated.
    // ("reports that the Nigerian army burned homes": a description with its state's demonym names it.)
    const described = reported && unit?.kind === 'NOMINAL' && !demonymIn(view, unit);
    if (unit && ((unit.kind === 'PRONOUN' && j > i) || adjective || described || filedBy(view, unit))) {
      j = unit.end - 1;
      continue;
    }
    if (unit && unit.kind === 'PRONOUN' && j === i && OWNERS.has(tok(view, j)!.lower)) {
      // "into his online campaign": its owner is the one investigated; "into his militia, the X Front": X.
      let k = j + 1;
      while (k < j + 4 && tok(view, k) && tok(view, k)!.text === tok(view, k)!.lower && ['NOUN', 'ADJ'].includes(tok(view, k)!.pos)) k++;
      const at = tok(view, k + 1)?.lower === 'the' ? k + 2 : k + 1;
      const apposed = tok(view, k)?.text === ',' ? unitAt(view, at) : undefined;
      const named = apposed?.start === at ? apposed : undefined;
      return named ? { units: [named], start: named.start } : k > j + 1 ? { units: [unit], start: unit.start } : undefined;
    }
    // "an inquiry into the Ketavi massacre": the place an event is named after is its place.
    // ("an investigation into the Sudan killings": a state's name too.)
    if (unit && ['PLACE', 'COUNTRY'].includes(view.entities.get(unit.entities[0] ?? '')?.type ?? '') && unit.kind === 'NAME' && EVENT_NOUNS.has(tok(view, unit.end)?.lower ?? '')) return { units: [unit], start: unit.start };
    if (unit) {
      const head = headOf(view, unit);
      // "the attack on the Gatumba border post": a town's post, camp or base is in the town (guide case 14).
      const kind = tok(view, head.end)?.lower === 'border' ? head.end + 1 : head.end;
      if (isPlaceUnit(view, head.start) && TOWN_SITES.has(tok(view, kind)?.lower ?? '')) return { units: [head], start: head.start };
      // A reported clause's subject comes before its verb, which the tagger may take for a noun ("how the TRF moves money").
      if (modifiesNoun(view, head) && !(reported && tok(view, head.start - 1)?.lower === 'the' && ['how', 'whether', 'that'].includes(tok(view, head.start - 2)?.lower ?? ''))) {
        // "the bombing of a DRG convoy in Bijapur district": after an event, the victims' owner only describes; read on to its place.
        if (event && view.entities.get(head.entities[0] ?? '')?.type !== 'PLACE') {
          j = head.end - 1;
          continue;
        }
        return undefined;
      }
      // ("the killing of 17 aid workers of Action Contre la Faim in Muttur": the victims' employer; read on to the place.)
      const ofAt = tok(view, head.start - 1)?.lower === 'the' ? head.start - 2 : head.start - 1;
      if (event && tok(view, ofAt)?.lower === 'of' && VICTIM_STAFF.has(tok(view, ofAt - 1)?.lower ?? '')) {
        j = head.end - 1;
        continue;
      }
      const actors = coordinated(view, head);
      // "crimes committed by the ADF in North Kivu": the place of the crimes is investigated too.
      const by = tok(view, head.start - 1)?.lower === 'by' || (tok(view, head.start - 1)?.lower === 'the' && tok(view, head.start - 2)?.lower === 'by');
      const place = by && tok(view, actors.end)?.lower === 'in' ? unitFrom(view, actors.end + 1, 1) : undefined;
      // ("reports that IS Sahel fighters executed 22 men in Anderamboukane": so is the place of the reported deed.)
      const where = place ?? (reported ? placeOfDeed(view, actors.end) : undefined);
      const located = where && ['PLACE', 'COUNTRY'].includes(view.entities.get(where.entities[0] ?? '')?.type ?? '') ? [where] : [];
      return { units: [...actors.units, ...located], start: head.start };
    }
    const t = tok(view, j);
    // "investigating Lafarge for financing the Islamic State": what comes after the reason is not investigated.
    if ((t?.lower === 'for' || t?.lower === 'over') && /^\p{Ll}+ing$/u.test(tok(view, j + 1)?.text ?? '')) return undefined;
    // "enforced disappearances", "alleged abuses": a participle before its noun.
    const participle = t !== undefined && t.pos === 'VERB' && t.text === t.lower && /(?:ed|en)$/.test(t.lower) && (tok(view, j + 1)?.pos === 'NOUN' || tok(view, j + 1)?.lower === 'by');
    if (t?.lower === 'that' && ['reports', 'allegations', 'accusations', 'claims'].includes(tok(view, j - 1)?.lower ?? '')) reported = true;
    if (j === i && (t?.lower === 'how' || t?.lower === 'whether')) reported = true; // "examining how the TRF moves money"
    if (t && EVENT_NOUNS.has(t.lower)) event = true;
    // "the deaths of two farmers who were killed during the operation in X", "of a suspect held at X".
    const describing = event && t !== undefined && t.text === t.lower && (RELATIVE_WORDS.has(t.lower) || t.pos === 'AUX' || (t.pos === 'VERB' && /(?:ed|en|held)$/.test(t.lower)));
    const verb = describing || (reported && t !== undefined && t.text === t.lower && (t.pos === 'VERB' || t.pos === 'AUX'));
    // "committed since May 2003 by": a time phrase inside the object.
    const time = t !== undefined && (MONTHS.has(t.lower) || (t.text === t.lower && TIME_PREPOSITIONS.has(t.lower)));
    // "abuses by all parties, including X and Y": the parties named.
    const including = t?.lower === 'including' && tok(view, j - 1)?.text === ',';
    // ("Thursday's shelling of the market in Kesh": a day's possessive.)
    const dayOwns = t !== undefined && POSSESSIVE_MARKS.has(t.lower) && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last)$/.test(tok(view, j - 1)?.lower ?? '');
    const ordinary = t !== undefined && ((t.text === t.lower && ['NOUN', 'ADJ', 'NUM', 'ADV', 'PUNCT', 'DET', 'ADP', 'CCONJ'].includes(t.pos)) || t.pos === 'PROPN' || dayOwns || participle || verb || time || including) && t.text !== ';';
    if (!t || !(INVESTIGATION_OBJECT_WORDS.has(t.lower) || ordinary || QUOTES.test(t.text))) return undefined;
  }
  return undefined;
}

/** People killed or hurt as the staff of a body: "aid workers of X", "peacekeepers of X". */
const VICTIM_STAFF = new Set(['workers', 'staff', 'employees', 'volunteers', 'journalists', 'members', 'personnel', 'doctors', 'nurses', 'peacekeepers', 'officials']);

/** "... fighters executed at least 22 men in Anderamboukane": the first "in <name>" of the clause from `k`, past one verb. */
function placeOfDeed(view: SentenceView, k: number): Unit | undefined {
  let verbs = 0;
  for (let j = k; j < k + 14; j++) {
    const t = tok(view, j);
    if (!t || t.text === ',' || t.text === ';' || (unitAt(view, j)?.start === j && tok(view, j - 1)?.lower !== 'in')) return undefined;
    if (t.pos === 'VERB' && t.text === t.lower && ++verbs > 1) return undefined;
    if (t.lower === 'in' && verbs === 1) {
      // "in the village of Diafarabé".
      let at = j + 1;
      if (tok(view, at)?.lower === 'the') at++;
      if (PLACE_OF_NOUNS.has(tok(view, at)?.lower ?? '') && tok(view, at + 1)?.lower === 'of') return unitFrom(view, at + 2, 1);
      return unitFrom(view, j + 1, 1);
    }
  }
  return undefined;
}

/**
 * Objects of a gapped clause after the object that ends at `k`: "designated Boko Haram a
 * terrorist organisation in 2013 and ISWAP in 2018", "sanctioned X in March and Y in June".
 * The first object's trailer must end in a time phrase, and each gapped object must be
 * followed by one (or by the sentence's end), so "and Y denied ..." is another clause.
 */
export function gappedObjects(view: SentenceView, k: number): Unit[] {
  let m = k;
  let timed = false;
  for (let guard = 0; guard < 8 && tok(view, m) && tok(view, m)!.lower !== 'and'; guard++) {
    const t = tok(view, m)!;
    const time = timeAfter(view, m);
    if (time > 0) {
      m += time;
      timed = true;
      continue;
    }
    if (unitAt(view, m) || t.pos === 'PUNCT' || (t.pos === 'VERB' && t.text === t.lower) || timed) return [];
    m++;
  }
  if (!timed || tok(view, m)?.lower !== 'and') return [];
  const gapped: Unit[] = [];
  const unit = unitAt(view, m + 1);
  if (!unit || unit.start !== m + 1) return [];
  const after = tok(view, unit.end);
  if (timeAfter(view, unit.end) > 0 || !after || ['.', ';'].includes(after.text)) gapped.push(unit);
  return gapped;
}

/** "its rival, Mara Salvatrucha (MS-13),": the name after an owner pronoun's noun and a comma. */
function apposedToOwned(view: SentenceView, i: number): Unit | undefined {
  // ("Wagner's successor, the Africa Corps,": a name's possessive owns the noun too.)
  // ("the Wagner Group's successor, Africa Corps,": past the article.)
  const at = tok(view, i)?.lower === 'the' && unitAt(view, i + 1)?.start === i + 1 ? i + 1 : i;
  const owner = unitAt(view, at);
  const owned = owner && owner.start === at && owner.kind === 'NAME' && POSSESSIVE_MARKS.has(tok(view, owner.end)?.lower ?? '');
  if (!OWNERS.has(tok(view, i)?.lower ?? '') && !owned) return undefined;
  const from = owned ? owner!.end + 1 : i + 1;
  let k = from;
  while (k < from + 3 && tok(view, k) && !unitAt(view, k) && tok(view, k)!.text === tok(view, k)!.lower && ['NOUN', 'ADJ'].includes(tok(view, k)!.pos)) k++;
  if (k === from || tok(view, k)?.text !== ',') return undefined;
  const named = unitAt(view, k + 1) ?? (tok(view, k + 1)?.lower === 'the' ? unitAt(view, k + 2) : undefined);
  if (!named || named.kind !== 'NAME') return undefined;
  // The apposition ends there: "its rival, X," or "its rival, X (MS-13)," or the sentence's end.
  const after = tok(view, pastAcronym(view, named.end));
  return !after || [',', '.', ';', 'in', 'on', 'last'].includes(after.lower) ? named : undefined;
}
