import type { RelationStatus } from '../../core/types.js';
import {
  ACCORDING,
  ATTRIBUTION_VERBS,
  CLAIM_NOUNS,
  REPORT_NOUNS,
  CLAUSE_BREAKS,
  ACCUSATION_NOUNS,
  DENIAL_VERBS,
  BE_FORMS,
  FAILURE_VERBS,
  STATEMENT_NOUNS,
  HYPOTHETICAL_MARKERS,
  INTENT_VERBS,
  NEGATIONS,
  SELF_REPORT_VERBS,
} from '../lexicon/status.js';
import type { Candidate } from './candidate.js';
import type { Unit } from '../types.js';
import { HONORIFICS } from '../lexicon/names.js';
import { antecedentOf, rangeText, relativeAround, tok, unitAt, type SentenceView } from './view.js';

export interface StatusReading {
  status: RelationStatus;
  claimant?: string;
}

const QUESTION_OPENERS = new Set(['does', 'do', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'might']);

/** The sentence is a yes-no question: it opens with an auxiliary and ends with a question mark. */
function yesNoQuestion(view: SentenceView): boolean {
  const { firstToken: first, endToken: end } = view.sentence;
  let last = end - 1;
  while (last > first && QUOTE.test(tok(view, last)!.text)) last--;
  let open = first;
  while (open < last && QUOTE.test(tok(view, open)!.text)) open++;
  return tok(view, last)?.text === '?' && QUESTION_OPENERS.has(tok(view, open)!.lower);
}

/** How many words before a relation's clause a denial, condition or request may stand. */
const GOVERNOR_REACH = 4;
const STRONG_BREAKS = new Set([';', 'but', 'while', 'whereas', 'although', 'though', 'however']);
const PROPOSALS = new Set(['proposal', 'proposals', 'motion', 'motions']);
const ATTEMPT_NOUNS = new Set(['offensive', 'counter-offensive', 'counteroffensive', 'attempt', 'attempts', 'bid', 'bids', 'push', 'drive', 'effort', 'efforts', 'campaign', 'operation', 'plan', 'plans', 'assault']);
const SAYS_AFTER_AND = new Set(['says', 'said', 'say', 'insists', 'insisted', 'claims', 'claimed', 'accuses', 'accused', 'alleges', 'alleged']);

/**
 * How firmly the sentence states the relation. Negation, denial and modality
 * are read between the start of the relation's clause and its trigger;
 * attribution ("X said", "according to X") anywhere in the sentence.
 * Precedence: NEGATED > DENIED > HYPOTHETICAL > CLAIMED > ASSERTED.
 */
export function readStatus(view: SentenceView, c: Candidate, text: string): StatusReading {
  const first = view.sentence.firstToken;
  const [tStart] = c.trigger;
  if (c.presupposed && !c.claimedBy) {
    const claimant = attribution(view, c, text);
    return claimant !== undefined || c.hedged ? { status: 'CLAIMED', claimant: claimant ?? '' } : { status: 'ASSERTED' };
  }
  if (c.negated) return { status: 'NEGATED' };
  // "Neither the UN nor the EU has sanctioned X": every source is denied the act.
  // ("Neither X nor the MSS, which has supported the police, has retaken Y": not what the relative clause says.)
  const negatedSource = (u: Unit): boolean => ['nor', 'neither'].includes(tok(view, tok(view, u.start - 1)?.lower === 'the' ? u.start - 2 : u.start - 1)?.lower ?? '') && !((relativeAround(view, tStart)?.[0] ?? -1) > u.end);
  if (c.sources.some(negatedSource)) return { status: 'NEGATED' };
  // Negation: in the trigger's own stretch of the clause ("did not capture", "no longer backs").
  for (let k = tStart - 1; k >= Math.max(first, Math.min(c.clauseStart, tStart - 3)); k--) {
    const t = tok(view, k)!;
    if (t.text === ',' || STRONG_BREAKS.has(t.lower)) break;
    // ("a campaign that ended with its capture of Baghouz": what it ended with happened.)
    const endedWith = ['with', 'in'].includes(tok(view, k + 1)?.lower ?? '');
    if ((NEGATIONS.has(t.lower) && t.text === t.lower) || (FAILURE_VERBS.has(t.lower) && !endedWith)) return { status: 'NEGATED' };
    if (t.lower === 'yet' && tok(view, k + 1)?.lower === 'to') return { status: 'NEGATED' }; // "has yet to open an investigation"
  }
  // "Nor has the HPF taken X", "nor did M23 seize Y": the inverted auxiliary before the subject.
  if (norInverted(view, c.clauseStart)) return { status: 'NEGATED' };
  // "There is no evidence that Iran supplied ...": the clause is denied its truth.
  if (noEvidenceFor(view, c.clauseStart)) return { status: 'NEGATED' };
  // "Does Iran arm them?": a yes-no question asks, it states nothing.
  if (yesNoQuestion(view)) return { status: 'HYPOTHETICAL' };
  // Denial and modality: back from the trigger through its clause and the few words that govern
  // it ("Kigali denies [supporting]", "asked [the ICC] to investigate", "If [the rebels] capture").
  if (proposedAct(view, tStart)) return { status: 'HYPOTHETICAL' };
  let commas = 0;
  let reach = Math.max(first, ownerStart(view, phraseStart(view, Math.min(c.clauseStart, tStart))) - GOVERNOR_REACH);
  // ("rejects the accusation, made on 12 May by X, that Y armed": the noun before the aside governs.)
  const accused = accusationBeforeAside(view, Math.min(c.clauseStart, tStart));
  if (accused !== undefined) reach = Math.max(first, Math.min(reach, accused));
  // ("called on the member states of the ELC and on the EU to impose": the call before the first addressee.)
  const caller = callBeforeAddressees(view, Math.min(c.clauseStart, tStart));
  if (caller !== undefined) reach = Math.max(first, Math.min(reach, caller));
  for (let k = tStart - 1; k >= reach; k--) {
    const t = tok(view, k)!;
    if (STRONG_BREAKS.has(t.lower)) break;
    // "denied accusations by Bamako that it harbours": the verb governing the accusation.
    if (ACCUSATION_NOUNS.has(t.lower)) {
      // ("dismissed as baseless reports that ...": past the verb's complement.)
      let m = k - 1;
      while (m > first && m > k - 5 && (tok(view, m)!.pos === 'ADJ' || tok(view, m)!.lower === 'as' || QUOTE.test(tok(view, m)!.text))) m--;
      reach = Math.max(first, Math.min(reach, m - 1));
    }
    if (t.text === ',') commas++;
    // "Islamabad denies this and says the Taliban are providing": a second verb of saying governs the clause.
    if (SAYS_AFTER_AND.has(t.lower) && tok(view, k - 1)?.lower === 'and') break;
    // ("The army, which denies shelling X, retook Y": the denial is the relative clause's own.)
    if (DENIAL_VERBS.has(t.lower) && t.text === t.lower && !closedRelative(view, k, tStart)) return { status: 'DENIED', claimant: speakerBefore(view, k, text) };
    // "stopped short of sanctioning X", "has stopped short of admitting that it arms X": not done, not said.
    if (t.lower === 'short' && tok(view, k + 1)?.lower === 'of' && /^stop/.test(tok(view, k - 1)?.lower ?? '')) return { status: 'NEGATED' };
    // "will retake" is a prediction; "a mission will look into" announces an investigation (guide case 30).
    // ("said it would look into": the announcement reported.)
    const announced = (t.lower === 'will' || (t.lower === 'would' && reportedBefore(view, k))) && c.type === 'INVESTIGATES';
    // ("May 2024 – The EU adds ...": the month opening a timeline's entry.)
    const month = t.text === 'May' && /^\d/.test(tok(view, k + 1)?.text ?? '');
    if (commas === 0 && !announced && !month && HYPOTHETICAL_MARKERS.has(t.lower) && (t.text === t.lower || opensSentence(view, k))) return { status: 'HYPOTHETICAL' };
    if (commas === 0 && INTENT_VERBS.has(t.lower) && t.text === t.lower && requestsAct(view, k, tStart)) return { status: 'HYPOTHETICAL' };
    // "An offensive by the army to recapture X was repelled", "its bid to seize X": an attempt, not the act.
    if (commas === 0 && ATTEMPT_NOUNS.has(t.lower) && tok(view, tStart - 1)?.lower === 'to' && tStart - k <= 8) return { status: 'HYPOTHETICAL' };
  }
  if (c.prospective) return { status: 'HYPOTHETICAL' };
  if (apposedAddressee(view, Math.min(c.clauseStart, tStart), tStart)) return { status: 'HYPOTHETICAL' };
  if (indefiniteActWithModal(view, tStart)) return { status: 'HYPOTHETICAL' };
  // "If confirmed, the capture of Uvira by M23 would ...": a report not yet confirmed.
  if (view.tokens[first]?.lower === 'if' && ['confirmed', 'true', 'verified'].includes(view.tokens[first + 1]?.lower ?? '')) return { status: 'HYPOTHETICAL' };
  // "Reports that the group had seized X were denied by the army": the report is the one denied.
  const report = reportedClause(view, tStart);
  // ("Burundi's allegation that Rwanda arms X, an allegation Kigali has rejected": an accusation
  // answered by a denial is claimed, guide.)
  const owned = report !== undefined && ["'s", '’s'].includes(tok(view, report - 2)?.lower ?? '');
  if (report !== undefined && !owned && deniedAfter(view, tStart)) return { status: 'DENIED' };
  if (c.claimedBy) return { status: 'CLAIMED', claimant: rangeText(view, text, c.claimedBy[0], c.claimedBy[1]) };
  // "The RSF claimed the capture of El Fasher": the actor's own claim.
  const source = c.sources[0];
  if (['claimed', 'claims', 'claim', 'claiming'].includes(tok(view, tStart)?.lower ?? '') && source) {
    return { status: 'CLAIMED', claimant: rangeText(view, text, source.start, source.end) };
  }
  const claimant = attribution(view, c, text);
  if (claimant !== undefined) return { status: 'CLAIMED', claimant };
  // "reportedly captured", "allegedly funded", "reports that X seized": hearsay, with no one named.
  if (report !== undefined || hearsayBefore(view, tStart, c.clauseStart)) return { status: 'CLAIMED', claimant: '' };
  // "M23 seized Goma in January, a claim the army disputes": the writer calls it a claim.
  if (calledAClaim(view, tStart)) return { status: 'CLAIMED', claimant: '' };
  return { status: 'ASSERTED' };
}

const QUOTE = /^["“”'‘’]$/;

const INVERTED_AUXILIARIES = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can']);

/** "Nor has [the HPF] taken", "nor did [M23] seize": the clause opens with "nor" and an auxiliary before its subject. */
function norInverted(view: SentenceView, clauseStart: number): boolean {
  const k = tok(view, clauseStart - 1)?.lower === 'the' ? clauseStart - 2 : clauseStart - 1;
  return INVERTED_AUXILIARIES.has(tok(view, k)?.lower ?? '') && tok(view, k - 1)?.lower === 'nor';
}


/** ", a claim (that) X disputes" after the trigger, in its sentence. */
function calledAClaim(view: SentenceView, trigger: number): boolean {
  for (let k = trigger + 1; k < view.sentence.endToken - 2; k++) {
    const t = view.tokens[k]!;
    if (t.text === ';') return false;
    if (t.text === ',' && ['a', 'an'].includes(view.tokens[k + 1]!.lower) && CLAIM_NOUNS.has(view.tokens[k + 2]!.lower)) return true;
  }
  return false;
}

const HEARSAY = new Set(['reportedly', 'allegedly', 'purportedly', 'reputedly', 'supposedly']);

function hearsayBefore(view: SentenceView, trigger: number, clauseStart: number): boolean {
  for (let k = trigger - 1; k >= Math.max(view.sentence.firstToken, Math.min(clauseStart, trigger - 3)); k--) {
    if (HEARSAY.has(view.tokens[k]!.lower)) return true;
    if (view.tokens[k]!.text === ',') return false;
  }
  return false;
}

/** "Reports that ...": the "that" of a report noun opening the trigger's clause, within a few words. */
function reportedClause(view: SentenceView, trigger: number): number | undefined {
  for (let k = trigger - 1; k >= view.sentence.firstToken && k > trigger - 10; k--) {
    const t = view.tokens[k]!;
    if (t.lower === 'that' && REPORT_NOUNS.has(view.tokens[k - 1]?.lower ?? '')) return k;
    // "the statement by the EHRC that it has opened": the statement's maker, named before "that".
    const maker = unitAt(view, view.tokens[k - 1]?.text === ')' && view.tokens[k - 3]?.text === '(' ? k - 4 : k - 1);
    const by = maker ? maker.start - (view.tokens[maker.start - 1]?.lower === 'the' ? 2 : 1) : -1;
    if (t.lower === 'that' && maker && view.tokens[by]?.lower === 'by' && STATEMENT_NOUNS.has(view.tokens[by - 1]?.lower ?? '')) return k;
    if (t.text === ',' || t.text === ';') return undefined;
  }
  return undefined;
}

/** A denial verb after the trigger in the same sentence: "... were denied by the army". */
const EVIDENCE_NOUNS = new Set(['evidence', 'proof', 'sign', 'signs', 'indication', 'indications', 'record', 'basis', 'truth']);

/** "no evidence that", "no proof that" right before the clause starting at `k`. */
function noEvidenceFor(view: SentenceView, k: number): boolean {
  if (['the', 'a', 'an'].includes(tok(view, k - 1)?.lower ?? '')) k--;
  // ("found no evidence that Mr Krasnoselsky financed": past a title.)
  if (HONORIFICS.has(tok(view, k - 1)?.lower ?? '')) k--;
  // "It is not true that X took Y", "It is false that ...".
  const word = tok(view, k - 2)?.lower ?? '';
  const untrue = FALSE_WORDS.has(word) || (word === 'true' && ['not', "n't"].includes(tok(view, k - 3)?.lower ?? ''));
  if (tok(view, k - 1)?.lower === 'that' && untrue) return true;
  if (tok(view, k - 1)?.lower !== 'that' || !EVIDENCE_NOUNS.has(tok(view, k - 2)?.lower ?? '')) return false;
  const before = tok(view, k - 3)?.lower === 'clear' ? k - 4 : k - 3;
  return ['no', 'little', 'scant'].includes(tok(view, before)?.lower ?? '');
}

function deniedAfter(view: SentenceView, trigger: number): boolean {
  for (let k = trigger + 1; k < view.sentence.endToken; k++) {
    const t = view.tokens[k]!;
    if (DENIAL_VERBS.has(t.lower) && t.text === t.lower) return true;
    // "Claims that M23 had captured Uvira were false".
    if (['was', 'were', 'is', 'are'].includes(t.lower) && FALSE_WORDS.has(view.tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

const FALSE_WORDS = new Set(['false', 'untrue', 'baseless', 'unfounded', 'fabricated', 'wrong', 'groundless']);

/** Where the phrase of the word at `k` begins: "any of its [fighters]", "some of the [rebels]". */
function phraseStart(view: SentenceView, k: number): number {
  let j = k;
  while (j - 1 >= view.sentence.firstToken && PHRASE_OPENERS.has(view.tokens[j - 1]!.lower)) j--;
  return j;
}

const PHRASE_OPENERS = new Set(['any', 'some', 'none', 'all', 'many', 'most', 'few', 'several', 'of', 'its', 'their', 'his', 'her', 'the', 'a', 'an']);

/** "calls on the Federation's Court of Justice to": back from a phrase starting at `k` over its owner's name. */
function ownerStart(view: SentenceView, k: number): number {
  const mark = tok(view, k - 1)?.lower;
  const owner = mark === "'s" || mark === '’s' ? unitAt(view, k - 2) : undefined;
  return owner ? phraseStart(view, owner.start) : k;
}

/** Only opening quotes or brackets stand before the word at `k` in its sentence: '"If the FLA ...'. */
function opensSentence(view: SentenceView, k: number): boolean {
  for (let j = view.sentence.firstToken; j < k; j++) if (!/^[“"‘'(\[]$/.test(view.tokens[j]!.text)) return false;
  return true;
}

const INDEFINITE = new Set(['a', 'an', 'any']);
const MODALS_AFTER = new Set(['would', 'could', 'might', 'may', 'will']);

/** "a capture of Kyaukphyu by the rebels would threaten ...": an act spoken of as a possibility. */
function indefiniteActWithModal(view: SentenceView, trigger: number): boolean {
  if (!INDEFINITE.has(tok(view, trigger - 1)?.lower ?? '')) return false;
  for (let k = trigger + 1; k < view.sentence.endToken && k < trigger + 12; k++) {
    const t = view.tokens[k]!;
    if (t.text === ',' || t.text === ';') return false;
    if (MODALS_AFTER.has(t.lower) && t.text === t.lower) return true; // not the month "May"
  }
  return false;
}

const ADD_FORMS = new Set(['add', 'adds', 'added']);
const SAY_FORMS = new Set(['say', 'says']);
const SPEECH_PARTICIPLES = new Set(['adding', 'saying', 'citing', 'noting', 'claiming', 'insisting', 'according']);

/** The party a statement is attributed to, if any: "according to UN experts", "U.S. officials say", "M23 said it had ...". */
function attribution(view: SentenceView, c: Candidate, text: string): string | undefined {
  const { firstToken: first, endToken: end } = view.sentence;
  // "ISWAP, which the Council blacklisted in 2020, receives money ..., according to U.N. monitors":
  // a relative clause is background; a statement after it does not reach back in, nor one inside
  // another relative clause out. (One that opens the sentence governs all of it.)
  const own = relativeAround(view, c.trigger[0]);
  for (let k = first; k < end; k++) {
    const t = view.tokens[k]!;
    const speaks = t.lower === ACCORDING[0] || ATTRIBUTION_VERBS.has(t.lower);
    if (speaks && (own ? k >= own[1] : relativeAround(view, k) !== undefined)) continue;
    if (t.lower === ACCORDING[0] && view.tokens[k + 1]?.lower === ACCORDING[1]) {
      // ("overran X in June and, according to officials, took Y": the aside opens the second conjunct only.)
      if (k > c.trigger[0] && view.tokens[k - 1]?.text === ',' && view.tokens[k - 2]?.lower === 'and') continue;
      return phrase(view, k + 2, end, text);
    }
    // Only verbs: "a report", "Borno state" and "claims that" (nouns) attribute nothing.
    // The tagger calls "has long accused" a noun: a past form tagged noun is still the verb.
    // It also calls a closing "..., officials alleged." an adjective.
    // And "which UN experts say is backed", "claims to have liberated": a verb tagged a noun before a verb.
    const raising = view.tokens[k + 1]?.lower === 'to' && ['have', 'be'].includes(view.tokens[k + 2]?.lower ?? '');
    // ("The prosecution alleged that": an adjective before "that" too.)
    const verb = t.pos === 'VERB' || ((t.pos === 'NOUN' || (t.pos === 'ADJ' && (k > c.trigger[0] || view.tokens[k + 1]?.lower === 'that'))) && t.lower.endsWith('ed')) || (SAY_FORMS.has(t.lower) && ['AUX', 'VERB'].includes(view.tokens[k + 1]?.pos ?? '')) || (t.pos === 'NOUN' && raising);
    if (!ATTRIBUTION_VERBS.has(t.lower) || t.text !== t.lower || !verb) continue;
    if (k >= c.trigger[0] && k < c.trigger[1]) continue;
    // "added three generals to its list" adds; "he added that" and "..., she added." say.
    if (ADD_FORMS.has(t.lower) && !['that', ',', '.', '"', '“', '”', ':'].includes(view.tokens[k + 1]?.text ?? '.')) continue;
    // "has maintained its sanctions on X" keeps them; "maintains that it ..." says.
    if (t.lower.startsWith('maintain') && !['that', ',', '.', 'it', 'they', 'he', 'she', 'we'].includes(view.tokens[k + 1]?.lower ?? '.')) continue;
    if (separated(view, k, c.trigger[0])) continue;
    // ("suspended talks, accusing the group of war crimes, and the police opened an inquiry": the
    // participle's aside ends where ", and" opens the next clause.)
    if (k < c.trigger[0] && t.lower.endsWith('ing') && view.tokens[k - 1]?.text === ',' && commaAndBetween(view, k, c.trigger[0])) continue;
    // "The Wagner Group, which has been accused of abuses, was sanctioned": the accusation is the clause's own.
    if (k < c.trigger[0] && closedRelative(view, k, c.trigger[0])) continue;
    // An actor announcing its own act states it: "the EU announced sanctions".
    // (Announcing one's own capture or backing is a claim: "The RSF announced the capture of El Fasher".)
    if (SELF_REPORT_VERBS.has(t.lower) && (c.type === 'SANCTIONED' || c.type === 'INVESTIGATES') && k < c.trigger[0] && c.sources.some((s) => s.end <= k && s.end >= k - 3)) continue;
    // "X seized Y, the army said (on Thursday)." — after the trigger, the speech verb ends the sentence.
    if (k > c.trigger[0] && (!afterComma(view, k) || !endsSentence(view, k))) continue;
    // "Rwanda is widely believed to arm", "Eritrea is suspected of arming": a passive names no speaker.
    let b = k - 1;
    while (view.tokens[b]?.pos === 'ADV') b--;
    // "When X retook Tarhuna, the graves were found": after the act, only "it was reported" attributes it.
    if (k > c.trigger[0] && BE_FORMS.has(view.tokens[b]?.lower ?? '') && view.tokens[b - 1]?.lower !== 'it') continue;
    if (BE_FORMS.has(view.tokens[b]?.lower ?? '') && k < c.trigger[0]) return '';
    return speakerBefore(view, k, text) ?? '';
  }
  return undefined;
}


/** Verbs that commit to a future act: what they introduce with "that" has not happened. */
const COMMISSIVE = /^(?:promis|vow|pledg|threat|swor|swear)/;

/** Verbs that ask for an act: "demanded that the EU sanction X". */
const MANDATIVE = /^(?:demand|insist|urg|request|recommend|propos|ask)/;

/** "asked the ICC to investigate", "called for sanctions": the intent verb governs the trigger through "to" or "for". */
function requestsAct(view: SentenceView, k: number, trigger: number, apposed = false): boolean {
  // "pressed on to seize", "pushed ahead to capture": the advance goes on, nobody is asked.
  if (['on', 'ahead', 'forward'].includes(view.tokens[k + 1]?.lower ?? '') && view.tokens[k + 2]?.lower === 'to') return false;
  for (let j = k + 1; j <= trigger && j < view.sentence.endToken; j++) {
    const w = view.tokens[j]!.lower;
    // "threatened to seize", "called for sanctions", "promised that Fano will take"; not "pledged allegiance to the Islamic State".
    const infinitive = w === 'to' && (view.tokens[j + 1]?.pos === 'VERB' || j + 1 === trigger);
    // ("called on the ICC to", but "pressed on to seize" goes on with the advance.)
    const calledOn = w === 'on' && view.tokens[k]!.lower.startsWith('call');
    // ("demanded that Brussels also blacklist the group": what is demanded is not yet done; the verb
    // after it stays bare, where "demanded that ... blacklisted" reports an act.)
    const mandated = w === 'that' && MANDATIVE.test(view.tokens[k]!.lower) && !/(?:ed|s)$/.test(view.tokens[trigger]!.lower);
    if (infinitive || w === 'for' || calledOn || (w === 'that' && COMMISSIVE.test(view.tokens[k]!.lower)) || mandated) return !apposed;
    // "asked the bloc's court, the Littoral Court, to investigate": past an apposition with no verb.
    const close = w === ',' ? appositionClose(view, j, trigger) : undefined;
    if (close !== undefined) {
      // The request goes on right after the apposition.
      if (apposed) return view.tokens[close + 1]?.lower === 'to';
      j = close;
      continue;
    }
    if (w === ',' || w === ';') return false;
  }
  return false;
}

/** "asked the bloc's court, the Littoral Court, to investigate": the actor is an apposition to the one asked. */
function apposedAddressee(view: SentenceView, clauseStart: number, trigger: number): boolean {
  const comma = phraseStart(view, clauseStart) - 1;
  if (view.tokens[comma]?.text !== ',') return false;
  for (let k = comma - 1; k >= view.sentence.firstToken && k >= comma - 8; k--) {
    const t = view.tokens[k]!;
    if (t.text === ',' || t.text === ';') return false;
    if (INTENT_VERBS.has(t.lower) && t.text === t.lower) return requestsAct(view, k, trigger, true);
  }
  return false;
}

/** "said it would", "said on Tuesday that it would": a speech verb right before the clause of `would` at `k`. */
function reportedBefore(view: SentenceView, k: number): boolean {
  for (let m = k - 1; m >= view.sentence.firstToken && m >= k - 6; m--) {
    const t = view.tokens[m]!;
    if (ATTRIBUTION_VERBS.has(t.lower)) return m < k - 1;
    if (!(['it', 'they', 'he', 'she', 'that', 'on', 'last', 'this'].includes(t.lower) || t.pos === 'PROPN' || t.pos === 'NUM' || /^(?:day|week|month|year|morning|evening|night)s?$/.test(t.lower))) return false;
  }
  return false;
}

/** The comma closing an apposition that opens at the comma `j` (no verb inside, at most 8 tokens, before `limit`). */
function appositionClose(view: SentenceView, j: number, limit: number): number | undefined {
  for (let m = j + 1; m < limit && m <= j + 9; m++) {
    const t = view.tokens[m]!;
    if (t.text === ',') return m > j + 1 ? m : undefined;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';') return undefined;
  }
  return undefined;
}

/** Only a time phrase or punctuation follows the verb at `k` in its sentence. */
function endsSentence(view: SentenceView, k: number): boolean {
  for (let j = k + 1; j < view.sentence.endToken; j++) {
    const t = view.tokens[j]!;
    // "..., officials said, adding that ...": a participle clause of the same speaker follows.
    if (t.text === ',' && SPEECH_PARTICIPLES.has(view.tokens[j + 1]?.lower ?? '')) return true;
    // "..., the group said, as the government accused ...": another clause opens after the statement.
    if (t.text === ',' && NEXT_CLAUSE.has(view.tokens[j + 1]?.lower ?? '')) return true;
    // "..., local officials said, in the coalition's boldest attack", "..., residents said, cutting the road":
    // what follows describes the event reported.
    const next = view.tokens[j + 1];
    if (t.text === ',' && next && next.text === next.lower && (next.lower === 'in' || (next.pos === 'VERB' && next.lower.endsWith('ing')))) return true;
    // "..., the experts say, a charge Abu Dhabi rejects."
    if (t.text === ',' && ['a', 'an'].includes(view.tokens[j + 1]?.lower ?? '') && CLAIM_NOUNS.has(view.tokens[j + 2]?.lower ?? '')) return true;
    // "..., residents said, the latest town to change hands": a description of the event, with no verb of its own.
    if (t.text === ',' && ['the', 'a', 'an'].includes(view.tokens[j + 1]?.lower ?? '') && !finiteVerbAfter(view, j + 1)) return true;
    if (j - k > 6) return false;
    if (!(t.pos === 'PUNCT' || t.pos === 'NUM' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADV' || t.pos === 'PROPN' || /^(week|month|year|day|night|morning|evening|statement|interview|phone|telephone|reporters|journalists|conference|briefing|condition|anonymity)s?$/.test(t.lower))) return false;
  }
  return true;
}

/** A verb with tense after `from` in the sentence (not "to change", "changing", "changed hands"). */
function finiteVerbAfter(view: SentenceView, from: number): boolean {
  for (let j = from; j < view.sentence.endToken; j++) {
    const t = view.tokens[j]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && view.tokens[j - 1]?.lower !== 'to' && !/(?:ing|ed)$/.test(t.lower)) return true;
  }
  return false;
}

const NEXT_CLAUSE = new Set(['as', 'while', 'after', 'before', 'when', 'and', 'but', 'though', 'although', 'whereas']);

/** A semicolon or "but" between two words puts them in different statements. */
function separated(view: SentenceView, a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
    const w = view.tokens[k]!.lower;
    if (w === ';' || w === 'but' || w === 'whereas') return true;
  }
  return false;
}

/** "called on A and on [B]": the call verb before a list of addressees each with its own "on", from B's start. */
function callBeforeAddressees(view: SentenceView, k: number): number | undefined {
  const at = tok(view, k - 1)?.lower === 'the' ? k - 1 : k;
  if (!['on', 'upon'].includes(tok(view, at - 1)?.lower ?? '') || tok(view, at - 2)?.lower !== 'and') return undefined;
  for (let m = at - 3; m > at - 16 && m > view.sentence.firstToken; m--) {
    const w = tok(view, m)!.lower;
    if (w === ';' || w === ',') return undefined;
    if ((w === 'on' || w === 'upon') && /^call/.test(tok(view, m - 1)?.lower ?? '')) return m - 1;
  }
  return undefined;
}

/** ", and" stands between `a` and `b`. */
function commaAndBetween(view: SentenceView, a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) if (view.tokens[k]!.text === ',' && view.tokens[k + 1]!.lower === 'and') return true;
  return false;
}

/** The token at `k` sits in a relative clause (", which ... ,") that closes before `trigger`. */
function closedRelative(view: SentenceView, k: number, trigger: number): boolean {
  let open = -1;
  for (let j = k - 1; j >= view.sentence.firstToken && j > k - 12; j--) {
    const t = view.tokens[j]!;
    if (RELATIVES.has(t.lower) && view.tokens[j - 1]?.text === ',') {
      open = j;
      break;
    }
    if (t.text === ',') return false;
  }
  if (open < 0) return false;
  for (let j = k + 1; j < trigger; j++) if (view.tokens[j]!.text === ',') return true;
  return false;
}

/** "..., U.S. officials say": the speech verb ends the sentence after a comma. */
function afterComma(view: SentenceView, k: number): boolean {
  // "..., a spokesman for the Kenya Defence Forces said.": the speaker's phrase may be long.
  for (let j = k - 1; j >= view.sentence.firstToken && j > k - 12; j--) {
    if (view.tokens[j]!.text === ',') return true;
    if (view.tokens[j]!.pos === 'VERB' && view.tokens[j]!.text === view.tokens[j]!.lower) return false;
  }
  return false;
}

const RELATIVES = new Set(['that', 'which', 'who', 'whom']);


/** The noun phrase before a speech or denial verb, back to the previous clause break. */
function speakerBefore(view: SentenceView, k: number, text: string): string | undefined {
  // "X designated the TRF ..., describing it as": a participle's speaker is the clause's subject.
  if (view.tokens[k - 1]?.text === ',' && view.tokens[k]!.lower.endsWith('ing')) {
    const subject = view.units.find((u) => u.start < k);
    return subject && subject.start <= view.sentence.firstToken + 1 ? rangeText(view, text, subject.start, subject.end) : undefined;
  }
  let j = k - 1;
  const auxiliaries = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'also', 'reportedly', 'again', 'repeatedly', 'strongly', 'flatly', 'yesterday', 'today']);
  while (j >= view.sentence.firstToken && (auxiliaries.has(view.tokens[j]!.lower) || ['ADV', 'AUX'].includes(view.tokens[j]!.pos) || view.tokens[j]!.lower === 'long')) j--;
  const stop = j;
  // "a firm that officials say ...": the speaker starts after the relative pronoun.
  while (j >= view.sentence.firstToken && !CLAUSE_BREAKS.has(view.tokens[j]!.lower) && !RELATIVES.has(view.tokens[j]!.lower) && stop - j < 12) j--;
  // "The UAE, which denies supplying ...": the speaker is what the relative pronoun stands for.
  if (stop < j + 1 && j >= view.sentence.firstToken && RELATIVES.has(view.tokens[j]!.lower)) {
    const owner = unitAt(view, antecedentOf(view, j));
    return owner ? clean(rangeText(view, text, owner.start, owner.end)) : undefined;
  }
  // "Karim Khan, the ICC prosecutor, said": the name before the apposition.
  if (stop < j + 1 && view.tokens[j]?.text === ',') {
    for (let c = j - 2; c >= view.sentence.firstToken && c > j - 12; c--) {
      if (view.tokens[c]!.text !== ',') continue;
      // ("The ICC's prosecutor, Karim Khan, said": the name in the apposition.)
      let b = c - 1;
      // "The Office of the Protector of Citizens (OPC), Haiti's ombudsman, said": past the bracket.
      if (view.tokens[b]?.text === ')') while (b > c - 8 && view.tokens[b]?.text !== '(') b--;
      if (view.tokens[b]?.text === '(') b--;
      const owner = unitAt(view, b) ?? (b === c - 1 ? unitAt(view, c + 1) : undefined);
      return owner ? clean(rangeText(view, text, owner.start, owner.end)) : undefined;
    }
  }
  if (stop < j + 1) return undefined;
  return clean(text.slice(view.tokens[j + 1]!.start, view.tokens[stop]!.end));
}

function phrase(view: SentenceView, from: number, end: number, text: string): string {
  let k = from;
  while (k < end && !CLAUSE_BREAKS.has(view.tokens[k]!.lower) && !RELATIVES.has(view.tokens[k]!.lower) && k - from < 8) k++;
  if (k === from) return '';
  // A long name is not cut: "the United Nations Group of Experts on the DRC".
  const name = unitAt(view, k - 1);
  if (name && name.end > k) k = Math.min(name.end, end);
  return clean(text.slice(view.tokens[from]!.start, view.tokens[k - 1]!.end));
}

function clean(s: string): string {
  // (A dateline's dash may open it: "PORT SUDAN (Reuters) - Sudan's RSF said".)
  // ("Kigali on Monday denied": the time is not the speaker's.)
  return s
    .replace(/^[-–—\s]+/, '')
    .replace(/^(?:(?:which|who|whom|that)\s+)?(?:(?:the|a|an)\s+)?/i, '')
    .replace(/\s+(?:on\s+\w+day|(?:last|this|earlier\s+this)\s+(?:week|month|year))$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "the accusation, made by X, that [clause at `start`]": the accusation noun's index, else undefined. */
function accusationBeforeAside(view: SentenceView, start: number): number | undefined {
  if (tok(view, start - 1)?.lower !== 'that' || tok(view, start - 2)?.text !== ',') return undefined;
  for (let k = start - 3; k > start - 20 && k > view.sentence.firstToken; k--) {
    if (tok(view, k)!.text !== ',') continue;
    return tok(view, k + 1)!.pos === 'VERB' && ACCUSATION_NOUNS.has(tok(view, k - 1)?.lower ?? '') ? k - 1 : undefined;
  }
  return undefined;
}

/** "blocked a proposal at the U.N. Security Council to add X", "the proposal tabled by Sundral ... to designate": not done. */
function proposedAct(view: SentenceView, trigger: number): boolean {
  if (tok(view, trigger - 1)?.lower !== 'to') return false;
  for (let k = trigger - 2; k > trigger - 15 && k >= view.sentence.firstToken; k--) {
    const t = tok(view, k)!;
    if (t.text === ',' || t.text === ';' || (t.pos === 'VERB' && t.text === t.lower && !/ed$/.test(t.lower))) return false;
    if (PROPOSALS.has(t.lower)) return true;
  }
  return false;
}
