import type { RelationType } from '../../core/types.js';
import { DELIVERY_NOUNS, NOUN_TRIGGERS, SANCTION_COMPOUNDS, SEND_FORMS, WEAPON_WORDS, type TriggerSense } from '../lexicon/triggers.js';
import type { Argument } from './candidate.js';
import { intoAgain, investigationTargets, objectOf } from './object.js';
import { timeAfter } from './time.js';
import { tok, type SentenceView } from './view.js';

/** Prepositions that introduce the target of each relation's noun. */
const TARGET_PREPOSITIONS: Record<RelationType, readonly string[]> = {
  CAPTURED: ['of'],
  SANCTIONED: ['on', 'against', 'targeting', 'upon'],
  INVESTIGATES: ['into', 'of', 'against', 'on', 'in', 'over'],
  BACKS: ['for', 'of', 'to'],
};

const OF_NOUNS = new Set(['designation', 'designations', 'blacklisting', 'proscription']);

export interface NounTrigger {
  sense: TriggerSense;
  /** Token range of the trigger noun and its compounds ("asset freezes and travel bans"). */
  start: number;
  end: number;
}

/** A relation noun at token i, with compounds before it ("asset freezes") and coordinated nouns after ("and travel bans"). */
export function nounTriggerAt(view: SentenceView, i: number): NounTrigger | undefined {
  const t = tok(view, i);
  if (!t) return undefined;
  // "a fact-finding mission on Sudan": a mission is an investigation only when it finds facts.
  const factFinding = t.lower === 'mission' && tok(view, i - 1)?.lower === 'finding' && tok(view, i - 2)?.text === '-' && tok(view, i - 3)?.lower === 'fact';
  const sense = factFinding ? FACT_FINDING : NOUN_TRIGGERS[t.lower];
  if (!sense) return undefined;
  // Sentence-initial "Sanctions" is still the noun; elsewhere a capitalised word belongs to a name.
  if (t.text !== t.lower && i !== view.sentence.firstToken) return undefined;
  let start = factFinding ? i - 3 : i;
  while (sense.type === 'SANCTIONED' && tok(view, start - 1) && SANCTION_COMPOUNDS.has(tok(view, start - 1)!.lower)) start--;
  // "visa restrictions", "travel restrictions" are sanctions; "restrictions on aid" are not.
  if (t.lower === 'restrictions' && !RESTRICTED.has(tok(view, i - 1)?.lower ?? '')) return undefined;
  if ((t.lower === 'aid' || t.lower === 'assistance') && !ARMING.has(tok(view, i - 1)?.lower ?? '')) return undefined;
  if (DELIVERY_NOUNS.has(t.lower)) {
    if (!WEAPON_WORDS.has(tok(view, i - 1)?.lower ?? '')) return undefined;
    start = i - 1; // the arms are part of the noun: "Iran's arms deliveries"
  }
  let end = i + 1;
  for (;;) {
    if (tok(view, end)?.lower !== 'and') break;
    let k = end + 1;
    while (tok(view, k) && (SANCTION_COMPOUNDS.has(tok(view, k)!.lower) || ['a', 'an', 'the'].includes(tok(view, k)!.lower))) k++;
    const next = tok(view, k);
    if (!next || NOUN_TRIGGERS[next.lower]?.type !== sense.type) break;
    end = k + 1;
  }
  return { sense, start, end };
}

const RESTRICTED = new Set(['visa', 'travel', 'financial', 'entry']);
export const ARMING = new Set(['military', 'financial', 'lethal', 'security', 'defence', 'defense']);
const FACT_FINDING = { type: 'INVESTIGATES' as const, cameo: '090' };

/** The target after a relation noun: "capture of Goma and Bukavu", "sanctions against them", "probe into the situation in Venezuela". */
export function nounTarget(view: SentenceView, trigger: NounTrigger, from = trigger.end): (Argument & { end: number }) | undefined {
  // "Treasury's designation in June 2025 of X": a time phrase may stand between the noun and its target.
  // ("the designation by the United States of X": `from` is past the agent.)
  let at = from + timeAfter(view, from);
  // "new sanctions that target X": a relative clause with the targeting verb says whom.
  if (trigger.sense.type === 'SANCTIONED' && ['that', 'which'].includes(tok(view, at)?.lower ?? '') && ['target', 'targets', 'targeted', 'hit', 'hits'].includes(tok(view, at + 1)?.lower ?? '')) {
    const arg = objectOf(view, at + 2, []);
    if (arg) return { ...arg, end: arg.units[arg.units.length - 1]!.end };
  }
  // "sanctions of its own against the RSF".
  if (tok(view, at)?.lower === 'of' && ['its', 'their'].includes(tok(view, at + 1)?.lower ?? '') && tok(view, at + 2)?.lower === 'own') at += 3;
  const prep = tok(view, at);
  // "the designation of X" names its target with "of"; "the sanctions of 2014" does not.
  const of = prep?.lower === 'of' && OF_NOUNS.has(tok(view, trigger.end - 1)?.lower ?? '');
  // "extended an arms embargo to the group": extending sanctions to a party imposes them on it.
  const extended = trigger.sense.type === 'SANCTIONED' && prep?.lower === 'to' && [1, 2, 3].some((d) => /^extend(?:s|ed|ing)?$/.test(tok(view, trigger.start - d)?.lower ?? ''));
  // "dispatched a fact-finding mission to Myanmar": an inquiry sent to a place investigates it.
  const sentTo = trigger.sense.type === 'INVESTIGATES' && prep?.lower === 'to' && [1, 2, 3, 4, 5, 6].some((d) => SEND_FORMS.has(tok(view, trigger.start - d)?.lower ?? ''));
  if (!prep || !(TARGET_PREPOSITIONS[trigger.sense.type].includes(prep.lower) || of || extended || sentTo)) return undefined;
  const arg =
    trigger.sense.type === 'INVESTIGATES' ? investigationTargets(view, at + 1) : objectOf(view, at + 1, trigger.sense.type === 'CAPTURED' ? ['in', 'of'] : []);
  if (!arg) return undefined;
  const last = arg.units[arg.units.length - 1]!;
  // "sanctions on X, a company that ..., and on its director, Y": the preposition said again.
  const again = trigger.sense.type === 'SANCTIONED' ? repeatedAfter(view, last.end, prep.lower) : undefined;
  const more = again === undefined ? undefined : objectOf(view, again, []);
  if (more) return { units: [...arg.units, ...more.units], start: arg.start, end: more.units[more.units.length - 1]!.end };
  // "proceedings against X, and into the killing of civilians in Y".
  const into = trigger.sense.type === 'INVESTIGATES' ? intoAgain(view, last.end) : [];
  if (into.length > 0) return { units: [...arg.units, ...into], start: arg.start, end: into[into.length - 1]!.end };
  return { ...arg, end: last.end };
}

/** "X, <apposition>, and on Y" from `k` (after X): the index after the repeated preposition. */
function repeatedAfter(view: SentenceView, k: number, prep: string): number | undefined {
  let j = k;
  if (tok(view, j)?.text === ',') {
    j++;
    while (tok(view, j) && tok(view, j)!.text !== ',' && tok(view, j)!.text !== ';' && j < k + 24) j++;
    if (tok(view, j)?.text !== ',') return undefined;
  }
  if (tok(view, j + 1)?.lower === 'and' && tok(view, j + 2)?.lower === prep && tok(view, j)?.text === ',') return j + 3;
  // ("on X, known as Y, in January 2025 and on Z days later": past the date of the first.)
  const dated = (tok(view, j)?.text === ',' ? j + 1 : j);
  const after = dated + timeAfter(view, dated);
  return after > dated && tok(view, after)?.lower === 'and' && tok(view, after + 1)?.lower === prep ? after + 2 : tok(view, j)?.lower === 'and' && tok(view, j + 1)?.lower === prep ? j + 2 : undefined;
}

