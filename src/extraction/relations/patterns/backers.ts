import { AID_NOUNS, BACKER_NOUNS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { coordinated, coordinatedBefore, modifiesNoun, tok, unitAt, unitFrom, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';

const COPULA = new Set(['include', 'includes', 'included', 'including', 'are', 'were', 'is', 'was', 'remains', 'remained', 'become', 'becomes', 'became']);
const POSSESSIVE = new Set(["'s", '’s', '’', "'"]);
const PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const CLIENT_AFTER_OF = new Set(['backer', 'backers', 'sponsor', 'sponsors', 'patron', 'patrons', 'benefactor', 'benefactors', 'financier', 'financiers', 'funder', 'funders', 'donor', 'donors', 'facilitator', 'facilitators']);

/**
 * A backer named by its role: "His backers have included Egypt, the UAE and Russia", "the RSF's most
 * important backer, according to U.N. experts, is the UAE", "Germany is now Ukraine's largest military
 * donor", "Pyongyang has become one of Moscow's main sources of ammunition".
 */
export const backers: Pattern = {
  name: 'backers',
  match(view, i) {
    const noun = tok(view, i)!;
    if (!BACKER_NOUNS.has(noun.lower)) return undefined;
    if ((noun.lower === 'source' || noun.lower === 'sources') && !sourceOfAid(view, i)) return undefined;
    if ((noun.lower === 'protector' || noun.lower === 'guarantor') && tok(view, i + 1)?.lower === 'of') return undefined;
    const client = possessor(view, i) ?? recipientAfter(view, i);
    if (!client) return undefined;
    // "<client>'s backer is X": the backer follows the copula, past a parenthetical.
    const after = copulaAfter(view, i + 1);
    const named = (after !== undefined ? unitFrom(view, after, 2) : undefined) ?? apposed(view, i, client) ?? apposedBefore(view, i) ?? includedAfter(view, i);
    // "X is <client>'s largest donor": the backer is the subject.
    const start = startOfPhrase(view, i);
    const subject = named ? undefined : copulaBefore(view, start) ? subjectOf(view, start, () => false) : undefined;
    // ("Iran and Russia, the group's main arms suppliers,": every name of the list before the apposition.)
    const sources = named ? (named.end <= client.start ? (coordinatedBefore(view, named.end) ?? [named]) : coordinated(view, named).units) : subject?.units;
    if (!sources || sources.length === 0) return undefined;
    return [
      {
        type: 'BACKS',
        sources,
        targets: [client],
        trigger: [i, i + 1],
        cameo: noun.lower.startsWith('source') || noun.lower.startsWith('supplier') ? '072' : '070',
        confidence: 0.75,
        pattern: 'backers',
        clauseStart: Math.min(client.start, sources[0]!.start),
      },
    ];
  },
};

/**
 * The backer in apposition: "the RSF's main backer, the UAE, ..." (after the phrase) or
 * "the UAE, the RSF's main backer, ..." (before it).
 */
function apposed(view: SentenceView, i: number, client: Unit): Unit | undefined {
  // "Cambodia's main supplier of arms,": past what is supplied.
  if (tok(view, i + 1)?.lower === 'of' && AID_NOUNS[tok(view, i + 2)?.lower ?? '']) i += 2;
  if (tok(view, i + 1)?.text === ',') {
    const after = unitFrom(view, i + 2, 2);
    if (after && [',', '.', ';'].includes(tok(view, after.end)?.text ?? '.')) return after;
  }
  let k = client.start - 1;
  while (tok(view, k) && ['the', 'a'].includes(tok(view, k)!.lower)) k--;
  // ("Germany, Ukraine's largest military donor in Europe, said": past a short phrase of place.)
  let close = i + 1;
  if (tok(view, close)?.lower === 'in') while (close < i + 5 && tok(view, close) && tok(view, close)!.text !== ',' && tok(view, close)!.pos !== 'VERB') close++;
  return tok(view, k)?.text === ',' && tok(view, close)?.text === ',' ? unitAt(view, k - 1) : undefined;
}

/** "several of its financiers in Nairobi, including the businessman X": the backer a plural role includes. */
function includedAfter(view: SentenceView, i: number): Unit | undefined {
  if (!tok(view, i)!.lower.endsWith('s')) return undefined;
  for (let k = i + 1; k < i + 10; k++) {
    const t = tok(view, k);
    if (!t || t.text === ';' || (t.pos === 'VERB' && t.text === t.lower)) return undefined;
    if (t.text !== ',') continue;
    let m = k + 1;
    if (tok(view, m)?.lower === 'including') m++;
    else if (tok(view, m)?.lower === 'among' && tok(view, m + 1)?.lower === 'them') m += 2;
    else return undefined;
    if (['the', 'a'].includes(tok(view, m)?.lower ?? '') && tok(view, m + 1)?.pos === 'NOUN' && !unitAt(view, m + 1)) m += 2;
    return unitFrom(view, m, 2);
  }
  return undefined;
}

/** The owner in "<unit>'s (adj)* backer" or "its main source". */
function possessor(view: SentenceView, i: number): Unit | undefined {
  let k = i - 1;
  // "main backer", "main arms supplier".
  while (tok(view, k) && (['ADJ', 'ADV'].includes(tok(view, k)!.pos) || AID_NOUNS[tok(view, k)!.lower]) && tok(view, k)!.text === tok(view, k)!.lower) k--;
  const mark = tok(view, k);
  if (!mark) return undefined;
  if (PRONOUNS.has(mark.lower)) return unitAt(view, k);
  return POSSESSIVE.has(mark.lower) ? unitAt(view, k - 1) : undefined;
}

/** "the biggest supplier of weapons to Israel": the one the aid goes to. */
function recipientAfter(view: SentenceView, i: number): Unit | undefined {
  // "a financial facilitator for the X Front", "a financier for X": the client after "for".
  if (tok(view, i + 1)?.lower === 'for' && CLIENT_AFTER_OF.has(tok(view, i)!.lower)) {
    const client = unitFrom(view, i + 2, 1);
    return client && !modifiesNoun(view, client) ? client : undefined;
  }
  // "the main arms supplier to Israel": an arms supplier's client after "to".
  if (tok(view, i + 1)?.lower === 'to' && tok(view, i)!.lower.startsWith('supplier') && AID_NOUNS[tok(view, i - 1)?.lower ?? ''] !== undefined) {
    const client = unitFrom(view, i + 2, 1);
    return client && !modifiesNoun(view, client) ? client : undefined;
  }
  if (tok(view, i + 1)?.lower !== 'of') return undefined;
  // "the main backer of the RSF", "a sponsor of Hezbollah": the client right after "of".
  // "the main arms supplier of the Houthis" (but "supplier of weapons to" names the aid first).
  const armsSupplier = tok(view, i)!.lower.startsWith('supplier') && AID_NOUNS[tok(view, i - 1)?.lower ?? ''] !== undefined;
  if (CLIENT_AFTER_OF.has(tok(view, i)!.lower) || armsSupplier) {
    const client = unitFrom(view, i + 2, 1);
    if (client) return client;
  }
  // "the main source of the X Front's weapons": the owner of the aid.
  const owner = unitFrom(view, i + 2, 1);
  if (owner && POSSESSIVE.has(tok(view, owner.end)?.lower ?? '') && AID_NOUNS[tok(view, owner.end + 1)?.lower ?? '']) return owner;
  let aid = false;
  for (let k = i + 2; k < i + 7 && tok(view, k); k++) {
    const t = tok(view, k)!;
    if (AID_NOUNS[t.lower]) aid = true;
    else if (t.lower === 'to' && aid) return unitFrom(view, k + 1, 2);
    // ("the biggest source of money for U.S. home mortgages": a name describing what the aid is for.)
    else if (t.lower === 'for' && aid) {
      const client = unitFrom(view, k + 1, 2);
      return client && !modifiesNoun(view, client) ? client : undefined;
    }
    else if (t.text !== t.lower || !['ADJ', 'NOUN', 'CCONJ', 'PUNCT'].includes(t.pos) || t.text === ';') return undefined;
  }
  return undefined;
}

/** "sources of ammunition", "source of attack helicopters": a source of aid, not of news. */
function sourceOfAid(view: SentenceView, i: number): boolean {
  if (tok(view, i + 1)?.lower !== 'of') return false;
  for (let k = i + 2; k < i + 8 && tok(view, k); k++) if (AID_NOUNS[tok(view, k)!.lower]) return true;
  return false;
}

function copulaAfter(view: SentenceView, k: number): number | undefined {
  let m = k;
  while (tok(view, m) && ['have', 'has', 'had', 'been', 'long', 'reportedly', 'also', 'still'].includes(tok(view, m)!.lower)) m++;
  if (tok(view, m)?.text === ',') {
    // ", according to U.N. experts, U.S. lawmakers and ..., is the UAE": the copula after the parenthetical.
    let close = m + 1;
    while (tok(view, close) && !(tok(view, close)!.text === ',' && COPULA.has(tok(view, close + 1)?.lower ?? '')) && close - m < 25) close++;
    m = close + 1;
  }
  return COPULA.has(tok(view, m)?.lower ?? '') ? m + 1 : undefined;
}

/** "Iran, the main backer of the RSF, ...": the name before the description's comma. */
function apposedBefore(view: SentenceView, i: number): Unit | undefined {
  let k = i - 1;
  while (tok(view, k) && (['the', 'a', 'an', 'one', 'of'].includes(tok(view, k)!.lower) || (tok(view, k)!.pos === 'ADJ' && tok(view, k)!.text === tok(view, k)!.lower))) k--;
  return tok(view, k)?.text === ',' && tok(view, i + 1)?.lower === 'of' ? unitAt(view, k - 1) : undefined;
}

function startOfPhrase(view: SentenceView, i: number): number {
  let k = i - 1;
  while (tok(view, k) && !PHRASE_COPULAS.has(tok(view, k)!.lower) && !(tok(view, k)!.lower === 'as' && ROLE_VERBS.has(tok(view, k - 1)?.lower ?? '')) && i - k < 8) k--;
  // "has acted as a financial facilitator for": the verb before "as" opens the phrase.
  return tok(view, k)?.lower === 'as' ? k - 1 : k;
}

/** "Germany is now ...", "Pyongyang has become one of ...", "X has acted as ...": a copula opens the phrase. */
function copulaBefore(view: SentenceView, k: number): boolean {
  // ("it was investigating the group and its financiers": an auxiliary, not a copula.)
  if (tok(view, k + 1)?.pos === 'VERB' && tok(view, k + 1)!.lower.endsWith('ing')) return false;
  return PHRASE_COPULAS.has(tok(view, k)?.lower ?? '') || (ROLE_VERBS.has(tok(view, k)?.lower ?? '') && tok(view, k + 1)?.lower === 'as');
}

/** Verbs that give a role through "as": "acted as a facilitator for", "served as a conduit". */
const ROLE_VERBS = new Set(['acted', 'acts', 'act', 'acting', 'served', 'serves', 'serve', 'serving']);

/** ("Eritrea has been the main backer of ...".) */
const PHRASE_COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'become', 'became', 'becomes', 'been']);
