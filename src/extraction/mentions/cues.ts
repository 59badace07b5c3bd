import { fold } from '../../core/normalise.js';
import type { EntityType, Token } from '../../core/types.js';
import type { DocContext, NameDraft } from '../types.js';
import { APPOSITION_HEADS, ARABIC_GROUP_HEADS, ARMED_MODIFIERS, AREA_NOUNS, ARMED_GROUP_HEADS, ARMED_GROUP_MARKERS, ARMED_MEMBER_NOUNS, ASSAULT_FORMS, BACKED_FORMS, COMPANY_OPENERS, COMPASS, COUNTRY_CUES, DAYS, DRIVEN_FORMS, FORCE_HEADS, INDIVIDUAL_ROLES, MILITARY_POSTS, MONTHS, NAME_PARTICLES, NEWS_AGENCIES, ORGANISATION_HEADS, OWNED_BY_STATES, PERSON_TITLES, PLACE_EVENT_NOUNS, PLACE_HEADS, PLACE_LIST_NOUNS, PLACE_OF_NOUNS, PLACE_OPENERS, PLACE_PASSIVE_VERBS, PLACE_PREPOSITIONS, PLACE_SUBJECT_VERBS, PLACE_VERBS, ROLE_NOUNS, SANCTION_VERBS, SITE_NOUNS, SPEECH_VERBS, STATE_BODIES, STATE_NOUNS, STATE_OFFICES, TAKE_FORMS, WEAK_PLACE_PREPOSITIONS } from '../lexicon/names.js';
import { isCommonWord } from '../lexicon/words.js';
import { appositionType } from './apposition.js';
import { headFirstName } from './spans.js';
import { GROUP_DESCRIPTIONS } from '../lexicon/coref.js';

// Each cue adds votes for a type; the strongest total wins for the whole name
// across the document. Weights: 4 = the name says it (head noun), 3 = a close
// syntactic cue (title, "the town of"), 2 = an apposition or member noun, 1 = weak.

function vote(draft: NameDraft, type: EntityType, weight: number): void {
  draft.votes[type] = (draft.votes[type] ?? 0) + weight;
}

/** A vote from the name's own words, kept apart too: it counts once per spelling (resolve.ts sumVotes). */
function headVote(draft: NameDraft, type: EntityType, weight: number): void {
  vote(draft, type, weight);
  (draft.headVotes ??= {})[type] = (draft.headVotes[type] ?? 0) + weight;
}

/** Kind nouns written before a body's name: "the settler group Hilltop Youth", "the oil company Rosneft". */
const KIND_BEFORE = new Set(['group', 'movement', 'militia', 'gang', 'network', 'organisation', 'organization', 'company', 'firm', 'bank', 'lender', 'conglomerate', 'airline', 'carrier']);

/** Markers a state's own forces carry too: "Somali National Army", "Ezerian National Defence Force". */
const STATE_FORCE_MARKERS = new Set(['national', 'defence', 'defense', 'army', 'forces']);

/** "Forces Armées", "Fuerzas Armadas", "Forças Armadas": the first two words of a state's armed forces. */
const ARMED_FORCES_WORDS = new Set(['forces', 'fuerzas', 'fuerza', 'forcas']);
const ARMED_WORDS = new Set(['armees', 'armadas', 'armada']);
/** Words of revolt that make such a name a rebel one: "Fuerzas Armadas Revolucionarias". */
const REVOLT_WORDS = new Set(['revolucionarias', 'revolutionnaires', 'populares', 'populaires', 'rebeldes', 'rebelles', 'liberacion', 'liberation', 'patriotiques', 'patrioticas', 'nouvelles']);

/** The endings of demonyms: "Dravonian", "Sudanese", "Kenyan", "Kuwaiti". */
const DEMONYM_SHAPE = /(?:an|ese|ish|i|ic)$/;

/** Some words from `start` to before `end` name a state: "United States Army", "U.S. Army", "Kenya Army". */
function namesState(ctx: DocContext, start: number, end: number): boolean {
  const tokens = ctx.analysis.tokens;
  for (let a = start; a < end; a++) {
    for (let b = end; b > a; b--) {
      const text = ctx.analysis.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
      if (ctx.gazetteer.lookup?.(text).some((e) => e.type === 'COUNTRY') || ctx.gazetteer.demonymOf(text) !== undefined) return true;
    }
  }
  return false;
}

/** Votes from the words of the name itself. */
export function voteFromHead(ctx: DocContext, draft: NameDraft): void {
  const tokens = ctx.analysis.tokens;
  const words = tokens.slice(draft.start, draft.end).map((t) => t.lower);
  // The head is the last word before "of" ("Ministry of Defence"), else the last word.
  // ("Commission to Investigate Alleged Violations of Human Rights": or before a task's "to".)
  const of = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'on' || w === 'in' || w === 'to'));
  const last = tokens[of > 0 ? draft.start + of - 1 : draft.end - 1]!;
  const demonymFirst = ctx.gazetteer.demonymOf(tokens[draft.start]!.text) !== undefined;
  // ("Sinjar Resistance Units", "Women's Protection Units": units name a force too, but join no span.)
  // (Only with a fighting word: not "QBE Consolidates European Units".)
  const units = last.lower === 'units' && words.some((w) => ARMED_GROUP_MARKERS.has(w) || w === 'protection' || w === 'mobilization' || w === 'mobilisation');
  if ((FORCE_HEADS.has(last.lower) || units) && words.length > 1) {
    // "Kachin Independence Army", "Rapid Support Forces", "Civilian Joint Task Force" are armed groups;
    // "Malian Armed Forces", "Multinational Joint Task Force" are states'.
    // The words before the head ("Republican Forces of Côte d'Ivoire": only "Republican").
    // ("Ezerian National Army": a demonym's or state's "national" army is the state's.)
    const markers = words.slice(0, of > 0 ? of - 1 : -1).filter((w) => ARMED_GROUP_MARKERS.has(w));
    // (Only the surest demonym endings: "Kuki National Army" is a rebel one.)
    const stateShaped = /(?:ian|ese|ish)$/.test(words[0]!) || namesState(ctx, draft.start, draft.start + 1);
    const national = markers.length > 0 && markers.every((w) => STATE_FORCE_MARKERS.has(w)) && stateShaped;
    if (!demonymFirst && markers.length > 0 && !national) headVote(draft, 'ARMED_GROUP', 4);
    // "Highland Unity Army", "Arakan Army": an army named by neither a state nor its demonym is a rebel one
    // ("Dravonian Army" has a demonym's shape, "Kenya Army" a state's name).
    else if (last.lower === 'army' && of < 0 && !demonymFirst && !DEMONYM_SHAPE.test(words[0]!) && !namesState(ctx, draft.start, draft.end - 1)) headVote(draft, 'ARMED_GROUP', 3);
    else headVote(draft, 'ORGANISATION', 3);
    return;
  }
  // ("Harakat Ansar Allah al-Awfiya", "Kata'ib al-Imam Ali": an Arabic group word opening the name.)
  // ("Kavu Defence Volunteers", "Volunteers for the Defence of the Homeland": volunteers who fight; the "Tennessee Volunteers" play.)
  const idle = last.lower === 'volunteers' && !words.some((w) => w !== 'volunteers' && (ARMED_GROUP_MARKERS.has(w) || w === 'homeland'));
  if (idle) headVote(draft, 'ORGANISATION', 2);
  else if (ARMED_GROUP_HEADS.has(last.lower) || words.some((w) => w === 'liberation' || w === 'mujahideen') || (words.length > 1 && ARABIC_GROUP_HEADS.has(fold(words[0]!)))) {
    headVote(draft, 'ARMED_GROUP', 4);
  } else if (ORGANISATION_HEADS.has(last.lower) && words.length > 1) headVote(draft, 'ORGANISATION', 4);
  else if (PLACE_HEADS.has(last.lower) && words.length > 1) headVote(draft, 'PLACE', 4);
  else if (/^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}$/.test(last.text) && words.length === 1) draft.acronymShape = true;
  // "Wadi al-Seeq", "Khan Younis", "Kfar Kila", "Deir al-Balah": Arabic and Hebrew (and Romance) place words open a place name.
  if (words.length > 1 && PLACE_OPENERS.has(words[0]!)) headVote(draft, 'PLACE', 3);
  // "Transportes Ribera Chapala", "Petróleos Mexicanos", "Société X": Spanish, Portuguese and French company words lead.
  if (words.length > 1 && COMPANY_OPENERS.has(fold(words[0]!))) headVote(draft, 'ORGANISATION', 3);
  // "Forces Armées Centrafricaines", "Fuerzas Armadas de Honduras": a state's armed forces, in French,
  // Spanish or Portuguese (not "Fuerzas Armadas Revolucionarias de Colombia").
  const folded = words.map((w) => fold(w));
  if (words.length > 2 && ARMED_FORCES_WORDS.has(folded[0]!) && ARMED_WORDS.has(folded[1]!) && !folded.some((w) => REVOLT_WORDS.has(w))) {
    headVote(draft, 'ORGANISATION', 4);
    return;
  }
  // "Forces Nouvelles", "Front Populaire", "Armée de Libération": French and Spanish names put the head first.
  if (words.length > 1 && headFirstName(tokens, draft.start, draft.end) && !draft.votes.ARMED_GROUP && !draft.votes.ORGANISATION) headVote(draft, 'ARMED_GROUP', 3);
  // "North-West", "South-West": regions named by their bearing.
  if (words.every((w) => COMPASS.has(w) || w === '-')) headVote(draft, 'PLACE', 3);
  // "the West Bank": a river's bank named by its bearing, not a bank.
  if (words.length === 2 && COMPASS.has(words[0]!) && words[1] === 'bank') headVote(draft, 'PLACE', 6);
}

/** Plural kinds before the names they list. */
const KIND_PLURALS: Record<string, 'ORGANISATION' | 'ARMED_GROUP'> = {
  companies: 'ORGANISATION', firms: 'ORGANISATION', banks: 'ORGANISATION', lenders: 'ORGANISATION', airlines: 'ORGANISATION',
  organisations: 'ORGANISATION', organizations: 'ORGANISATION', charities: 'ORGANISATION', militias: 'ARMED_GROUP', gangs: 'ARMED_GROUP', cartels: 'ARMED_GROUP',
};

/** Descriptions of an institution a name may be apposed to. */
const BODY_DESCRIPTIONS = new Set(['prosecutor', 'regulator', 'watchdog', 'agency', 'body', 'court', 'tribunal', 'commission', 'ministry', 'office', 'unit', 'service', 'authority', 'directorate', 'department']);

const QUOTE_SPEECH = new Set(['said', 'says', 'added', 'asked']);

/** Votes from the words around the name. */
export function voteFromContext(ctx: DocContext, draft: NameDraft): void {
  const { tokens, sentences } = ctx.analysis;
  const sentence = sentences[draft.sentence]!;
  const before = (k: number): Token | undefined => (draft.start - k >= sentence.firstToken ? tokens[draft.start - k] : undefined);
  const after = (k: number): Token | undefined => (draft.end + k - 1 < sentence.endToken ? tokens[draft.end + k - 1] : undefined);
  const b1 = before(1);
  const b2 = before(2);
  const a1 = after(1);
  const words = draft.end - draft.start;

  // "the ruling People's Front for Democracy and Justice", "Eritrea's ruling party, the X": a governing party.
  const ruling = (b1?.lower === 'ruling' && words > 1) || (b1?.lower === 'the' && b2?.text === ',' && before(3)?.lower === 'party' && before(4)?.lower === 'ruling');
  if (ruling) vote(draft, 'ORGANISATION', 5);
  // ("former Karabakh officials": the word describes the noun after the name, not the name).
  const describesNoun = a1 !== undefined && a1.text === a1.lower && a1.pos === 'NOUN';
  // "the settler group Hilltop Youth", "the armed group X", "the rights group X": the kind said before the name.
  if (b1 && b1.text === b1.lower && KIND_BEFORE.has(b1.lower) && b2 && b2.text === b2.lower && !describesNoun) {
    // ("the private military company X", "the mercenary firm X": the guide's mercenaries who fight.)
    const mercenary = (b2.lower === 'military' || b2.lower === 'mercenary') && (b1.lower === 'company' || b1.lower === 'firm');
    const armed = ARMED_MODIFIERS.has(b2.lower) || b2.lower === 'settler' || b1.lower === 'militia' || b1.lower === 'gang' || mercenary;
    vote(draft, armed ? 'ARMED_GROUP' : 'ORGANISATION', mercenary ? 5 : 3);
  }
  // "Mali's anti-terrorism prosecutor, the Pôle Judiciaire Spécialisé,": with "the", a name apposed to an institution's description is the institution.
  if (words >= 2 && b1?.lower === 'the' && b2?.text === ',' && BODY_DESCRIPTIONS.has(before(3)?.lower ?? '') && before(3)!.text === before(3)!.lower) vote(draft, 'ORGANISATION', 2);
  // '"...," said Espérance Namegabe': a quotation's speaker named after the verb.
  if (words >= 2 && b1 && QUOTE_SPEECH.has(b1.text) && b2 && (b2.text === ',' || /^["”’']$/.test(b2.text)) && looksLikePersonName(tokens.slice(draft.start, draft.end))) vote(draft, 'PERSON', 1.5);
  if (b1 && b1.text === b1.lower && (ROLE_NOUNS.has(b1.lower) || PERSON_TITLES.has(b1.lower)) && !AREA_NOUNS.has(b1.lower) && !describesNoun) {
    vote(draft, 'PERSON', 3); // "local activist X", "gang leader X"
    draft.title ??= b1.text;
  }
  // The word before the list this name ends, if it ends one ("the villages of A and B").
  const opener = b1?.lower === 'and' || b1?.text === ',' ? listOpener(tokens, draft.start - 1, sentence.firstToken) : undefined;
  const listWord = opener === undefined ? '' : tokens[opener]!.lower;
  // "the oil companies Rosneft and Lukoil", "the gangs X and Y": the kind named before the names.
  const kinds = b1 && b1.text === b1.lower && KIND_PLURALS[b1.lower] ? b1.lower : opener !== undefined && tokens[opener]!.text === listWord ? listWord : '';
  if (KIND_PLURALS[kinds] && !describesNoun) vote(draft, KIND_PLURALS[kinds]!, 3);
  // ("the stronghold of Khalifa Haftar's forces": the forces are the stronghold's, not the name.)
  const forcesOwner = (a1?.lower === "'s" || a1?.lower === '’s') && (ARMED_MEMBER_NOUNS.has(after(2)?.lower ?? '') || FORCE_HEADS.has(after(2)?.lower ?? '') || after(2)?.lower === 'troops');
  if (b1?.lower === 'of' && b2 && (PLACE_OF_NOUNS.has(b2.lower) || COMPASS.has(b2.lower)) && !forcesOwner) vote(draft, 'PLACE', 3); // "the town of X", "40 km west of X"
  else if (listWord === 'of' && opener! > sentence.firstToken && PLACE_LIST_NOUNS.has(tokens[opener! - 1]!.lower)) vote(draft, 'PLACE', 3); // "the villages of A and B"
  // "captured three towns in March: A, B and C": the names after a colon that a plural place noun announces.
  else if (b1?.text === ':' || listWord === ':' ? placesAnnounced(tokens, b1?.text === ':' ? draft.start - 1 : opener!, sentence.firstToken) : false) vote(draft, 'PLACE', 3);
  // "five towns, including A and B": the names a plural place noun counts.
  else if (includedIn(tokens, b1?.lower === 'including' ? draft.start - 1 : listWord === 'including' ? opener! : -1, sentence.firstToken)) vote(draft, 'PLACE', 3);
  // "killings in Sinkolo and Dagabou": the preposition before the list holds for each name in it.
  // ("the rebel bases at Blaze and Bouman": sites are at places.)
  // (The list's opener may stop short of "at", which some names start with: "at-Tall".)
  else if (WEAK_PLACE_PREPOSITIONS.has(listWord) || siteAt(tokens, listWord === 'at' ? opener! : -1) || siteAt(tokens, opener! + 1)) vote(draft, 'PLACE', WEAK_PLACE_PREPOSITIONS.has(listWord) ? 1 : 1.5);
  else if (b1 && b1.text === b1.lower && PLACE_OF_NOUNS.has(b1.lower) && b2 && b2.text === b2.lower) vote(draft, 'PLACE', 2); // "the district capital X"
  // "the capture of X"; but rulers fall too: "the fall of Bashar al-Assad" stays a person's name.
  // ('took "full control" of X': past the closing quote.)
  else if (b1?.lower === 'of' && b2 && PLACE_EVENT_NOUNS.has((/^["”’]$/.test(b2.text) ? before(3)?.lower : b2.lower) ?? '') && !(b2.lower === 'fall' && looksLikePersonName(tokens.slice(draft.start, draft.end)))) vote(draft, 'PLACE', 2);
  if (b1 && PLACE_VERBS.has(b1.lower) && b1.text === b1.lower) vote(draft, 'PLACE', 2); // "recaptured X"
  // "killed 16 fishermen at X": people at a name are somewhere (not "analysts at" or "gains at", a firm).
  if (b1?.lower === 'at' && PEOPLE_AT.has(b2?.lower ?? '')) vote(draft, 'PLACE', 1);
  // "Ketavi's capture by the rebels", "Kabul's fall" (but "M23's capture of Goma" names the captor).
  const event = after(2)?.lower ?? '';
  // (With its agent only: "Jaschan's capture" may be a man's arrest.)
  const taken = (['capture', 'seizure', 'recapture', 'occupation'].includes(event) && after(3)?.lower === 'by') || (event === 'fall' && after(3)?.lower === 'to');
  if (a1 && (a1.lower === "'s" || a1.lower === '’s') && taken) vote(draft, 'PLACE', 2);
  // 'had "liberated" X': the verb in quotes.
  if (b1 && /^[”"’']$/.test(b1.text) && b2 && PLACE_VERBS.has(b2.lower) && b2.text === b2.lower) vote(draft, 'PLACE', 2);
  if (b1?.lower === 'over' && TAKE_FORMS.has(b2?.lower ?? '')) vote(draft, 'PLACE', 2); // "took over X"
  if (takenInRelative(tokens, draft.end, sentence.endToken)) vote(draft, 'PLACE', 2); // "X, which the rebels seized in May"
  // "designated Tradive General Trading": sanctions fall on people and companies, not places.
  if (b1 && SANCTION_VERBS.has(b1.lower) && b1.text === b1.lower && words >= 2 && !looksLikePersonName(tokens.slice(draft.start, draft.end))) {
    vote(draft, 'ORGANISATION', 1);
  }
  // "designated the Proud Boys a terrorist entity", "listed X as a terrorist organisation": a group.
  const designated = [1, 2].some((d) => SANCTION_VERBS.has(before(d)?.lower ?? '')) && ['a', 'an', 'as'].includes(a1?.lower ?? '');
  if (designated && [2, 3].some((d) => after(d)?.lower === 'terrorist')) vote(draft, 'ARMED_GROUP', 3);
  // "neighbouring X" (but "neighbouring Zamfara state" is a state of the country).
  const area = a1 !== undefined && a1.text === a1.lower && (AREA_NOUNS.has(a1.lower) || a1.lower === 'state' || a1.lower === 'states');
  if (b1 && COUNTRY_CUES.has(b1.lower) && !area) vote(draft, 'COUNTRY', 3);
  // "the regime in Dorsavia": the rulers' seat, here a state nobody listed.
  // (Only "regime": "the junta in Naypyitaw" names its capital.)
  if (b1?.lower === 'in' && (b2?.lower === 'regime' || b2?.lower === 'regimes') && words === 1 && !area) vote(draft, 'COUNTRY', 2);
  const a2 = after(2);
  // ("Kawlin fell on November 6 to": past a date.)
  let d = 2;
  if (a1 && PLACE_SUBJECT_VERBS.has(a1.lower) && ['on', 'in', 'last', 'early', 'late'].includes(a2?.lower ?? '')) while (d < 6 && after(d + 1) && (/^\d/.test(after(d + 1)!.text) || MONTHS.has(after(d + 1)!.lower) || DAYS.has(after(d + 1)!.lower) || ['on', 'in', 'last', 'early', 'late', 'week', 'month', 'year'].includes(after(d + 1)!.lower))) d++;
  const to = d > 2 ? after(d + 1) : a2;
  if (a1 && PLACE_SUBJECT_VERBS.has(a1.lower) && (to?.lower === 'to' || to?.lower === 'into')) vote(draft, 'PLACE', 2);
  // "X had fallen to the rebels", "X has fallen into".
  else if (a1 && ['has', 'had', 'have'].includes(a1.lower) && a2 && PLACE_SUBJECT_VERBS.has(a2.lower) && ['to', 'into'].includes(after(3)?.lower ?? '')) vote(draft, 'PLACE', 2);
  // "X was (briefly) occupied", "X, 20 km from Beni, was occupied".
  let b = 1;
  if (a1?.text === ',') for (let n = 2; n < 12 && after(n); n++) if (after(n)!.text === ',') (b = n + 1), (n = 12);
  const be = after(b);
  // "was briefly occupied", "were both captured".
  const p = (after(b + 1)?.pos === 'ADV' && after(b + 1)!.lower.endsWith('ly')) || after(b + 1)?.lower === 'both' || after(b + 1)?.lower === 'all' ? b + 2 : b + 1;
  const passive = after(p);
  // (Not "was taken off the market", "taken to hospital".)
  const away = passive?.lower === 'taken' && ['off', 'out', 'away', 'to', 'into', 'hostage', 'from'].includes(after(p + 1)?.lower ?? '');
  if (be && ['was', 'were', 'had', 'has', 'been'].includes(be.lower) && passive && PLACE_PASSIVE_VERBS.has(passive.lower) && !away) vote(draft, 'PLACE', 2);
  // "Ketavi, seized by the rebels in May, ...": a participle apposition with its agent.
  else if (a1?.text === ',' && PLACE_PASSIVE_VERBS.has(after(2)?.lower ?? '') && after(3)?.lower === 'by') vote(draft, 'PLACE', 2);
  // "Velmar, whose army ...", "Velmar's foreign ministry": what only a state has (a ruler has a
  // government and an army too: "Assad's government").
  const whose = a1?.text === ',' && after(2)?.lower === 'whose' && STATE_BODIES.has(after(3)?.lower ?? '');
  const ministry = a1 && (a1.lower === "'s" || a1.lower === '’s') && (STATE_OFFICES.has(after(2)?.lower ?? '') || after(3)?.lower === 'ministry');
  if ((whose && !looksLikePersonName(tokens.slice(draft.start, draft.end))) || ministry) vote(draft, 'COUNTRY', 2);
  // "long backed by Velmar", "is armed by Velmar": a backer nobody listed is most often a state.
  // (The name must end the agent: not "supported by Ganymede's icy shell", "backed by Novells extensive support".)
  const agentEnds = !a1 || ['PUNCT', 'ADP', 'CCONJ'].includes(a1.pos);
  if (words === 1 && b1?.lower === 'by' && b2 && BACKED_FORMS.has(b2.lower) && agentEnds) vote(draft, 'COUNTRY', 1);
  // "Velmar, which shares a long border with Kaldera", "Velmar borders Kaldera": states share borders.
  const shares = a1?.text === ',' && after(2)?.lower === 'which' ? after(3) : a1;
  const border = shares?.lower === 'borders' || (shares?.lower === 'shares' && [3, 4, 5, 6, 7].some((d) => after(d)?.lower === 'border'));
  if (words === 1 && border) vote(draft, 'COUNTRY', 1); // (weak: provinces share borders too)
  // "a Velmar national", "two Velmar citizens".
  if (a1 && ['national', 'nationals', 'citizen', 'citizens'].includes(a1.text) && b1 && (b1.lower === 'a' || b1.pos === 'NUM')) vote(draft, 'COUNTRY', 2);
  // "a Velmar-backed militia": most backers so named are states.
  if (words === 1 && a1?.text === '-' && !a1.spaceBefore && BACKED_FORMS.has(after(2)?.lower ?? '')) vote(draft, 'COUNTRY', 1);
  // "Halvast has been in rebel hands", "X fell into the hands of the militia": a place held.
  if (a1 && HELD_VERBS.has(a1.lower) && [2, 3, 4, 5, 6].some((d) => after(d)?.lower === 'hands') && [2, 3, 4].some((d) => ['in', 'into', 'under'].includes(after(d)?.lower ?? ''))) vote(draft, 'PLACE', 2);
  // "the Kpinkankandi police post", "the Kenu post": a one-word name a site is called after is its town (not an acronym: "the SHLA camp").
  if (words === 1 && /\p{Ll}/u.test(draft.text) && b1?.lower === 'the' && a1 && a1.text === a1.lower && (MILITARY_POSTS.has(a1.lower) || (a1.pos === 'NOUN' && MILITARY_POSTS.has(after(2)?.lower ?? '')))) vote(draft, 'PLACE', 2);
  // "seized Rubaya and nearby Kibumba".
  if (b1?.text === 'nearby') vote(draft, 'PLACE', 2);
  // "The Sons of the Valley seized the town": a body with "the" that takes towns and attacks is an armed group.
  if (words >= 2 && b1?.lower === 'the' && a1 && ASSAULT_FORMS.has(a1.text)) vote(draft, 'ARMED_GROUP', 1.5);
  // ("Mahmuda seized the Kenu post", "the SHLA seized it": one word or an acronym, weaker, as people seize too;
  // not a plural noun of people, "Separatists captured", nor what seizes no place, "the FBI seized computers".)
  else if (words === 1 && a1 && ASSAULT_FORMS.has(a1.text) && (!b1 || b1.text === ',' || b1.lower === 'and' || (b1.lower === 'the' && /^\p{Lu}{2,6}$/u.test(draft.text))) && !isCommonWord(draft.text.toLowerCase()) && !/(?:ists|ers|ants|ents|ans|ites)$/.test(draft.text) && placeAhead(after)) vote(draft, 'ARMED_GROUP', 1);
  // "fighters of the Mahmuda group": a group with fighters.
  if (a1?.text === 'group' && b1?.lower === 'the' && before(2)?.lower === 'of' && ARMED_MEMBER_NOUNS.has(before(3)?.lower ?? '')) vote(draft, 'ARMED_GROUP', 2);
  // "the Metina and Zap areas": a plural head after the next name holds for this one too.
  if (a1?.lower === 'and' && /^\p{Lu}/u.test(after(2)?.text ?? '')) {
    let k = 3;
    while (k < 6 && /^\p{Lu}/u.test(after(k)?.text ?? '')) k++;
    if (areaPlural(after(k)?.text ?? '')) vote(draft, 'PLACE', 2);
  }
  if (a1 && a1.text === a1.lower) {
    // "X rebels" (not "Chechen rebel leader": a singular member noun before another noun describes it).
    const describes = after(2)?.pos === 'NOUN' && after(2)!.text === after(2)!.lower && !a1.lower.endsWith('s');
    // ("a Tuareg militia", "an Arab militia": after "a", one word only describes the militia's people.)
    const kind = words === 1 && (b1?.lower === 'a' || b1?.lower === 'an') && !a1.lower.endsWith('s');
    if (ARMED_MEMBER_NOUNS.has(a1.lower) && !describes && !kind) vote(draft, 'ARMED_GROUP', 2); // "X rebels"
    else if (AREA_NOUNS.has(a1.lower) || areaPlural(a1.lower)) vote(draft, 'PLACE', 2); // "the X area", "the Metina and Zap areas"
    else if ((a1.lower === 'bloc' || a1.lower === 'party') && b1?.lower === 'the') vote(draft, 'ORGANISATION', 2); // "the Victorie bloc"
    else if ((a1.lower === 'massacre' || a1.lower === 'massacres') && b1?.lower === 'the') vote(draft, 'PLACE', 2); // "the Ketavi massacre"
    else if (SPEECH_VERBS.has(a1.lower) && words >= 2) vote(draft, 'PERSON', 1);
  }
  if (b1 && b1.text === b1.lower && PLACE_PREPOSITIONS.has(b1.lower)) {
    // "in X", "near X": weak, and weaker still for "of X" and "to X" which take any noun.
    // ("a base in Malam-Fatori": a site is in a place, as much as the name has a person's shape.)
    const site = (b1.lower === 'in' || siteAt(tokens, draft.start - 1)) && SITE_NOUNS.has(b2?.lower ?? '');
    vote(draft, 'PLACE', b1.lower === 'of' || b1.lower === 'to' || b1.lower === 'from' ? 0.5 : site ? 1.5 : 1);
    // "pushed the army out of X", "fled out of X": what one is driven out of is a place.
    if (b1.lower === 'of' && b2?.lower === 'out') vote(draft, 'PLACE', 1.5);
    // "chased government troops from X": so is what they are driven from.
    else if (b1.lower === 'from' && [2, 3, 4].some((d) => DRIVEN_FORMS.has(before(d)?.lower ?? ''))) vote(draft, 'PLACE', 1.5);
  }
  // "two Haitian gang leaders, Renel Destina and ...": names apposed to people.
  if (b1?.text === ',' && b2 && b2.text === b2.lower && (ROLE_NOUNS.has(b2.lower) || INDIVIDUAL_ROLES.has(b2.lower))) vote(draft, 'PERSON', 2);
  // "its former stronghold, Bunagana": a name apposed to a kind of place.
  else if (b1?.text === ',' && b2 && b2.text === b2.lower && b2.pos === 'NOUN' && APPOSITION_HEADS[b2.lower] === 'PLACE') vote(draft, 'PLACE', 2);
  // "A militia, the Coastal Defence Volunteers,": a description before the name says what it is.
  const described = b1?.lower === 'the' && b2?.text === ',' ? before(3) : undefined;
  const kind = described && described.text === described.lower && described.pos === 'NOUN' ? APPOSITION_HEADS[described.lower] : undefined;
  if (kind && kind !== 'PERSON' && ['a', 'an'].includes(before(4)?.lower ?? '')) vote(draft, kind, kind === 'ARMED_GROUP' ? 5 : 2);
  const apposed = appositionType(ctx, draft);
  // "X, a militia raised by ..." says what X is: above a head noun's guess ("Home Guard", "Union of").
  if (apposed) vote(draft, apposed, apposed === 'ARMED_GROUP' ? 5 : 2);
  // A person's name has two words at least (checked first: most names are one word, and slicing them costs).
  // (Words apart: "Tarsou-Oumé", "Malam-Fatori" alone are places; a hyphenated surname follows a first name.)
  // ("the Pôle Judiciaire Spécialisé": people are not named with "the".)
  // ("the Kerry Packer-backed group": the article is the compound's head's.)
  if (words >= 2 && draft.text.includes(' ') && (b1?.lower !== 'the' || a1?.text === '-') && looksLikePersonName(withoutNickname(tokens.slice(draft.start, draft.end)))) draft.personShape = true;
  // "Moqokori, in Hiiraan, fell": a name placed in a named place is a place.
  if (!draft.personShape && a1?.text === ',' && after(2)?.lower === 'in' && /^\p{Lu}/u.test(after(3)?.text ?? '') && [4, 5, 6].some((d) => after(d)?.text === ',')) vote(draft, 'PLACE', 2);
  // A dateline: "KYIV, Oct 14 –", "GOMA, Democratic Republic of Congo —".
  // "GAZA (Reuters) -".
  const agency = a1?.text === '(' && (NEWS_AGENCIES.has(after(2)?.text ?? '') || after(2)?.text === 'Reuters');
  // ("UNITAD, the investigative team ...": an acronym before an apposition is no dateline.)
  const describedAfter = a1?.text === ',' && ['the', 'a', 'an'].includes(after(2)?.lower ?? '');
  if (draft.start === sentence.firstToken && /^\p{Lu}[\p{Lu}\s.'-]+$/u.test(draft.text) && ((a1?.text === ',' && !describedAfter) || agency)) vote(draft, 'PLACE', 3);
}

/** "areas", "districts", "villages": the plural of a kind of place (lower case; not land: "the Transylvanian forests"). */
function areaPlural(word: string): boolean {
  return PLACE_LIST_NOUNS.has(word) || word === 'areas' || word === 'zones';
}

/** The words after a seizing verb name a place: a capitalised name, "it", or a kind of place within three words. */
function placeAhead(after: (k: number) => Token | undefined): boolean {
  const first = after(2);
  if (!first) return false;
  if (first.lower === 'it' || (/^\p{Lu}/u.test(first.text) && first.pos === 'PROPN')) return true;
  return [2, 3, 4, 5].some((d) => PLACE_OF_NOUNS.has(after(d)?.lower ?? '') || SITE_NOUNS.has(after(d)?.lower ?? '') || /^\p{Lu}/u.test(after(d)?.text ?? ''));
}

const HELD_VERBS = new Set(['is', 'was', 'has', 'had', 'remains', 'remained', 'fell', 'falls', 'came', 'passed', 'stays', 'stayed']);

/** "three towns in March:" ending at the colon `k`: a plural kind of place within the few words before it. */
function placesAnnounced(tokens: readonly Token[], k: number, first: number): boolean {
  for (let j = k - 1; j >= first && j >= k - 5; j--) if (PLACE_LIST_NOUNS.has(tokens[j]!.lower)) return true;
  return false;
}

/** "towns, including" at `k` ("including"): the word the list counts is a plural kind of place. */
function includedIn(tokens: readonly Token[], k: number, first: number): boolean {
  if (k < first || tokens[k]?.lower !== 'including') return false;
  // "a string of towns and mining areas along the Chinese border, including A and B": the counted noun may lie back in its phrase.
  for (let m = tokens[k - 1]?.text === ',' ? k - 2 : k - 1; m >= first && m > k - 12; m--) {
    const t = tokens[m]!;
    if (PLACE_LIST_NOUNS.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ';') return false;
  }
  return false;
}

/** "bases at": the "at" at `k` follows a site noun. */
function siteAt(tokens: readonly Token[], k: number): boolean {
  return k > 0 && tokens[k]?.lower === 'at' && SITE_NOUNS.has(tokens[k - 1]!.lower);
}

/** The position of the word before a list of capitalised names that ends at `from` ("and" or a comma). */
function listOpener(tokens: readonly Token[], from: number, first: number): number | undefined {
  for (let k = from; k > Math.max(first, from - 16); k--) {
    const t = tokens[k]!;
    if (!(t.lower === 'and' || t.text === ',' || t.text === '-' || /^\p{Lu}/u.test(t.text) || NAME_PARTICLES.has(t.lower))) return k < from - 1 ? k : undefined;
  }
  return undefined;
}

/** ", which the rebels seized", ", which it captured", ", which fell to": what a relative clause says was taken is a place. */
function takenInRelative(tokens: readonly Token[], end: number, sentenceEnd: number): boolean {
  if (tokens[end]?.text !== ',' || !['which', 'that'].includes(tokens[end + 1]?.lower ?? '')) return false;
  for (let k = end + 2; k < Math.min(sentenceEnd, end + 9); k++) {
    const w = tokens[k]!;
    if (w.text === ',' || w.text === ';') return false;
    // ", which fell to the rebels": what falls to someone is a place.
    if ((w.lower === 'fell' || w.lower === 'fallen') && tokens[k + 1]?.lower === 'to') return true;
    if (PLACE_VERBS.has(w.lower) && w.text === w.lower && !['controls', 'controlling', 'fled', 'flee', 'fleeing', 'entered', 'enter', 'entering', 'reached', 'toward', 'towards'].includes(w.lower)) return true;
  }
  return false;
}

/** Two to four capitalised proper nouns whose first word is not an ordinary English word ("Tavo Merek", not "Rapid Support"). */
function looksLikePersonName(all: Token[]): boolean {
  // Particles and hyphens belong to names: "Bashar al-Assad", "Mohamed Ould Ghazouani".
  const words = all.filter((w) => !NAME_PARTICLES.has(w.lower) && w.text !== '-');
  if (words.length < 2 || words.length > 4 || words.some((w) => w.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(w.text))) return false;
  // An ordinary word may be a surname ("Vitel'Homme Innocent"), not a first name ("Rapid Support").
  return !isCommonWord(words[0]!.lower);
}

/**
 * A name coordinated with a typed one shares its type: "seized Ann and Taungup",
 * "Goma, Bukavu and Uvira". Only names with no vote of their own take it.
 */
export function voteFromNeighbours(ctx: DocContext, drafts: NameDraft[]): void {
  const tokens = ctx.analysis.tokens;
  const typeOf = (d: NameDraft): EntityType | undefined => {
    if (d.known) return d.kind === 'NAME' ? d.known.type : undefined;
    const best = Object.entries(d.votes).sort((a, b) => b[1] - a[1])[0];
    return best && best[1] >= 2 ? (best[0] as EntityType) : undefined;
  };
  for (let k = 1; k < drafts.length; k++) {
    const a = drafts[k - 1]!;
    const b = drafts[k]!;
    if (a.sentence !== b.sentence || b.start - a.end > 3 || b.start === a.end) continue;
    // "Ketavi, then Nandro", "Ketavi and later Nandro".
    const between = tokens.slice(a.end, b.start).map((t) => t.lower);
    if (!between.every((w, n) => w === 'and' || w === 'or' || w === ',' || (n > 0 && (w === 'then' || w === 'later' || w === 'nearby')))) continue;
    const ta = typeOf(a);
    const tb = typeOf(b);
    // (A weak guess of its own, "of Rosneft" as a place, gives way too.)
    const unsure = (d: NameDraft): boolean => Object.values(d.votes).every((v) => v < 1);
    if (ta && !tb && !b.known && unsure(b)) vote(b, ta, 1);
    if (tb && !ta && !a.known && unsure(a)) vote(a, tb, 1);
  }
}

/**
 * "When the Sons of the Valley first appeared ... Today the militia fields several thousand fighters":
 * a body named with "the" and typed by nothing else is the armed group a description in the next
 * sentences calls so, when no other name stands between.
 */
export function voteFromLaterDescription(ctx: DocContext, drafts: NameDraft[]): void {
  const { tokens, sentences } = ctx.analysis;
  drafts.forEach((d, k) => {
    if (d.known || d.end - d.start < 2 || tokens[d.start - 1]?.lower !== 'the' || Object.keys(d.votes).length > 0) return;
    // Places, and names typed by nothing, do not compete for the description ("in the hills above Karsk").
    let n = k + 1;
    const competes = (o: NameDraft): boolean => (o.known ? o.known.type !== 'PLACE' : Object.keys(o.votes).length > 0 && !(o.votes.PLACE ?? 0));
    while (drafts[n] && !competes(drafts[n]!)) n++;
    const next = drafts[n];
    const last = sentences[Math.min(sentences.length - 1, d.sentence + 2)]!.endToken;
    const stop = Math.min(last, next ? next.start : last);
    for (let i = d.end; i < stop - 1; i++) {
      if (tokens[i]!.lower === 'the' && GROUP_DESCRIPTIONS.has(tokens[i + 1]!.text)) {
        vote(d, 'ARMED_GROUP', 1);
        return;
      }
    }
  });
}

/** Jimmy "Barbecue" Cherizier -> Jimmy Cherizier: the words of a name outside its quoted nickname. */
function withoutNickname(words: Token[]): Token[] {
  let quoted = false;
  return words.filter((w) => {
    if (/^["“”]$/.test(w.text)) {
      quoted = !quoted;
      return false;
    }
    return !quoted;
  });
}

/**
 * "Calvera's government" where the gazetteer knows only a village called Calvera: a small listed
 * place that owns what states own is a state nobody listed. All its mentions lose the listing, so the
 * state cues (voteFromDemonym, voteFromStateOwner) can type them.
 */
export function unlistSmallStates(ctx: DocContext, drafts: NameDraft[]): void {
  const tokens = ctx.analysis.tokens;
  const states = new Set<string>();
  for (const d of drafts) {
    // (Regions with governments of their own, "Puntland's president", stay places.)
    if (d.known?.type !== 'PLACE' || d.end - d.start !== 1 || d.known.placeKind !== 'city' || (d.known.population ?? 0) >= SMALL_STATE_PLACE) continue;
    const mark = tokens[d.end]?.lower;
    const owned = tokens[d.end + 1];
    if ((mark === "'s" || mark === '’s') && owned && owned.text === owned.lower && OWNED_BY_STATES.has(owned.lower)) states.add(d.text);
  }
  if (states.size === 0) return;
  for (const d of drafts) {
    if (d.known?.type !== 'PLACE' || !states.has(d.text)) continue;
    d.known = undefined;
    d.candidates = undefined;
  }
}

/** People who are at a place when they are "at X", not at a firm: "16 fishermen at Kwatar Daban Masara". */
const PEOPLE_AT = new Set(['people', 'civilians', 'fishermen', 'villagers', 'worshippers', 'residents', 'farmers', 'herders', 'pilgrims', 'refugees', 'displaced', 'detainees', 'prisoners', 'inmates', 'children', 'women', 'men']);

/** Places below this population may be a state the gazetteer does not list under that name. */
const SMALL_STATE_PLACE = 50_000;

/**
 * A name nobody listed is a state when the text also uses a demonym made from it before a
 * state's own noun: "Kaldera" with "the Kalderan Armed Forces", "Tarsania" with "Tarsanian troops".
 */
export function voteFromDemonym(ctx: DocContext, drafts: NameDraft[]): void {
  // Each demonym form, the one name text it is made from ('' when two names make it), and that name's drafts.
  const forms = new Map<string, string>();
  const byText = new Map<string, NameDraft[]>();
  for (const d of drafts) {
    if (d.known || d.end - d.start !== 1 || d.text.length < 4) continue;
    const x = d.text;
    const same = byText.get(x);
    if (same) {
      same.push(d);
      continue;
    }
    byText.set(x, [d]);
    const stem = /[aeiou]$/.test(x) ? x.slice(0, -1) : x;
    for (const f of [x + 'n', x + 'an', x + 'ian', x + 'i', x + 'ese', stem + 'an', stem + 'ian', stem + 'ese', stem + 'i']) {
      if (f === x) continue; // "Kuki", "Thai": a demonym is not made from itself
      const was = forms.get(f);
      forms.set(f, was === undefined || was === x ? x : '');
    }
  }
  if (forms.size === 0) return;
  // "the Kalderan army", "Velmari forces": the demonym's own mentions stand for the name.
  for (const d of drafts) {
    const base = !d.known && d.end - d.start === 1 ? forms.get(d.text) : undefined;
    if (!base) continue;
    d.demonymOf = byText.get(base)![0];
    d.kind = 'NOMINAL';
  }
  const tokens = ctx.analysis.tokens;
  const seen = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const base = forms.get(tokens[i]!.text);
    // ("Kuki armed groups": only "Armed Forces" is a state's.)
    const next = tokens[i + 1]!;
    if (!base || seen.has(base) || !STATE_NOUNS.has(next.lower) || (next.lower === 'armed' && tokens[i + 2]?.lower !== 'forces')) continue;
    seen.add(base);
    for (const d of byText.get(base)!) vote(d, 'COUNTRY', 3);
  }
}

/**
 * "Orumbe's government", "Orumbe's army": a one-word name nobody listed is a state when it owns what
 * states own, unless it is the surname of a person the text names ("Assad's government").
 */
export function voteFromStateOwner(ctx: DocContext, drafts: NameDraft[]): void {
  const tokens = ctx.analysis.tokens;
  const owners = drafts.filter((d) => {
    if (d.known || d.end - d.start !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(d.text)) return false;
    const mark = tokens[d.end]?.lower;
    const owned = tokens[d.end + 1];
    // ("the Morvesh government": the name before the noun, after "the", owns it too.)
    const before = tokens[d.end]!;
    // (Not "the Parchin military site": the noun then describes another.)
    const after = tokens[d.end + 1];
    const modifier = tokens[d.start - 1]?.lower === 'the' && before !== undefined && before.text === before.lower && OWNED_BY_STATES.has(before.lower) && before.lower !== 'regime' && !(after?.pos === 'NOUN' && after.text === after.lower);
    return modifier || ((mark === "'s" || mark === '’s') && owned !== undefined && owned.text === owned.lower && OWNED_BY_STATES.has(owned.lower));
  });
  if (owners.length === 0) return;
  const surnames = new Set(drafts.filter((d) => d.personShape || (d.end - d.start >= 2 && d.known?.type === 'PERSON')).map((d) => tokens[d.end - 1]!.text));
  // (Owning an army outweighs a place preposition or two: "inside Vintmark", "Brennholt, Vintmark's capital".)
  for (const d of owners) if (!surnames.has(d.text)) vote(d, 'COUNTRY', 3);
}
