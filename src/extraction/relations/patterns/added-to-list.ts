import { ADD_VERBS as ADD, LIST_ADVERBS, LIST_STATIVES } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { listAfterColon, objectOf } from '../object.js';
import { tok, unitAt } from '../view.js';

const LIST_WORDS = new Set(['sanctions', 'sanction', 'blacklist', 'terror', 'terrorist', 'terrorism', 'consolidated', 'entity', 'designation', 'designations']);

/** The list after "to": "to the UK sanctions list", "to its sanctions list"; the unit before "sanctions" owns it. */
function sanctionsList(view: Parameters<Pattern['match']>[0], k: number): { end: number; owner?: ReturnType<typeof unitAt> } | undefined {
  if (tok(view, k)?.lower === 'back') k++; // "placed the Houthis back on its list"
  if (tok(view, k)?.lower !== 'to' && tok(view, k)?.lower !== 'on') return undefined;
  let m = k + 1;
  let owner;
  for (let guard = 0; guard < 6 && tok(view, m); guard++, m++) {
    const t = tok(view, m)!;
    // "to its sanctions list", "to the blacklist", and "to the list" named before ("... added to the list X"), not "the list of".
    // "to its list of sanctioned entities" names the list by what is on it.
    // "the list of persons subject to restrictive measures": the list named by its measures.
    const listOf = tok(view, m + 1)?.lower === 'of' && [2, 3, 4, 5, 6].some((d) => LIST_WORDS.has(tok(view, m + d)?.lower ?? '') || SANCTIONED_WORDS.has(tok(view, m + d)?.lower ?? '') || tok(view, m + d)?.lower === 'restrictive');
    // "the U.S. list of foreign terrorist organisations": the owner's name between "the" and the list.
    const ownerNamed = owner !== undefined && owner.end === m && tok(view, owner.start - 1)?.lower === 'the';
    const named = (['the', 'its', 'their', "'s", '’s'].includes(tok(view, m - 1)!.lower) || ownerNamed) && (tok(view, m + 1)?.lower !== 'of' || listOf);
    // ("placed X on their terrorist lists": each its own.)
    if (t.lower === 'list' || t.lower === 'blacklist' || t.lower === 'lists') {
      if (!(LIST_WORDS.has(tok(view, m - 1)!.lower) || t.lower === 'blacklist' || named)) return undefined;
      return { end: listOf ? listEnd(view, m + 2) : m + 1, owner };
    }
    owner ??= unitAt(view, m);
  }
  return undefined;
}

const SANCTIONED_WORDS = new Set(['sanctioned', 'designated', 'listed', 'blacklisted', 'proscribed', 'blocked']);

/** End of "of sanctioned entities" after a list: past the participle and its noun. */
function listEnd(view: Parameters<Pattern['match']>[0], k: number): number {
  let m = k;
  while (m < k + 3 && tok(view, m) && tok(view, m)!.text === tok(view, m)!.lower && ['ADJ', 'NOUN', 'VERB'].includes(tok(view, m)!.pos)) m++;
  // "persons subject to restrictive measures"
  if (tok(view, m)?.lower === 'to' && tok(view, m + 1)?.lower === 'restrictive' && tok(view, m + 2)?.lower === 'measures') m += 3;
  return m;
}

/** Past ", the movement's leader," after a name; else where it was. */
function pastApposition(view: Parameters<Pattern['match']>[0], k: number): number {
  if (tok(view, k)?.text !== ',') return k;
  for (let m = k + 1; m < k + 8 && tok(view, m); m++) if (tok(view, m)!.text === ',') return m + 1;
  return k;
}

function onList(view: Parameters<Pattern['match']>[0], i: number): ReturnType<Pattern['match']> {
  // ("the group is also on the EU's list": past an adverb.)
  const on = LIST_ADVERBS.has(tok(view, i + 1)?.lower ?? '') ? i + 2 : i + 1;
  const list = tok(view, on)?.lower === 'on' ? sanctionsList(view, on) : undefined;
  if (!list?.owner) return undefined;
  const listed = subjectOf(view, i, () => false);
  if (!listed) return undefined;
  return [{ type: 'SANCTIONED', sources: [list.owner], targets: listed.units, trigger: [i, list.end], cameo: '163', confidence: 0.75, pattern: 'added-to-list', clauseStart: listed.start }];
}

/** "X was among 12 people added to the UN sanctions list": the position of "among" before the added ones. */
function amongAdded(view: Parameters<Pattern['match']>[0], i: number): number | undefined {
  const noun = tok(view, i - 1);
  if (!noun || noun.pos !== 'NOUN' || noun.text !== noun.lower) return undefined;
  for (let k = i - 2; k >= i - 5 && tok(view, k); k--) {
    const t = tok(view, k)!;
    if (t.lower === 'among') return k;
    if (!(t.pos === 'NUM' || t.pos === 'ADJ' || t.lower === 'the' || t.lower === 'those')) return undefined;
  }
  return undefined;
}

/** "X has been added to the UK sanctions list", "The committee added Gran Grif to its sanctions list", "to its list of sanctioned entities". */
export const addedToList: Pattern = {
  name: 'added-to-list',
  match(view, i) {
    const verb = tok(view, i)!;
    if (LIST_STATIVES.has(verb.lower)) return onList(view, i);
    if (!ADD.has(verb.lower)) return undefined;
    const passive = ['been', 'was', 'were', 'is', 'are'].includes(tok(view, i - 1)?.lower ?? '');
    const among = passive ? undefined : amongAdded(view, i);
    if (passive || among !== undefined) {
      const list = sanctionsList(view, i + 1);
      const listed = subjectOf(view, among ?? i, () => false);
      if (!list || !listed) return undefined;
      const c = { type: 'SANCTIONED' as const, targets: listed.units, trigger: [i, list.end] as [number, number], cameo: '163', confidence: 0.8, pattern: 'added-to-list', clauseStart: listed.start };
      return list.owner ? [{ ...c, sources: [list.owner] }] : [{ ...c, sources: [], inherit: true }];
    }
    const named = objectOf(view, i + 1);
    const last = named?.units[named.units.length - 1];
    // "placed its leader, Musa Baluku, on its list": past the apposition's closing comma too.
    let list = last && (sanctionsList(view, last.end) ?? sanctionsList(view, pastApposition(view, last.end)) ?? (tok(view, last.end)?.text === ',' ? sanctionsList(view, last.end + 1) : undefined));
    let object = list ? named : undefined;
    if (!list) {
      // "added three Russian generals to its sanctions list, including Sergei Surovikin".
      for (let m = i + 1; m < i + 10 && tok(view, m) && !list; m++) list = sanctionsList(view, m);
      object = list && (objectOf(view, list.end) ?? listAfterColon(view, list.end));
    }
    const adder = subjectOf(view, i, () => false);
    if (!list || !object || !adder) return undefined;
    return [{ type: 'SANCTIONED', sources: adder.units, targets: object.units, trigger: [i, list.end], cameo: '163', confidence: 0.8, pattern: 'added-to-list', clauseStart: adder.start }];
  },
};
