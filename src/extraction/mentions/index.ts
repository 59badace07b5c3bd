import type { Sentence, Token } from '../../core/types.js';
import type { DocContext, NameDraft } from '../types.js';
import { AREA_NOUNS, ARMED_MEMBER_NOUNS, ARMY_ADJECTIVES, DAYS, LEGAL_FORMS, NAME_CONNECTORS, MINISTRY_WORDS, FACILITY_MODIFIERS, ORGANISATION_HEADS, FACILITY_NOUNS, MONTHS, NEVER_ALONE, NEWS_AGENCIES, PLACE_OF_NOUNS, PLACE_PREPOSITIONS, PLACE_VERBS, SEATED_RULERS, STATE_FORCE_NOUNS } from '../lexicon/names.js';
import { isCommonWord } from '../lexicon/words.js';
import { verbLemma } from '../forms.js';
import { GOVERNMENT_VERBS, NOUN_TRIGGERS } from '../lexicon/triggers.js';
import { unlistSmallStates, voteFromContext, voteFromDemonym, voteFromHead, voteFromLaterDescription, voteFromNeighbours, voteFromStateOwner } from './cues.js';
import { capitalisedElsewhere, knownDraft, segmentSentence, spanText, unknownDraft } from './segment.js';
import { apposedName, headFirstName } from './spans.js';

/** Every name in the document, known or not, with type votes from its context. */
export function findNames(ctx: DocContext): NameDraft[] {
  const { sentences } = ctx.analysis;
  const out: NameDraft[] = [];
  for (const sentence of sentences) {
    for (const raw of joinBranches(ctx, sentence, joinByAcronym(ctx, sentence, segmentSentence(ctx, sentence)))) {
      const refined = refine(ctx, raw);
      for (const draft of Array.isArray(refined) ? refined : refined ? [refined] : []) {
        if (!draft.known) voteFromHead(ctx, draft);
        voteFromContext(ctx, draft);
        out.push(draft);
      }
    }
  }
  ledCoalitions(ctx, out);
  voteFromNeighbours(ctx, out);
  unlistSmallStates(ctx, out);
  voteFromDemonym(ctx, out);
  voteFromStateOwner(ctx, out);
  voteFromLaterDescription(ctx, out);
  ownedGenericBodies(ctx, out);
  return euCouncil(ctx, out);
}

/** Heads of the institutions every state has, named only by what they are ("Supreme Court", "National Police"). */
const GENERIC_BODY_HEADS = new Set(['court', 'police', 'ministry', 'office', 'assembly', 'parliament', 'senate', 'bank', 'commission', 'service', 'council', 'prosecution', 'directorate', 'agency', 'tribunal', 'guard', 'cabinet', 'presidency']);

/** Words of such names that are also first names or titles: "Supreme", "Federal". */
const INSTITUTION_WORDS = new Set(['supreme', 'constitutional', 'federal']);

/**
 * "Tajikistan's Supreme Court", "Peru's National Police": such a name keeps its state, as "Russia's
 * defence ministry" does, or every state's Supreme Court would be one node of the graph.
 */
function ownedGenericBodies(ctx: DocContext, drafts: NameDraft[]): void {
  const tokens = ctx.analysis.tokens;
  for (let n = 1; n < drafts.length; n++) {
    const owner = drafts[n - 1]!;
    const d = drafts[n]!;
    if (owner.known?.type !== 'COUNTRY' || d.known || d.start !== owner.end + 1 || !isPossessive(tokens[owner.end])) continue;
    const words = tokens.slice(d.start, d.end);
    // (Longer names are a body's own: "National Criminal Investigation Service".)
    if (words.length > 2) continue;
    if (!GENERIC_BODY_HEADS.has(words[words.length - 1]!.lower) || !words.every((w) => isCommonWord(w.lower) || INSTITUTION_WORDS.has(w.lower))) continue;
    d.text = spanText(ctx, owner.start, d.end);
  }
}

/** Nouns a state leads as a grouping of states or forces: "the Saudi-led coalition". */
const LED_GROUPINGS = new Set(['coalition', 'alliance']);

/**
 * "the Saudi-led coalition", "the US-led military coalition": a grouping of states named by its
 * leader is a body of its own (the guide's ORGANISATION), and the state's name is part of its name.
 */
function ledCoalitions(ctx: DocContext, drafts: NameDraft[]): void {
  const tokens = ctx.analysis.tokens;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n]!;
    const dash = tokens[d.end];
    if (d.known?.type !== 'COUNTRY' || dash?.text !== '-' || dash.spaceBefore || tokens[d.end + 1]?.lower !== 'led' || tokens[d.end + 1]!.spaceBefore) continue;
    let head = d.end + 2;
    if (tokens[head]?.lower === 'military') head++;
    if (!LED_GROUPINGS.has(tokens[head]?.text ?? '') || tokens[head]!.sentence !== tokens[d.start]!.sentence) continue;
    const sentence = ctx.analysis.sentences[tokens[d.start]!.sentence]!;
    const coalition = unknownDraft(ctx, sentence, d.start, head + 1);
    coalition.votes.ORGANISATION = 6;
    drafts[n] = coalition;
  }
}

/** The EU and its bodies: a text that names one of them speaks of the EU. */
const EU = 'organisation:eu';
const EU_COUNCIL = 'organisation:council-of-the-eu';

/**
 * "Brussels — The Council today imposed restrictive measures on ...": in a text on the EU that
 * names no council in full, "the Council" is the Council of the EU, whose press releases call it so.
 */
function euCouncil(ctx: DocContext, drafts: NameDraft[]): NameDraft[] {
  const tokens = ctx.analysis.tokens;
  const onEu = drafts.some((d) => d.known?.id === EU || d.known?.partOf === EU);
  // A council named in full ("the Sovereign Council", "Council of the EU") is the one meant from there on;
  // coreference reads it. (Before it, a press release's "The Council" is still the EU's.)
  const full = drafts.find((d) => (d.end - d.start > 1 && tokens[d.end - 1]!.lower === 'council') || d.known?.id === EU_COUNCIL);
  const council = onEu ? ctx.gazetteer.get(EU_COUNCIL) : undefined;
  if (!council) return drafts;
  const until = full?.start ?? tokens.length;
  const added: NameDraft[] = [];
  for (const sentence of ctx.analysis.sentences) {
    // (Once the EU's council opened the text, "The Council" opening a sentence stays its voice.)
    for (let k = sentence.firstToken; k < sentence.endToken; k++) {
      if (k >= until && !(added.length > 0 && k === sentence.firstToken + 1)) continue;
      // ("The Council today imposed": the sentence's first word too; and the headline's bare "Council sanctions".)
      const bare = tokens[k - 1]?.lower === 'the' || (k === sentence.firstToken && ctx.headline[sentence.index]);
      if (tokens[k]!.text !== 'Council' || !bare || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) continue;
      if (drafts.some((d) => d.start <= k && k < d.end)) continue;
      added.push(knownDraft(ctx, sentence, k, k + 1, council));
    }
  }
  return added.length === 0 ? drafts : [...drafts, ...added].sort((a, b) => a.start - b.start);
}

/** "ISIS-Philippines", "ISIS-DRC": a listed armed group glued by a dash to a country or place is its branch there. */
function joinBranches(ctx: DocContext, sentence: Sentence, drafts: NameDraft[]): NameDraft[] {
  const tokens = ctx.analysis.tokens;
  let out = drafts;
  for (let n = 0; n + 1 < out.length; n++) {
    const group = out[n]!;
    const where = out[n + 1]!;
    // (The dash may open the place's own span: "-Philippines".)
    const dash = tokens[group.end];
    const at = where.start === group.end ? group.end + 1 : where.start;
    const glued = dash?.text === '-' && !dash.spaceBefore && at === group.end + 1 && !tokens[at]!.spaceBefore;
    if (!glued || group.known?.type !== 'ARMED_GROUP' || !['COUNTRY', 'PLACE'].includes(where.known?.type ?? '')) continue;
    const branch = unknownDraft(ctx, sentence, group.start, where.end);
    branch.votes.ARMED_GROUP = 5;
    out = [...out.slice(0, n), branch, ...out.slice(n + 2)];
  }
  return out;
}

/** Arabic articles glued to a name's word by a dash: "al-Sham". */
const ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'an', 'ar', 'at', 'az']);
/** Lower-case words an acronym may take a letter from or skip: "UN Mission in Dravonia (UNMID)". */
const ACRONYM_GLUE = new Set(['of', 'for', 'in', 'and', 'on', 'the', 'de', 'la', 'del', 'des', 'du', 'et', 'y', '&']);

/**
 * "the People's Front for Democracy and Justice (PFDJ)", "The UN Mission in Dravonia (UNMID)": the
 * bracketed acronym spells the whole name, which the segmenter cut at "and" or at a listed country.
 */
function joinByAcronym(ctx: DocContext, sentence: Sentence, drafts: NameDraft[]): NameDraft[] {
  const tokens = ctx.analysis.tokens;
  let out = drafts;
  for (let k = sentence.firstToken + 2; k + 2 < sentence.endToken; k++) {
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')' || !/^[A-Z]{3,7}$/.test(tokens[k + 1]!.text)) continue;
    const acronym = tokens[k + 1]!.text;
    // The nearest start that spells it, back to ten tokens before the bracket.
    for (let s = k - 2; s >= Math.max(sentence.firstToken, k - 10); s--) {
      if (!/^\p{Lu}/u.test(tokens[s]!.text) || !spells(tokens, s, k, acronym)) continue;
      if (out.some((d) => d.start === s && d.end === k) || !out.some((d) => d.start >= s && d.end <= k)) break;
      out = [...out.filter((d) => d.end <= s || d.start >= k), unknownDraft(ctx, sentence, s, k)].sort((a, b) => a.start - b.start);
      break;
    }
  }
  return out;
}

/** The words from `s` to `k` spell `acronym`: a capitalised word gives its initial (an upper-case one all its letters), glue words one letter or none. */
function spells(tokens: readonly Token[], s: number, k: number, acronym: string): boolean {
  const go = (i: number, a: number): boolean => {
    if (i === k) return a === acronym.length;
    const t = tokens[i]!;
    // ("People's Front": a possessive inside the name, never at its end.)
    if (t.lower === "'s" || t.lower === '’s') return i + 1 < k && go(i + 1, a);
    if (ACRONYM_GLUE.has(t.text)) return go(i + 1, a) || (acronym[a] === t.text[0]!.toUpperCase() && go(i + 1, a + 1));
    // "al-Sham", "ad-Dawla": an Arabic article glued to the word that gives the letter.
    if (ARTICLES.has(t.lower) && tokens[i + 1]?.text === '-' && i + 2 < k) return go(i + 2, a);
    if (!/^\p{Lu}/u.test(t.text)) return false;
    if (/^\p{Lu}{2,}$/u.test(t.text) && acronym.startsWith(t.text, a) && go(i + 1, a + t.text.length)) return true;
    return acronym[a] === t.text[0] && go(i + 1, a + 1);
  };
  return go(s, 0);
}

const isAgency = (text: string): boolean => NEWS_AGENCIES.has(text) || text === 'Reuters';

/** Facility names, state forces, capitals standing for governments, and junk removal. */
function refine(ctx: DocContext, draft: NameDraft): NameDraft | NameDraft[] | undefined {
  const { tokens, sentences } = ctx.analysis;
  const sentence = sentences[draft.sentence]!;
  const next = (k: number): Token | undefined => (draft.end + k < sentence.endToken ? tokens[draft.end + k] : undefined);

  // "GOMA, Congo (AP) —", "KABUL (Reuters) -": the agency of a dateline is no entity (guide rule 8).
  if (isAgency(draft.text) && tokens[draft.start - 1]?.text === '(' && tokens[draft.end]?.text === ')') return undefined;
  // "AP - A company founded ...": the agency's byline opening the text.
  const opens = draft.start === sentence.firstToken || /^[.)]$/.test(tokens[draft.start - 1]?.text ?? '');
  if (isAgency(draft.text) && opens && /^[-—–]$/.test(tokens[draft.end]?.text ?? '')) return undefined;

  // "the army's 22nd Division", "the 5th Brigade": a numbered formation of an army is no entity of its own
  // (the 33rd Front of a guerrilla is).
  if (/^\d/.test(tokens[draft.start]!.text) && tokens.slice(draft.start, draft.end).some((t) => FORMATION_WORDS.has(t.lower))) return undefined;

  // "armed Nuer youths", "Fulani herders": a people's name (which a gazetteer may list as a zone) before the people.
  const people = next(0);
  if (draft.known?.type === 'PLACE' && draft.end - draft.start === 1 && NEVER_ALONE.has(draft.text.toLowerCase()) && people && people.text === people.lower && people.pos === 'NOUN' && !AREA_NOUNS.has(people.lower) && !PLACE_OF_NOUNS.has(people.lower)) return undefined;

  // "the Kamoto copper mine", "Goma airport": a facility with a name of its own.
  if (!draft.known || draft.known.type === 'PLACE') {
    let k = 0;
    while (next(k) && FACILITY_MODIFIERS.has(next(k)!.text) && k < 2) k++;
    const noun = next(k);
    if (noun && FACILITY_NOUNS.has(noun.text)) {
      const facility = unknownDraft(ctx, sentence, draft.start, draft.end + k + 1);
      facility.votes.PLACE = 5;
      return facility;
    }
  }

  // "the Congolese army", "Sudan's army", "Russia's defence ministry": state bodies named by their state.
  // ("the Myanmar military", "the Sudan army": a country's name used as its demonym, guide rule 3.)
  const namedArmy = draft.known?.type === 'COUNTRY' && draft.kind !== 'NOMINAL' && tokens[draft.start - 1]?.lower === 'the' && (['army', 'military'].includes(next(0)?.text ?? '') || (next(0)?.text === 'armed' && next(1)?.text === 'forces'));
  if (draft.known?.type === 'COUNTRY' && (draft.kind === 'NOMINAL' || namedArmy || isPossessive(next(0)))) {
    const offset = draft.kind === 'NOMINAL' || namedArmy ? 0 : 1;
    const body = stateBody(ctx, draft, offset);
    if (!body) return draft;
    // A ministry stands beside its state's mention; an army replaces the demonym.
    return body.known ? body : [draft, body];
  }

  if (draft.known) {
    if (draft.known.type === 'PLACE' && actsAsGovernment(ctx, draft)) {
      // "Washington and Brussels have sanctioned": Brussels acting is the European Union, not Belgium.
      const country = draft.text === 'Brussels' ? 'organisation:eu' : ctx.gazetteer.capitalOf(draft.text);
      const entity = country ? ctx.gazetteer.get(country) : undefined;
      if (entity) return { ...draft, known: entity, candidates: undefined } as NameDraft;
    }
    return draft;
  }
  return titledOf(ctx, draft) ?? governmentOf(ctx, draft) ?? armyByName(ctx, draft) ?? unlistedStateBody(ctx, draft) ?? trimUnknown(ctx, draft);
}

/**
 * "President Talin Varo of Korvesh": a titled person's name ends before "of"; what follows is where
 * the person rules, a name of its own.
 */
function titledOf(ctx: DocContext, draft: NameDraft): NameDraft[] | undefined {
  if (!draft.title) return undefined;
  const { tokens, sentences } = ctx.analysis;
  const of = tokens.slice(draft.start, draft.end).findIndex((t) => t.lower === 'of') + draft.start;
  if (of < draft.start + 2 || of + 1 >= draft.end || draft.end - of > 3) return undefined;
  const name = tokens.slice(draft.start, of);
  // ("Chairman Joint Chiefs of Staff Committee": a body's name, not a person's and a place.)
  const all = tokens.slice(draft.start, draft.end);
  if (!name.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) || all.some((t) => ORGANISATION_HEADS.has(t.lower))) return undefined;
  const sentence = sentences[draft.sentence]!;
  const listed = ctx.gazetteer.lookup?.(spanText(ctx, of + 1, draft.end)) ?? [];
  const realm = listed.length > 0 ? knownDraft(ctx, sentence, of + 1, draft.end, listed[0]!, undefined, listed) : unknownDraft(ctx, sentence, of + 1, draft.end);
  // ("President X of Korvesh", "King Y of Z": a head of state's realm is a state.)
  if (HEADS_OF_STATE.test(draft.title)) realm.votes.COUNTRY = 3;
  return [unknownDraft(ctx, sentence, draft.start, of, draft.title), realm];
}

const HEADS_OF_STATE = /^(?:president|king|queen|emir|sultan|prime minister|premier)$/i;

/**
 * "the Talvessan army", "Korvenna's defence ministry": the army or ministry of a state nobody
 * listed, named through its demonym or its name. (The ministry keeps its state's own mention.)
 */
function unlistedStateBody(ctx: DocContext, draft: NameDraft): NameDraft | NameDraft[] | undefined {
  const { tokens, sentences } = ctx.analysis;
  const sentence = sentences[draft.sentence]!;
  if (draft.end - draft.start !== 1 || draft.end + 1 >= sentence.endToken) return undefined;
  const word = tokens[draft.start]!.text;
  const noun = tokens[draft.end]!;
  if (/^\p{Lu}\p{Ll}+(?:an|ian|ese|i)$/u.test(word) && tokens[draft.start - 1]?.lower === 'the' && (noun.text === 'army' || noun.text === 'military')) {
    const army = unknownDraft(ctx, sentence, draft.start, draft.end + 1);
    army.votes.ORGANISATION = 5;
    return army;
  }
  // "Korvenna's defence ministry", "Ovandara's army".
  const width = !isPossessive(noun) ? 0 : MINISTRY_WORDS.has(tokens[draft.end + 1]?.lower ?? '') && tokens[draft.end + 2]?.lower === 'ministry' ? 2 : ['army', 'military'].includes(tokens[draft.end + 1]?.text ?? '') ? 1 : 0;
  if (width === 0) return undefined;
  const body = unknownDraft(ctx, sentence, draft.end + 1, draft.end + 1 + width);
  body.text = spanText(ctx, draft.start, draft.end + 1 + width);
  body.votes.ORGANISATION = 5;
  return [draft, body];
}

/** Words of a state army's own name after its state: "Indonesian National Armed Forces", "Ghana Armed Forces". */
const ARMY_NAME_WORDS = new Set(['national', 'armed', 'forces', 'force', 'army', 'defence', 'defense', 'military', 'royal', 'people\'s']);
const ARMY_NAME_HEADS = new Set(['forces', 'force', 'army', 'military']);

/** A state's army under a name the gazetteer does not list is still that state's army. */
function armyByName(ctx: DocContext, draft: NameDraft): NameDraft | undefined {
  const { tokens, sentences } = ctx.analysis;
  if (draft.end - draft.start < 2 || !ARMY_NAME_HEADS.has(tokens[draft.end - 1]!.lower)) return undefined;
  for (let k = draft.start + 1; k < draft.end; k++) if (!ARMY_NAME_WORDS.has(tokens[k]!.lower)) return undefined;
  const first = tokens[draft.start]!.text;
  const country = ctx.gazetteer.demonymOf(first) ?? ctx.gazetteer.lookup?.(first).find((e) => e.type === 'COUNTRY')?.id;
  const forces = country ? ctx.gazetteer.armedForcesOf(country) : undefined;
  if (forces) return knownDraft(ctx, sentences[draft.sentence]!, draft.start, draft.end, forces);
  // "the Belmoran Defence Forces": an unlisted state's army, named by its demonym, is the state's body, not a rebel group.
  // (Only when the text names the state itself: "Kuki National Army" is a rebel group.)
  if (!country && /^\p{Lu}\p{Ll}+an$/u.test(first) && statedIn(ctx, first.slice(0, -1))) draft.votes.ORGANISATION = (draft.votes.ORGANISATION ?? 0) + 5;
  return undefined;
}

/** The text names `name` as a word of its own ("Belmora" for "Belmoran"). */
function statedIn(ctx: DocContext, name: string): boolean {
  const text = ctx.analysis.text;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (!/\p{L}/u.test(text[at + name.length] ?? '')) return true;
  return false;
}

const LEGAL_FORM_ONLY = /^(?:S\.?A\.?(?: de C\.?V\.?)?|S\.?A\.?S\.?|S\.A\.C\.|E\.I\.R\.L\.|S\.?R\.?L\.?|S\.?A\.?R\.?L\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|PLC|GmbH|FZE|FZCO|JSC|PJSC)$/i;
const FAITH_PLURALS = new Set(['muslims', 'christians', 'arabs', 'kurds', 'sunnis', 'shias', 'shiites', 'jews', 'hindus', 'buddhists', 'catholics', 'protestants']);

const DESIGNATION_CATEGORY = /^(?:Foreign )?Terrorist Organi[sz]ations?$|^Transnational Criminal Organi[sz]ations?$|^Specially Designated (?:Global Terrorists?|Nationals)(?: List)?$|^Global Terrorists?$/i;
/** Their acronyms: "an FTO", "as SDGTs". */
const DESIGNATION_ACRONYM = /^(?:FTO|SDGT|TCO|SDN)s?$/;

const GOVERNMENT_WORDS = new Set(['government', 'republic', 'state', 'kingdom']);

/** "the Government of Rwanda", "the Government of the DRC": the state itself, as news means it. */
function governmentOf(ctx: DocContext, draft: NameDraft): NameDraft | undefined {
  const { tokens, sentences } = ctx.analysis;
  const first = tokens[draft.start]!;
  // "the Australian Government", "the Kenya Government": the state (guide rule 2).
  if (draft.end - draft.start === 2 && tokens[draft.start + 1]!.lower === 'government') {
    const demonym = ctx.gazetteer.demonymOf(first.text);
    const state = (demonym ? ctx.gazetteer.get(demonym) : undefined) ?? ctx.gazetteer.lookup?.(first.text).find((e) => e.type === 'COUNTRY');
    if (state) return knownDraft(ctx, sentences[draft.sentence]!, draft.start, draft.end, state);
  }
  if (!GOVERNMENT_WORDS.has(first.lower) || tokens[draft.start + 1]?.lower !== 'of') return undefined;
  const rest = tokens[draft.start + 2]?.lower === 'the' ? draft.start + 3 : draft.start + 2;
  if (rest >= draft.end) return undefined;
  const country = ctx.gazetteer.lookup?.(spanText(ctx, rest, draft.end)).find((e) => e.type === 'COUNTRY');
  if (country) return knownDraft(ctx, sentences[draft.sentence]!, draft.start, draft.end, country);
  // "the Government of Tavaria", "the Republic of Tavaria": a state nobody listed (not "Government of National Unity").
  // ("the Government of the (Federal) Republic of Tavaria": the state the republic names.)
  const republic = tokens.slice(rest, draft.end - 1).findIndex((t) => t.lower === 'republic');
  const named = first.lower === 'government' && republic >= 0 && republic <= 1 && tokens[rest + republic + 1]?.lower === 'of' ? rest + republic + 2 : rest;
  const word = tokens[named]!;
  if (draft.end - named !== 1 || (first.lower !== 'government' && first.lower !== 'republic') || isCommonWord(word.lower) || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return undefined;
  const state = unknownDraft(ctx, sentences[draft.sentence]!, draft.start, draft.end);
  state.text = word.text;
  state.votes.COUNTRY = 5;
  return state;
}

/**
 * "Rwandan and Mozambican troops", "US, British and French forces": a demonym that shares the force
 * noun of the demonyms after it stands for its state's forces as they do (weakly, see stateBody).
 */
function sharedForces(ctx: DocContext, draft: NameDraft, at: (k: number) => Token | undefined): NameDraft | undefined {
  let k = 0;
  while (k < 8 && at(k) && (at(k)!.lower === 'and' || at(k)!.text === ',' || /^\p{Lu}/u.test(at(k)!.text))) k++;
  const noun = at(k);
  const last = at(k - 1);
  if (k < 2 || !noun || !(noun.lower === 'forces' || MEMBER_FORCE_NOUNS.has(noun.lower)) || !last || ctx.gazetteer.demonymOf(last.text) === undefined) return undefined;
  const forces = ctx.gazetteer.armedForcesOf(draft.known!.id);
  if (!forces) return undefined;
  const d = knownDraft(ctx, ctx.analysis.sentences[draft.sentence]!, draft.start, draft.end, forces);
  d.kind = 'NOMINAL';
  d.weakForces = draft.end;
  return d;
}

const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.lower === "'s" || t.lower === '’s');

/**
 * A state's armed forces or ministry named through the state: "the Congolese army",
 * "Sudan's military", "Congolese forces" (weak: the country itself unless the text
 * names the army too), "Russia's defence ministry".
 */
function stateBody(ctx: DocContext, draft: NameDraft, offset: number): NameDraft | undefined {
  const { tokens, sentences } = ctx.analysis;
  const sentence = sentences[draft.sentence]!;
  // "Somalia's national army", "Ethiopia's federal forces": the adjective belongs to the force's name.
  const adjective = ARMY_ADJECTIVES.has(tokens[draft.end + offset]?.lower ?? '') && isForceNoun(tokens[draft.end + offset + 1]) ? 1 : 0;
  const at = (k: number): Token | undefined => (draft.end + offset + adjective + k < sentence.endToken ? tokens[draft.end + offset + adjective + k] : undefined);
  const noun = at(0);
  if (!noun || noun.text !== noun.lower) return undefined;
  if (offset === 0 && adjective === 0 && (noun.lower === 'and' || noun.text === ',')) return sharedForces(ctx, draft, at);
  // "military junta", "army chief": the force word only describes the noun after it.
  const following = at(1);
  const describes = following !== undefined && DESCRIBED.has(following.lower) && noun.lower !== 'armed';
  // "Russian air strikes" are the state's: only "air force(s)" names the force.
  if (noun.lower === 'air' && following?.lower !== 'force' && following?.lower !== 'forces') return undefined;
  if ((STATE_FORCE_NOUNS.has(noun.lower) || MEMBER_FORCE_NOUNS.has(noun.lower)) && !describes) {
    const forces = ctx.gazetteer.armedForcesOf(draft.known!.id);
    if (!forces) return undefined;
    const width = (noun.lower === 'armed' || noun.lower === 'air') && (at(1)?.lower === 'forces' || at(1)?.lower === 'force') ? 2 : 1;
    const d = knownDraft(ctx, sentence, draft.start, draft.end + offset + adjective + width, forces);
    d.kind = 'NOMINAL';
    if (noun.lower === 'forces' || MEMBER_FORCE_NOUNS.has(noun.lower)) d.weakForces = draft.end;
    return d;
  }
  // "the Haitian police", "Indonesia's national police": a state's police force is a body of its own.
  // ("Kenya's police watchdog" is a body of its own, below.)
  const police = BODY_HEADS.has(at(1)?.lower ?? '') ? 0 : noun.lower === 'police' ? 1 : noun.lower === 'national' && at(1)?.lower === 'police' ? 2 : 0;
  // "Lebanon's central bank" is a body of the state as its ministries are.
  const bank = noun.lower === 'central' && at(1)?.lower === 'bank' ? 2 : 0;
  // "Lebanon's military prosecutor", "Ukraine's prosecutor general": a prosecuting office of the state.
  // ("Chile's public prosecutor's office": the office, named in full.)
  const office = ["'s", '’s'].includes(at(2)?.lower ?? '') && at(3)?.lower === 'office' ? 2 : 0;
  // ("Colombia's prosecutor's office": the office alone too.)
  const ownOffice = noun.lower === 'prosecutor' && ["'s", '’s'].includes(at(1)?.lower ?? '') && at(2)?.lower === 'office' ? 3 : 0;
  const prosecutor = ownOffice || ((['military', 'public'].includes(noun.lower) && at(1)?.lower === 'prosecutor') || (noun.lower === 'prosecutor' && at(1)?.lower === 'general') ? 2 + office : 0);
  // "Mozambique's attorney general", "Indonesia's human rights commission", "Ukraine's security service":
  // a standing body named by what it is (guide rule 6).
  const attorney = noun.lower === 'attorney' && at(1)?.lower === 'general' ? 2 + office : 0;
  // "the Israeli military advocate general's office".
  const advocate = noun.lower === 'military' && at(1)?.lower === 'advocate' && at(2)?.lower === 'general' ? 3 + (["'s", '’s'].includes(at(3)?.lower ?? '') && at(4)?.lower === 'office' ? 2 : 0) : 0;
  // "Ethiopia's parliament designated ...": the state's legislature.
  // ("the Russian embassy in Bamako": and its embassy.)
  const legislature = LEGISLATURES.has(noun.lower) || noun.lower === 'embassy' ? 1 : noun.lower === 'national' && at(1)?.lower === 'assembly' ? 2 : 0;
  const ministry = police || bank || prosecutor || attorney || advocate || legislature || describedBody(at) || (MINISTRY_WORDS.has(noun.lower) && at(1)?.lower === 'ministry' ? 2 : noun.lower === 'ministry' ? 1 : 0);
  if (ministry === 0) return undefined;
  // The mention is "defence ministry" or "police"; the name keeps its state ("Russia's defence ministry"),
  // and the state keeps its own mention, for "its forces" later in the sentence.
  const start = draft.end + offset;
  const d = unknownDraft(ctx, sentence, start, start + ministry);
  d.text = spanText(ctx, draft.start, start + ministry);
  d.votes.ORGANISATION = 5;
  return d;
}

const LEGISLATURES = new Set(['parliament', 'senate', 'congress', 'legislature']);

/** What two governments have between them: "a ceasefire between Washington and the Houthis". */
const DEAL_WORDS = new Set(['ceasefire', 'truce', 'talks', 'deal', 'agreement', 'negotiations', 'tensions', 'war', 'conflict', 'dispute', 'relations', 'rapprochement', 'accord']);

/** Heads of a state body named by a description after its state: "human rights commission". */
const BODY_HEADS = new Set(['commission', 'agency', 'service', 'council', 'tribunal', 'directorate', 'inspectorate', 'ombudsman', 'watchdog']);

/** The width of "human rights commission", "security service": up to three lower-case words and a body head. */
function describedBody(at: (k: number) => Token | undefined): number {
  for (let k = 0; k < 4; k++) {
    const w = at(k);
    if (!w || w.text !== w.lower) return 0;
    // ("the Russian news agency Interfax": a description of an outlet named after it.)
    if (BODY_HEADS.has(w.lower)) return (k > 0 && at(k - 1)!.lower !== 'news') || w.lower === 'ombudsman' ? k + 1 : 0;
    if (!['NOUN', 'ADJ'].includes(w.pos)) return 0;
  }
  return 0;
}

/** "Indonesian soldiers": the state's army when the text names that army, else the state. */
const MEMBER_FORCE_NOUNS = new Set(['troops', 'soldiers', 'commandos', 'paratroopers']);
const FORMATION_WORDS = new Set(['division', 'brigade', 'battalion', 'regiment', 'corps', 'infantry', 'armoured', 'armored', 'mechanised', 'mechanized', 'motorised', 'motorized', 'squadron', 'fleet', 'airborne']);
const isForceNoun = (t: Token | undefined): boolean => t !== undefined && t.text === t.lower && (STATE_FORCE_NOUNS.has(t.lower) || MEMBER_FORCE_NOUNS.has(t.lower));

const INSTRUMENT_HEADS = new Set([
  'statute', 'convention', 'conventions', 'regulations', 'regulation', 'act', 'agreement', 'accord', 'accords',
  'treaty', 'protocol', 'resolution', 'charter', 'law', 'decree', 'order', 'doctrine', 'declaration', 'plan',
]);

/** Nouns a force word describes rather than names the force: "military junta", "army chief", "army base". */
const DESCRIBED = new Set([
  'advocate', 'junta', 'government', 'regime', 'leaders', 'leader', 'ruler', 'rulers', 'leadership', 'chief', 'chiefs', 'commander',
  'commanders', 'spokesman', 'spokeswoman', 'spokesperson', 'officers', 'officer', 'base', 'bases', 'headquarters',
  'court', 'courts', 'tribunal', 'council', 'intelligence', 'operation', 'operations', 'campaign', 'offensive',
  'helicopters', 'aircraft', 'jets', 'drones', 'vehicles', 'equipment', 'personnel', 'uniform', 'uniforms', 'trucks',
  'hospital', 'coup', 'rule', 'takeover', 'administration', 'authorities', 'sources', 'officials', 'official',
  'aid', 'assistance', 'support', 'cooperation', 'spending', 'budget', 'prosecutor', 'prosecutors', 'judge', 'judges',
]);

/** Rulers named by their seat: "the junta in Bamako". */
const BLAMED = new Set(['blamed', 'blames', 'accused', 'accuses', 'condemned', 'condemns', 'warned', 'warns', 'criticised', 'criticized', 'sanctioned', 'thanked', 'urged', 'pressed']);

const COMMENT_WORDS = new Set(['comment', 'response', 'reaction', 'reply', 'word', 'statement', 'confirmation', 'denial', 'protest', 'protests', 'pressure', 'warning', 'warnings', 'demands', 'objections']);

/** "gave Kyiv more than $60 billion", "supplied Khartoum with drones": a recipient of aid is a government. */
const GIVING = new Set(['gave', 'give', 'gives', 'giving', 'given', 'sent', 'send', 'sends', 'sending', 'supplied', 'supplies', 'supply', 'supplying', 'offered', 'offers', 'lent', 'loaned', 'sold', 'sells', 'provided', 'provides', 'provide', 'providing']);

/** Verb forms whose object is an actor: "arming Moscow", "backed Kigali". */
const BACKING_FORMS = /^(?:arm|arms|armed|arming|back|backs|backed|backing|support|supports|supported|supporting|fund|funds|funded|funding|finance|finances|financed|financing|sanction|sanctions|sanctioned|sanctioning|supplying|helping)$/;

/** What comes from a government: "money from Tehran", "orders from Moscow". */
const AID_WORDS = new Set(['money', 'weapons', 'arms', 'support', 'aid', 'funds', 'funding', 'help', 'orders', 'backing', 'drones', 'missiles', 'cash', 'instructions', 'pressure']);

/** "shipped millions of artillery shells to Moscow": a verb of sending within the clause before "to". */
function sentAidBefore(tokens: readonly Token[], to: number, first: number): boolean {
  for (let k = to - 1; k >= first && k > to - 8; k--) {
    const w = tokens[k]!;
    if (w.text === ',' || w.text === ';') return false;
    if (/^(?:ship|send|sent|deliver|suppl|sold|sell|transfer|provid|gave|give|smuggl)/.test(w.lower) && w.text === w.lower) return true;
  }
  return false;
}

/** "relations with Khartoum", "talks with Kigali". */
const DEALINGS = new Set(['relations', 'ties', 'talks', 'negotiations', 'agreement', 'deal', 'dialogue']);

/** "called on Washington to press Israel". */
const CALLS = new Set(['call', 'calls', 'called', 'calling', 'prevail', 'prevailed']);

/** Verbs whose object is an actor answerable for something: "accused Tehran of ...", "urged Kigali to ...". */
const ADDRESSED = new Set([
  'accuse', 'accuses', 'accused', 'accusing', 'urge', 'urges', 'urged', 'urging', 'blame', 'blames', 'blamed', 'blaming',
  'warned', 'warns', 'condemned', 'condemns', 'criticised', 'criticized', 'pressed', 'pressured', 'sanctioned', 'thanked',
  'asked', 'asks', 'ask', 'told', 'tells', 'called', 'calls', 'assured', 'assures', 'reminded', 'show', 'shows', 'showed',
]);

/** Nouns a city owns as a place, not as a government. */
const CITY_NOUNS = new Set([
  'streets', 'street', 'residents', 'people', 'population', 'airport', 'mayor', 'outskirts', 'centre', 'center',
  'suburbs', 'neighbourhoods', 'neighborhoods', 'districts', 'hospitals', 'markets', 'port', 'skyline', 'roads',
  'university', 'schools', 'inhabitants', 'governor', 'water', 'electricity', 'stadium', 'hotels', 'old', 'history',
  'palace', 'bridge', 'bridges', 'prison', 'hotel', 'downtown', 'square', 'mosque', 'museum', 'neighbourhood', 'neighborhood',
  'district', 'suburb', 'market', 'hospital', 'school', 'city', 'mosques', 'churches', 'slums', 'slum',
]);

/** "Kigali denies ...", "Washington sanctioned ...": a capital followed by a verb speaks for its state. */
function actsAsGovernment(ctx: DocContext, draft: NameDraft): boolean {
  const { tokens, sentences } = ctx.analysis;
  const sentence = sentences[draft.sentence]!;
  if (!ctx.gazetteer.capitalOf(draft.text)) return false;
  const before = draft.start > sentence.firstToken ? tokens[draft.start - 1]! : undefined;
  const after = draft.end < sentence.endToken ? tokens[draft.end]! : undefined;
  if (!after || after.text !== after.lower) return false;
  // "the Belgrade-backed party", "Moscow-funded militias": a government backs.
  if (after.text === '-' && !after.spaceBefore && /^(?:backed|funded|armed|sponsored|supported|financed|trained)$/.test(tokens[draft.end + 1]?.lower ?? '')) return true;
  // "a Port-au-Prince shipping firm": after "a" the city only describes a noun.
  if (before?.lower === 'a' || before?.lower === 'an') return false;
  const possessive = after.lower === "'s" || after.lower === '’s';
  if (before?.lower === 'on' && CALLS.has(tokens[draft.start - 2]?.lower ?? '')) return true;
  // "denies arming Moscow", "accused of backing Kigali": the object of backing is a government.
  if (before && BACKING_FORMS.test(before.lower)) return true;
  // "seized Damascus and Assad fled": what is taken or entered is the city.
  if (before && PLACE_VERBS.has(before.lower) && before.text === before.lower) return false;
  // "moved closer to Moscow", "money from Tehran", "shipped shells to Moscow".
  // ("turned instead to Moscow").
  const turned = tokens[draft.start - 2]?.lower === 'instead' ? draft.start - 3 : draft.start - 2;
  if (before?.lower === 'to' && ['closer', 'close', 'ties', 'loyal', 'allegiance', 'turned', 'turn', 'turns', 'turning'].includes(tokens[turned]?.lower ?? '')) return true;
  // "Pressure is also coming from Washington": pressure comes from a government.
  if (before?.lower === 'from' && [2, 3, 4, 5].some((d) => tokens[draft.start - d]?.lower === 'pressure')) return true;
  // "a ceasefire between Washington and the Houthis": a party to a deal.
  if (before?.lower === 'between' && after.lower === 'and' && [2, 3].some((d) => DEAL_WORDS.has(tokens[draft.start - d]?.lower ?? ''))) return true;
  if (before?.lower === 'from' && AID_WORDS.has(tokens[draft.start - 2]?.lower ?? '')) return true;
  // "new sanctions on Pyongyang", "an embargo against Tehran": a government is sanctioned.
  if ((before?.lower === 'on' || before?.lower === 'against') && [2, 3].some((d) => NOUN_TRIGGERS[tokens[draft.start - d]?.lower ?? '']?.type === 'SANCTIONED')) return true;
  // "No comment yet from Asmara", "a response from Kigali": what a government says.
  if (before?.lower === 'from' && [2, 3].some((d) => COMMENT_WORDS.has(tokens[draft.start - d]?.lower ?? ''))) return true;
  if (before?.lower === 'to' && sentAidBefore(tokens, draft.start - 1, sentence.firstToken)) return true;
  if (before?.lower === 'with' && DEALINGS.has(tokens[draft.start - 2]?.lower ?? '')) return true;
  if (before && GIVING.has(before.lower) && (after.lower === 'with' || ['DET', 'NUM', 'ADJ', 'ADV'].includes(after.pos) || after.text === '$')) return true;
  // "Washington and Paris", "the juntas in Bamako, Ouagadougou and Niamey": a capital listed after a capital that acts.
  if (before && (before.lower === 'and' || before.lower === 'or' || before.lower === 'nor' || before.text === ',') && draft.start - 2 >= sentence.firstToken) {
    const prev = tokens[draft.start - 2]!;
    const listed = { ...draft, start: draft.start - 2, end: draft.start - 1, text: prev.text };
    if (ctx.gazetteer.capitalOf(prev.text) && actsAsGovernment(ctx, listed)) return true;
  }
  // "sanctions imposed by Washington", "is backed by Moscow": the agent of a deed is the government.
  if (before?.lower === 'by' && deedBefore(tokens, draft.start - 2, sentence.firstToken)) return true;
  // "the junta in Bamako", "the government in Kinshasa": the seat stands for the rulers.
  if (before?.lower === 'in' && SEATED_RULERS.has(tokens[draft.start - 2]?.lower ?? '')) return true;
  // "in Goma, Kinshasa and Bukavu" are places; "Further east, Moscow said" is a government.
  const acts = after.pos === 'VERB' || after.pos === 'AUX';
  if (!possessive && before && (PLACE_PREPOSITIONS.has(before.lower) || (before.text === ',' && !acts))) return false;
  // "accuses Tehran of supplying", "urged Kigali to withdraw": only a government is accused or urged.
  if (before && ADDRESSED.has(before.lower) && ['of', 'to', 'for', 'that'].includes(after.lower)) return true;
  // "Kinshasa blamed Kigali.": the one blamed or accused, at the end of its clause.
  if (before && BLAMED.has(before.lower) && ['.', ',', ';'].includes(after.text)) return true;
  // "urged Baghdad and the KRG to press Turkey": addressed with a partner.
  if (before && ADDRESSED.has(before.lower) && after.lower === 'and' && addressedWith(tokens, draft.end + 1, sentence.endToken)) return true;
  // "says Cotonou "will not negotiate"": a quotation follows what the government says.
  if (QUOTE_MARKS.has(after.text) && tokens[draft.end + 1]?.text === tokens[draft.end + 1]?.lower && ['VERB', 'AUX'].includes(tokens[draft.end + 1]?.pos ?? '')) return true;
  // "Paris and Abuja both reject ...": a capital coordinated with a capital that acts.
  if (after.lower === 'and' || after.lower === 'or' || after.lower === 'nor' || after.lower === 'both' || after.lower === 'also') {
    let k = draft.end + 1;
    while (k < sentence.endToken && (tokens[k]!.pos === 'PROPN' || ['both', 'also', 'and', 'or', 'nor'].includes(tokens[k]!.lower))) k++;
    const verb = tokens[k];
    return verb !== undefined && k < sentence.endToken && verb.text === verb.lower && (verb.pos === 'VERB' || verb.pos === 'AUX' || verbLemma(verb.lower, GOVERNMENT_VERBS) !== undefined);
  }
  // "Moscow's main sources of ammunition", "Kigali's support" — but "Kinshasa's streets" is the city.
  if (after.lower === "'s" || after.lower === '’s') {
    // The possessed head, past adjectives; the tagger may read it as a verb ("Beijing's calls to
    // stop"); a name after it is the city's own ("Tokyo's Nikkei").
    const head = tokens.slice(draft.end + 1, Math.min(draft.end + 4, sentence.endToken)).find((t) => t.pos !== 'ADJ');
    return head !== undefined && head.text === head.lower && (head.pos === 'NOUN' || head.pos === 'VERB') && !CITY_NOUNS.has(head.lower);
  }
  // "Khartoum was captured by the RSF", "Kabul fell": what is taken is the city.
  // ("Moscow has occupied Crimea" acts: only a passive, "was captured", "has been retaken".)
  let done = draft.end + 1;
  if (['has', 'had'].includes(after.lower) && tokens[done]?.lower === 'been') done++;
  while (tokens[done]?.pos === 'ADV' && done < draft.end + 4) done++;
  const passive = ['was', 'were', 'is'].includes(after.lower) || tokens[done - 1]?.lower === 'been';
  if (passive && PLACE_VERBS.has(tokens[done]?.lower ?? '') && tokens[done]!.lower !== 'lost') return false;
  if (['fell', 'falls', 'fall'].includes(after.lower)) return false;
  if (after.pos === 'VERB' || after.pos === 'AUX' || verbLemma(after.lower, GOVERNMENT_VERBS) !== undefined) return true;
  // "Washington nonetheless armed the SDF": past an adverb.
  const past = tokens[draft.end + 1];
  if (after.pos === 'ADV' && after.lower.length > 3 && past && past.text === past.lower && (past.pos === 'VERB' || verbLemma(past.lower, GOVERNMENT_VERBS) !== undefined)) return true;
  // "Washington on Thursday imposed", "Kigali last week denied": past a time phrase.
  const when = tokens[draft.end + 1];
  const then = tokens[draft.end + 2];
  // ("Washington in 2021 designated": a year too.)
  if (['on', 'last', 'this', 'earlier', 'later', 'in'].includes(after.lower) && when && (DAYS.has(when.lower) || MONTHS.has(when.lower) || ['week', 'month', 'year'].includes(when.lower) || /^(?:19|20)\d\d$/.test(when.text)) && then && then.text === then.lower && (then.pos === 'VERB' || then.pos === 'AUX')) return true;
  // "Ankara now trains its forces": past an adverb.
  const next = tokens[draft.end + 1];
  if (after.pos === 'ADV' && next && next.text === next.lower && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
  // "Washington, which designated the group ...".
  const which = tokens[draft.end + 1];
  if (after.text === ',' && (which?.lower === 'which' || which?.lower === 'who')) return true;
  // "Kyiv, for its part, denies ...", "Moscow, however, says ...": past a discourse aside.
  return after.text === ',' && asideThenVerb(tokens, draft.end + 1, sentence.endToken);
}

/** Words of a discourse aside: ", for its part,", ", however,", ", in turn,", ", by contrast,". */
const ASIDE_WORDS = new Set(['for', 'its', 'their', 'part', 'however', 'meanwhile', 'though', 'too', 'in', 'turn', 'instead', 'also', 'by', 'contrast', 'comparison', 'response', 'return']);

function asideThenVerb(tokens: readonly Token[], k: number, end: number): boolean {
  let m = k;
  while (m < end && m < k + 4 && ASIDE_WORDS.has(tokens[m]!.lower) && tokens[m]!.text === tokens[m]!.lower) m++;
  const verb = tokens[m + 1];
  return m > k && tokens[m]?.text === ',' && verb !== undefined && verb.text === verb.lower && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘']);

/** "Baghdad and the Kurdistan Regional Government to ...": one more name, then "to" or "of". */
function addressedWith(tokens: readonly Token[], k: number, end: number): boolean {
  let m = k;
  if (tokens[m]?.lower === 'the') m++;
  const first = m;
  while (m < end && m < first + 6 && /^\p{Lu}/u.test(tokens[m]!.text)) m++;
  return m > first && ['to', 'of'].includes(tokens[m]?.lower ?? '');
}

/** A participle or an act's noun within the few words before `k` ("imposed", "designated a terrorist group"). */
function deedBefore(tokens: readonly Token[], k: number, first: number): boolean {
  for (let m = k; m > k - 6 && m >= first; m--) {
    const t = tokens[m]!;
    if (t.text !== t.lower || t.pos === 'PUNCT') return false;
    if (t.pos === 'VERB' || NOUN_TRIGGERS[t.lower] !== undefined) return true;
  }
  return false;
}

const acronymsOf = new WeakMap<object, Set<string>>();

/** Upper-case words in brackets right after a capitalised word: "Togolese Armed Forces (FAT)". */
function definedAcronyms(ctx: DocContext): Set<string> {
  let found = acronymsOf.get(ctx.analysis);
  if (!found) {
    found = new Set();
    const tokens = ctx.analysis.tokens;
    for (let i = 1; i + 2 < tokens.length; i++) {
      if (tokens[i]!.text === '(' && tokens[i + 2]!.text === ')' && /^[A-Z]{2,6}$/.test(tokens[i + 1]!.text) && /^\p{Lu}/u.test(tokens[i - 1]!.text)) found.add(tokens[i + 1]!.text);
    }
    acronymsOf.set(ctx.analysis, found);
  }
  return found;
}

/** Drops sentence-initial ordinary words, months, days and words that are never names alone. */
const LEADING_CONNECTORS = new Set(['of', 'the', 'for']);

function trimUnknown(ctx: DocContext, draft: NameDraft): NameDraft | undefined {
  const { tokens, sentences } = ctx.analysis;
  const sentence = sentences[draft.sentence]!;
  let start = draft.start;
  const atSentenceStart = (i: number): boolean => {
    // "JUBA, March 18 – Fighters of ...": after a dateline's dash the story's first sentence begins.
    if (i > sentence.firstToken && /^[—–]$/.test(tokens[i - 1]!.text)) return true;
    let k = sentence.firstToken;
    while (k < i && /^[“"‘'(\[—–-]$/.test(tokens[k]!.text)) k++;
    return k === i;
  };
  // "Red Hills General Trading FZE" opening a sentence: a company's legal form vouches for its first word.
  const company = LEGAL_FORMS.has(tokens[draft.end - 1]!.lower) && draft.end - draft.start >= 3;
  // ("Council of the Tarsine Federation – press release": a body's head word before its "of" opens its name.)
  // (Not a title made of one: "League of Development.", "Bank of America Fires Back at ...".)
  const whole = draft.start === sentence.firstToken && draft.end >= sentence.endToken - 1;
  const headFirst = headFirstName(tokens, draft.start, draft.end) || (!ctx.headline[draft.sentence] && !whole && ORGANISATION_HEADS.has(tokens[draft.start]!.lower) && tokens[draft.start + 1]?.lower === 'of' && draft.end - draft.start >= 3 && !tokens.slice(draft.start, draft.end).some((t) => t.pos === 'VERB' || t.pos === 'ADV'));
  while (!company && !headFirst && start < draft.end && atSentenceStart(start) && isCommonWord(tokens[start]!.lower) && !capitalisedElsewhere(ctx, start)) start++;
  if (start > draft.start && atSentenceStart(draft.start) && apposedName(tokens, draft.start, start, draft.end)) start = draft.start;
  // "Rebels of the Lumara Front" opening a sentence: the connectors go with the dropped word.
  if (start > draft.start) while (start < draft.end && LEADING_CONNECTORS.has(tokens[start]!.text)) start++;
  while (start < draft.end && (MONTHS.has(tokens[start]!.lower) || DAYS.has(tokens[start]!.lower))) start++;
  while (start < draft.end && !/\p{L}/u.test(tokens[start]!.text)) start++;
  if (start >= draft.end) return undefined;
  let end = draft.end;
  // "Timur Bagirov of the [Africa Corps]": connectors left over when a known name was cut off.
  while (end > start + 1 && NAME_CONNECTORS.has(tokens[end - 1]!.lower) && tokens[end - 1]!.text === tokens[end - 1]!.lower) end--;
  // "in Damascus Sunday", "at Busch Stadium Tuesday": a weekday after a name dates the sentence.
  while (end > start + 1 && DAYS.has(tokens[end - 1]!.lower)) end--;
  // "the Rome Statute", "the Geneva Conventions": laws and treaties are not actors or places.
  // The head is the word before "of" when there is one: "the Treaty of Rome", but "the Government of National Accord".
  let head = end - 1;
  for (let k = start + 1; k < end; k++) if (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'on') (head = k - 1), (k = end);
  if (INSTRUMENT_HEADS.has(tokens[head]!.lower)) return undefined;
  // "the Special Economic Measures (Burma) Regulations", "the Russia (Sanctions) Regulations": a law's
  // title with a bracketed word names neither the words before the bracket nor the one inside it.
  // (Not "Louisiana State University (LSU) Law Center": the head ends the title.)
  const instrument = (k: number): boolean => /^\p{Lu}/u.test(tokens[k]?.text ?? '') && INSTRUMENT_HEADS.has(tokens[k]!.lower) && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && instrument(end + 3)) return undefined;
  if (tokens[start - 1]?.text === '(' && tokens[end]?.text === ')' && instrument(end + 1)) return undefined;
  const text = spanText(ctx, start, end);
  // "designated as a Foreign Terrorist Organization": a category of a sanctions list names nobody.
  if (DESIGNATION_CATEGORY.test(text) || DESIGNATION_ACRONYM.test(text)) return undefined;
  // ", S.A. de C.V.", ", Ltd.": a legal form after a comma belongs to the company before it, and names nothing alone.
  if (LEGAL_FORM_ONLY.test(text)) return undefined;
  // "Central Asian fighters", "Malay Muslims": words that never name alone name nothing together, nor
  // does a people named by its faith.
  const words = tokens.slice(start, end);
  if (end - start > 1 && (words.every((w) => NEVER_ALONE.has(w.lower)) || FAITH_PLURALS.has(words[words.length - 1]!.lower))) return undefined;
  if (end - start === 1) {
    const word = tokens[start]!.lower;
    // "the Togolese Armed Forces (FAT)": an acronym the text defines is a name, even if it spells a word.
    const acronym = /^[A-Z]{2,6}$/.test(tokens[start]!.text) && definedAcronyms(ctx).has(tokens[start]!.text);
    if (NEVER_ALONE.has(word) || MONTHS.has(word) || DAYS.has(word) || (isCommonWord(word) && !acronym)) return undefined;
  }
  if (start === draft.start && end === draft.end) return draft;
  const trimmed = { ...draft, start, end, text, votes: { ...draft.votes } };
  // "Rebels of the CPC", "Fighters of the White Army": the dropped members say what the name is,
  // more surely than its head noun ("Coalition") or its acronym alone.
  const first = tokens[draft.start]!.lower;
  if (start > draft.start && ARMED_MEMBER_NOUNS.has(first) && tokens[draft.start + 1]?.lower === 'of') trimmed.votes.ARMED_GROUP = (trimmed.votes.ARMED_GROUP ?? 0) + 8;
  return trimmed;
}
