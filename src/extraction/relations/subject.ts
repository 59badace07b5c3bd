import type { Unit } from '../types.js';
import type { Token } from '../../core/types.js';
import { BE_FORMS, DENIAL_VERBS, FAILURE_VERBS, INTENT_VERBS } from '../lexicon/status.js';
import { timeBefore, timeWord } from './time.js';
import { ACTIVE_VERBS, JOIN_FORMS, NOUN_TRIGGERS, SENT_TEAMS, TIES } from '../lexicon/triggers.js';
import { verbLemma } from '../forms.js';
import { ARMED_MEMBER_NOUNS, ARMY_ADJECTIVES, INDIVIDUAL_ROLES, LED_FORMS, PARTNER_NOUNS, PERSON_TITLES, ROLE_NOUNS } from '../lexicon/names.js';
import type { Argument } from './candidate.js';
import { objectOf } from './object.js';
import { MEMBER_NOUNS, antecedentOf, coordinated, gluedModifier, isPlace, placeLike, possessiveAt, tok, unitAt, unitFrom, type SentenceView } from './view.js';

/** Words skipped between a subject and its verb: auxiliaries, adverbs, negation, "both". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'being', 'will', 'would', 'did', 'does', 'do', 'remain', 'remains', 'remained',
  'not', "n't", 'n’t', 'never', 'both', 'also', 'reportedly', 'allegedly', 'still', 'now', 'then', 'already',
  'repeatedly', 'openly', 'long', 'itself', 'themselves', 'had', 'quickly', 'swiftly', 'briefly', 'finally',
  'eventually', 'later', 'recently', 'previously', 'once', 'again', 'effectively', 'largely', 'fully', 'partly',
  'secretly', 'covertly', 'actively', 'directly', 'indirectly', 'continue', 'continues', 'continued', 'to', 'to',
  'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'just', 'even', 'all', 'jointly', 'together',
  'formally', 'officially', 'publicly', 'first', 'increasingly', 'heavily', 'tacitly', 'militarily', 'financially',
  'himself', 'herself', 'ourselves', 'yourself',
]);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that', 'whom']);
/** Members no state fields: "Haiti's gangs" are not Haiti's. */
const NON_STATE_MEMBERS = new Set([...ARMED_MEMBER_NOUNS].filter((w) => !['fighters', 'combatants', 'paramilitary', 'paramilitaries', 'militia', 'militias', 'militiamen'].includes(w)));
/** "accuses X of helping to arm Y": X arms Y. */
const HELPING = new Set(['helping', 'helped', 'help', 'helps']);
/** Verbs of coming whose purpose is their subject's: "SADC troops arrived to fight alongside". */
const ARRIVING = new Set(['arrived', 'arrives', 'arrive', 'came', 'comes', 'come']);
const OBJECT_PREPOSITIONS = new Set(['to', 'into', 'in', 'at', 'from', 'for', 'with', 'near']);
const ACCUSE = new Set(['accused', 'accuses', 'accuse', 'accusing', 'blamed', 'blames', 'charged', 'charges']);
export const QUOTES = /^[“”"‘’'«»]$/;


/** Subordinators after which a gerund takes the main clause's subject ("since seizing"). */
const SUBORDINATORS = new Set(['since', 'after', 'before', 'while', 'by', 'when', 'upon', 'despite', 'without']);
const BRIDGES = new Set(['keep', 'keeps', 'kept', 'keeping', 'began', 'begin', 'begins', 'begun', 'started', 'start', 'starts', 'stopped', 'resumed']);

/** Participles that give a body its mandate: "the committee established pursuant to resolution X". */
const MANDATE_PARTICIPLES = new Set(['established', 'created', 'set', 'formed', 'mandated', 'appointed', 'constituted']);

/** The body whose founding phrase (", established pursuant to ... concerning X") holds `unit`, if any. */
function foundedBody(view: SentenceView, unit: Unit): number | undefined {
  if (!['concerning', 'on', 'regarding', 'for', 'in'].includes(tok(view, unit.start - 1)?.lower ?? '')) return undefined;
  for (let k = unit.start - 2; k > unit.start - 16 && k > view.sentence.firstToken; k--) {
    const t = tok(view, k)!;
    if (t.pos === 'VERB' && !MANDATE_PARTICIPLES.has(t.lower)) return undefined;
    if (!MANDATE_PARTICIPLES.has(t.lower)) continue;
    const body = unitAt(view, k - 1);
    return body && body.end === k && view.entities.get(body.entities[0] ?? '')?.type === 'ORGANISATION' ? body.start : undefined;
  }
  return undefined;
}

/** Set phrases that stand between a subject and its verb like adverbs. */
const ADVERBIAL_PHRASES = [['in', 'addition'], ['in', 'turn'], ['for', 'its', 'part'], ['for', 'their', 'part'], ['at', 'the', 'same', 'time'], ['in', 'the', 'past'], ['since', 'then'], ['for', 'years'], ['for', 'decades'], ['over', 'the', 'years'], ['in', 'recent', 'years'], ['in', 'recent', 'months']];

const PHRASE_ENDS = new Set(ADVERBIAL_PHRASES.map((p) => p[p.length - 1]!));

/** The token before a set adverbial phrase (and its commas) ending at `j`, or undefined. */
function adverbialBefore(view: SentenceView, j: number): number | undefined {
  const comma = tok(view, j)?.text === ',';
  const end = comma ? j - 1 : j;
  if (!PHRASE_ENDS.has(tok(view, end)?.lower ?? '')) return undefined;
  for (const phrase of ADVERBIAL_PHRASES) {
    const start = end - phrase.length + 1;
    if (!phrase.every((w, k) => tok(view, start + k)?.lower === w)) continue;
    // ", in addition,": both commas, or none.
    if (comma !== (tok(view, start - 1)?.text === ',')) return undefined;
    return comma ? start - 2 : start - 1;
  }
  return undefined;
}

/**
 * The subject of the verb starting at token `i`: the mention right before it,
 * past auxiliaries and adverbs, member nouns ("M23 fighters"), an apposition
 * ("Bukavu, the capital of South Kivu, fell"), a relative pronoun (", which ..."),
 * a denial or failure verb ("denies backing") and coordinated verbs ("armed and
 * financed"). A verb coordinated with an earlier one ("pushed south and retook"),
 * or a gerund after "since" or "after", takes the earlier verb's subject.
 * Coordinated subjects are all returned.
 */
export function subjectOf(view: SentenceView, i: number, triggerForms: (lower: string) => boolean, depth = 0): Argument | undefined {
  const listed = depth === 0 ? sanctionedFor(view, i, triggerForms) : undefined;
  if (listed) return listed;
  const joined = depth === 0 ? joinedIn(view, i, triggerForms) : undefined;
  if (joined) return joined;
  // "who according to OFAC moved": the source cited is not the subject.
  let j = (accordingBefore(view, i) ?? i) - 1;
  let infinitive = false;
  let apposedNames = false; // "The two entities listed, A and B, supply": the names from the first on
  let adverbial: number | undefined;
  const companions: Unit[] = [];
  for (let guard = 0; guard < 12 && j >= view.sentence.firstToken; guard++) {
    const t = tok(view, j)!;
    // "China, which along with Russia remains the military's main arms supplier": both, the relative's antecedent first.
    const companion = unitAt(view, j);
    if (companion && companion.kind === 'NAME' && tok(view, companion.start - 1)?.lower === 'with' && ['along', 'together'].includes(tok(view, companion.start - 2)?.lower ?? '') && RELATIVE_PRONOUNS.has(tok(view, companion.start - 3)?.lower ?? '')) {
      companions.push(companion);
      j = companion.start - 3;
      break;
    }
    // "Malian troops backed by (mercenaries of) the Wagner Group took": the ones backed, not their backer.
    // (Not "fighters led by HTS", which are HTS's, nor "fighters recruited by Ankara", Ankara's.)
    if (unitAt(view, j)) {
      const backed = reducedPassiveBefore(view, j, BACKED_PARTICIPLES);
      if (backed === undefined) break;
      j = backed;
      continue;
    }
    if (t.lower === 'to') infinitive = true;
    const claim = t.lower === 'to' && tok(view, j + 1)?.lower === 'have' ? claimBefore(view, j) : undefined; // "claimed on its channel to have taken"
    if (t.lower === 'to' && sentTeam(view, j) !== undefined) j = sentTeam(view, j)!; // "had sent a team to investigate"
    else if (claim !== undefined) j = claim - 1;
    else if (t.lower === 'to' && rankedBefore(view, j) !== undefined) j = rankedBefore(view, j)!; // "Japan became the latest country to sanction"
    else if (t.lower === 'to' && decisionOwner(view, j) !== undefined) {
      // "the decision of the United States in May to designate", "Washington's decision to designate".
      j = decisionOwner(view, j)!;
      break;
    }
    else if (t.lower === 'to' && APT.has(tok(view, j - 1)?.lower ?? '') && BE_FORMS.has(tok(view, j - 2)?.lower ?? '')) j -= 3; // "Washington was right to restore"
    else if (BETWEEN_SUBJECT_AND_VERB.has(t.lower) || QUOTES.test(t.text) || (t.pos === 'ADV' && t.text === t.lower)) j--;
    else if ((adverbial = adverbialBefore(view, j)) !== undefined) j = adverbial; // "has in addition supplied", "has, for its part, sent"
    else if (t.lower === 'having' && tok(view, j - 1)?.lower === 'of') j--; // "accuse of having armed"
    else if (t.lower === 'having' && DENIAL_VERBS.has(tok(view, j - 1)?.lower ?? '')) j--; // "denies having supplied"
    else if (t.lower === 'by' && ['then', 'now'].includes(tok(view, j + 1)?.lower ?? '')) j--; // "had by then sanctioned"
    else if ((DENIAL_VERBS.has(t.lower) || FAILURE_VERBS.has(t.lower) || BRIDGES.has(t.lower)) && t.text === t.lower) j--;
    else if ((INTENT_VERBS.has(t.lower) || DECIDED.has(t.lower) || REPUTED.has(t.lower) || HELPING.has(t.lower) || ARRIVING.has(t.lower)) && t.text === t.lower && tok(view, j + 1)?.lower === 'to') j--; // "M23 threatened to seize", "the Council decided to impose", "Iran is believed to have supplied"
    else if ((t.lower === 'and' || (t.text === ',' && inList(view, j))) && tok(view, j - 1) && triggerForms(tok(view, j - 1)!.lower)) j -= 2; // "armed and financed", "armed, trained and financed"
    else if (t.lower === 'and' && j === i - 1 && unitAt(view, j - 2) && sameVerbForm(tok(view, j - 1)!, tok(view, i)!)) j -= 2; // "Algeria hosts and arms" (the tagger may call both nouns)
    else if (t.lower === 'of' && tok(view, j - 1)?.lower.startsWith('accus') && unitAt(view, pastAdverbs(view, j - 2))) {
      const accuser = unitAt(view, pastAdverbs(view, j - 2))!;
      let b = accuser.start - 1;
      if (tok(view, b)?.lower === 'the') b--;
      // "the Gambia under Yahya Jammeh, whose government Dakar long accused of sheltering": the state whose government it is.
      if (STATE_SELF_NOUNS.has(tok(view, b)?.lower ?? '') && tok(view, b - 1)?.lower === 'whose') {
        const ruler = unitAt(view, antecedentOf(view, b - 1));
        const state = ruler && tok(view, ruler.start - 1)?.lower === 'under' ? unitAt(view, ruler.start - 2) : ruler;
        if (!state || !['COUNTRY', 'ORGANISATION'].includes(view.entities.get(state.entities[0] ?? '')?.type ?? '')) return undefined;
        j = state.start;
        break;
      }
      // "Kenya, which the KPF accuses of backing": the name the relative pronoun stands for.
      if (RELATIVE_PRONOUNS.has(tok(view, b)?.lower ?? '')) {
        j = antecedentOf(view, b);
        if (!unitAt(view, j)) return undefined;
        break;
      }
      // "X, a former lawmaker it accuses of arming": the accused is the one the clause describes.
      const head = appositionHead(view, accuser.start - 1);
      if (head === undefined) return undefined;
      j = head;
      break;
    } else if (t.lower === 'of' && tok(view, j - 1)?.lower.startsWith('accus') && relativeBeforeAccuser(view, j - 2) !== undefined) {
      // "a former lawmaker whom Haitian prosecutors accuse of having armed": the one the relative pronoun stands for.
      j = antecedentOf(view, relativeBeforeAccuser(view, j - 2)!);
      if (!unitAt(view, j)) j = appositionHead(view, j) ?? j;
      break;
    } else if (t.lower === 'of' && (tok(view, j - 1)?.lower.startsWith('accus') || (tok(view, j - 1)?.lower === 'suspected' && (BE_FORMS.has(tok(view, j - 2)?.lower ?? '') || tok(view, j - 2)?.pos === 'ADV')))) {
      j -= 2; // "has been accused of backing", "is suspected of arming"
      // "Asia Sun Group, a fuel importer accused of supplying": the name the apposition describes.
      const described = !unitAt(view, j) && tok(view, j)?.pos === 'NOUN' && tok(view, j)!.text === tok(view, j)!.lower ? appositionHead(view, j) : undefined;
      if (described !== undefined) {
        j = described;
        break;
      }
    }
    else if (t.lower === 'of' && accusedByBefore(view, j) !== undefined) j = accusedByBefore(view, j)! - 1; // "is accused by Ethiopian officials of arming"
    else if (t.lower === 'of' && accusedBefore(view, j) !== undefined) {
      // "accused Iran and Hezbollah of supplying": every one accused.
      const accused = accusedBefore(view, j)!;
      return { units: coordinated(view, accused).units, start: accused.start };
    }
    else if (officeOf(view, j) !== undefined) j = officeOf(view, j)!; // "The ICC prosecutor's office is investigating"
    else if (unnamedPartnersFrom(view, j) !== undefined) j = unnamedPartnersFrom(view, j)!; // "Kenyan troops and allied militias recaptured"
    else if (t.lower === 'turn' && tok(view, j - 1)?.lower === 'in') j -= 2; // "have in turn begun to supply"
    else if (['on', 'ahead', 'forward'].includes(t.lower) && tok(view, j + 1)?.lower === 'to' && GOING_ON.has(tok(view, j - 1)?.lower ?? '')) j -= 2; // "pressed on to seize"
    else if (GOING_ON.has(t.lower) && ['on', 'ahead', 'forward'].includes(tok(view, j + 1)?.lower ?? '') && tok(view, j + 2)?.lower === 'to') j--; // ("ahead" read as an adverb first)
    else if (SAY.has(t.lower) && relativeBeforeReporters(view, j - 1) !== undefined) j = relativeBeforeReporters(view, j - 1)!; // "a firm that officials say has funnelled", "which UN experts say is backed by"
    else if (SAY.has(t.lower) && reducedRelative(view, j)) {
      // "X, a company it says has been supplying", "three businessmen it said were financing": the noun
      // the speaker describes, and the name it is apposed to (else no one named).
      const head = appositionHead(view, j - 2);
      if (head === undefined) return undefined;
      j = head;
      break;
    }
    else if (SAY.has(t.lower) && unitAt(view, j - 1) && relativeBeforeSpeaker(view, unitAt(view, j - 1)!) !== undefined) {
      // "Iran, which Washington says has supplied the Houthis", "which the UN says is backed by": the one the relative pronoun stands for.
      // (From the relative pronoun, as below: "a firm that Washington says supplied" is the firm's.)
      j = relativeBeforeSpeaker(view, unitAt(view, j - 1)!)!;
      break;
    }
    else if (t.lower === 'since' && ['has', 'have', 'had'].includes(tok(view, j - 1)?.lower ?? '')) j--; // "has since taken"
    else if (j === i - 1 && TIME_SPENT.has(t.lower) && /^spen[dt]s?$/.test(tok(view, j - 2)?.lower ?? '') && (tok(view, j - 1)?.pos === 'NUM' || ['several', 'many', 'two', 'three', 'years', 'months'].includes(tok(view, j - 1)?.lower ?? ''))) j -= 3; // "spent six years investigating"
    else if (t.text === ',' && parentheticalSource(view, j) !== undefined) j = parentheticalSource(view, j)! - 1; // "who, according to prosecutors, has protected"
    else if (t.text === ',' && parentheticalAdverbial(view, j) !== undefined) j = parentheticalAdverbial(view, j)! - 1; // "X, by contrast, remains"
    else if (t.text === ',' && appositionStart(view, j) !== undefined) j = appositionStart(view, j)! - 1;
    // "Mali's military government, which expelled French troops in 2022, has turned": past the
    // relative clause to what it describes, named or not.
    else if (t.text === ',' && relativeClauseOpening(view, j) !== undefined) j = relativeClauseOpening(view, j)! - 1;
    else if (t.text === ',' && namedApposition(view, j) !== undefined) {
      j = namedApposition(view, j)!;
      apposedNames = true;
      break;
    }
    else if (t.text === ',' && unitAt(view, j - 1) && includedBefore(view, j)) j--; // "Several factions, among them X and Y, are armed"
    else if (t.text === ')' && openingBracket(view, j) !== undefined) j = openingBracket(view, j)! - 1; // "The SAF (SAF) have"
    else if (timeBefore(view, j) > 0) j -= timeBefore(view, j); // "on Friday", "last week"
    else if (reducedPassiveBefore(view, j) !== undefined) j = reducedPassiveBefore(view, j)!; // "troops supported by air strikes had recaptured"
    // (Not a participle clause: "The EU acted on Monday, sanctioning M23" is the EU's.)
    else if (t.text === ',' && (timeBefore(view, j - 1) > 0 || tok(view, j - 1)?.lower === 'and') && !(j === i - 1 && tok(view, i)!.lower.endsWith('ing'))) j--; // "and, in April 2024, briefly captured"
    else break;
  }
  // "deployed troops to South Sudan to protect": the name after a preposition is no subject of the purpose.
  if (infinitive && unitAt(view, j) && OBJECT_PREPOSITIONS.has(tok(view, unitAt(view, j)!.start - 1)?.lower ?? '')) return undefined;
  // "Militants linked to al-Qaeda captured ...": the ones linked are not named, and ties are not membership.
  const tied = unitAt(view, j);
  if (tied) {
    const b = tok(view, tied.start - 1)?.lower === 'the' ? tied.start - 2 : tied.start - 1;
    if (['to', 'with'].includes(tok(view, b)?.lower ?? '') && TIES.has(tok(view, b - 1)?.lower ?? '')) return undefined;
  }
  // "the Tribal and Clan Forces of Sheikh Ibrahim al-Hafl overran": the leader's body, not the leader.
  const led = unitAt(view, j);
  if (led && PERSON_TITLES.has(tok(view, led.start - 1)?.lower ?? '') && tok(view, led.start - 2)?.lower === 'of' && unitAt(view, led.start - 3)) j = led.start - 3;
  // "Abu Sayyaf fighters led by Isnilon Hapilon joined": the ones led, not their leader (but
  // "Fighters led by HTS took", with no one named before, is HTS).
  const agent = unitAt(view, j);
  if (agent && tok(view, agent.start - 1)?.lower === 'by' && LED_FORMS.has(tok(view, agent.start - 2)?.lower ?? '')) {
    // ("Fighters of the X (SPLM-N) led by Y": the acronym in brackets.)
    const led = tok(view, agent.start - 3)?.text === ')' ? agent.start - 4 : agent.start - 3;
    // Only a name: "Syrian rebels led by HTS" are HTS's, not Syria's.
    const named = (u: Unit | undefined): boolean => u !== undefined && u.kind === 'NAME';
    if (named(unitAt(view, led)) || (MEMBER_NOUNS.has(tok(view, led)?.lower ?? '') && named(unitAt(view, led - 1)))) j = led;
    // ("Fighters loyal to the faction of the TPLF led by X took": ties, not the body's own fighters.)
    const ledStart = unitAt(view, led)?.start ?? led;
    const full = tok(view, ledStart - 1)?.text === '(' ? unitAt(view, ledStart - 2) : undefined;
    if (j === led && tiedBefore(view, full?.start ?? ledStart)) return undefined;
  }
  // "The UN Commission on Human Rights in South Sudan is investigating", "UN investigators in Goma
  // said": the place only locates the subject.
  const located = unitAt(view, j);
  if (located && placeLike(view, located) && tok(view, located.start - 1)?.lower === 'in') {
    const owner = unitAt(view, located.start - 2);
    const member = tok(view, located.start - 2);
    if (owner && !placeLike(view, owner)) j = located.start - 2;
    else if (member && member.text === member.lower && MEMBER_NOUNS.has(member.lower) && unitAt(view, located.start - 3)) j = located.start - 2;
  }
  // "The UN Human Rights Council's fact-finding mission on eastern Congo is examining": the mission's owner.
  if (located && placeLike(view, located)) j = ownerOfMissionOn(view, located) ?? j;
  // "the Security Council Committee established pursuant to resolution 2790 (2025) concerning Ondoria
  // designated": the body a founding participle describes, not the name inside its mandate.
  if (unitAt(view, j)) j = foundedBody(view, unitAt(view, j)!) ?? j;
  let t = tok(view, j);
  if (!t) return undefined;
  // "the Viv Ansanm coalition have taken", "the Viv Ansanm gang coalition": the group its own kind noun follows.
  if (!unitAt(view, j) && GROUP_KIND_NOUNS.has(t.lower) && t.text === t.lower) {
    let k = j - 1;
    while (k > j - 3 && !unitAt(view, k) && tok(view, k) && tok(view, k)!.text === tok(view, k)!.lower && (tok(view, k)!.pos === 'NOUN' || tok(view, k)!.pos === 'ADJ')) k--;
    if (unitAt(view, k)?.end === k + 1 && view.entities.get(unitAt(view, k)!.entities[0] ?? '')?.type === 'ARMED_GROUP') {
      j = k;
      t = tok(view, j)!;
    }
  }
  // "Tarabeel Aviation, whose cargo flights have delivered": the owner of what acts.
  const whose = whoseOwner(view, j);
  if (whose !== undefined) {
    j = whose;
    t = tok(view, j)!;
  }
  // "M23 fighters", "UN investigators", "the ICC prosecutor", "Congo's government".
  let members = 0;
  let described = false; // the subject is the name a relative clause's noun phrase describes
  // "M23 fighters"; after "whose" a capitalised office too ("the ICC, whose Prosecutor opened ...").
  // "SNA factions seized" (as an object, "two SNA factions, A and B," names the factions).
  while (t && !unitAt(view, j) && (MEMBER_NOUNS.has(t.lower) || t.lower === 'factions') && (t.text === t.lower || tok(view, j - 1)?.lower === 'whose') && members < 2) {
    j--;
    members++;
    t = tok(view, j);
    // "HTS-led rebels captured": the leading group's, as "rebels led by HTS" are.
    if (t?.lower === 'led' && tok(view, j - 1)?.text === '-' && unitAt(view, j - 2)?.kind === 'NAME') {
      j -= 2;
      t = tok(view, j);
      break;
    }
    // ("U.N. sanctions monitors": a noun between a body and its members; but "Libya sanctions committee" is about Libya.)
    const body = unitAt(view, j - 1);
    if (t && t.text === t.lower && t.pos === 'NOUN' && !MEMBER_NOUNS.has(t.lower) && body?.end === j && body.kind === 'NAME' && view.entities.get(body.entities[0] ?? '')?.type === 'ORGANISATION') {
      j--;
      t = tok(view, j);
      break;
    }
    // "A UN fact-finding mission": a hyphenated modifier between the owner and its members.
    const glue = tok(view, j - 1);
    if (t && t.text === t.lower && glue?.text === '-' && !glue.spaceBefore && !t.spaceBefore && tok(view, j - 2)?.text === tok(view, j - 2)?.lower && unitAt(view, j - 3)) {
      j -= 3;
      t = tok(view, j);
    }
    // "the Islamic State's central leadership", "the Security Council's 1267 committee": a modifier between the owner and its members.
    if (t && ((t.pos === 'ADJ' && t.text === t.lower) || t.pos === 'NUM') && possessiveAt(view, j - 1) && unitAt(view, j - 2)) {
      j--;
      t = tok(view, j);
    }
    if (t && (t.lower === "'s" || t.lower === '’s' || t.text === '’')) {
      // "Haiti's gangs", "Congo's rebels": a state's own insurgents are not its forces.
      const owner = unitAt(view, j - 1);
      if (owner && view.entities.get(owner.entities[0] ?? '')?.type === 'COUNTRY' && NON_STATE_MEMBERS.has(tok(view, j + 1)?.lower ?? '')) return undefined;
      // ("Kostan's government has received": the state he governs, which the name does not give.)
      if (owner && view.entities.get(owner.entities[0] ?? '')?.type === 'PERSON' && GOVERNMENT_NOUNS.has(tok(view, j + 1)?.lower ?? '')) return undefined;
      j--;
      t = tok(view, j);
    }
    // "Ethiopian federal forces took": an adjective of the force's name.
    if (t && ARMY_ADJECTIVES.has(t.lower) && unitAt(view, j - 1)) {
      j--;
      t = tok(view, j);
    }
    // "A U.N. panel of experts is investigating": the members of a body the name owns.
    if (t?.lower === 'of' && members === 1 && MEMBER_NOUNS.has(tok(view, j - 1)?.lower ?? '') && !unitAt(view, j - 1)) {
      j--;
      t = tok(view, j);
    }
  }
  // "The Security Council's sanctions committee": a noun between the owner's possessive and the members.
  if (members > 0 && t && !unitAt(view, j) && t.pos === 'NOUN' && t.text === t.lower && possessiveAt(view, j - 1) && unitAt(view, j - 2)) {
    j -= 2;
    t = tok(view, j);
  }
  if (t && t.lower === 'whose' && members > 0) {
    // "the STC, whose fighters took over Aden", "the Southern Transitional Council (STC), whose ...".
    j--;
    if (tok(view, j)?.text === ',') j--;
    if (tok(view, j)?.text === ')' && openingBracket(view, j) !== undefined) j = openingBracket(view, j)! - 1;
    // "Africa Corps, a force under the control of Russia's defence ministry, whose fighters": the name the apposition describes.
    j = describedName(view, j) ?? describedByNoun(view, j) ?? j;
  } else if (t && RELATIVE_PRONOUNS.has(t.lower) && members === 0) {
    j--;
    // "X, a financier whom OFAC designated in 2021 and who has funneled": the first relative's antecedent.
    if (tok(view, j)?.lower === 'and') {
      for (let r = j - 1; r > j - 16 && r > view.sentence.firstToken; r--) {
        if (RELATIVE_PRONOUNS.has(tok(view, r)!.lower) || tok(view, r)!.lower === 'whom') {
          j = r - 1;
          break;
        }
      }
    }
    // "an Iran-based financier whom ...", "a Haitian shipping firm that ..." (the tagger may take "firm" for an adverb).
    const head = tok(view, j);
    // "X, a leader of the Canaan gang who ... has supplied": "who" is the leader, not the gang.
    if (t.lower === 'who' && head && GROUP_KIND_NOUNS.has(head.lower) && unitAt(view, j - 1)) {
      const group = unitAt(view, j - 1)!;
      let r = group.start - 1;
      if (tok(view, r)?.lower === 'the') r--;
      // (When the leader's name cannot be found, no one: never the gang.)
      if (tok(view, r)?.lower === 'of' && ROLE_NOUNS.has(tok(view, r - 1)?.lower ?? '')) j = appositionHead(view, r - 1) ?? view.sentence.firstToken - 1;
    }
    else if (!unitAt(view, j) && head && (head.pos === 'NOUN' || (head.pos === 'ADV' && /^\p{Ll}+$/u.test(head.text)))) {
      j = appositionHead(view, j) ?? j;
      // ("A and B, two money changers who ...": a plural description is of every name in the list.)
      described = !(/[^s]s$/.test(head.lower) && head.pos === 'NOUN');
    }
    if (tok(view, j)?.text === ',') {
      j--;
      // "It was Castellan's men, not Kessarian soldiers, who retook": the ones contrasted are not the antecedent.
      for (let k = j; k >= j - 6 && tok(view, k) && tok(view, k)!.text !== ','; k--) {
        if (tok(view, k)!.lower === 'not' && tok(view, k - 1)?.text === ',') {
          j = k - 2;
          break;
        }
      }
      // "the National Commission of Inquiry established by the transitional authorities, which has been
      // investigating": the body created, not its creator.
      j = createdBefore(view, j) ?? j;
      // "X, the leader of Viv Ansanm, who is": "who" is the leader, named before the apposition.
      const body = t.lower === 'who' ? unitAt(view, j) : undefined;
      const of = body ? (tok(view, body.start - 1)?.lower === 'the' ? body.start - 2 : body.start - 1) : -1;
      if (body && body.end === j + 1 && tok(view, of)?.lower === 'of' && ROLE_NOUNS.has(tok(view, of - 1)?.lower ?? '')) j = appositionHead(view, of - 1) ?? j;
      // "the Kachin Independence Army (KIA), which took": the name before the brackets.
      if (tok(view, j)?.text === ')' && openingBracket(view, j) !== undefined) j = openingBracket(view, j)! - 1;
      // "Wazalendo militias, which fight alongside": the group its members stand for.
      // ("the Imbonerakure, the youth league of the ruling X party, which": the league's, named before.)
      if (!unitAt(view, j) && MEMBER_NOUNS.has(tok(view, j)?.text ?? '') && unitAt(view, j - 1)) {
        const outer = ofPhraseHead(view, unitAt(view, j - 1)!.start);
        j = outer ?? j - 1;
        if (outer !== undefined) described = true;
      }
      // "Mali's junta, which is supported by": the owner its ruling body or members stand for.
      else if (!unitAt(view, j) && MEMBER_NOUNS.has(tok(view, j)?.text ?? '') && possessiveAt(view, j - 1) && unitAt(view, j - 2)) j -= 2;
      // "X, a company controlled by the Dagalo family, which has financed": back over the apposition.
      else if (!unitAt(view, j) || tok(view, unitAt(view, j)!.end)?.pos === 'NOUN') j = appositionHead(view, j) ?? j;
      else j = placeOwner(view, j) ?? j; // "X, a company in Sharjah, United Arab Emirates, that shipped"
    } else if (!unitAt(view, j) && MEMBER_NOUNS.has(tok(view, j)?.text ?? '') && unitAt(view, j - 1)) j--; // "the Wazalendo militias that fight"
    else if (!unitAt(view, j)) j = appositionHead(view, j) ?? j; // "Fano, a loose network of militias that fought"
    else {
      // "a company registered in the UAE that has bought": the clause belongs to the company, not the UAE;
      // "a force controlled by Russia's defence ministry that already backs": to the force.
      let b = unitAt(view, j)!.start - 1;
      if ((tok(view, b)?.lower === "'s" || tok(view, b)?.lower === '’s') && unitAt(view, b - 1)) b = unitAt(view, b - 1)!.start - 1;
      // "a company in Sharjah, United Arab Emirates, that shipped": past the place's own apposition.
      if (tok(view, b)?.text === ',' && unitAt(view, b - 1)) b = unitAt(view, b - 1)!.start - 1;
      if (tok(view, b)?.pos === 'DET') b--;
      if (tok(view, b)?.pos === 'ADP') j = appositionHead(view, b) ?? j;
    }
  } else if (t && !unitAt(view, j) && ['NOUN', 'ADJ'].includes(t.pos) && t.text === t.lower && POSSESSIVE_PRONOUNS.has(tok(view, j - 1)?.lower ?? '')) {
    j--; // "its offensive was supported by": the owner of the thing
  } else if (t && !unitAt(view, j) && OFFENSIVE_NOUNS.has(t.lower)) {
    // "Their 2021 offensive took X", "The army's counter-offensive retook X": the offensive's owner.
    let k = j - 1;
    while (tok(view, k) && !unitAt(view, k) && (tok(view, k)!.pos === 'NUM' || tok(view, k)!.pos === 'ADJ' || tok(view, k)!.text === '-' || OFFENSIVE_NOUNS.has(tok(view, k)!.lower))) k--;
    if (possessiveAt(view, k) && unitAt(view, k - 1)) j = k - 1;
    else if (unitAt(view, k)?.kind === 'PRONOUN' && POSSESSIVE_PRONOUNS.has(tok(view, k)!.lower)) j = k;
    // "A Taliban offensive pushed the group out": a name modifying the offensive.
    else if (unitAt(view, k)?.kind === 'NAME' && unitAt(view, k)!.end === k + 1 && ['a', 'an', 'the'].includes(tok(view, unitAt(view, k)!.start - 1)?.lower ?? '')) j = k;
  }
  // "Abu Sayyaf fighters joined the Maute group in seizing Marawi": both do it.
  if (depth === 0 && t?.lower === 'in' && tok(view, i)!.lower.endsWith('ing')) {
    const partners = partnersBefore(view, j, triggerForms);
    if (partners) return partners;
  }
  const unit = unitAt(view, j);
  if (unit) {
    // The phrase starts at its first conjunct: "asked [the United States and Canada] to designate".
    // ("X, who ..., and Y, a money changer who has transferred": only the one the clause describes.)
    const units = described ? [unit] : [...coordinatedLeft(view, unit), ...(apposedNames ? coordinated(view, unit).units.slice(1) : [])];
    return { units: [...units, ...companions], start: units[0]!.start };
  }
  // "... and retook the city", "since seizing the district": the subject of the clause's earlier verb.
  const joint = tok(view, j);
  // "After capturing X, the group advanced", "Having seized X, the rebels turned south": the main clause's subject.
  const fronted = joint !== undefined && j === view.sentence.firstToken && (joint.lower === 'having' || (SUBORDINATORS.has(joint.lower) && tok(view, i)!.lower.endsWith('ing')));
  if (depth === 0 && fronted) return subjectAfterComma(view, i);
  // "The X Front, having captured Ketavi, moved on": the name before the participle clause.
  const apposed = joint?.lower === 'having' && tok(view, j - 1)?.text === ',' ? unitAt(view, j - 2) : undefined;
  if (apposed) {
    const units = coordinatedLeft(view, apposed);
    return { units, start: units[0]!.start };
  }
  // "Hezbollah units, fighting alongside the Syrian army, recaptured": a participle clause right after the name.
  if (joint?.text === ',' && j === i - 1 && tok(view, i)!.lower.endsWith('ing') && tok(view, i)!.pos === 'VERB') {
    const named = unitAt(view, j - 1) ?? (MEMBER_NOUNS.has(tok(view, j - 1)?.lower ?? '') && tok(view, j - 1)!.text === tok(view, j - 1)!.lower ? unitAt(view, j - 2) : undefined);
    const closes = named && view.tokens.slice(i + 1, Math.min(i + 12, view.sentence.endToken)).some((w) => w.text === ',');
    if (named && closes) return { units: [named], start: named.start };
  }
  const gerund = tok(view, i)!.lower.endsWith('ing') && joint !== undefined && (SUBORDINATORS.has(joint.lower) || joint.text === ',' || spentTime(view, j));
  // ("pushed them out and then advanced, occupying Gori": a gerund after a verb joined to an earlier one.)
  if ((depth === 0 || (depth === 1 && joint?.lower === 'and')) && joint && (joint.lower === 'and' || gerund)) {
    const verb = earlierVerb(view, j);
    // "Sudan accused the UAE of complicity by arming the RSF": the accused does it, not the accuser.
    if (verb !== undefined && gerund && ACCUSE.has(tok(view, verb)!.lower)) return objectOf(view, verb + 1);
    if (verb !== undefined) return subjectOf(view, verb, triggerForms, depth + 1);
  }
  return undefined;
}

/**
 * The comma at `j` separates verbs of a list ("armed, trained and financed"): the verb after it is
 * followed by another conjunct. Not ", which Iran arms, took": that comma closes a relative clause.
 */
function inList(view: SentenceView, j: number): boolean {
  const next = tok(view, j + 2);
  return next !== undefined && (next.lower === 'and' || next.lower === 'or' || next.text === ',');
}

/** The comma opening ", which ..." (or ", who ...") that the comma at `j` closes, within a short stretch. */
function relativeClauseOpening(view: SentenceView, j: number): number | undefined {
  let reach = j - 20;
  for (let k = j - 2; k > reach && k > view.sentence.firstToken; k--) {
    const t = tok(view, k)!;
    if (t.text === ';' || t.text === ':') return undefined;
    if (t.text !== ',') continue;
    // (", which imposed a ban on the movement's leader, Jonas Katemo, last year,": past a person
    // apposed to an owned role inside.)
    const apposed = unitAt(view, k + 1);
    if (apposed?.start === k + 1 && tok(view, apposed.end)?.text === ',' && tok(view, k - 1)?.pos === 'NOUN' && possessiveAt(view, k - 2)) {
      reach = Math.max(view.sentence.firstToken, reach - (apposed.end - k + 1));
      continue;
    }
    return ['which', 'who', 'whose'].includes(tok(view, k + 1)?.lower ?? '') ? k : undefined;
  }
  return undefined;
}

/** "pressed on to seize", "went on to capture": the advance goes on to the act. */
const GOING_ON = new Set(['pressed', 'pushed', 'went', 'moved', 'pressing', 'pushing', 'going', 'moving', 'press', 'push', 'go', 'move', 'presses', 'pushes', 'goes', 'moves']);
const GROUP_KIND_NOUNS = new Set(['coalition', 'alliance', 'group', 'movement', 'gang', 'militia', 'network', 'faction', 'cartel']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
const PARTICLES = new Set(['up', 'out', 'off', 'down']);
const OFFENSIVE_NOUNS = new Set(['offensive', 'counter-offensive', 'counteroffensive', 'advance', 'assault', 'push', 'campaign', 'operation', 'onslaught', 'blitz']);

/** The subject opening the main clause after a fronted participle clause's comma. */
function subjectAfterComma(view: SentenceView, i: number): Argument | undefined {
  for (let k = i + 1; k < view.sentence.endToken && k < i + 16; k++) {
    if (tok(view, k)!.text !== ',') continue;
    const main = unitFrom(view, k + 1, 2);
    return main ? { units: coordinated(view, main).units, start: main.start } : undefined;
  }
  return undefined;
}

/** "accused by Ethiopian officials of": the index of "accused" before its agent, ending at the "of" at `j`. */
function accusedByBefore(view: SentenceView, j: number): number | undefined {
  for (let k = j - 1; k > j - 7 && k > view.sentence.firstToken; k--) {
    const w = tok(view, k)!;
    if (w.lower === 'by') {
      if (!tok(view, k - 1)?.lower.startsWith('accus')) return undefined;
      if (BE_FORMS.has(tok(view, k - 2)?.lower ?? '')) return k - 1;
      // "Eritrea, accused by Kenya of backing": the participle apposed to the name.
      return tok(view, k - 2)?.text === ',' && unitAt(view, k - 3) ? k - 2 : undefined;
    }
    if (w.text === ',' || (w.pos === 'VERB' && w.text === w.lower)) return undefined;
  }
  return undefined;
}


/** Decisions that are the act itself: "the Council today decided to impose restrictive measures". */
const DECIDED = new Set(['decided', 'decides', 'agreed', 'agrees', 'voted', 'votes', 'resolved', 'moved']);

/** "X is believed to have ...": the subject of the report is the subject of the act. */
const REPUTED = new Set(['believed', 'thought', 'said', 'reported', 'alleged', 'understood', 'known', 'suspected', 'rumoured', 'rumored', 'claimed', 'claims', 'claim', 'claiming']);
const CLAIMING = new Set(['claimed', 'claims', 'claim', 'claiming', 'said', 'says']);

/** "JNIM claimed on its Telegram channel to have taken": the claim verb before a short phrase and "to". */
function claimBefore(view: SentenceView, to: number): number | undefined {
  for (let k = to - 1; k > to - 8 && tok(view, k); k--) {
    const w = tok(view, k)!;
    if (CLAIMING.has(w.lower)) return k;
    if (w.text === ',' || w.text === ';' || (w.pos === 'VERB' && w.text === w.lower)) return undefined;
  }
  return undefined;
}

const SAY = new Set(['say', 'says', 'said', 'believe', 'believes', 'allege', 'alleges', 'claim', 'claims']);
const REPORTERS = new Set(['officials', 'analysts', 'experts', 'diplomats', 'investigators', 'critics', 'residents', 'activists', 'prosecutors', 'researchers', 'witnesses', 'sources', 'they', 'observers']);

const SPEND = new Set(['spent', 'spend', 'spends', 'spending']);
// (And money spent: "had spent billions of dollars propping up Assad".)
const TIME_SPANS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'days', 'decade', 'decades', 'time', 'dollars', 'billions', 'millions', 'money']);

/** "spent more than a year investigating": the gerund takes the spender as subject. */
function spentTime(view: SentenceView, j: number): boolean {
  if (!TIME_SPANS.has(tok(view, j)?.lower ?? '')) return false;
  for (let k = j - 1; k > j - 6; k--) if (SPEND.has(tok(view, k)?.lower ?? '')) return true;
  return false;
}


const PARTNER_VERBS = new Set(['join', 'joins', 'joined', 'joining', 'follow', 'follows', 'followed', 'following']);

/** "A joined B in" / "A followed B in" ending at the "in" at `j`: A and B. */
function partnersBefore(view: SentenceView, j: number, triggerForms: (lower: string) => boolean): Argument | undefined {
  let b = j - 1;
  if (!unitAt(view, b) && MEMBER_NOUNS.has(tok(view, b)?.lower ?? '')) b--; // "joined Maute fighters in"
  const partner = unitAt(view, b);
  if (!partner) return undefined;
  let v = partner.start - 1;
  if (tok(view, v)?.lower === 'the') v--;
  if (!PARTNER_VERBS.has(tok(view, v)?.lower ?? '')) return undefined;
  const subject = subjectOf(view, v, triggerForms, 1);
  return subject ? { units: [...subject.units, partner], start: subject.start } : undefined;
}

/**
 * A relative pronoun opens the stretch between `k` and `j` (verbs inside a relative clause are
 * fine): ", which sees ...", or inside an apposition, ", a coalition that Turkey has armed,".
 */
function relativeAhead(view: SentenceView, k: number, j: number): boolean {
  for (let m = k - 1; m > k - 12 && m > view.sentence.firstToken; m--) {
    const w = tok(view, m)!;
    if (w.text === ',' && verbListComma(view, m)) continue;
    if (w.text === ',') return ['which', 'who'].includes(tok(view, m + 1)?.lower ?? '') && m < j;
    // ("a militia that the army arms": the tagger may read a relative "that" after its noun as a determiner.)
    if (RELATIVE_PRONOUNS.has(w.text) && (w.pos !== 'DET' || (tok(view, m - 1)?.pos === 'NOUN' && tok(view, m - 1)!.text === tok(view, m - 1)!.lower))) return true;
  }
  return false;
}

/** "whom Haitian prosecutors accuse": the relative pronoun's index, past an unnamed accuser. */
function relativeBeforeAccuser(view: SentenceView, k: number): number | undefined {
  for (let m = k; m > k - 3 && tok(view, m); m--) {
    const w = tok(view, m)!;
    if (w.lower === 'whom' || w.lower === 'who') return m;
    // "Haitian prosecutors": a demonym may describe the accusers.
    if ((unitAt(view, m) && unitAt(view, m)!.kind !== 'NOMINAL') || !(w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'PROPN')) return undefined;
  }
  return undefined;
}

/** "accused Eritrea of arming", "accuses Dravonia of arming ... and of letting": the accused, before "of". */
function accusedBefore(view: SentenceView, of: number): Unit | undefined {
  // ("accused Ansaru, a faction that broke away from Boko Haram in 2012, of supplying": past a long apposition.)
  for (let k = of - 1; k > of - 24 && k > view.sentence.firstToken; k--) {
    const w = tok(view, k)!;
    if (w.lower === 'of' && k !== of) continue;
    const u = unitAt(view, k);
    let b = u ? u.start - 1 : k;
    // "accused the rival Patriotic Union of Kurdistan": past the article and adjectives.
    while (tok(view, b)?.lower === 'the' || (u && tok(view, b)?.pos === 'ADJ' && tok(view, b)!.text === tok(view, b)!.lower)) b--;
    // "accused Libya's Khalifa Haftar of ...": past a possessor.
    if ((tok(view, b)?.lower === "'s" || tok(view, b)?.lower === '’s') && unitAt(view, b - 1)) b = unitAt(view, b - 1)!.start - 1;
    // "accused the Tripoli-based Government of National Unity of ...": the place only describes the accused.
    const described = u && gluedModifier(view, u) ? unitAt(view, u.end + 2) : undefined;
    if (u && ACCUSE.has(tok(view, b)?.lower ?? '')) return described ?? ownedApposed(view, u, of) ?? u;
    if (u && (tok(view, u.start - 1)?.lower === 'neighbouring' || tok(view, u.start - 1)?.lower === 'neighboring') && ACCUSE.has(tok(view, u.start - 2)?.lower ?? '')) return u;
    // "accused the military rulers of neighbouring Niger of": the state its rulers stand for.
    if (u && u.end <= of) {
      let r = ['neighbouring', 'neighboring'].includes(tok(view, u.start - 1)?.lower ?? '') ? u.start - 2 : u.start - 1;
      if (tok(view, r)?.lower === 'of' && RULER_NOUNS.has(tok(view, r - 1)?.lower ?? '')) {
        r -= 2;
        while (tok(view, r)?.pos === 'ADJ' && tok(view, r)!.text === tok(view, r)!.lower) r--;
        if (tok(view, r)?.lower === 'the') r--;
        if (ACCUSE.has(tok(view, r)?.lower ?? '') && view.entities.get(u.entities[0] ?? '')?.type === 'COUNTRY') return u;
      }
    }
    if (w.text === ';' || w.text === '.') return undefined;
  }
  return undefined;
}

/** "Dakar long accused": back from `k` over adverbs. */
function pastAdverbs(view: SentenceView, k: number): number {
  // (The tagger reads "long" in "Dakar long accused" as an adjective.)
  while ((tok(view, k)?.pos === 'ADV' || tok(view, k)?.text === 'long') && tok(view, k)!.text === tok(view, k)!.lower) k--;
  return k;
}
/** Adjectives between a copula and an infinitive whose subject acts: "was right to restore", "is quick to sanction". */
const APT = new Set(['right', 'wrong', 'able', 'quick', 'keen', 'eager', 'willing', 'ready', 'due']);
const STATE_SELF_NOUNS = new Set(['government', 'regime', 'administration', 'junta', 'authorities']);
/** Those who rule a state: "the military rulers of Niger". */
const RULER_NOUNS = new Set([...STATE_SELF_NOUNS, 'rulers', 'leaders', 'leadership', 'government']);

/** "accused Pakistan's military intelligence agency, the ISI, of": the name apposed to the owned noun, right before `of`. */
function ownedApposed(view: SentenceView, owner: Unit, of: number): Unit | undefined {
  // (Or a body named so, "Pakistan's military intelligence agency", then its apposed name.)
  let k = owner.end;
  if (possessiveAt(view, owner.end)) {
    k = owner.end + 1;
    while (k < owner.end + 6 && tok(view, k) && tok(view, k)!.text === tok(view, k)!.lower && ['NOUN', 'ADJ'].includes(tok(view, k)!.pos)) k++;
    if (k === owner.end + 1) return undefined;
  }
  if (tok(view, k)?.text !== ',') return undefined;
  if (tok(view, k + 1)?.lower === 'the') k++;
  const named = unitAt(view, k + 1);
  return named && named.start === k + 1 && tok(view, named.end)?.text === ',' && named.end + 1 === of ? named : undefined;
}

/** Words of a count before a plural: "several hundred gunmen". */
const COUNT_WORDS = new Set(['several', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozens', 'some', 'many']);

/** Participles whose agent helps the one they describe, who stays a party of its own. */
const BACKED_PARTICIPLES = new Set(['backed', 'supported', 'aided', 'assisted', 'armed', 'funded', 'financed', 'trained', 'equipped']);

/**
 * "troops supported by air strikes": back from the noun at `j` over "<participle> by <nouns>" to the
 * name before it (with `only`, for those participles alone).
 */
function reducedPassiveBefore(view: SentenceView, j: number, only?: ReadonlySet<string>): number | undefined {
  for (let k = j; k > j - 7 && k > view.sentence.firstToken; k--) {
    const t = tok(view, k)!;
    // ("backed by US air strikes": a name inside the agent's phrase.)
    const inside = unitAt(view, k);
    if (inside && inside.start > j - 7) {
      k = inside.start;
      continue;
    }
    if (t.lower === 'by') {
      const participle = tok(view, k - 1);
      // ("Iraqi forces backed by": the members of a named state or group.)
      const members = MEMBER_NOUNS.has(tok(view, k - 2)?.lower ?? '') && unitAt(view, k - 3)?.end === k - 2;
      const named = members ? unitAt(view, k - 3) : unitAt(view, k - 2);
      const end = members ? k - 2 : k - 1;
      const passive = k < j && participle !== undefined && participle.pos === 'VERB' && /(?:ed|en)$/.test(participle.lower) && (!only || only.has(participle.lower));
      // ("Government forces supported by Wagner fighters": members nobody named, whom no backer stands for.)
      if (passive && !named && MEMBER_NOUNS.has(tok(view, k - 2)?.lower ?? '') && tok(view, k - 2)!.text === tok(view, k - 2)!.lower) return k - 2;
      return passive && named && named.end === end ? end - 1 : undefined;
    }
    // ("backed by Russian mercenaries of the Wagner Group": the members' group.)
    if (t.text !== t.lower || !(['NOUN', 'ADJ', 'DET', 'NUM'].includes(t.pos) || t.lower === 'of')) return undefined;
  }
  return undefined;
}

/** "sent a team to investigate": the index before the sending verb, whose subject sends and so acts. */
function sentTeam(view: SentenceView, to: number): number | undefined {
  let k = to - 1;
  // "send a team to Baruten to look into": past where the team goes.
  const place = unitAt(view, k);
  if (place && place.end === to && tok(view, place.start - 1)?.lower === 'to') k = place.start - 2;
  else if (place && place.end === to && tok(view, place.start - 1)?.lower === 'the' && tok(view, place.start - 2)?.lower === 'to') k = place.start - 3;
  if (!SENT_TEAMS.has(tok(view, k)?.lower ?? '')) return undefined;
  k--;
  // "an independent international fact-finding mission": determiners and modifiers.
  // ("an independent international commission of inquiry".)
  for (let n = 0; n < 7 && tok(view, k) && !unitAt(view, k) && (['a', 'an', 'its', 'their', 'own', 'of'].includes(tok(view, k)!.lower) || (tok(view, k)!.text === tok(view, k)!.lower && (['ADJ', 'NOUN', 'PUNCT'].includes(tok(view, k)!.pos) || tok(view, k - 1)?.text === '-') && tok(view, k)!.text !== ',')); n++) k--;
  if (tok(view, k)?.lower === 'up' && tok(view, k - 1)?.lower === 'set') k--;
  return SENT.has(tok(view, k)?.lower ?? '') ? k - 1 : undefined;
}
const SENT = new Set(['sent', 'send', 'sends', 'sending', 'dispatched', 'dispatch', 'deployed', 'deploy', 'formed', 'set', 'appointed', 'established', 'establish', 'created', 'create', 'launched', 'mandated']);

/** "among them" or "including" opens the names that end at the comma `j`. */
function includedBefore(view: SentenceView, j: number): boolean {
  for (let k = j - 1; k > j - 10 && k > view.sentence.firstToken; k--) {
    const w = tok(view, k)!.lower;
    if (w === 'including' || (w === 'them' && tok(view, k - 1)?.lower === 'among')) return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}

/** Back from `j` over an apposition's noun phrase ("a loose network of Amhara militias") to the name before its comma. */
export function appositionHead(view: SentenceView, j: number): number | undefined {
  let k = j;
  for (let n = 0; n < 10 && tok(view, k); n++, k--) {
    const w = tok(view, k)!;
    if (w.text === ',') {
      // "Jimmy Chérizier, alias "Barbecue", the leader of": past the alias to the name.
      const alias = aliasBefore(view, k);
      if (alias !== undefined) k = alias;
      // "the Movement for the Salvation of Azawad (MSA), a militia": the name before its bracketed acronym.
      const named = tok(view, k - 1)?.text === ')' && tok(view, k - 3)?.text === '(' && unitAt(view, k - 2) ? k - 4 : k - 1;
      // ("the Mbuli militia, a force armed by": the name before its kind noun.)
      if (!unitAt(view, named) && GROUP_KIND_NOUNS.has(tok(view, named)?.lower ?? '') && tok(view, named)!.text === tok(view, named)!.lower && unitAt(view, named - 1)) return named - 1;
      return unitAt(view, named) ? named : undefined;
    }
    const participle = w.pos === 'VERB' && /(?:ed|en|ing)$/.test(w.lower); // "a company controlled by the family", "a shipping firm"
    const glue = w.text === '-' && !w.spaceBefore; // "a Yemen-based group"
    const ok = unitAt(view, k) !== undefined || (w.text === w.lower && ['NOUN', 'ADJ', 'DET', 'NUM'].includes(w.pos)) || ['of', 'by', 'in', 'from'].includes(w.lower) || participle || w.pos === 'PROPN' || glue || (w.pos === 'ADV' && w.text === w.lower); // "an umbrella of mostly Shi'ite militias"
    if (!ok) return undefined;
  }
  return undefined;
}

/** Ending at the comma `k`, ", alias "Barbecue"," or ", known as X,": the comma that opens it. */
function aliasBefore(view: SentenceView, k: number): number | undefined {
  for (let m = k - 1; m > k - 8 && tok(view, m); m--) {
    if (tok(view, m)!.text !== ',') continue;
    const w = tok(view, m + 1)?.lower;
    return w === 'alias' || (w === 'known' && tok(view, m + 2)?.lower === 'as') || w === 'aka' ? m : undefined;
  }
  return undefined;
}

/**
 * "a company in Sharjah, United Arab Emirates," ending at the place unit at `j`: the index of the name
 * the located phrase describes, when the places follow a preposition inside an apposition.
 */
function placeOwner(view: SentenceView, j: number): number | undefined {
  let unit = unitAt(view, j)!;
  if (!placeLike(view, unit)) return undefined;
  while (tok(view, unit.start - 1)?.text === ',' && unitAt(view, unit.start - 2) && placeLike(view, unitAt(view, unit.start - 2)!)) unit = unitAt(view, unit.start - 2)!;
  const b = unit.start - 1;
  return tok(view, b)?.pos === 'ADP' ? appositionHead(view, b) : undefined;
}

function openingBracket(view: SentenceView, j: number): number | undefined {
  for (let k = j - 1; k > j - 6 && k >= view.sentence.firstToken; k--) if (tok(view, k)!.text === '(') return k;
  return undefined;
}

/** The finite verb before token `j` in the same sentence, if any. */
export function earlierVerbOf(view: SentenceView, j: number): number | undefined {
  return earlierVerb(view, j);
}

/** "hosts and arms", "sheltered and armed": a lower-case word of the verb's own inflection before "and". */
function sameVerbForm(before: Token, verb: Token): boolean {
  if (before.text !== before.lower || before.pos === 'ADJ' || before.pos === 'ADP' || before.pos === 'DET') return false;
  const suffix = ['ing', 'ed', 's'].find((x) => verb.lower.endsWith(x));
  return suffix !== undefined && before.lower.endsWith(suffix) && !before.lower.endsWith('ss');
}

/** The comma before ", (six weeks) after the army pushed" when the verb at `k` is in such a clause. */
function subordinateOpening(view: SentenceView, k: number): number | undefined {
  for (let m = k - 1; m > k - 8 && m > view.sentence.firstToken; m--) {
    const w = tok(view, m)!;
    if (w.text === ',') return undefined;
    if (!SUBORDINATORS.has(w.lower)) continue;
    let c = m - 1;
    while (c > m - 4 && tok(view, c) && tok(view, c)!.text !== ',' && (tok(view, c)!.pos === 'NUM' || timeWord(view, c) || ['shortly', 'soon', 'just', 'a'].includes(tok(view, c)!.lower))) c--;
    return tok(view, c)?.text === ',' ? c : undefined;
  }
  return undefined;
}

function earlierVerb(view: SentenceView, j: number): number | undefined {
  for (let k = j - 1; k > view.sentence.firstToken; k--) {
    const t = tok(view, k)!;
    if (t.text === ';' || t.lower === 'but') return undefined;
    // ("accuses Algeria of arming the FLA and giving": the tagger may read a gerund after "of" as a noun.)
    const gerund = t.lower.endsWith('ing') && tok(view, k - 1)?.lower === 'of';
    // ("has paid gangs to guard his warehouses and supplied them": a finite verb joins a finite one, past the infinitive.)
    if (tok(view, k - 1)?.lower === 'to' && t.pos === 'VERB' && /(?:ed|s)$/.test(tok(view, j + 1)?.lower ?? '')) continue;
    // ("The RSF retook Bara and overran": the tagger may read an inflected trigger verb as a noun.)
    const inflected = t.pos === 'NOUN' && verbLemma(t.lower, ACTIVE_VERBS) !== undefined && verbLemma(t.lower, ACTIVE_VERBS) !== t.lower && !t.lower.endsWith('s');
    if ((t.pos === 'VERB' || t.pos === 'AUX' || gerund || inflected) && t.text === t.lower && !unitAt(view, k)) {
      // ("hired X, a company whose contractors fly ..., and has received": not a relative clause's verb.)
      // (Only a clause closed by a comma before the "and": "a firm which smuggles gold and funds X" goes on.)
      const closed = view.tokens.slice(k + 1, j).some((w) => w.text === ',');
      const relative = closed ? relativeOpening(view, k) : undefined;
      if (relative !== undefined) {
        k = relative;
        continue;
      }
      // ("retook Bara, six weeks after the army pushed them out, and a day later overran": not the
      // verb of a subordinate clause set off by commas.)
      const sub = subordinateOpening(view, k);
      if (sub !== undefined) {
        k = sub;
        continue;
      }
      // Step back over a chain of auxiliaries to the first one ("have pushed").
      let m = k;
      while (tok(view, m - 1) && tok(view, m - 1)!.pos === 'AUX') m--;
      return m;
    }
  }
  return undefined;
}

/** A state's ruling body, named by its head's possessive: "Kostan's government". */
const GOVERNMENT_NOUNS = new Set(['government', 'administration', 'regime', 'cabinet']);

/** The comma before an apposition whose relative pronoun ("whose", "which", "who") governs the verb at `k`. */
function relativeOpening(view: SentenceView, k: number): number | undefined {
  for (let m = k - 1; m > k - 12 && m > view.sentence.firstToken; m--) {
    const w = tok(view, m)!;
    if (w.text === ',' || w.text === ';') return undefined;
    // (", the force that replaced the Wagner Group,": "that" after its noun too.)
    if (['whose', 'which', 'who'].includes(w.lower) || (w.lower === 'that' && tok(view, m - 1)?.pos === 'NOUN')) {
      for (let c = m - 1; c > m - 10 && c > view.sentence.firstToken; c--) if (tok(view, c)!.text === ',') return c;
      return undefined;
    }
  }
  return undefined;
}

/** The nearest comma before `j` opens a past participle's clause (", deployed in ..."), with no verb of its own after it. */
function participleOpensBefore(view: SentenceView, j: number): boolean {
  for (let k = j - 1; k > j - 22 && k > view.sentence.firstToken; k--) {
    if (tok(view, k)!.text !== ',') continue;
    const first = tok(view, k + 1);
    return first !== undefined && first.pos === 'VERB' && first.text === first.lower && /(?:ed|en)$/.test(first.lower);
  }
  return false;
}

/** The noun at `k` ends a preposition's phrase ("by the second defendant"), so it is no subject. */
function insidePhrase(view: SentenceView, k: number): boolean {
  let m = k - 1;
  while (m > k - 5 && tok(view, m) && tok(view, m)!.text === tok(view, m)!.lower && (['ADJ', 'NOUN', 'NUM', 'DET'].includes(tok(view, m)!.pos) || ['his', 'her', 'its', 'their'].includes(tok(view, m)!.lower))) m--;
  return ['by', 'of', 'for', 'with', 'to', 'from'].includes(tok(view, m)?.lower ?? '');
}

/** ", the capital of South Kivu province," ending at the comma `j`: the index of its opening comma. */
function appositionStart(view: SentenceView, j: number): number | undefined {
  // A relative clause may run longer than an apposition: ", which has been fighting ... since 2019 and is backed by Iran,".
  let nested = false; // past a name apposed inside the apposition, which runs longer
  // (", deployed in Cabo Delgado since 2021 to fight alongside Mozambique's armed forces (FADM),": a participle's clause runs long too.)
  const longParticiple = participleOpensBefore(view, j);
  for (let k = j - 1; k > j - 22 && k > view.sentence.firstToken; k--) {
    if (k <= j - 14 && !nested && !longParticiple && tok(view, k)!.text !== ',' && !relativeAhead(view, k, j) && !relativeBetween(view, k, j)) return undefined;
    const t = tok(view, k)!;
    // ("a militia that the army recruits, arms and trains,": a comma inside a list of verbs.)
    if (t.text === ',' && verbListComma(view, k)) continue;
    if (t.text === ',') {
      const first = tok(view, k + 1)!;
      // ", the capital of South Kivu," or ", which sees the SAF as its ally,".
      // ", the capital of South Kivu,", ", which sees ...,", ", known as the UPDF,".
      // ", backed by North Korean soldiers,": a reduced relative is skipped as an apposition is.
      // ", run by Russia's defence ministry,", ", fighting alongside the Syrian army,": irregular and -ing participles too.
      const participle = (first.pos === 'VERB' && first.text === first.lower && (/(?:ed|en|ing)$/.test(first.lower) || PARTICLES.has(tok(view, k + 2)?.lower ?? ''))) || irregularReduced(view, k + 1);
      // ", along with Uganda,": a companion, not the subject.
      // ", 20 km from Beni,": a distance too.
      // ", on the Burundian border,", ", in eastern Congo,": where the name lies.
      // (", in Hiiraan,": a named place too.)
      // (", south of the state capital,": a bearing from a place.)
      const bearing = /^(?:north|south|east|west)(?:-?(?:east|west))?$/.test(first.lower) && tok(view, k + 2)?.lower === 'of';
      const located = bearing || (['on', 'in', 'near'].includes(first.lower) && (tok(view, k + 2)?.lower === 'the' || (isPlace(view, unitAt(view, k + 2)) && unitAt(view, k + 2)!.end === j)));
      // (", part of the Three Brotherhood Alliance,", ", one of the largest militias,".)
      // (", at odds with Addis Ababa over the dam,": a prepositional aside too.)
      const det = ['a', 'an', 'the', 'which', 'who', 'known', 'also', 'formerly', 'once', 'long', 'itself', 'along', 'together', 'part', 'one', 'home', 'now', 'at', 'amid', 'despite'].includes(first.lower) || unitAt(view, k + 1) !== undefined || participle || first.pos === 'NUM' || located;
      // Before it, a name or the members of one ("Moscow's troops, backed by ..., pushed").
      // "the Ta'ang National Liberation Army (TNLA), a member of ...": past the bracketed acronym.
      const bracketed = tok(view, k - 1)?.text === ')' && tok(view, k - 3)?.text === '(' && unitAt(view, k - 4) !== undefined;
      // Members of a named owner ("Moscow's troops, backed by ..."), not a bare description ("An armed group, the X,").
      const owner = possessiveAt(view, k - 2) ? k - 3 : k - 2;
      const members = MEMBER_NOUNS.has(tok(view, k - 1)?.lower ?? '') && tok(view, k - 1)!.text === tok(view, k - 1)!.lower && unitAt(view, owner) !== undefined;
      const named = bracketed || unitAt(view, k - 1) !== undefined || members;
      // ("X, a company directed by the second defendant, Ivo Brannak, supplied": a name apposed to a
      // role inside the apposition; the apposition opens further back.)
      const inner = unitAt(view, k + 1);
      if (!named && inner?.start === k + 1 && inner.end === j && tok(view, k - 1)?.pos === 'NOUN' && tok(view, k - 1)!.text === tok(view, k - 1)!.lower && insidePhrase(view, k - 1)) {
        nested = true;
        continue;
      }
      return det && named ? k : undefined;
    }
    const opensReduced = tok(view, k - 1)?.text === ',' && (/(?:ed|en)$/.test(t.lower) || irregularReduced(view, k) || (t.pos === 'VERB' && t.lower.endsWith('ing'))); // ", backed by ...", ", run by ...", ", fighting alongside ..."
    // ", a businessman sanctioned by the EU,": a participle with its agent inside the apposition.
    // ", set up by the Council in 2018,": a phrasal participle before its agent too.
    // ", set up and funded by the governor,": past a particle and coordinated participles.
    let by = k + 1;
    while (by < k + 5 && tok(view, by) && (PARTICLES.has(tok(view, by)!.lower) || tok(view, by)!.lower === 'and' || /(?:ed|en)$/.test(tok(view, by)!.lower))) by++;
    const agentInside = (participial(t.lower) || by > k + 1) && tok(view, by)?.lower === 'by';
    // "an alliance of six armed groups formed in 2024": a participle right after its noun (a reduced relative).
    // "six armed groups": a participle before its noun is an adjective.
    // ("a hybrid tribunal sitting in Bangui": an -ing participle after its noun, before its preposition.)
    const reduced = (/(?:ed|en)$/.test(t.lower) && [tok(view, k - 1), tok(view, k + 1)].some((n) => n?.pos === 'NOUN' && n.text === n.lower)) ||
      (t.lower.endsWith('ing') && tok(view, k - 1)?.pos === 'NOUN' && tok(view, k - 1)!.text === tok(view, k - 1)!.lower && tok(view, k + 1)?.pos === 'ADP');
    // "a U.S.-backed Kurdish-led militia": a participle glued to a hyphen is part of an adjective.
    const compound = tok(view, k - 1)?.text === '-' && !t.spaceBefore;
    if (compound) continue;
    // (", deployed in 2021 to fight alongside X,": an infinitive of purpose inside the apposition.)
    const purpose = tok(view, k - 1)?.lower === 'to' && longParticiple;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.text === t.lower && t.lower !== 'known' && !opensReduced && !agentInside && !reduced && !purpose && !relativeAhead(view, k, j)) return undefined;
  }
  return undefined;
}

/** "spent six years investigating": the time spent before a gerund. */
const TIME_SPENT = new Set(['years', 'months', 'weeks', 'days', 'decades']);

/** Participles of setting a body up: "a commission established by the authorities". */
const CREATED = new Set(['established', 'created', 'formed', 'appointed', 'mandated', 'founded', 'convened', 'launched']);

/** Ending at `j`, "<name> established by <creator>": the named body's last token. */
function createdBefore(view: SentenceView, j: number): number | undefined {
  for (let b = j; b > j - 9 && tok(view, b); b--) {
    const t = tok(view, b)!;
    if (t.text === ',' || t.text === ';' || (t.pos === 'VERB' && !CREATED.has(t.lower))) return undefined;
    if (t.lower === 'by' && CREATED.has(tok(view, b - 1)?.lower ?? '')) {
      // ("the Group of Independent Experts, established by the Council, which": past the comma.)
      const end = tok(view, b - 2)?.text === ',' ? b - 3 : b - 2;
      const body = unitAt(view, end);
      return body && body.end === end + 1 && body.kind === 'NAME' ? end : undefined;
    }
  }
  return undefined;
}

/** An irregular participle opening a reduced relative before its agent or particle: ", run by X,", ", set up by X,". */
function irregularReduced(view: SentenceView, k: number): boolean {
  const t = tok(view, k);
  return t !== undefined && t.text === t.lower && IRREGULAR_PARTICIPLES.has(t.lower) && (tok(view, k + 1)?.lower === 'by' || PARTICLES.has(tok(view, k + 1)?.lower ?? ''));
}

/** The name before an indefinite apposition ending at `j` (", a force under the control of X"), if it is one. */
function describedName(view: SentenceView, j: number): number | undefined {
  const unit = unitAt(view, j);
  if (!unit) return undefined;
  for (let k = unit.start - 1; k > unit.start - 12 && tok(view, k); k--) {
    const w = tok(view, k)!;
    if (w.text === ',') return ['a', 'an'].includes(tok(view, k + 1)?.lower ?? '') && k + 2 < unit.start && unitAt(view, k - 1) ? k - 1 : undefined;
    if (w.pos === 'VERB' && !/(?:ed|en)$/.test(w.lower)) return undefined;
  }
  return undefined;
}

/** "the Castellan Group, a private military company whose": the name before an apposition ending in its noun at `j`. */
function describedByNoun(view: SentenceView, j: number): number | undefined {
  const noun = tok(view, j);
  if (!noun || unitAt(view, j) || noun.text !== noun.lower || !['NOUN', 'ADV'].includes(noun.pos)) return undefined;
  for (let k = j - 1; k >= j - 5 && tok(view, k); k--) {
    const w = tok(view, k)!;
    if (['a', 'an'].includes(w.lower)) {
      let n = k - 2;
      if (tok(view, k - 1)?.text !== ',') return undefined;
      if (tok(view, n)?.text === ')' && openingBracket(view, n) !== undefined) n = openingBracket(view, n)! - 1;
      return unitAt(view, n) ? n : undefined;
    }
    // ("a Tutsi-led militia": a name glued to a participle is a modifier.)
    const glued = tok(view, k + 1)?.text === '-' && !tok(view, k + 1)!.spaceBefore;
    if ((w.text !== w.lower && !glued) || !['ADJ', 'NOUN', 'VERB', 'PUNCT', 'PROPN'].includes(w.pos) || w.text === ',') return undefined;
  }
  return undefined;
}

/** Past participles, the irregular ones too: "the force run by the defence ministry". */
function participial(word: string): boolean {
  return /(?:ed|en)$/.test(word) || IRREGULAR_PARTICIPLES.has(word);
}
const IRREGULAR_PARTICIPLES = new Set(['run', 'led', 'held', 'built', 'made', 'kept', 'paid', 'sent', 'set', 'bought', 'sold', 'fought', 'brought', 'won', 'split']);

/** A relative pronoun after its noun between `k` and `j`: the apposition holds a relative clause and may run long. */
function relativeBetween(view: SentenceView, k: number, j: number): boolean {
  for (let m = k + 1; m < j; m++) if (RELATIVE_PRONOUNS.has(tok(view, m)!.lower) && tok(view, m - 1)?.pos === 'NOUN') return true;
  return false;
}

/** The comma at `k` separates verbs of a list: "recruits, arms and trains". */
function verbListComma(view: SentenceView, k: number): boolean {
  const verbish = (w: Token | undefined): boolean => w !== undefined && w.text === w.lower && (w.pos === 'VERB' || (w.pos === 'NOUN' && /[^s]s$/.test(w.lower)));
  return verbish(tok(view, k - 1)) && verbish(tok(view, k + 1)) && ['and', ','].includes(tok(view, k + 2)?.lower ?? '');
}

/**
 * "Its armed wing, the Karen National Liberation Army (KNLA), has overrun": a description with no
 * name before an apposition that names it, ending at the comma `j`. The name's index.
 */
function namedApposition(view: SentenceView, j: number): number | undefined {
  for (let k = j - 1; k > j - 14 && k > view.sentence.firstToken; k--) {
    if (tok(view, k)!.text !== ',') continue;
    const described = tok(view, k - 1)!;
    let inner = tok(view, k + 1)?.lower === 'the' ? k + 2 : k + 1;
    // ("The CPC's founder, former President X, has been": past the person's title.)
    while (inner < j && !unitAt(view, inner) && (tok(view, inner)!.lower === 'former' || PERSON_TITLES.has(tok(view, inner)!.lower))) inner++;
    const name = unitAt(view, inner);
    // ("The two entities listed, A and B, supply": or a participle after its noun.)
    const participle = described.pos === 'VERB' && described.lower.endsWith('ed') && tok(view, k - 2)?.pos === 'NOUN' && tok(view, k - 2)!.text === tok(view, k - 2)!.lower;
    const plain = !unitAt(view, k - 1) && described.text === described.lower && (described.pos === 'NOUN' || participle);
    const end = name ? Math.max(coordinatedEnd(view, name), coordinated(view, name).end) : -1;
    return plain && name && name.start === inner && end >= j - 4 ? inner : undefined;
  }
  return undefined;
}

/** End of a name and its bracketed acronym: "the Karen National Liberation Army (KNLA)". */
function coordinatedEnd(view: SentenceView, name: Unit): number {
  const open = tok(view, name.end)?.text === '(' ? unitAt(view, name.end + 1) : undefined;
  return open && tok(view, open.end)?.text === ')' ? open.end + 1 : name.end;
}

/** "X and its leader," before the comma at `comma`: X. */
function ownerBeforeRole(view: SentenceView, comma: number): Unit | undefined {
  let m = comma - 1;
  let role = false;
  while (m > comma - 4 && tok(view, m) && tok(view, m)!.text === tok(view, m)!.lower && ['NOUN', 'ADJ'].includes(tok(view, m)!.pos) && !unitAt(view, m)) {
    role ||= ROLE_NOUNS.has(tok(view, m)!.lower) || INDIVIDUAL_ROLES.has(tok(view, m)!.lower);
    m--;
  }
  if (!role || !['its', 'their'].includes(tok(view, m)?.lower ?? '') || tok(view, m - 1)?.lower !== 'and') return undefined;
  const owner = unitAt(view, m - 2);
  return owner && owner.kind === 'NAME' ? owner : undefined;
}

/** "Egypt and the UAE", "Britain, France and Canada", "Malian troops and their Russian partners". */
function coordinatedLeft(view: SentenceView, last: Unit): Unit[] {
  const units = [last];
  let j = last.start - 1;
  for (;;) {
    while (tok(view, j) && ['the', 'both', 'their', 'its'].includes(tok(view, j)!.lower)) j--;
    // "Soldiers of X's army and fighters of the VDP drove": past the members of the last one.
    if (tok(view, j)?.lower === 'of' && MEMBER_NOUNS.has(tok(view, j - 1)?.lower ?? '') && !unitAt(view, j - 1) && tok(view, j - 2)?.lower === 'and') j -= 2;
    // "Kenya as well as Uganda sanctioned": read "as well as" as "and".
    if (tok(view, j)?.lower === 'as' && tok(view, j - 1)?.lower === 'well' && tok(view, j - 2)?.lower === 'as') j -= 2;
    const t = tok(view, j);
    // ("Neither Russia nor China has sanctioned": both are denied the act.)
    if (!t || !(t.lower === 'and' || t.text === ',' || t.lower === 'as' || t.lower === 'nor')) break;
    // "The KPF and its leader, Omar Dalan, were sanctioned": the group before the person's role.
    const owner = t.text === ',' ? ownerBeforeRole(view, j) : undefined;
    if (owner) {
      units.unshift(owner);
      j = owner.start - 1;
      continue;
    }
    let k = j - 1;
    // ("Ethiopian federal forces and their Eritrean allies": past the force's own adjective too.)
    while (tok(view, k) && (MEMBER_NOUNS.has(tok(view, k)!.lower) || ARMY_ADJECTIVES.has(tok(view, k)!.lower)) && !unitAt(view, k) && j - k < 3) k--;
    // "X, an al-Shabaab finance official, and Y are being designated": back over X's apposition.
    let apposed = false;
    if (t.lower === 'and' && tok(view, k)?.text === ',' && !unitAt(view, k)) {
      const opening = appositionStart(view, k);
      if (opening !== undefined) (k = opening - 1), (apposed = true);
    }
    // "soldiers of the Rwanda Defence Force (RDF) and the FADM": the name before its bracketed acronym.
    // (After a comma the names are the bracketed body's apposition: "officers of the RDF (RDF), A and B".)
    if (t.lower === 'and' && tok(view, k)?.text === ')' && tok(view, k - 2)?.text === '(' && unitAt(view, k - 3)) k -= 3;
    const prev = unitAt(view, k);
    if (!prev || prev.entities.length !== 1) break;
    // "In Congo, Wazalendo militias fight": a place opening the sentence is not a subject.
    // ("the ICC's investigation in Libya, opened in 2011, and the United States sanctioned": nor one inside a phrase.)
    if ((t.text === ',' || apposed) && tok(view, prev.start - 1)?.pos === 'ADP') break;
    // "According to the commission, the factions were armed": the source is no subject.
    const b = tok(view, prev.start - 1)?.lower === 'the' ? prev.start - 2 : prev.start - 1;
    if (t.text === ',' && tok(view, b)?.lower === 'to' && tok(view, b - 1)?.lower === 'according') break;
    units.unshift(prev);
    j = prev.start - 1;
  }
  return units.length > 1 && units.some((u) => u.kind === 'PRONOUN') ? [last] : units;
}

const RANKS = new Set(['first', 'second', 'third', 'latest', 'last', 'only', 'next']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'became', 'become', 'becomes', 'becoming']);

/** "X became the latest country to sanction", "X was the first to designate": the token before the copula. */
function rankedBefore(view: SentenceView, to: number): number | undefined {
  let k = to - 1;
  for (let n = 0; n < 3 && tok(view, k) && ['NOUN', 'ADJ', 'PROPN'].includes(tok(view, k)!.pos) && !RANKS.has(tok(view, k)!.lower); n++) k--;
  if (!RANKS.has(tok(view, k)?.lower ?? '') || tok(view, k - 1)?.lower !== 'the') return undefined;
  k -= 2;
  if (!COPULAS.has(tok(view, k)?.lower ?? '')) return undefined;
  return ['has', 'have', 'had'].includes(tok(view, k - 1)?.lower ?? '') ? k - 2 : k - 1;
}

/**
 * "designated Dalia Fenn for providing support to ...", "Fenn is being designated for having
 * materially assisted ...": the one sanctioned did what the "for" clause says.
 */
function sanctionedFor(view: SentenceView, i: number, triggerForms: (lower: string) => boolean): Argument | undefined {
  let k = i - 1;
  while (tok(view, k) && ((tok(view, k)!.pos === 'ADV' && tok(view, k)!.text === tok(view, k)!.lower) || tok(view, k)!.lower === 'having')) k--;
  if (!(tok(view, i)!.lower.endsWith('ing') || tok(view, k + 1)?.lower === 'having')) return undefined;
  // "for his role in supplying".
  if (tok(view, k)?.lower === 'in' && tok(view, k - 1)?.lower === 'role' && ['his', 'her', 'its', 'their'].includes(tok(view, k - 2)?.lower ?? '')) k -= 3;
  if (tok(view, k)?.lower !== 'for') return undefined;
  k--;
  while (timeBefore(view, k) > 0) k -= timeBefore(view, k);
  // "designating X pursuant to Executive Order (E.O.) 14098 for having flown": past the legal authority.
  for (let p = k; p > k - 12 && tok(view, p); p--) {
    if (tok(view, p)!.lower === 'pursuant' && tok(view, p + 1)?.lower === 'to') {
      k = p - 1;
      break;
    }
  }
  if (tok(view, k)?.text === ',') k--; // "two officers of the RDF, X and Y, for their role in"
  const sanctions = (at: number): boolean => ACTIVE_VERBS[verbLemma(tok(view, at)?.lower ?? '', ACTIVE_VERBS) ?? '']?.type === 'SANCTIONED';
  const object = unitAt(view, k);
  if (!object) return sanctions(k) ? subjectOf(view, k, triggerForms, 1) : undefined;
  const units = coordinatedLeft(view, object);
  let v = units[0]!.start - 1;
  if (tok(view, v)?.lower === 'the') v--;
  // "imposed sanctions on two officers of the RDF, X and Y, for their role in": the people apposed to those sanctioned.
  if (tok(view, v)?.text === ',') {
    for (let b = v - 1; b > v - 18 && tok(view, b) && tok(view, b)!.text !== ';'; b--) {
      if (sanctions(b) || NOUN_TRIGGERS[tok(view, b)!.lower]?.type === 'SANCTIONED') return { units, start: units[0]!.start };
    }
  }
  return sanctions(v) ? { units, start: units[0]!.start } : undefined;
}

/** "who according to OFAC moved", ending at `j` without commas: the index of "according". */
function accordingBefore(view: SentenceView, j: number): number | undefined {
  for (let k = j - 1; k >= j - 6 && tok(view, k); k--) {
    const w = tok(view, k)!;
    if (w.lower === 'to' && tok(view, k - 1)?.lower === 'according') return k - 1;
    if (w.text === ',' || w.pos === 'VERB' || w.pos === 'AUX') return undefined;
  }
  return undefined;
}

/** ", according to Mexican prosecutors," ending at the comma `j`: the index of its opening comma. */
/** The name at `start` sits in "the youth league of the ruling X party" apposed to a name: that name's position. */
function ofPhraseHead(view: SentenceView, start: number): number | undefined {
  let k = start - 1;
  while (tok(view, k) && (tok(view, k)!.pos === 'DET' || (tok(view, k)!.pos === 'ADJ' && tok(view, k)!.text === tok(view, k)!.lower) || tok(view, k)!.lower === 'ruling')) k--;
  if (tok(view, k)?.lower !== 'of' || tok(view, k - 1)?.pos !== 'NOUN' || tok(view, k - 1)!.text !== tok(view, k - 1)!.lower) return undefined;
  // (No name for it: nobody, rather than the party.)
  const head = appositionHead(view, k - 1);
  return head !== undefined && unitAt(view, head) ? head : view.sentence.firstToken - 1;
}

const DECISION_NOUNS = new Set(['decision', 'move']);

/** `j` is the "to" of "X's decision to", "the decision of X (in May) to": the position of X's last token. */
function decisionOwner(view: SentenceView, j: number): number | undefined {
  const k = j - 1;
  if (DECISION_NOUNS.has(tok(view, k)?.lower ?? '') && possessiveAt(view, k - 1) && unitAt(view, k - 2)) return k - 2;
  // "the decision of the United States in May to": the owner after "of", then at most a short time phrase.
  for (let m = k; m > k - 4 && tok(view, m); m--) {
    const owner = unitAt(view, m);
    if (!owner) continue;
    const of = tok(view, owner.start - 1)?.lower === 'the' ? owner.start - 2 : owner.start - 1;
    const timed = view.tokens.slice(owner.end, j).every((w) => w.lower === 'in' || w.lower === 'last' || /^(?:\p{Lu}\p{Ll}+|\d{4})$/u.test(w.text));
    return tok(view, of)?.lower === 'of' && DECISION_NOUNS.has(tok(view, of - 1)?.lower ?? '') && timed ? owner.end - 1 : undefined;
  }
  return undefined;
}

/** Bodies that work "on" a place: "X's fact-finding mission on eastern Congo". */
const ON_BODIES = new Set(['mission', 'commission', 'inquiry', 'panel', 'rapporteur', 'investigation']);

/** `place` ends "X's fact-finding mission on (eastern) P": the position of X's last token. */
function ownerOfMissionOn(view: SentenceView, place: Unit): number | undefined {
  let k = place.start - 1;
  while (tok(view, k) && tok(view, k)!.pos === 'ADJ' && tok(view, k)!.text === tok(view, k)!.lower) k--;
  if (tok(view, k)?.lower !== 'on' || !ON_BODIES.has(tok(view, k - 1)?.lower ?? '')) return undefined;
  // Back over the body's modifiers ("fact-finding", "independent") to the owner's possessive.
  for (let m = k - 2; m >= k - 6 && tok(view, m); m--) {
    const w = tok(view, m)!;
    if (possessiveAt(view, m) && unitAt(view, m - 1)) return m - 1;
    if (!(w.text === '-' || (w.text === w.lower && ['ADJ', 'NOUN', 'VERB'].includes(w.pos)))) return undefined;
  }
  return undefined;
}

/** `j` ends "officials", "the experts", "UN experts", "Western diplomats" right after a relative pronoun: the pronoun's position. */
function relativeBeforeReporters(view: SentenceView, j: number): number | undefined {
  if (!REPORTERS.has(tok(view, j)?.lower ?? '')) return undefined;
  for (let k = j - 1; k >= j - 4 && tok(view, k); k--) {
    const t = tok(view, k)!;
    if (RELATIVE_PRONOUNS.has(t.lower)) return k;
    const unit = unitAt(view, k);
    if (unit) k = unit.start;
    else if (!(t.pos === 'DET' || (t.pos === 'ADJ' && t.text === t.lower) || ['some', 'many', 'most'].includes(t.lower))) return undefined;
  }
  return undefined;
}

/** "a company it says", "businessmen they said": a pronoun speaker right after a lower-case noun, before the saying verb at `j`. */
function reducedRelative(view: SentenceView, j: number): boolean {
  const noun = tok(view, j - 2);
  return ['it', 'they', 'he', 'she'].includes(tok(view, j - 1)?.lower ?? '') && noun !== undefined && noun.text === noun.lower && noun.pos === 'NOUN' && !unitAt(view, j - 2);
}

/** "which Washington says", "which the UN says": the relative pronoun before the speaker, if any. */
function relativeBeforeSpeaker(view: SentenceView, speaker: Unit): number | undefined {
  const k = tok(view, speaker.start - 1)?.lower === 'the' ? speaker.start - 2 : speaker.start - 1;
  return RELATIVE_PRONOUNS.has(tok(view, k)?.lower ?? '') ? k : undefined;
}

/** `j` ends "X's office" or "the X prosecutor's office": the position of X's last token. */
function officeOf(view: SentenceView, j: number): number | undefined {
  if (tok(view, j)!.lower !== 'office' || !["'s", '’s'].includes(tok(view, j - 1)?.lower ?? '')) return undefined;
  if (unitAt(view, j - 2)) return j - 2;
  return ['prosecutor', 'prosecutors'].includes(tok(view, j - 2)?.lower ?? '') && unitAt(view, j - 3) ? j - 3 : undefined;
}

/** "Japan joined the United States and Britain in sanctioning X": the joiner and the joined all act. */
function joinedIn(view: SentenceView, i: number, triggerForms: (lower: string) => boolean): Argument | undefined {
  if (tok(view, i - 1)?.lower !== 'in' || !tok(view, i)!.lower.endsWith('ing')) return undefined;
  for (let k = i - 2; k >= i - 12 && tok(view, k); k--) {
    const t = tok(view, k)!;
    if (t.text === ';' || t.text === ',') return undefined;
    if (!JOIN_FORMS.has(t.lower)) continue;
    const partners = objectOf(view, k + 1);
    const last = partners?.units[partners.units.length - 1];
    if (!partners || !last || last.end !== i - 1) return undefined;
    const joiner = subjectOf(view, k, triggerForms, 1);
    return joiner ? { units: [...joiner.units, ...partners.units], start: joiner.start } : undefined;
  }
  return undefined;
}

/** `j` ends "X and allied militias": the position of the name's last token, so X is the subject. */
function unnamedPartnersFrom(view: SentenceView, j: number): number | undefined {
  const t = tok(view, j)!;
  if (!PARTNER_NOUNS.has(t.lower) || t.text !== t.lower) return undefined;
  for (let k = j - 1; k >= j - 3; k--) {
    const w = tok(view, k);
    if (!w) return undefined;
    // ("Kenyan troops and ...": the members of a named one.)
    if (w.lower === 'and') return unitAt(view, k - 1) || (PARTNER_NOUNS.has(tok(view, k - 1)?.lower ?? '') && unitAt(view, k - 2)) ? k - 1 : undefined;
    if (w.text !== w.lower || !['ADJ', 'NOUN', 'VERB', 'PRON', 'DET'].includes(w.pos)) return undefined;
  }
  return undefined;
}

/** ", by contrast,", ", for its part,", ", however,": a short adverbial between commas ending at `j`; the opening comma. */
function parentheticalAdverbial(view: SentenceView, j: number): number | undefined {
  const legal = legalBasis(view, j);
  if (legal !== undefined) return legal;
  let named = false;
  for (let k = j - 1; k >= j - 9 && k > view.sentence.firstToken; k--) {
    const t = tok(view, k)!;
    // ("a militia that the army recruits, arms and trains,": a comma inside a list of verbs.)
    if (t.text === ',' && verbListComma(view, k)) continue;
    if (t.text === ',') {
      const first = tok(view, k + 1)!;
      // ", in coordination with the United Kingdom,": a name only past "with" ("in coordination with", "together with").
      if (named && !WITH_PHRASE.test(rangeLower(view, k + 1, j))) return undefined;
      return k < j - 1 && (named || j - k <= 5) && unitAt(view, k - 1) && (first.pos === 'ADP' || first.pos === 'ADV') ? k : undefined;
    }
    const unit = unitAt(view, k);
    if (unit && unit.kind !== 'PRONOUN') {
      named = true;
      k = unit.start;
      continue;
    }
    if (t.text !== t.lower || t.pos === 'AUX' || t.pos === 'VERB' && !t.lower.endsWith('ing') && t.lower !== 'turn') return undefined;
  }
  return undefined;
}

/** ", under its Special Economic Measures (Burma) Regulations," ending at the comma `j`: the opening comma, after a name. */
function legalBasis(view: SentenceView, j: number): number | undefined {
  for (let k = j - 1; k >= j - 14 && k > view.sentence.firstToken; k--) {
    const t = tok(view, k)!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';') return undefined;
    if (t.text !== ',') continue;
    const under = tok(view, k + 1)?.lower === 'under' && ['its', 'their', 'the'].includes(tok(view, k + 2)?.lower ?? '');
    return under && k < j - 3 && unitAt(view, k - 1) ? k : undefined;
  }
  return undefined;
}

// ("..., with Eritrean backing,": a demonym's support, the whole phrase.)
const WITH_PHRASE = /^(?:(?:in (?:coordination|cooperation|concert|step|line|partnership) with|together with|like|alongside|with (?:the )?(?:\w+ )?(?:support|backing|help|assistance|aid) (?:of|from))\b|with \w+ (?:\w+ )?(?:support|backing|help|assistance|aid)$)/;

function rangeLower(view: SentenceView, start: number, end: number): string {
  const words: string[] = [];
  for (let k = start; k < end; k++) words.push(tok(view, k)!.lower);
  return words.join(' ');
}

const SAYS_ASIDE = new Set(['alleges', 'alleged', 'says', 'said', 'claims', 'claimed', 'believes', 'believe', 'say', 'allege', 'contends', 'argues']);

function parentheticalSource(view: SentenceView, j: number): number | undefined {
  for (let k = j - 1; k > j - 10 && k > view.sentence.firstToken; k--) {
    if (tok(view, k)!.text !== ',') continue;
    // ", the Prosecution alleges,": a speaker and its verb of saying.
    const said = SAYS_ASIDE.has(tok(view, j - 1)?.lower ?? '') && j - k <= 5;
    return (tok(view, k + 1)?.lower === 'according' && tok(view, k + 2)?.lower === 'to') || said ? k : undefined;
  }
  return undefined;
}

/** "loyal to the faction of [k]", "linked to [k]": a tie, not membership, just before `k`. */
function tiedBefore(view: SentenceView, k: number): boolean {
  for (let m = k - 1; m > k - 7 && tok(view, m); m--) {
    const w = tok(view, m)!.lower;
    if ((w === 'to' || w === 'with') && (TIES.has(tok(view, m - 1)?.lower ?? '') || tok(view, m - 1)?.lower === 'loyal')) return true;
    if (!['the', 'of', 'faction', 'wing', 'factions', 'a'].includes(w)) return false;
  }
  return false;
}

/** From the last word of "X, whose cargo flights" at `j`: X's last token, else undefined. */
function whoseOwner(view: SentenceView, j: number): number | undefined {
  let k = j;
  // ("whose several hundred gunmen": past a count too.)
  while (k > j - 5 && tok(view, k) && !unitAt(view, k) && tok(view, k)!.text === tok(view, k)!.lower && (['NOUN', 'ADJ', 'NUM'].includes(tok(view, k)!.pos) || COUNT_WORDS.has(tok(view, k)!.lower))) k--;
  if (k === j || tok(view, k)?.lower !== 'whose') return undefined;
  // ("Vantor Risk Solutions, a private military company whose gunmen": the name the apposition describes.)
  if (tok(view, k - 1)?.text !== ',') {
    const head = tok(view, k - 1)?.pos === 'NOUN' && tok(view, k - 1)!.text === tok(view, k - 1)!.lower ? appositionHead(view, k - 1) : undefined;
    return head !== undefined && unitAt(view, head)?.kind === 'NAME' ? head : undefined;
  }
  const owner = unitAt(view, k - 2);
  // (Not a name inside an apposition's phrase: "Africa Corps, a force under the control of Russia's defence ministry, whose fighters".)
  let first = owner?.start ?? 0;
  if (possessiveAt(view, first - 1) && unitAt(view, first - 2)) first = unitAt(view, first - 2)!.start;
  const b = tok(view, first - 1)?.lower === 'the' ? first - 2 : first - 1;
  if (tok(view, b)?.pos === 'ADP') return undefined;
  return owner && owner.end === k - 1 && owner.kind === 'NAME' ? k - 2 : undefined;
}
