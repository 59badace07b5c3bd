import type { Token } from '../../core/types.js';
import type { DocContext, EntityDraft, Unit } from '../types.js';
import { BARE_TROOPS, BOTH_GROUPS, BOTH_PEOPLE, BOTH_SIDES, CLAUSE_LINKS, COREF_WINDOW, NOMINAL_HEADS, NOMINAL_MODIFIERS, PEOPLE_NOUNS, PRONOUNS, type NominalSense } from '../lexicon/coref.js';
import { capitalOfFocus, focusCountry, isForces, stateForces, warringParties } from './sides.js';
import { BODY_TITLES, LEADING_ROLES, NEVER_ALONE, PLACE_PASSIVE_VERBS, PLACE_VERBS, REGION_WORDS, SPEECH_VERBS, TOWN_SITES } from '../lexicon/names.js';
import { ACTIVE_VERBS, EXPEL_VERBS, SEND_FORMS } from '../lexicon/triggers.js';
import { verbLemma } from '../forms.js';
import { ACCUSATION_NOUNS, ATTRIBUTION_VERBS, DENIAL_VERBS, STATEMENT_NOUNS } from '../lexicon/status.js';

/** Nouns after a demonym that make it a mere description of a place or thing ("the Russian town of"). */
const ADJECTIVAL = new Set(['town', 'city', 'village', 'border', 'region', 'province', 'capital', 'port', 'territory', 'soil', 'side', 'oil', 'gas', 'economy', 'media', 'market', 'markets', 'company', 'companies', 'firm', 'firms', 'citizens', 'civilians', 'people', 'language', 'currency', 'coast', 'waters', 'airspace']);

const FORCE_NOUNS = new Set(['forces', 'troops', 'soldiers', 'fighters', 'army', 'military', 'units', 'militants', 'militiamen', 'men', 'fronts', 'columns', 'cadres']);

/** Nouns after a group's name that are its people: "M23 rebels", "Hamas fighters". */
const MEMBERS = new Set([...FORCE_NOUNS, 'rebels', 'militia', 'militias', 'gunmen', 'insurgents', 'jihadists', 'members', 'leaders', 'commanders', 'officials', 'group', 'movement']);

/** Words a description, pronoun or "both sides" can start with; every other token is skipped at once. */
const FIRST_PERSON = new Set(['we', 'our', 'us', 'my']);

const STARTS = new Set([
  'the',
  'all', // "all four groups", "all three towns"
  'there',
  ...BARE_TROOPS,
  ...FIRST_PERSON,
  ...Object.keys(PRONOUNS),
  ...Object.keys(NOMINAL_HEADS),
  ...BOTH_SIDES.map((p) => p[0]!),
  ...BOTH_GROUPS.map((p) => p[0]!),
  ...BOTH_PEOPLE.map((p) => p[0]!),
]);

/**
 * Resolves definite descriptions ("the rebels", "the insurgent coalition"),
 * pronouns ("they", "its") and "both sides" to earlier entities by type,
 * name and distance. Returns the new units (kind NOMINAL or PRONOUN), sorted.
 */
export function resolveCoreference(ctx: DocContext, entities: Map<string, EntityDraft>, names: Unit[]): Unit[] {
  const tokens = ctx.analysis.tokens;
  const taken = new Uint8Array(tokens.length);
  // Demonyms ("the Palestinian group") modify a description of a group rather than name a state.
  const demonym = new Uint8Array(tokens.length);
  for (const u of names) {
    for (let i = u.start; i < u.end; i++) taken[i] = 1;
    if (u.kind === 'NOMINAL' && u.end - u.start === 1 && entities.get(u.entities[0] ?? '')?.type === 'COUNTRY') demonym[u.start] = 1;
  }
  const all = [...names];
  const added: Unit[] = [];
  let cursor = 0; // names before position i are names[0..cursor)
  const history: Unit[] = [];

  let quoted: Uint8Array | undefined; // made on the first "we", "our": most documents have none
  for (let i = 0; i < tokens.length; i++) {
    while (cursor < all.length && all[cursor]!.start < i) history.push(all[cursor++]!);
    if (taken[i]) continue;
    const t = tokens[i]!;
    if (!STARTS.has(t.lower)) continue;
    const sides = matchPhrase(BOTH_SIDES, tokens, i, t.sentence);
    if (sides) {
      const parties = warringParties(ctx, entities, history) ?? warringParties(ctx, entities, names);
      if (parties) add({ start: i, end: i + sides, sentence: t.sentence, entities: parties, kind: 'NOMINAL' });
      i += sides - 1;
      continue;
    }
    // "Both were placed under sanctions": opening a sentence before its verb, the two groups named last.
    if (t.lower === 'both' && tokens[i - 1]?.sentence !== t.sentence && BOTH_VERBS.has(tokens[i + 1]?.lower ?? '')) {
      const pair = listOf(tokens, history, entities, t.sentence, 2) ?? recent(tokens, history, entities, t.sentence, ['ARMED_GROUP', 'ORGANISATION'], 2);
      if (pair) add({ start: i, end: i + 1, sentence: t.sentence, entities: pair, kind: 'PRONOUN' });
      continue;
    }
    // "the three factions", "all four groups": as many groups as counted, named most recently.
    const counted = countedGroups(tokens, i);
    if (counted) {
      // (Places only as a list the text gave: "seized A, B and C ... retook all three towns".)
      const groups = counted.places ? listOf(tokens, history, entities, t.sentence, counted.count, ['PLACE']) : (listOf(tokens, history, entities, t.sentence, counted.count) ?? recent(tokens, history, entities, t.sentence, ['ARMED_GROUP', 'ORGANISATION'], counted.count));
      if (groups) add({ start: i, end: i + counted.width, sentence: t.sentence, entities: groups, kind: 'NOMINAL' });
      i += counted.width - 1;
      continue;
    }
    const groups = matchPhrase(BOTH_GROUPS, tokens, i, t.sentence);
    const people = groups ? undefined : matchPhrase(BOTH_PEOPLE, tokens, i, t.sentence);
    if (groups || people) {
      // ("both factions": the two named together last, else the two named last.)
      const pair = (groups ? listOf(tokens, history, entities, t.sentence, 2) : undefined) ?? recent(tokens, history, entities, t.sentence, groups ? ['ARMED_GROUP', 'ORGANISATION'] : ['PERSON'], 2);
      const width = (groups ?? people)!;
      if (pair) add({ start: i, end: i + width, sentence: t.sentence, entities: pair, kind: 'NOMINAL' });
      i += width - 1;
      continue;
    }
    if (FIRST_PERSON.has(t.lower)) {
      // "We are examining", "My Office's investigation": outside quotes, a statement's own voice is its issuer.
      const office = (t.lower === 'my' || t.lower === 'our') && tokens[i + 1]?.lower === 'office';
      quoted ??= insideQuotes(tokens);
      const issuer = quoted[i] || (!office && (t.lower === 'my')) ? undefined : issuerOf(entities, names, office ? -1 : t.sentence, i);
      if (issuer) add({ start: i, end: office ? i + 2 : i + 1, sentence: t.sentence, entities: [issuer], kind: 'PRONOUN' });
      if (office) i++;
      continue;
    }
    // "ICC Prosecutor Karim Khan said his office was investigating": the office is the body the person speaks for.
    // ("Karim Khan said his investigation of Afghanistan would resume": the office's investigation.)
    const office = tokens[i + 1]?.lower === 'office';
    if ((t.lower === 'his' || t.lower === 'her') && (office || OFFICE_WORK.has(tokens[i + 1]?.lower ?? ''))) {
      const person = mostRecent(tokens, history, entities, t.sentence, ['PERSON'], undefined);
      const body = person === undefined ? undefined : bodyOf(tokens, history, entities, person);
      if (body) {
        add({ start: i, end: office ? i + 2 : i + 1, sentence: t.sentence, entities: [body], kind: office ? 'NOMINAL' : 'PRONOUN' });
        if (office) i++;
        continue;
      }
    }
    // "The Front's leader, Ysolde Karran, said her fighters had taken": the fighters of the group she leads.
    if ((t.lower === 'his' || t.lower === 'her') && FORCE_NOUNS.has(tokens[i + 1]?.lower ?? '')) {
      const person = mostRecent(tokens, history, entities, t.sentence, ['PERSON'], undefined);
      // ("Sudan's army chief X said his forces had liberated": the army he heads.)
      const group = person === undefined ? undefined : (bodyOf(tokens, history, entities, person, LEADING_ROLES, 'ARMED_GROUP') ?? armyOf(ctx, tokens, history, entities, person));
      if (group) {
        add({ start: i, end: i + 1, sentence: t.sentence, entities: [group], kind: 'PRONOUN' });
        continue;
      }
    }
    // "before troops retook it, Niger's army said": bare troops in a clause a state's forces report are theirs.
    if (BARE_TROOPS.has(t.lower)) {
      const opens = opensClause(tokens, i);
      // ("A military spokesman said soldiers had retaken Bichena": the army of the story's state.)
      // ("Dravonian army spokesperson Anja Sorel tells reporters that troops ...": the spokesperson's own army.)
      const spokesman = opens ? militarySpokesman(tokens, i) : -1;
      const own = spokesman >= 0 ? (findUnitEndingAt(history, spokesman, t.sentence) ?? findUnitEndingAt(history, spokesman - 1, t.sentence)) : undefined;
      const owned = own?.entities.length === 1 && entities.get(own.entities[0]!)?.type === 'ORGANISATION' ? own.entities[0] : undefined;
      const force = opens ? (reportingState(tokens, history, all, entities, i) ?? owned ?? spokesmanFor(tokens, history, entities, i) ?? (spokesman >= 0 ? stateForces(ctx, entities, names, notLaterIn(t.sentence, i)) : undefined) ?? recentForces(tokens, history, entities, i)) : undefined;
      if (force) add({ start: i, end: i + 1, sentence: t.sentence, entities: [force], kind: 'NOMINAL' });
      continue;
    }
    // "overran the army garrison there": the town last named (a dateline's too).
    if (t.lower === 'there') {
      const place = TOWN_SITES.has(tokens[i - 1]?.lower ?? '') ? mostRecent(tokens, history, entities, t.sentence, ['PLACE'], undefined, isSettlement) : undefined;
      if (place) add({ start: i, end: i + 1, sentence: t.sentence, entities: [place], kind: 'PRONOUN' });
      continue;
    }
    // "The ICC prosecutor said he was investigating": an unnamed official speaks as the body.
    const official = t.lower === 'he' || t.lower === 'she' ? bodyOfSpeaker(tokens, history, entities, i) : undefined;
    if (official) {
      add({ start: i, end: i + 1, sentence: t.sentence, entities: [official], kind: 'PRONOUN' });
      continue;
    }
    const pronoun = PRONOUNS[t.lower];
    // "The force has been hampered ..., and the United States, its main donor, ...": a subject with
    // no name is the likeliest owner of a later "its"; leave the pronoun unresolved.
    if (pronoun && (t.lower === 'its' || t.lower === 'it') && !placeTaken(tokens, i) && namelessSubject(tokens, taken, t.sentence, i, added)) continue;
    // "Islamist fighters control ..., which they seized in 2020": so for "they" after a plural one.
    if (pronoun && t.lower === 'they' && namelessPlural(tokens, taken, t.sentence, i, added)) continue;
    if (pronoun) {
      // ("recruited young Moldovans and trained them": the people of the first verb's object, whom no name stands for.)
      if (t.lower === 'them' && peopleObjectBefore(tokens, demonym, i)) continue;
      // "its forces", "their troops": the owner of fighters is an armed group, an army or a state.
      const force = (t.lower === 'its' || t.lower === 'their') && FORCE_NOUNS.has(tokens[i + 1]?.lower ?? '');
      // "before overrunning it", "since they seized it": what is taken is a place.
      // ("before soldiers drove them out of it": so is what one is driven out of.)
      const drivenFrom = t.lower === 'it' && drivenOutOf(tokens, i);
      // ("took control of it": so is what is controlled.)
      const controlled = t.lower === 'it' && tokens[i - 1]?.lower === 'of' && tokens[i - 2]?.lower === 'control';
      const taken = drivenFrom || controlled || placeTaken(tokens, i);
      // "Moscow said last month that its troops had taken": the speaker of the reported clause.
      // "called on Rwanda to cease its support", "urged Kigali to withdraw its troops": the one addressed.
      const addressed = (t.lower === 'its' || t.lower === 'their') ? addressedBefore(tokens, history, i) : undefined;
      if (addressed) {
        add({ start: i, end: i + 1, sentence: t.sentence, entities: [addressed], kind: 'PRONOUN' });
        continue;
      }
      // "sanctioned Rwandan officials over their support": the people just named own it, not the sanctioner.
      if ((t.lower === 'their' || t.lower === 'them') && PEOPLE_NOUNS.has(tokens[i - 2]?.lower ?? '') && tokens[i - 1]?.pos === 'ADP') {
        const group = history.length > 0 && history[history.length - 1]!.end === i - 2 && history[history.length - 1]!.kind === 'NAME' ? history[history.length - 1] : undefined;
        if (group) add({ start: i, end: i + 1, sentence: t.sentence, entities: group.entities, kind: 'PRONOUN' });
        continue;
      }
      // "Burundi sent soldiers to South Kivu, where they fought": the troops sent are the sender's.
      const sender = t.lower === 'they' ? senderOfTroops(tokens, history, entities, i) : undefined;
      if (sender) {
        add({ start: i, end: i + 1, sentence: t.sentence, entities: [sender], kind: 'PRONOUN' });
        continue;
      }
      const speaker = taken || !CLAUSE_OPENERS.has(t.lower) ? undefined : speakerOf(tokens, history, entities, i, force);
      if (speaker === '') continue;
      const object = taken || speaker || t.lower !== 'it' ? undefined : objectReferent(tokens, history, entities, i, pronoun.types);
      // "The Coastal Union imposed travel bans on ..., and its court has opened": the first clause's subject.
      // ("The Panel has traced ..., and it is now examining": so is a subject pronoun opening the second clause.)
      const joined = !taken && !speaker && !object && ['its', 'their', 'it', 'they'].includes(t.lower) ? (subjectBeforeAnd(tokens, history, entities, i, pronoun.types) ?? apposedRelativeSubject(tokens, history, entities, i, pronoun.types)) : undefined;
      const ref =
        speaker ??
        object ??
        joined ??
        (force
          ? mostRecent(tokens, history, entities, t.sentence, ['ARMED_GROUP', 'ORGANISATION', 'COUNTRY'], { types: [], forces: true }, undefined, true)
          : taken
            ? ((drivenFrom ? settlementInSentence(history, entities, t.sentence) : undefined) ??
              cataphoricPlace(tokens, all, entities, i) ??
              // ("Sudzha, a town in the Kursk region, ... seized it": a town, not the region named for its city.)
              mostRecent(tokens, history, entities, t.sentence, ['PLACE'], TAKEN_TOWN, isSettlement) ?? mostRecent(tokens, history, entities, t.sentence, ['PLACE'], undefined))
            : mostRecent(tokens, history, entities, t.sentence, pronoun.types, undefined, notAntecedent(tokens, history, i), !pronoun.plural, OBJECT_FORMS.has(t.lower)));
      // "A and B said they had overrun": "they" are both speakers.
      const partner = speaker && t.lower === 'they' ? coSpeaker(tokens, history, entities, speaker, t.sentence) : undefined;
      if (ref) add({ start: i, end: i + 1, sentence: t.sentence, entities: partner ? [partner, ref] : [ref], kind: 'PRONOUN' });
      continue;
    }
    const nominal = readNominal(tokens, i, taken, demonym);
    if (nominal) {
      const ref = nominal.sense.capital
        ? (recentCapital(ctx, entities, history, t.sentence) ?? capitalOfFocus(ctx, entities, names))
        : (apposedTo(tokens, history, entities, i, nominal.end, nominal.sense) ??
          seatOf(ctx, entities, names, nominal.end, nominal.sense) ??
          (nominal.sense.types[0] === 'COUNTRY' ? stateInBodyName(history, entities, t.sentence) : undefined) ??
          // Before any state is named, the one the whole text names most.
          (nominal.sense.focus ? focusOutside(nominal.start, RULED.has(tokens[nominal.end - 1]!.lower)) : undefined) ??
          (nominal.sense.settlement ? settlementInSentence(history, entities, t.sentence) : undefined) ??
          mostRecent(tokens, history, entities, t.sentence, nominal.sense.types, nominal.sense, keepFor(nominal, names, objectOfVerb(tokens, history, nominal.start)), false, false, tokens[nominal.end - 1]!.lower, COREF_WINDOW, nominal.start) ??
          // "The Council also listed ..." far from "Council of the EU – Press release": a body's own head word reaches back through the text.
          (nominal.sense.nameHas ? mostRecent(tokens, history, entities, t.sentence, nominal.sense.types, nominal.sense, keepFor(nominal, names), false, false, undefined, Infinity) : undefined) ??
          (nominal.sense.forces ? stateForces(ctx, entities, names, notLaterIn(t.sentence, nominal.start)) : undefined) ??
          // "The group, which pledged allegiance to ..." paragraphs after the group was last named: the text's most named armed group.
          (nominal.sense.types[0] === 'ARMED_GROUP' ? mostRecent(tokens, history, entities, t.sentence, ['ARMED_GROUP'], nominal.sense, keepFor(nominal, names), false, false, undefined, Infinity) : undefined));
      // "Viv Ansanm, an alliance ..., including Solino, which its fighters overran": an owner pronoun
      // resolved to a name of its own sentence owns the members more surely than the text's most named group.
      const owner = history[history.length - 1];
      const ownName = owner && owner.kind === 'PRONOUN' && owner.end === nominal.start && owner.entities.length === 1 && history.some((u) => u.sentence === t.sentence && u.kind === 'NAME' && u.entities[0] === owner.entities[0]);
      let member = ownName ? owner.entities[0] : ref;
      // "government forces" are the state's army when the text names it (guide: state armed forces).
      if (member && tokens[nominal.start]!.lower === 'government' && ARMY_MEMBERS.has(tokens[nominal.start + 1]?.lower ?? '')) member = namedArmyOf(ctx, entities, member) ?? member;
      if (member) add({ start: nominal.start, end: nominal.end, sentence: t.sentence, entities: [member], kind: 'NOMINAL' });
      i = nominal.end - 1;
    }
  }
  return added;

  /**
   * The country in focus, leaving out the states of the description's own clause; before any is
   * named, the whole text's, but not from the description's own sentence ("The army, backed by
   * Russian air strikes, recaptured Palmyra" is not Russia's).
   */
  function focusOutside(start: number, ruled: boolean): string | undefined {
    const outside = clauseStates(tokens, history, entities, start);
    const sentence = tokens[start]!.sentence;
    return focusCountry(ctx, entities, history, outside, ruled) ?? focusCountry(ctx, entities, notLaterIn(sentence, start), outside, ruled);
  }

  /** The names of the text but those after token `start` in its own sentence. */
  function notLaterIn(sentence: number, start: number): Unit[] {
    return names.filter((u) => u.sentence !== sentence || u.start < start);
  }

  function add(unit: Unit): void {
    added.push(unit);
    history.push(unit);
  }
}

/**
 * "the (insurgent) coalition", "the rebels’", bare "rebels" (not "M23 rebels", which is part of a
 * name), "the Iran-aligned group" (the unit is the head word alone, beside the name inside it).
 */
function readNominal(
  tokens: readonly Token[],
  i: number,
  taken: Uint8Array,
  demonym: Uint8Array,
): { start: number; end: number; sense: NominalSense; owner?: number } | undefined {
  const t = tokens[i]!;
  // "government forces retook", "a government offensive backed by": the forces of the text's state.
  // ("Government troops retook Bara": opening the sentence too.)
  const opening = tokens[i - 1]?.sentence !== t.sentence;
  if (t.lower === 'government' && (t.text === t.lower || opening) && GOVERNMENT_FORCES.has(tokens[i + 1]?.lower ?? '') && tokens[i - 1]?.lower !== 'the' && !taken[i - 1]) {
    return { start: i, end: i + 2, sense: NOMINAL_HEADS.government! };
  }
  let k = i;
  const definite = t.lower === 'the';
  if (definite) k++;
  let compound = false;
  let owner: number | undefined;
  let described = false; // past a demonym: "the Palestinian group"
  for (let n = 0; n < 4 && k < tokens.length && tokens[k]!.sentence === t.sentence; n++) {
    // "the military government" is modified, "the military recaptured" is the head itself.
    const word = tokens[k]!.lower;
    if (NOMINAL_MODIFIERS.has(word) && !(NOMINAL_HEADS[word] && !NOMINAL_HEADS[tokens[k + 1]?.lower ?? ''])) k++;
    else if (demonym[k] && definite && NOMINAL_HEADS[tokens[k + 1]?.lower ?? '']?.types.includes('ARMED_GROUP')) {
      described = true;
      k++;
    } else if (taken[k] && definite) {
      // "the Iran-aligned group": a name, a dash and a participle modify the head.
      let m = k;
      while (taken[m]) m++;
      if (OWNED_HEADS.has(tokens[m]?.lower ?? '')) {
        // "the al-Qaeda affiliate": another group than the one named.
        owner = k;
        k = m;
        compound = true;
        break;
      }
      if (tokens[m]?.text !== '-' || !tokens[m + 1] || tokens[m + 1]!.text !== tokens[m + 1]!.lower) break;
      // "the Saudi-led coalition", "the US-led mission": a body the named one leads, not that one.
      if (tokens[m + 1]!.lower === 'led') return undefined;
      k = m + 2;
      compound = true;
    } else break;
  }
  const head = tokens[k];
  // "The Council" after a name with Council in it: a capitalised head is fine after "the".
  if (!head || head.sentence !== t.sentence || taken[k] || (head.text !== head.lower && !(definite && k === i + 1 + (described ? 1 : 0)))) return undefined;
  let sense = NOMINAL_HEADS[head.lower];
  if (sense && head.text !== head.lower && !sense.nameHas && !sense.forces) return undefined;
  // "fighting on the front", "along the front": the front line, not a group.
  if (head.lower === 'front' && ['on', 'at', 'along', 'to', 'from', 'across', 'near'].includes(tokens[i - 1]?.lower ?? '')) return undefined;
  if (!sense) return undefined;
  if (sense.modified && k === i + 1) {
    if (!sense.bare) return undefined;
    sense = sense.bare;
  }
  if (!definite) {
    // Bare plurals only for group members ("rebels withdrew"), never after a name or a number.
    const prev = tokens[i - 1];
    if (k !== i || !head.lower.endsWith('s') || !sense.types.includes('ARMED_GROUP')) return undefined;
    // "whose fighters": the clause's own antecedent owns them; the relation readers take it from there.
    if (prev?.lower === 'whose') return undefined;
    // "gangs of the Viv Ansanm coalition": members of the group named next, not another one.
    if (tokens[k + 1]?.lower === 'of' && (taken[k + 2] || (tokens[k + 2]?.lower === 'the' && taken[k + 3]))) return undefined;
    const describes = prev !== undefined && NEVER_ALONE.has(prev.lower); // "Islamist insurgents"
    // "al-Qaida-linked militants", "Iran-backed militias": others than the name in the compound.
    if (prev && tokens[i - 2]?.text === '-' && !prev.spaceBefore) return undefined;
    if (prev && !describes && (taken[i - 1] || prev.pos === 'NUM' || prev.pos === 'ADJ' || prev.pos === 'PROPN')) return undefined;
    // "accusing him of sponsoring gangs": a bare plural a verb takes is any such group, none in particular.
    if (prev && prev.text === prev.lower && prev.pos === 'VERB' && prev.lower.endsWith('ing')) return undefined;
    // "hundreds of fighters", "some of the militants": a count of members, not the group itself.
    if (prev?.lower === 'of' && (tokens[i - 2]?.pos === 'NUM' || COUNTS.has(tokens[i - 2]?.lower ?? ''))) return undefined;
  }
  const next = tokens[k + 1];
  // "the town of X" names X itself; "the government of Nicolás Maduro" is named by whose it is.
  if (next && next.lower === 'of' && (sense.types.includes('PLACE') || sense.types.includes('COUNTRY'))) return undefined;
  // "the capital, Kinshasa,", "the capital Sanaa": named right after.
  if (sense.capital && (!definite || next?.text === ',' || next?.text === '(' || (next !== undefined && taken[k + 1]))) return undefined;
  // "the army base": a modifier; but "the army retook the capital": a verb the tagger did not know.
  const after = tokens[k + 2];
  const object = after !== undefined && (after.pos === 'DET' || after.pos === 'PROPN');
  // ("The Council today imposed": "today" is no noun the head modifies.)
  if (next && next.pos === 'NOUN' && next.text === next.lower && !object && !VERBS_TAGGED_AS_NOUNS.has(next.lower) && !DAY_WORDS.has(next.lower)) return undefined;
  return { start: compound ? k : i, end: k + 1, sense, ...(owner !== undefined ? { owner } : {}) };
}


const COUNTS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions', 'some', 'many', 'most', 'few', 'several', 'number', 'group', 'band', 'unit']);

const GOVERNMENT_FORCES = new Set(['forces', 'troops', 'soldiers', 'offensive', 'campaign', 'operation', 'operations']);

/** The sentence opens with "The <noun>" followed by its verb, naming no one, before token `i`. */
/** "retook it", "until it was retaken by the army": an "it" that is a place taken. */
function placeTaken(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'it') return false;
  if (PLACE_VERBS.has(tokens[i - 1]?.lower ?? '')) return true;
  return ['was', 'is'].includes(tokens[i + 1]?.lower ?? '') && PLACE_PASSIVE_VERBS.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'by';
}

function namelessSubject(tokens: readonly Token[], taken: Uint8Array, sentence: number, i: number, resolved: readonly Unit[]): boolean {
  let k = i;
  while (k > 0 && tokens[k - 1]!.sentence === sentence) k--;
  if (tokens[k]?.lower !== 'the' || taken[k + 1]) return false;
  let m = k + 1;
  while (m < i && tokens[m]!.pos === 'ADJ' && tokens[m]!.text === tokens[m]!.lower) m++;
  const head = tokens[m];
  const verb = tokens[m + 1];
  // A description the coreference reads ("The rebels") has its referent; "The force" alone does not.
  // ... unless it found none: "The army says it will retake X" in a text that names no army.
  const described = NOMINAL_HEADS[head?.lower ?? ''] !== undefined && !(NOMINAL_HEADS[head!.lower]!.modified && m === k + 1) && resolved.some((u) => u.start <= m && m < u.end);
  return m < i && head !== undefined && head.pos === 'NOUN' && head.text === head.lower && !taken[m] && !described && verb !== undefined && (verb.pos === 'AUX' || verb.pos === 'VERB');
}

/** The sentence opens with a plural description naming no one ("Islamist fighters control", "Gunmen seized") before token `i`. */
function namelessPlural(tokens: readonly Token[], taken: Uint8Array, sentence: number, i: number, resolved: readonly Unit[]): boolean {
  let k = i;
  while (k > 0 && tokens[k - 1]!.sentence === sentence) k--;
  if (tokens[k]?.lower === 'the') k++;
  let m = k;
  while (m < k + 2 && m < i && !taken[m] && (tokens[m]!.pos === 'ADJ' || tokens[m]!.pos === 'PROPN') && tokens[m + 1]?.pos === 'NOUN') m++;
  const head = tokens[m];
  const verb = tokens[m + 1];
  // ("Islamist fighters control": the tagger may call the verb a noun; a description the coreference read has its referent.)
  const nounVerb = verb?.pos === 'NOUN' && !verb.lower.endsWith('s') && ['ADJ', 'DET', 'PROPN', 'NUM'].includes(tokens[m + 2]?.pos ?? '');
  const verbal = verb !== undefined && verb.text === verb.lower && (verb.pos === 'VERB' || verb.pos === 'AUX' || nounVerb);
  const described = resolved.some((u) => u.start <= m && m < u.end);
  return m < i && head !== undefined && !taken[m] && !described && head.pos === 'NOUN' && /[^s]s$/.test(head.lower) && verbal;
}

/** Heads after a group's name that name another group: "the al-Qaeda affiliate", "the Islamic State offshoot". */
const OWNED_HEADS = new Set(['affiliate', 'offshoot', 'franchise', 'branch', 'splinter']);

/** Tokens inside quotation marks: straight quotes toggle, curly ones open and close. */
function insideQuotes(tokens: readonly Token[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const q = tokens[i]!.text;
    if (q === '"') open = !open;
    else if (q === '“') open = true;
    else if (q === '”') open = false;
    else if (open) inside[i] = 1;
  }
  return inside;
}

/**
 * Who speaks as "we" in a statement or a press release: the first organisation it names, though
 * not later in the pronoun's own `sentence` ("We are examining the conduct of the army" is not
 * the army's; "My Office's investigation ..., referred to the ICC" is the ICC's: -1).
 */
function issuerOf(entities: Map<string, EntityDraft>, names: readonly Unit[], sentence: number, at: number): string | undefined {
  for (const u of names) {
    if (u.sentence === sentence && u.start > at) continue;
    const e = u.entities.length === 1 ? entities.get(u.entities[0]!) : undefined;
    if (e?.type === 'ORGANISATION') return e.id;
  }
  return undefined;
}

/** Kind words between a body's name and "led by": "the SPLM-N faction led by". */
const LED_BODY_WORDS = new Set(['faction', 'wing', 'group', 'forces', 'fighters', 'branch']);

/** People who report on others' acts: "UN experts say it ..." is not the UN's "it". */
const OBSERVERS = new Set(['experts', 'investigators', 'monitors', 'analysts', 'diplomats', 'researchers', 'observers', 'sources', 'witnesses', 'residents']);

const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'claimed', 'claims', 'stated', 'states',
  'reported', 'reports', 'insisted', 'insists', 'declared', 'declares', 'confirmed', 'confirms',
  'warned', 'warns', 'denied', 'denies', 'admitted', 'admits', 'acknowledged', 'acknowledges',
]);
/** People who speak for the name before them: "Russian commanders said", "the Kenyan government said". */
const SPOKESPEOPLE = new Set(['commanders', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'government', 'authorities', 'leaders', 'officers', 'military', 'army']);

/**
 * The entity speaking a reported clause that the pronoun at `i` sits in ("X said on Tuesday
 * that its forces ..."), when it can own what the pronoun owns. No other verb may come
 * between the reporting verb and the pronoun.
 */
function speakerOf(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, i: number, force: boolean): string | undefined {
  const sentence = tokens[i]!.sentence;
  // The pronoun opens the reported clause: only "that", a time phrase or (after "told") the addressee come between.
  let verb = -1;
  let that = false;
  let told = false; // a name told comes between: the pronoun is never that name's
  for (let k = i - 1; k >= 0 && i - k <= 10 && tokens[k]!.sentence === sentence; k--) {
    const w = tokens[k]!;
    if (REPORTING.has(w.lower)) {
      verb = k;
      break;
    }
    // "has denied accusations by Bamako that it harbours": the one denying is the one accused.
    if (w.lower === 'that' && ACCUSATION_NOUNS.has(tokens[k - 1]?.lower ?? '') && DENIAL_VERBS.has(tokens[k - 2]?.lower ?? '')) {
      verb = k - 2;
      break;
    }
    if (w.lower === 'that' && accusedBy(tokens, k) !== undefined) {
      verb = accusedBy(tokens, k)!;
      break;
    }
    // "the statement by the EHRC that it has opened": the statement's maker.
    if (w.lower === 'that' && !that) {
      const maker = statementBy(tokens, history, k);
      if (maker) return maker;
    }
    // ("X told Sheba Rights Monitor it was investigating": past the one told.)
    const addressee = !that ? findUnitEndingAt(history, k + 1, sentence) : undefined;
    if (addressee && addressee.kind === 'NAME' && ADDRESSING.has(tokens[addressee.start - 1]?.lower ?? '')) {
      verb = addressee.start - 1;
      told = true;
      break;
    }
    if (w.lower === 'that') that = true;
    else if (!that && !TIME_PHRASE.has(w.lower) && w.pos !== 'NUM') return undefined;
  }
  if (verb < 0 || (that && !ADDRESSING.has(tokens[verb]!.lower) && !onlyTime(tokens, verb + 1, i))) return undefined;
  // "UN experts say it has flown weapons": observers report what another did; "it" is not theirs.
  if (OBSERVERS.has(tokens[verb - 1]?.lower ?? '')) return '';
  let end = verb;
  // ("The Chadian army said": a name may end in a spokesperson's word.)
  while (end > 0 && !findUnitEndingAt(history, end, sentence) && tokens[end - 1]!.text === tokens[end - 1]!.lower && (tokens[end - 1]!.pos === 'ADV' || AUXILIARIES.has(tokens[end - 1]!.lower) || SPOKESPEOPLE.has(tokens[end - 1]!.lower))) end--;
  // "The KRG, whose dominant party cooperates closely with Ankara, said it": back over a relative clause.
  if (tokens[end - 1]?.text === ',') {
    let k = end - 2;
    while (k > end - 25 && k >= 0 && tokens[k]!.text !== ',' && tokens[k]!.sentence === sentence) k--;
    if (tokens[k]?.text === ',' && ['whose', 'which', 'who'].includes(tokens[k + 1]?.lower ?? '')) end = k;
  }
  // ("Mali's anti-terrorism prosecutor, the Pôle Judiciaire Spécialisé, said it": the name apposed to a description.)
  const apposedName = tokens[end - 1]?.text === ',' ? findUnitEndingAt(history, end - 1, sentence) : undefined;
  const opened = apposedName ? apposedName.start - (tokens[apposedName.start - 1]?.lower === 'the' ? 2 : 1) : -1;
  if (apposedName && apposedName.kind === 'NAME' && tokens[opened]?.text === ',' && !findUnitEndingAt(history, opened, sentence)) end = apposedName.end;
  // "MINUSCA, the U.N. peacekeeping mission, said it": back over the speaker's apposition.
  // ("the IIMM, the U.N. body that has been investigating ... since 2019, said it": one with a relative clause runs longer.)
  if (tokens[end - 1]?.text === ',' && !findUnitEndingAt(history, end, sentence)) {
    let k = end - 2;
    let relative = false;
    while (k > end - 28 && k >= 0 && tokens[k]!.text !== ',' && tokens[k]!.sentence === sentence) {
      relative ||= ['that', 'which', 'who'].includes(tokens[k]!.lower);
      k--;
    }
    if (tokens[k]?.text === ',' && (k > end - 10 || relative)) end = k;
  }
  // "The Puntland Security Force (PSF) said": past the bracketed acronym.
  if (tokens[end - 1]?.text === ')' && tokens[end - 3]?.text === '(') end -= 3;
  // "The SPLM-N faction led by Abdelaziz al-Hilu, which ..., says its fighters": the led body, not its leader.
  const leader = findUnitEndingAt(history, end, sentence);
  if (leader && tokens[leader.start - 1]?.lower === 'by' && tokens[leader.start - 2]?.lower === 'led') {
    end = leader.start - 2;
    if (LED_BODY_WORDS.has(tokens[end - 1]?.lower ?? '')) end--;
    // Past a bracketed acronym of any length: "(SPLM-N)".
    if (tokens[end - 1]?.text === ')') for (let b = end - 2; b > end - 8 && b >= 0; b--) if (tokens[b]!.text === '(') (end = b), (b = -1);
  }
  let unit = findUnitEndingAt(history, end, sentence);
  // "Rebels said they had seized Bremaz": speakers no name stands for; the pronoun is theirs.
  if (!unit && unnamedSpeakers(tokens, history, end, sentence)) return '';
  // "the army says it has retaken Kesh" with no army named: the pronoun is the army's, whoever that is.
  if (!unit && tokens[end - 1]?.lower === 'the' && SPOKESPEOPLE.has(tokens[end]?.lower ?? '')) return '';
  // "The U.N. Commission on Human Rights in South Sudan said it ...": the speaker is the name the place phrase follows.
  while (unit && SPEAKER_PREPOSITIONS.has(tokens[unit.start - 1]?.lower ?? '')) {
    const head = findUnitEndingAt(history, unit.start - 1, sentence);
    if (!head) break;
    unit = head;
  }
  const entity = unit?.entities.length === 1 ? entities.get(unit.entities[0]!) : undefined;
  if (!entity || !['ARMED_GROUP', 'ORGANISATION', 'COUNTRY'].includes(entity.type)) return told ? '' : undefined;
  if (!force || entity.type !== 'ORGANISATION' || entity.known?.stateOf || FORCE_NAME.test(entity.name)) return entity.id;
  // "Russia's defence ministry said its forces": the forces are the state's.
  const mark = tokens[unit!.start - 1]?.lower;
  const owner = mark === "'s" || mark === '’s' ? findUnitEndingAt(history, unit!.start - 1, sentence) : undefined;
  const state = owner?.entities.length === 1 ? entities.get(owner.entities[0]!) : undefined;
  return state?.type === 'COUNTRY' ? state.id : undefined;
}

const ADDRESS_VERBS = new Set(['urged', 'urges', 'urge', 'urging', 'asked', 'asks', 'ask', 'asking', 'pressed', 'presses', 'press', 'told', 'tells', 'ordered', 'orders', 'warned', 'warns', 'encouraged', 'encourages', 'on']);

/** "urged Kigali to withdraw its troops": the name addressed before "to <verb>" right before the pronoun at `i`. */
function addressedBefore(tokens: readonly Token[], history: readonly Unit[], i: number): string | undefined {
  if (tokens[i - 1]?.pos !== 'VERB' || tokens[i - 2]?.lower !== 'to') return undefined;
  const unit = history.find((u) => u.end === i - 2 && u.sentence === tokens[i]!.sentence);
  if (!unit || unit.entities.length !== 1) return undefined;
  let k = unit.start - 1;
  if (tokens[k]?.lower === 'the') k--;
  const verb = tokens[k]?.lower ?? '';
  // "called on X to": "on" only after a call.
  if (verb === 'on' && !/^call/.test(tokens[k - 1]?.lower ?? '')) return undefined;
  return ADDRESS_VERBS.has(verb) ? unit.entities[0] : undefined;
}

/** "the statement by the EHRC (EHRC) that": the maker's entity, for the "that" at `k`. */
function statementBy(tokens: readonly Token[], history: readonly Unit[], k: number): string | undefined {
  let end = k;
  if (tokens[end - 1]?.text === ')' && tokens[end - 3]?.text === '(') end -= 3;
  const maker = history.find((u) => u.end === end && u.sentence === tokens[k]!.sentence);
  if (!maker || maker.entities.length !== 1) return undefined;
  let b = maker.start - 1;
  if (tokens[b]?.lower === 'the') b--;
  return tokens[b]?.lower === 'by' && STATEMENT_NOUNS.has(tokens[b - 1]?.lower ?? '') ? maker.entities[0] : undefined;
}

/** A plural noun phrase with no name in it ends at `end`: "Rebels", "Local residents", "Officials in the town". */
function unnamedSpeakers(tokens: readonly Token[], history: readonly Unit[], end: number, sentence: number): boolean {
  const head = tokens[end - 1];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || !/[^s]s$/.test(head.lower)) return false;
  let k = end - 1;
  while (k >= 0 && tokens[k]!.sentence === sentence && tokens[k]!.text !== ',' && !/^[—–-]$/.test(tokens[k]!.text)) k--;
  return !history.some((u) => u.sentence === sentence && u.end > k && u.start < end);
}

/**
 * "Turkey has supplied the army with drones, which helped it retake Wad Madani": an object "it" is the
 * latest fitting name of its own sentence — not a possessor ("Sudan's institutions") and not the
 * subject of its own verb ("the army attacked it").
 */
function objectReferent(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, i: number, types: readonly string[]): string | undefined {
  const verb = tokens[i - 1];
  // ("Eritrea armed it": the tagger may call a past form before "it" an adjective.)
  if (!verb || !(verb.pos === 'VERB' || (verb.pos === 'ADJ' && verb.lower.endsWith('ed'))) || verb.text !== verb.lower) return undefined;
  const subjects = clauseSubjects(tokens, history, i);
  // This sentence first, then the one before ("Egypt ... has supplied it with aircraft. Turkey has supplied it ...").
  for (let h = history.length - 1; h >= 0 && history[h]!.sentence >= tokens[i]!.sentence - 1; h--) {
    const u = history[h]!;
    const e = u.entities.length === 1 ? entities.get(u.entities[0]!) : undefined;
    if (!e || !types.includes(e.type) || subjects.has(u)) continue;
    if (tokens[u.end]?.lower === "'s" || tokens[u.end]?.lower === '’s' || onlyModifies(tokens, u, e)) continue;
    // "X remains designated by A and B, and C banned it": the agents of a passive are not what it names.
    if (inAgentList(tokens, history, u)) continue;
    return e.id;
  }
  return undefined;
}

const BOTH_WORDS = new Set(['both', 'all', 'each']);

/**
 * The subject of the verb right before `i` and the names coordinated with it ("Egypt and Turkey have
 * supplied [it]", "Neither Russia nor China has sanctioned [the junta]"): what stands at `i` is not them.
 */
function clauseSubjects(tokens: readonly Token[], history: readonly Unit[], i: number): Set<Unit> {
  const subjects = new Set<Unit>();
  let v = i - 2;
  // ("Egypt and Turkey have both supplied it".)
  while (v >= 0 && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV' || BOTH_WORDS.has(tokens[v]!.lower))) v--;
  // "Egypt and Turkey, which have supplied it": a coordinated antecedent of the relative pronoun is
  // the subject. (A single one is left to recency: excluding it too made a wrong edge on an unread set.)
  const relative = ['which', 'who', 'that'].includes(tokens[v]?.lower ?? '') && tokens[v - 1]?.text === ',';
  for (let u = findUnitEndingAt(history, relative ? v - 1 : v + 1, tokens[i]!.sentence); u; ) {
    subjects.add(u);
    const join = tokens[u.start - 1];
    // ("Egypt, which backs the army, and Turkey have supplied it": past the first one's relative clause.)
    const past = join?.lower === 'and' && tokens[u.start - 2]?.text === ',' ? relativeOpenedBefore(tokens, u.start - 2) : undefined;
    u = join && (join.lower === 'and' || join.lower === 'nor' || join.text === ',') ? findUnitEndingAt(history, past ?? u.start - 1, tokens[i]!.sentence) : undefined;
  }
  if (relative && subjects.size < 2) subjects.clear();
  return subjects;
}

/** From the comma at `close` ending a relative clause (", which backs the army,"), the comma that opens it. */
function relativeOpenedBefore(tokens: readonly Token[], close: number): number | undefined {
  for (let k = close - 2; k > close - 15 && k > 0 && tokens[k]!.sentence === tokens[close]!.sentence; k--) {
    if (tokens[k]!.text === ',') return ['which', 'who'].includes(tokens[k + 1]?.lower ?? '') ? k : undefined;
  }
  return undefined;
}

/** "ISSP, JNIM's main rival, has ...": the owner inside an apposition describes the name before it (for groups;
 * "Japan, Myanmar's largest donor, ... the junta" is Myanmar's). */
function apposedOwner(tokens: readonly Token[], history: readonly Unit[], h: number): boolean {
  const unit = history[h]!;
  if (!["'s", '’s'].includes(tokens[unit.end]?.lower ?? '') || tokens[unit.start - 1]?.text !== ',') return false;
  const before = history[h - 1];
  // (Past the name's bracketed acronym: "Islamic State Sahel Province (ISSP), JNIM's main rival".)
  let k = unit.start - 2;
  if (tokens[k]?.text === ')') while (k > unit.start - 6 && tokens[k]?.text !== '(') k--;
  if (tokens[k]?.text === '(') k--;
  return before !== undefined && before.kind === 'NAME' && before.end - 1 >= k && before.end <= unit.start - 1 && before.sentence === unit.sentence;
}

/** A name before two nouns, "the Al-Qaida sanctions list", only modifies them (not "M23 rebels", its members). */
function onlyModifies(tokens: readonly Token[], unit: Unit, entity: EntityDraft): boolean {
  if (unit.kind !== 'NAME' || entity.type === 'PLACE') return false;
  let k = unit.end;
  // ("ISIL (Da'esh) and Al-Qaida sanctions list": past a bracketed form and the names coordinated with it.)
  if (tokens[k]?.text === '(') while (k < unit.end + 6 && tokens[k] && tokens[k]!.text !== ')') k++;
  if (tokens[k]?.text === ')') k++;
  if (tokens[k]?.lower === 'and' && k > unit.end) {
    const and = k;
    for (k++; tokens[k] && (tokens[k]!.pos === 'PROPN' || (tokens[k]!.text === '-' && !tokens[k]!.spaceBefore)); ) k++;
    if (k === and + 1) return false;
  }
  const next = tokens[k];
  return next !== undefined && next.pos === 'NOUN' && next.text === next.lower && !MEMBERS.has(next.lower) && tokens[k + 1]?.pos === 'NOUN';
}

/** Object pronouns: "JNIM, al-Qaeda's affiliate, fought alongside them" is not about al-Qaeda. */
const OBJECT_FORMS = new Set(['them', 'him']);

/** "recruited young Moldovans and trained [them]": "V <plural noun> and V them", the plural a common noun or a people's name. */
function peopleObjectBefore(tokens: readonly Token[], demonym: Uint8Array, i: number): boolean {
  const verb = tokens[i - 1];
  if (!verb || verb.text !== verb.lower || tokens[i - 2]?.lower !== 'and') return false;
  const plural = tokens[i - 3];
  if (!plural || !/\p{Ll}s$/u.test(plural.text) || plural.pos === 'VERB') return false;
  // (Not "armed Hamas and trained them": a name other than a people's.)
  if (plural.text !== plural.lower && !demonym[i - 3]) return false;
  // The plural is the object of a finite verb ("recruited young Moldovans"), not of an infinitive ("to guard his warehouses").
  let k = i - 4;
  while (k > i - 7 && tokens[k] && ['ADJ', 'DET', 'NUM'].includes(tokens[k]!.pos) && tokens[k]!.text === tokens[k]!.lower) k--;
  return tokens[k]?.pos === 'VERB' && tokens[k]!.text === tokens[k]!.lower && tokens[k - 1]?.lower !== 'to';
}

/** A name that owns a noun ("al-Qaeda's affiliate") in the pronoun's own sentence. */
function possessorInSentence(tokens: readonly Token[], u: Unit, sentence: number): boolean {
  const mark = tokens[u.end]?.lower;
  return u.sentence === sentence && (mark === "'s" || mark === '’s');
}

/** A name right after "according to" (the article allowed). */
/** The unit opens a sentence's closing ", X said." (or "estimates", "believes"). */
function closingSpeaker(tokens: readonly Token[], unit: Unit): boolean {
  let before = unit.start - 1;
  // ("South Korea's intelligence service": past the owner's name.)
  if (["'s", '’s'].includes(tokens[before]?.lower ?? '')) for (before--; before > unit.start - 6 && /^\p{Lu}/u.test(tokens[before]?.text ?? ''); before--);
  if (tokens[before]?.lower === 'the') before--;
  if (tokens[before]?.text !== ',') return false;
  // (And its owner: "South Korea" in ", South Korea's intelligence service estimates.")
  let end = unit.end;
  if (["'s", '’s'].includes(tokens[end]?.lower ?? '')) for (end++; end < unit.end + 5 && tokens[end] && tokens[end]!.text === tokens[end]!.lower && tokens[end]!.pos !== 'VERB' && !CLOSING_VERBS.has(tokens[end]!.lower); end++);
  const verb = tokens[end];
  return verb !== undefined && (REPORTING.has(verb.lower) || CLOSING_VERBS.has(verb.lower)) && /^[.!?]$/.test(tokens[end + 1]?.text ?? '');
}
// (Beyond the reporting verbs.)
const CLOSING_VERBS = new Set(['estimates', 'estimated', 'believes', 'believed', 'alleges', 'alleged']);

function attributionSource(tokens: readonly Token[], start: number): boolean {
  const k = tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  return tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'according';
}

/** The unit is one of the names after a passive's "by" ("by Turkey, the United States and the EU"). */
function inAgentList(tokens: readonly Token[], history: readonly Unit[], u: Unit): boolean {
  let k = u.start - 1;
  for (;;) {
    if (tokens[k]?.lower === 'the') k--;
    if (tokens[k]?.lower === 'by') return true;
    if (tokens[k]?.lower !== 'and' && tokens[k]?.text !== ',') return false;
    k--;
    if (tokens[k]?.text === ',') k--; // ", and"
    const before = findUnitEndingAt(history, k + 1, u.sentence);
    if (!before) return false;
    k = before.start - 1;
  }
}

/** An organisation that has troops of its own: "the Puntland Security Force said its troops". */
const FORCE_NAME = /\b(?:forces?|army|military|guard|police|gendarmerie)$/i;

/** Token `i` opens a clause as its subject: "before troops retook", ", soldiers have". */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // ('troops "liberated" Kesh': past a quotation mark.)
  const next = /^[“"‘]$/.test(tokens[i + 1]?.text ?? '') ? tokens[i + 2] : tokens[i + 1];
  // (The tagger may call a verb after "troops" a noun: "troops retook".)
  const verb = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || (next.text === next.lower && (PLACE_VERBS.has(next.lower) || next.lower.endsWith('ed'))));
  if (!verb || next.sentence !== tokens[i]!.sentence) return false;
  return !prev || prev.sentence !== tokens[i]!.sentence || prev.text === ',' || CLAUSE_LINKS.has(prev.lower);
}

/** The state or state force that reports the clause of token `i`, before it ("the army said troops had") or after it (", the army said"). */
function reportingState(tokens: readonly Token[], history: readonly Unit[], all: readonly Unit[], entities: Map<string, EntityDraft>, i: number): string | undefined {
  const before = speakerOf(tokens, history, entities, i, true);
  const id = before || trailingSpeaker(tokens, all, i);
  const e = id ? entities.get(id) : undefined;
  if (!e) return undefined;
  // A group's word "troops" means the army it fights: only a state's own speakers own them.
  return e.type === 'COUNTRY' || (e.type === 'ORGANISATION' && (e.known?.stateOf !== undefined || FORCE_NAME.test(e.name))) ? e.id : undefined;
}

/** "A military spokesman said (that) troops ...": the spokes- word of the army spokesperson reporting the clause of token `i`, or -1. */
function militarySpokesman(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.lower === 'that') k--;
  // "told reporters that troops ...".
  if (['reporters', 'journalists'].includes(tokens[k]?.lower ?? '')) k--;
  if (!REPORTING.has(tokens[k]?.lower ?? '')) return -1;
  // "Army spokesman Onyema Nwachukwu told": past the spokesperson's name.
  let who = k - 1;
  while (who > k - 5 && /^\p{Lu}/u.test(tokens[who]?.text ?? '') && !/^spokes/i.test(tokens[who]!.text)) who--;
  const of = tokens[who - 1]?.lower ?? '';
  return /^spokes(?:man|woman|person)$/.test(tokens[who]?.lower ?? '') && (of === 'military' || of === 'army') ? who : -1;
}

/**
 * "X, spokesman for the South Sudan People's Defence Forces (SSPDF), told reporters in Juba that
 * troops ...": the armed force the speaker of the clause of token `i` speaks for.
 */
function spokesmanFor(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, i: number): string | undefined {
  const sentence = tokens[i]!.sentence;
  let told = -1;
  for (let k = i - 1; k > i - 8 && tokens[k]?.sentence === sentence; k--) if (REPORTING.has(tokens[k]!.lower)) told = k;
  if (told < 0) return undefined;
  for (let k = told - 1; k > told - 14 && tokens[k]?.sentence === sentence; k--) {
    if (!/^spokes(?:man|woman|person)$/.test(tokens[k]!.lower) || tokens[k + 1]?.lower !== 'for') continue;
    const at = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    const body = history.find((u) => u.start === at && u.sentence === sentence);
    const id = body?.entities.length === 1 ? body.entities[0]! : undefined;
    const army = id ? entities.get(id) : undefined;
    return army && (army.type === 'ARMED_GROUP' || isStateForce(army)) ? id : undefined;
  }
  return undefined;
}

/** ", Niger's army said on Tuesday.": the name opening the last comma phrase before a reporting verb that ends the sentence. */
function trailingSpeaker(tokens: readonly Token[], all: readonly Unit[], i: number): string | undefined {
  const sentence = tokens[i]!.sentence;
  let comma = -1;
  for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const w = tokens[k]!;
    if (w.text === ',' && comma < 0) comma = k;
    if (!REPORTING.has(w.lower) || comma < 0 || k - comma > 16) continue;
    // The verb ends the sentence but for a time phrase: "said on Tuesday", "said in a statement".
    for (let m = k + 1; m < tokens.length && tokens[m]!.sentence === sentence; m++) if (tokens[m]!.pos === 'VERB' || tokens[m]!.lower === 'that') return undefined;
    const first = tokens[comma + 1]?.lower === 'the' ? comma + 2 : comma + 1;
    const unit = all.find((u) => u.start === first && u.sentence === sentence);
    return unit?.entities.length === 1 ? unit.entities[0] : undefined;
  }
  return undefined;
}

/** "X sent (hundreds of) troops to Y, where they ...": X, when the troops are the last people named before "they". */
function senderOfTroops(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, i: number): string | undefined {
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k > i - 14 && k > 0 && tokens[k]!.sentence === sentence; k--) {
    if (!SEND_FORMS.has(tokens[k]!.lower)) continue;
    let m = k + 1;
    while (m < i && m < k + 5 && !FORCE_NOUNS.has(tokens[m]!.lower)) m++;
    if (m >= i || !FORCE_NOUNS.has(tokens[m]!.lower)) return undefined;
    // No other actor named between the troops and "they" (places may be: "to South Kivu, where they").
    if (history.some((u) => u.start > m && u.start < i && u.entities.some((e) => entities.get(e)?.type !== 'PLACE'))) return undefined;
    let v = k - 1;
    while (v > 0 && ['has', 'have', 'had', 'also', 'first', 'already'].includes(tokens[v]!.lower)) v--;
    const unit = findUnitEndingAt(history, v + 1, sentence);
    return unit?.entities.length === 1 ? unit.entities[0] : undefined;
  }
  return undefined;
}

/** "drove them out of it", "pushed the rebels out of it": "it" at `i` is where an expel verb drove someone from. */
function drivenOutOf(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== 'of' || tokens[i - 2]?.lower !== 'out') return false;
  for (let k = i - 3; k >= Math.max(0, i - 8); k--) if (verbLemma(tokens[k]!.lower, EXPEL_VERBS)) return true;
  return false;
}

/** Pronouns that can open a reported clause as its subject or its subject's owner. */
const CLAUSE_OPENERS = new Set(['its', 'their', 'it', 'they']);
const ADDRESSING = new Set(['told', 'tells']);
const SPEAKER_PREPOSITIONS = new Set(['in', 'for', 'on', 'of', 'at']);
const TIME_PHRASE = new Set([
  'on', 'in', 'last', 'this', 'earlier', 'late', 'early', 'today', 'yesterday', 'week', 'month', 'year', 'weekend',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', ',',
]);

/** Tokens [from, to) are "that", time words and adverbs only ("said separately that"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'again', 'also']);

/** "denied accusations by Bamako that", "rejects claims from Kinshasa that": the denying verb before the accusation, past its "by Y". */
function accusedBy(tokens: readonly Token[], that: number): number | undefined {
  for (let k = that - 1; k > that - 7 && k > 0; k--) {
    const w = tokens[k]!;
    if (ACCUSATION_NOUNS.has(w.lower)) return DENIAL_VERBS.has(tokens[k - 1]?.lower ?? '') && ['by', 'from'].includes(tokens[k + 1]?.lower ?? '') ? k - 1 : undefined;
    if (w.text === ',' || w.pos === 'VERB') return undefined;
  }
  return undefined;
}

function onlyTime(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    // ("said in a statement that": where it was said.)
    const statement = (w === 'a' || w === 'its' || w === 'their') && tokens[k - 1]?.lower === 'in' && STATEMENT_NOUNS.has(tokens[k + 1]?.lower ?? '');
    if (statement) {
      k++;
      continue;
    }
    if (w !== 'that' && !TIME_PHRASE.has(w) && tokens[k]!.pos !== 'NUM' && tokens[k]!.pos !== 'ADV') return false;
  }
  return true;
}

/**
 * "the Stone Guard, a militia that it arms and pays": a subject pronoun right after a relative
 * pronoun is not what the relative clause describes. Keeps every entity but that one.
 */
function notAntecedent(tokens: readonly Token[], history: readonly Unit[], i: number): ((e: EntityDraft) => boolean) | undefined {
  // "Algeria, its main backer,": an apposition's possessive is not the name it describes.
  if (tokens[i - 1]?.text === ',' && ['its', 'their'].includes(tokens[i]!.lower)) {
    const apposed = findUnitEndingAt(history, i - 1, tokens[i]!.sentence);
    const id = apposed?.entities.length === 1 ? apposed.entities[0] : undefined;
    return id ? (e) => e.id !== id : undefined;
  }
  // "the Gonda Brigade, a militia it has funded": the subject of a clause describing a name is not that name.
  if (['it', 'they'].includes(tokens[i]!.lower) && ['AUX', 'VERB'].includes(tokens[i + 1]?.pos ?? '')) {
    let k = i - 1;
    while (k > i - 6 && tokens[k] && tokens[k]!.text === tokens[k]!.lower && ['NOUN', 'ADJ', 'DET'].includes(tokens[k]!.pos)) k--;
    if (k < i - 1 && tokens[k]?.text === ',' && ['a', 'an'].includes(tokens[k + 1]?.lower ?? '')) {
      const described = findUnitEndingAt(history, k, tokens[i]!.sentence);
      const id = described?.entities.length === 1 ? described.entities[0] : undefined;
      if (id) return (e) => e.id !== id;
    }
  }
  if (!['that', 'which', 'whom'].includes(tokens[i - 1]?.lower ?? '')) return undefined;
  // ("says that it raises money": "that" after a verb opens what is said, not a relative clause.)
  const noun = tokens[i - 2];
  if (!noun || noun.pos !== 'NOUN' || noun.text !== noun.lower) return undefined;
  const sentence = tokens[i]!.sentence;
  // Back over the described noun phrase ("a militia of cattle herders") to the name before its comma.
  for (let k = i - 2; k >= 0 && k > i - 12 && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.text !== ',') continue;
    const named = findUnitEndingAt(history, k, sentence);
    const id = named?.entities.length === 1 ? named.entities[0] : undefined;
    return id ? (e) => e.id !== id : undefined;
  }
  const named = findUnitEndingAt(history, i - 1, sentence);
  const id = named?.entities.length === 1 ? named.entities[0] : undefined;
  return id ? (e) => e.id !== id : undefined;
}

/** ", and its ..." at `i`: the name opening the sentence, when it is the first clause's subject and of a type the pronoun takes. */
/** Words that open a phrase before a clause's subject: "After the attack, the army ...". */
const SUBORDINATE_OPENERS = new Set(['after', 'before', 'since', 'when', 'while', 'despite', 'following', 'in', 'on', 'as']);

/**
 * "..., and the TNLA has agreed to withdraw from Mogok, a ruby-mining town it seized in 2024": a
 * pronoun in a relative clause on an apposition is the subject of the clause the apposition sits in.
 */
function apposedRelativeSubject(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, i: number, types: readonly string[]): string | undefined {
  // ("a force that it arms and trains": the tagger may read the verb as a noun.)
  const next = tokens[i + 1];
  if (!['it', 'they'].includes(tokens[i]!.lower) || !next || !(next.pos === 'VERB' || (next.text === next.lower && /(?:s|ed)$/.test(next.lower) && verbLemma(next.lower, ACTIVE_VERBS) !== undefined))) return undefined;
  // Back over "a ruby-mining town (that)" to the comma after the name it describes.
  let k = i - 1;
  if (['that', 'which'].includes(tokens[k]?.lower ?? '')) k--;
  const head = k;
  while (k > i - 7 && tokens[k] && tokens[k]!.text !== ',' && (tokens[k]!.text === tokens[k]!.lower)) k--;
  if (tokens[k]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[k + 1]?.lower ?? '') || tokens[head]?.pos !== 'NOUN') return undefined;
  const sentence = tokens[i]!.sentence;
  // ("the Volunteers for the Defence of the Homeland (VDP), a force that": past the bracketed acronym.)
  const named = findUnitEndingAt(history, tokens[k - 1]?.text === ')' && tokens[k - 3]?.text === '(' ? k - 3 : k, sentence);
  if (!named) return undefined;
  // The clause the name sits in opens at the sentence or at ", and" / ";".
  let open = named.start - 1;
  while (open >= 0 && tokens[open]!.sentence === sentence && tokens[open]!.text !== ';' && !(tokens[open]!.lower === 'and' && tokens[open - 1]?.text === ',')) open--;
  let first = open + 1;
  // ("To hold the villages, the army relies on X, a force that it arms": past a fronted phrase.)
  if (tokens[first]?.lower === 'to' || SUBORDINATE_OPENERS.has(tokens[first]?.lower ?? '')) {
    let comma = first;
    while (comma < named.start && tokens[comma]!.text !== ',') comma++;
    if (comma < named.start) first = comma + 1;
  }
  if (tokens[first]?.lower === 'the') first++;
  const subject = history.find((u) => u.sentence === sentence && (u.start === first || u.start === first - 1) && (u.kind === 'NAME' || u.kind === 'NOMINAL'));
  if (!subject || subject === named || subject.entities.length !== 1) return undefined;
  const entity = entities.get(subject.entities[0]!);
  return entity && types.includes(entity.type) && verbFollows(tokens, subject.end) ? entity.id : undefined;
}

/** A verb follows a subject ending at `end`, past a bracketed acronym: "The TNLA (TNLA) has ...". */
function verbFollows(tokens: readonly Token[], end: number): boolean {
  const verb = tokens[tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' ? end + 3 : end];
  return verb !== undefined && verb.text === verb.lower && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

function subjectBeforeAnd(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, i: number, types: readonly string[]): string | undefined {
  // (", and in March it drove ...": past a time phrase after "and".)
  let and = i - 1;
  while (and > i - 5 && tokens[and] && tokens[and]!.lower !== 'and' && tokens[and]!.text !== ',') and--;
  if (and < i - 1 && !(['in', 'on', 'by', 'last', 'this', 'later', 'then'].includes(tokens[and + 1]?.lower ?? '') && onlyTime(tokens, and + 1, i))) return undefined;
  if (tokens[and]?.lower !== 'and' || tokens[and - 1]?.text !== ',') return undefined;
  const sentence = tokens[i]!.sentence;
  let first = i;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  if (tokens[first]?.lower === 'the') first++;
  const unit = history.find((u) => u.sentence === sentence && u.start === first && u.kind === 'NAME');
  // The subject's verb follows it (past a bracketed acronym or an apposition): "The Coastal Union (CU), the regional bloc, imposed".
  let after = unit?.end ?? -1;
  if (tokens[after]?.text === '(' && tokens[after + 2]?.text === ')') after += 3;
  if (tokens[after]?.text === ',') {
    let close = after + 1;
    // ("Lakurawa, a jihadist group that crossed from Niger and which officials say is linked to X, has
    // taken": an apposition with a relative clause runs to the comma before the subject's verb.)
    const described = ['a', 'an', 'the'].includes(tokens[close]?.lower ?? '');
    while (close < after + (described ? 30 : 8) && tokens[close] && tokens[close]!.sentence === sentence && !(tokens[close]!.text === ',' && (!described || ['VERB', 'AUX'].includes(tokens[close + 1]?.pos ?? ''))) && (described || tokens[close]!.pos !== 'VERB')) close++;
    if (tokens[close]?.text === ',') after = close + 1;
  }
  const entity = unit?.entities.length === 1 ? entities.get(unit.entities[0]!) : undefined;
  return entity && types.includes(entity.type) && verbFollows(tokens, after) ? entity.id : undefined;
}

/** The name joined by "and" before the speaker `id` ("A (AB) and the B said"), when it too can speak for fighters. */
function coSpeaker(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, id: string, sentence: number): string | undefined {
  let h = history.length - 1;
  while (h >= 0 && history[h]!.sentence === sentence && !(history[h]!.entities.length === 1 && history[h]!.entities[0] === id)) h--;
  const unit = history[h];
  if (!unit || unit.sentence !== sentence) return undefined;
  let k = unit.start - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'and') return undefined;
  let end = k;
  if (tokens[end - 1]?.text === ')' && tokens[end - 3]?.text === '(') end -= 3;
  const other = findUnitEndingAt(history, end, sentence);
  const entity = other?.entities.length === 1 ? entities.get(other.entities[0]!) : undefined;
  if (!entity || entity.id === id || entity.type !== entities.get(id)?.type) return undefined;
  return entity.id;
}

/** "Lashkar-e-Taiba (LeT), the Pakistan-based terrorist organisation": a description apposed to the name right before it. */
function apposedTo(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, i: number, phraseEnd: number, sense: NominalSense): string | undefined {
  if (tokens[i]?.lower !== 'the' || tokens[i - 1]?.text !== ',') return undefined;
  // ("China and Russia, the junta's main arms suppliers,": a possessor inside the apposition is another.)
  if (tokens[phraseEnd]?.lower === "'s" || tokens[phraseEnd]?.lower === '’s') return undefined;
  let end = i - 1;
  // Past a bracketed acronym: the name it abbreviates.
  if (tokens[end - 1]?.text === ')' && tokens[end - 3]?.text === '(') end -= 3;
  const unit = findUnitEndingAt(history, end, tokens[i]!.sentence);
  const id = unit?.entities.length === 1 ? unit.entities[0]! : undefined;
  return id && unit!.kind === 'NAME' && sense.types.includes(entities.get(id)!.type) ? id : undefined;
}

function findUnitEndingAt(history: readonly Unit[], end: number, sentence: number): Unit | undefined {
  for (let h = history.length - 1; h >= 0; h--) {
    const u = history[h]!;
    if (u.sentence !== sentence) return undefined;
    if (u.end === end) return u;
  }
  return undefined;
}

/**
 * "The ICC prosecutor said (that) he", "the OPCW's director says she": the body of an official
 * named by title alone, speaking right before the pronoun at `i`.
 */
function bodyOfSpeaker(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, i: number): string | undefined {
  const verb = tokens[i - 1]?.lower === 'that' ? i - 2 : i - 1;
  if (!REPORTING.has(tokens[verb]?.lower ?? '') || !BODY_TITLES.has(tokens[verb - 1]?.lower ?? '')) return undefined;
  let end = verb - 1;
  // ("the UN human rights chief": past the nouns of the office's field.)
  while (end > verb - 4 && tokens[end - 1]?.text === tokens[end - 1]?.lower && ['NOUN', 'ADJ'].includes(tokens[end - 1]?.pos ?? '')) end--;
  if (tokens[end - 1]?.lower === "'s" || tokens[end - 1]?.lower === '’s') end--;
  const body = findUnitEndingAt(history, end, tokens[i]!.sentence);
  if (!body || body.entities.length !== 1 || tokens[body.start - 1]?.lower !== 'the') return undefined;
  return entities.get(body.entities[0]!)?.type === 'ORGANISATION' ? body.entities[0] : undefined;
}

/**
 * "The Independent Investigative Mechanism for Myanmar ... crimes committed in the country": a state the
 * text names whose name ends the name of a body named earlier in the sentence.
 */
function stateInBodyName(history: readonly Unit[], entities: Map<string, EntityDraft>, sentence: number): string | undefined {
  for (let h = history.length - 1; h >= 0 && history[h]!.sentence === sentence; h--) {
    const body = entities.get(history[h]!.entities[0] ?? '');
    if (!body || body.type !== 'ORGANISATION') continue;
    for (const e of entities.values()) if (e.type === 'COUNTRY' && body.name.endsWith(` ${e.name}`)) return e.id;
  }
  return undefined;
}

/** The unit opens its sentence (past "The"). */
function opensSentenceAt(tokens: readonly Token[], unit: Unit): boolean {
  const prev = tokens[unit.start - 1];
  const first = (k: number): boolean => k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence;
  return first(unit.start) || (prev !== undefined && prev.lower === 'the' && first(unit.start - 1));
}

/** Present-tense verbs the tagger often reads as plural nouns after a subject: "the corps fights alongside". */
const VERBS_TAGGED_AS_NOUNS = new Set(['fights', 'controls', 'holds', 'says', 'denies', 'claims', 'backs', 'supports', 'operates', 'runs', 'leads', 'rules', 'funds', 'arms', 'attacks', 'seizes', 'captures']);

/** "Beledweyne, ..., since troops pushed them out of the town": a town named earlier in the same sentence. */
function settlementInSentence(history: readonly Unit[], entities: Map<string, EntityDraft>, sentence: number): string | undefined {
  for (let h = history.length - 1; h >= 0 && history[h]!.sentence === sentence; h--) {
    const e = history[h]!.entities.length === 1 ? entities.get(history[h]!.entities[0]!) : undefined;
    if (e?.type === 'PLACE' && isSettlement(e) && history[h]!.kind === 'NAME') return e.id;
  }
  return undefined;
}

/** A town, city or village: not a province or region (a district often carries its town's name). */
/** Heads for a military government: "the junta" is the state the text gives one. */
const RULED = new Set(['junta', 'juntas', 'regime']);

/** What a taken "it" reads as: a settlement, read as a pronoun is. */
const TAKEN_TOWN: NominalSense = { types: [], settlement: true };
const isSettlement = (e: EntityDraft): boolean =>
  !LAND_HEADS.has(e.name.split(' ').pop()!.toLowerCase()) && (!e.known || (e.known.placeKind !== 'admin1' && !e.id.startsWith('place:region:')));
/** Last words of a place's name that make it land or a region, not a town: "the Hadra plateau". */
const LAND_HEADS = new Set(['plateau', 'region', 'province', 'valley', 'mountains', 'hills', 'river', 'lake', 'desert', 'forest', 'coast', 'territory', 'governorate', 'zone', 'sea', 'gulf', 'basin', 'delta', 'corridor', 'highlands', 'state', 'county']);

/** Words that open a new clause. */
const NEW_CLAUSE = new Set([':', ';', '—', '–', 'but', 'while', 'whereas', 'although', 'though']);

/**
 * States named earlier in the description's own clause ("Beijing, which has supplied the junta",
 * "Kenya urged the government to ..."): the description cannot be them. A reporting verb, a colon
 * or a conjunction between opens a new clause ("Sudan said the government would ...").
 */
function clauseStates(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, start: number): Set<string> {
  const out = new Set<string>();
  const sentence = tokens[start]!.sentence;
  let reported = false;
  for (let h = history.length - 1; h >= 0; h--) {
    const unit = history[h]!;
    if (unit.sentence !== sentence) break;
    for (let k = unit.end; k < start && !reported; k++) reported = ATTRIBUTION_VERBS.has(tokens[k]!.lower) || NEW_CLAUSE.has(tokens[k]!.lower) || (tokens[k]!.lower === 'and' && tokens[k - 1]?.text === ',');
    if (reported) break;
    for (const id of unit.entities) {
      const e = entities.get(id);
      const state = e?.type === 'COUNTRY' ? e.id : e?.known?.stateOf;
      if (state) out.add(state);
    }
  }
  return out;
}

/** What a description may refer to beyond its types: "the town" a settlement, "the company" no listed body, "the al-Qaeda affiliate" not al-Qaeda. */
function keepFor(nominal: { sense: NominalSense; start: number; owner?: number }, names: readonly Unit[], subjects: ReadonlySet<string> = new Set()): (e: EntityDraft) => boolean {
  const owner = nominal.owner !== undefined ? names.find((u) => u.start === nominal.owner)?.entities[0] : undefined;
  return (e) => {
    if (e.id === owner || subjects.has(e.id)) return false;
    if (nominal.sense.settlement && !isSettlement(e)) return false;
    if (nominal.sense.unlisted && e.known) return false;
    return true;
  };
}

/** "Neither Russia nor China has sanctioned [the junta]": the entities of the clause's subject, when a verb stands right before `i`. */
function objectOfVerb(tokens: readonly Token[], history: readonly Unit[], i: number): Set<string> {
  const verb = tokens[i - 1];
  if (!verb || verb.pos !== 'VERB' || verb.text !== verb.lower) return new Set();
  return new Set([...clauseSubjects(tokens, history, i)].flatMap((u) => u.entities));
}

function matchPhrase(phrases: string[][], tokens: readonly Token[], i: number, sentence: number): number | undefined {
  for (const phrase of phrases) {
    if (phrase.every((w, k) => tokens[i + k]?.lower === w && tokens[i + k]!.sentence === sentence)) return phrase.length;
  }
  return undefined;
}

/**
 * The referent of a description or pronoun: among earlier mentions within the
 * window of an entity of the wanted kind, the most salient — mentioned most often
 * in the window, with a bonus for being in this sentence or the one before, and
 * the most recent on a tie. The first listed type wins when it has a candidate
 * ("they" prefers armed groups).
 */
function mostRecent(
  tokens: readonly Token[],
  history: readonly Unit[],
  entities: Map<string, EntityDraft>,
  sentence: number,
  types: readonly string[],
  sense: NominalSense | undefined,
  keep: (e: EntityDraft) => boolean = () => true,
  nearestType = false,
  objectPronoun = false,
  head?: string,
  window = COREF_WINDOW,
  at?: number,
): string | undefined {
  // Pronouns favour this sentence's own subject; descriptions ("the government") do not.
  const pronounOnly = sense === undefined || sense.types.length === 0;
  // The first listed type with a candidate wins ("they": armed groups before organisations).
  // With `nearestType` ("it", "its"), a later type's candidate nearer by sentence wins: "The ENDF
  // has answered with air strikes. Its drones ..." is the army's, though a militia came before.
  let chosen: { id: string; tier: number } | undefined;
  for (const type of types) {
    const score = new Map<string, number>();
    const tier = new Map<string, number>();
    const calledOnce = new Set<string>();
    for (let h = history.length - 1; h >= 0; h--) {
      const unit = history[h]!;
      if (sentence - unit.sentence > window) break;
      if (unit.entities.length !== 1) continue;
      const entity = entities.get(unit.entities[0]!);
      if (!entity || entity.type !== type || !keep(entity)) continue;
      if (objectPronoun && possessorInSentence(tokens, unit, sentence)) continue;
      // ("the army" after "the Quessaran Armed Forces", a state's forces nobody listed.)
      if (sense?.forces && entity.type === 'ORGANISATION' && !entity.known?.stateOf && !FORCE_NAME.test(entity.name)) continue;
      if (sense?.nameHas && !entity.name.toLowerCase().includes(sense.nameHas)) continue;
      if (sense?.title && !(entity.title ?? '').toLowerCase().includes(sense.title)) continue;
      // "central Somalia's Hiran region" is no town, whatever the gazetteer's first reading.
      if (sense?.settlement && REGION_WORDS.has(tokens[unit.end]?.lower ?? '')) continue;
      // "According to the UN experts, its offensive ...": the source of a claim is not what the claim is about.
      if (unit.sentence === sentence && attributionSource(tokens, unit.start)) continue;
      // "..., South Korea's intelligence service estimates. In late 2024 it sent": a closing speaker is not the next subject.
      if (pronounOnly && unit.sentence === sentence - 1 && closingSpeaker(tokens, unit)) continue;
      const first = !score.has(entity.id);
      // A demonym ("the Russian town of Sudzha") describes; it barely makes its state salient.
      // (Nor does a name that only modifies a noun: "the UN's ISIL and Al-Qaida sanctions list".)
      const weight = (unit.kind === 'NOMINAL' && entity.type === 'COUNTRY' && ADJECTIVAL.has(tokens[unit.end]?.lower ?? '')) || onlyModifies(tokens, unit, entity) || (entity.type === 'ARMED_GROUP' && apposedOwner(tokens, history, h)) ? 0.3 : 1;
      // This sentence's own subject is the likeliest referent of a subject pronoun ("The TNLA ... the towns it took").
      const same = pronounOnly ? 10 : 0;
      // ("Bukavu was captured by the M23 ..., and Uvira fell to the rebels": past a clause break, a
      // description reads as one in the next sentence.)
      const apart = !pronounOnly && at !== undefined && unit.sentence === sentence && clauseBreak(tokens, unit.end, at);
      const near = unit.sentence === sentence ? (apart ? 2 : same) : sentence - unit.sentence === 1 ? 2 : 0;
      // ("The group, which pledged allegiance to the Islamic State, has adapted. It now moves": the last
      // sentence's subject, over a name inside its clauses.)
      const subject = pronounOnly && type !== 'PLACE' && unit.sentence === sentence - 1 && opensSentenceAt(tokens, unit) ? 2 : 0;
      const recency = first && weight === 1 ? near + subject + (0.01 * h) / Math.max(1, history.length) : 0;
      // "the rebels" after "Rebels of the ADF" or "ADF rebels": the one the text called so.
      // ("the rebels" read before as this one: the text keeps calling it so, a weaker sign.)
      const called = head === undefined || calledOnce.has(entity.id) ? 0 : calledBy(tokens, unit, head) ? 2 : unit.kind === 'NOMINAL' && tokens[unit.end - 1]?.lower === head ? 1 : 0;
      if (called) calledOnce.add(entity.id);
      score.set(entity.id, (score.get(entity.id) ?? 0) + weight + recency + called);
      if (first) tier.set(entity.id, sentence - unit.sentence);
    }
    let best: string | undefined;
    for (const [id, v] of score) if (best === undefined || v > score.get(best)!) best = id;
    if (!best) continue;
    if (!nearestType) return best;
    if (!chosen || tier.get(best)! < chosen.tier) chosen = { id: best, tier: tier.get(best)! };
  }
  return chosen?.id;
}

/** A new clause between two positions of a sentence: a semicolon, ", and", ", but", "while". */
function clauseBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    // (", when the army retook": a subordinate clause of its own.)
    if (w === ';' || w === 'while' || w === 'whereas' || (w === ',' && ['and', 'but', 'when', 'after', 'before', 'until'].includes(tokens[k + 1]?.lower ?? ''))) return true;
  }
  return false;
}

const DAY_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);

/** "Yemen's Houthis, who control the capital Sanaa, ... seized the capital": a capital city named in this or the last sentence. */
function recentCapital(ctx: DocContext, entities: Map<string, EntityDraft>, history: readonly Unit[], sentence: number): string | undefined {
  const tokens = ctx.analysis.tokens;
  for (let h = history.length - 1; h >= 0; h--) {
    const unit = history[h]!;
    if (sentence - unit.sentence > 1) break;
    const e = entities.get(unit.entities[0] ?? '');
    // A capital city, or one the text itself calls the capital ("the capital Sanaa", "the capital, Sanaa").
    const called = [unit.start - 1, unit.start - 2].some((k) => tokens[k]?.lower === 'capital');
    // (A dateline's city is where the reporter is: "NAIROBI (Reuters) - ... seized the capital" is Mogadishu's.)
    const dateline = unit.start === ctx.analysis.sentences[unit.sentence]!.firstToken && [',', '('].includes(tokens[unit.end]?.text ?? '');
    if (dateline) continue;
    if (unit.kind === 'NAME' && e?.type === 'PLACE' && (called || ctx.gazetteer.capitalOf(e.name))) return e.id;
  }
  return undefined;
}

/** The mention is named with the description's head: "X rebels", "rebels of (the) X", "X, a small town in ...". */
function calledBy(tokens: readonly Token[], unit: Unit, head: string): boolean {
  // ("Los Chapitos, the Sinaloa Cartel faction": the cartel only modifies the head of another name's apposition.)
  if (tokens[unit.end]?.lower === head) return !(tokens[unit.start - 1]?.lower === 'the' && tokens[unit.start - 2]?.text === ',');
  // "X, a militia of cattle herders", "Los Chapitos, the Sinaloa Cartel faction", "Lashkar-e-Taiba (LeT), the ... organisation".
  let end = unit.end;
  if (tokens[end]?.text === ')') end++;
  else if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')') end += 3;
  if (tokens[end]?.text === ',' && ['a', 'an', 'the'].includes(tokens[end + 1]?.lower ?? '')) {
    for (let k = end + 2; k < end + 6; k++) {
      const t = tokens[k];
      if (!t || t.sentence !== unit.sentence) break;
      if (t.lower === head) return true;
      if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.text !== '-' && !(t.pos === 'PROPN' && tokens[end + 1]!.lower === 'the')) break;
    }
  }
  const of = tokens[unit.start - 1]?.lower === 'the' ? unit.start - 2 : unit.start - 1;
  return tokens[of]?.lower === 'of' && tokens[of - 1]?.lower === head;
}

/** "the military government in Naypyidaw", "the regime in Damascus": the state whose capital follows. */
function seatOf(ctx: DocContext, entities: Map<string, EntityDraft>, names: readonly Unit[], end: number, sense: NominalSense): string | undefined {
  if (!sense.types.includes('COUNTRY') || ctx.analysis.tokens[end]?.lower !== 'in') return undefined;
  const seat = names.find((u) => u.start === end + 1);
  const place = seat && entities.get(seat.entities[0] ?? '');
  const country = place?.type === 'PLACE' ? ctx.gazetteer.capitalOf(place.name) : place?.type === 'COUNTRY' ? place.id : undefined;
  const known = country ? ctx.gazetteer.get(country) : undefined;
  if (!known) return undefined;
  if (!entities.has(known.id)) entities.set(known.id, { id: known.id, name: known.name, type: known.type, aliases: new Set(), known, firstToken: end });
  return known.id;
}

/** A person named right after a speech verb (past titles) or right before one. */
function speaker(tokens: readonly Token[], u: Unit): boolean {
  if (SPEECH_VERBS.has(tokens[u.end]?.lower ?? '')) return true;
  let k = u.start - 1;
  while (k > u.start - 4 && tokens[k] && tokens[k]!.sentence === u.sentence && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
  return SPEECH_VERBS.has(tokens[k]?.lower ?? '');
}

/** "both groups": the two armed groups (or organisations) named most recently; "both men": the two people. */
function recent(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, sentence: number, types: readonly string[], count: number): string[] | undefined {
  for (const type of types) {
    const found: string[] = [];
    for (let h = history.length - 1; h >= 0 && found.length < count; h--) {
      const unit = history[h]!;
      if (sentence - unit.sentence > COREF_WINDOW) break;
      // "..., said Under Secretary Brian Nelson": the one quoted is not one of "both men".
      if (type === 'PERSON' && speaker(tokens, unit)) continue;
      // ("OFAC is designating both companies": the clause's own subject is not one of them.)
      if (unit.sentence === sentence && ['VERB', 'AUX'].includes(tokens[unit.end]?.pos ?? '')) continue;
      for (const id of unit.entities) if (entities.get(id)?.type === type && !found.includes(id)) found.push(id);
    }
    if (found.length === count) return found.reverse();
  }
  return undefined;
}

const ARMY_MEMBERS = new Set(['forces', 'troops', 'soldiers']);

/** The army of the country `id` when the text names it ("the Yemeni army"), else undefined. */
function namedArmyOf(ctx: DocContext, entities: Map<string, EntityDraft>, id: string): string | undefined {
  const army = ctx.gazetteer.armedForcesOf(id);
  const draft = army ? entities.get(army.id) : undefined;
  return draft && draft.firstToken !== Number.MAX_SAFE_INTEGER ? draft.id : undefined;
}

const BOTH_VERBS = new Set(['were', 'are', 'have', 'had', 'remain', 'remained']);

const LIST_GLUE = new Set([',', 'and', 'the']);

/** The latest list of exactly `count` groups ("the A, the B and the C") in the window: what "the three factions" counts. */
function listOf(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, sentence: number, count: number, types: readonly string[] = ['ARMED_GROUP', 'ORGANISATION']): string[] | undefined {
  const body = (u: Unit): boolean => u.entities.length === 1 && types.includes(entities.get(u.entities[0]!)?.type ?? '');
  for (let h = history.length - 1; h >= count - 1 && sentence - history[h]!.sentence <= COREF_WINDOW; h--) {
    const run = [history[h]!];
    for (let g = h - 1; g >= 0 && run.length < count; g--) {
      const prev = history[g]!;
      let k = prev.end;
      while (k < run[0]!.start && LIST_GLUE.has(tokens[k]!.lower)) k++;
      // (Names side by side with no "and" or comma between are no list: "... Co., Ltd. OFAC is".)
      if (k !== run[0]!.start || k === prev.end || !body(prev)) break;
      run.unshift(prev);
    }
    // A list exactly that long: not the tail of a longer one.
    const before = tokens[run[0]!.start - 1]?.lower === 'the' ? run[0]!.start - 2 : run[0]!.start - 1;
    // ("two of its factions, the A and the B": a comma after the counted noun they are apposed to.)
    const apposed = tokens[before]?.text === ',' && tokens[before - 1]?.pos === 'NOUN' && /^\p{Ll}+s$/u.test(tokens[before - 1]!.text);
    if (run.length === count && run.every(body) && (tokens[before]?.text !== ',' || apposed) && new Set(run.map((u) => u.entities[0])).size === count) return run.map((u) => u.entities[0]!);
  }
  return undefined;
}

const GROUP_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6 };
/** Plural nouns for groups counted back: "the three factions". */
const GROUP_PLURALS = new Set(['groups', 'factions', 'militias', 'movements', 'gangs', 'cartels', 'organisations', 'organizations', 'brigades']);

/** Plural nouns for places counted back: "all three towns". */
const PLACE_PLURALS = new Set(['towns', 'villages', 'cities', 'districts', 'settlements']);

/** "the three factions", "all four groups", "all three towns" at `i` (not "both", read above): the count, the phrase's width, and whether places are counted. */
function countedGroups(tokens: readonly Token[], i: number): { count: number; width: number; places: boolean } | undefined {
  if (tokens[i]!.lower !== 'the' && tokens[i]!.lower !== 'all') return undefined;
  const count = GROUP_COUNTS[tokens[i + 1]?.lower ?? ''];
  const noun = tokens[i + 2]?.lower ?? '';
  const places = PLACE_PLURALS.has(noun);
  // ("the two groups" stays with the pairs above, which it reads the same.)
  if (!count || (count < 3 && !places) || !(GROUP_PLURALS.has(noun) || places) || tokens[i + 2]!.sentence !== tokens[i]!.sentence) return undefined;
  return { count, width: 3, places };
}

/** Role words that tie a person to a body: "ICC Prosecutor X", "X, the court's president". */
const BODY_ROLES = new Set(['prosecutor', 'chief', 'head', 'director', 'president', 'chairman', 'chairwoman', 'chair', 'secretary-general', 'commissioner', 'registrar', 'rapporteur', 'director-general', 'administrator', 'inspector-general', 'ombudsman']);

/**
 * The organisation a person's role is named with: "ICC Prosecutor Karim Khan", "the ICC's
 * prosecutor, Karim Khan", "Karim Khan, the ICC prosecutor".
 */
/** What a prosecutor's or commissioner's office does under the person's name: "his investigation". */
const OFFICE_WORK = new Set(['investigation', 'investigations', 'probe', 'inquiry', 'investigators']);

const FRONTED_OPENERS = new Set(['after', 'when', 'since', 'before', 'once', 'until', 'as']);

/** "After the RSF captured it in July, Bara was looted": a place taken in a fronted clause is the main clause's subject. */
function cataphoricPlace(tokens: readonly Token[], all: readonly Unit[], entities: Map<string, EntityDraft>, i: number): string | undefined {
  const sentence = tokens[i]!.sentence;
  let first = i;
  while (tokens[first - 1]?.sentence === sentence) first--;
  if (!FRONTED_OPENERS.has(tokens[first]!.lower)) return undefined;
  let comma = i + 1;
  while (tokens[comma] && tokens[comma]!.sentence === sentence && tokens[comma]!.text !== ',') comma++;
  if (tokens[comma]?.text !== ',') return undefined;
  const subject = all.find((u) => u.start === comma + 1 || (u.start === comma + 2 && tokens[comma + 1]!.lower === 'the'));
  const id = subject?.entities.length === 1 ? subject.entities[0] : undefined;
  return id && entities.get(id)?.type === 'PLACE' ? id : undefined;
}

/** The state army a person commands: "Sudan's army chief X", "X, the army chief". */
function armyOf(ctx: DocContext, tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, person: string): string | undefined {
  const body = bodyOf(tokens, history, entities, person, LEADING_ROLES, 'ORGANISATION');
  const army = body ? entities.get(body) : undefined;
  if (army && isStateForce(army)) return body;
  // "Sudan's army chief X": the state's army if the text names it, else the state (guide: state armed forces).
  for (const u of history) {
    if (u.entities[0] !== person || !LEADING_ROLES.has(tokens[u.start - 1]?.lower ?? '') || !['army', 'military'].includes(tokens[u.start - 2]?.lower ?? '')) continue;
    const owner = POSSESSIVES.has(tokens[u.start - 3]?.lower ?? '') ? history.find((h) => h.end === u.start - 3) : undefined;
    const state = owner && entities.get(owner.entities[0] ?? '')?.type === 'COUNTRY' ? owner.entities[0]! : undefined;
    if (state) return namedArmyOf(ctx, entities, state) ?? state;
  }
  return undefined;
}

const POSSESSIVES = new Set(["'s", '’s']);

/** A state's armed force: listed as one, or an organisation named as an army. */
function isStateForce(e: EntityDraft): boolean {
  return e.type === 'ORGANISATION' && (e.known?.stateOf !== undefined || /\b(?:army|armed forces|forces|military|defen[cs]e forces?)\b/i.test(e.name));
}

/** "The Front's leader, Ysolde Karran": roles that put a person at the head of an armed group. */

function bodyOf(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, person: string, roles = BODY_ROLES, type = 'ORGANISATION'): string | undefined {
  const body = (u: Unit | undefined): string | undefined => (u && entities.get(u.entities[0] ?? '')?.type === type ? u.entities[0] : undefined);
  const endingAt = (k: number): Unit | undefined => history.find((u) => u.end === k + 1);
  const role = (k: number): boolean => roles.has(tokens[k]?.lower ?? '');
  for (const u of history) {
    if (u.entities[0] !== person) continue;
    let k = u.start - 1;
    if (tokens[k]?.text === ',') k--;
    if (role(k)) {
      const owner = tokens[k - 1]?.lower === "'s" || tokens[k - 1]?.lower === '’s' ? k - 2 : k - 1;
      const found = body(endingAt(owner));
      if (found) return found;
    }
    // "Khalifa Haftar's Libyan National Army": the body the person owns (an armed one only).
    if (type === 'ARMED_GROUP' && (tokens[u.end]?.lower === "'s" || tokens[u.end]?.lower === '’s')) {
      const owned = body(history.find((v) => v.start === u.end + 1));
      if (owned) return owned;
    }
    // "Karim Khan, the ICC prosecutor", "Karim Khan, the prosecutor of the ICC".
    k = u.end;
    if (tokens[k]?.text !== ',' || tokens[k + 1]?.lower !== 'the') continue;
    const after = history.find((v) => v.start === k + 2);
    if (after && role(after.end)) return body(after);
    if (role(k + 2) && tokens[k + 3]?.lower === 'of') return body(history.find((v) => v.start === k + 4 || v.start === k + 5));
  }
  return undefined;
}

/**
 * "The Senegalese army launched an offensive. Troops overran ...": bare troops opening a sentence
 * are the one state force named in the two sentences before (none when two are).
 */
function recentForces(tokens: readonly Token[], history: readonly Unit[], entities: Map<string, EntityDraft>, i: number): string | undefined {
  const t = tokens[i]!;
  if (tokens[i - 1]?.sentence === t.sentence) return undefined;
  const found = new Set<string>();
  for (let k = history.length - 1; k >= 0 && history[k]!.sentence >= t.sentence - 2; k--) {
    const u = history[k]!;
    for (const id of u.entities) if (isForces(entities.get(id)!)) found.add(id);
    // ("Kenyan troops and the Somali army": a second state's troops make it unclear whose.)
    if (FORCE_NOUNS.has(tokens[u.end]?.lower ?? '') && u.entities.some((id) => entities.get(id)?.type === 'COUNTRY')) return undefined;
  }
  return found.size === 1 ? [...found][0] : undefined;
}
