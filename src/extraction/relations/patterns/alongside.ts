import { ALONGSIDE_VERBS, SEND_FORMS } from '../../lexicon/triggers.js';
import type { Argument, Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { verbLemma } from '../../forms.js';
import { coordinated, isPlace, tok, unitAt, unitFrom, type SentenceView } from '../view.js';
import { timeBefore } from '../time.js';

const FORCES = new Set(['troops', 'soldiers', 'forces', 'fighters', 'men', 'personnel', 'units', 'commandos', 'special']);
const TROOP_WORDS = new Set([...FORCES, 'thousands', 'hundreds', 'dozens', 'of', 'its', 'their', 'own', 'some', 'several', 'more', 'than', 'about', 'around', 'up', 'to']);

/** "About 4,000 Rwandan troops are fighting alongside M23", "fought on the side of": the subject backs the group. */
export const alongside: Pattern = {
  name: 'alongside',
  match(view, i) {
    const verb = tok(view, i)!;
    if (!verbLemma(verb.lower, ALONGSIDE_VERBS)) return undefined;
    // "alongside", "on the side of", "side by side with".
    const words = (from: number, list: string[]): boolean => list.every((w, n) => tok(view, from + n)?.lower === w);
    // "deployed thousands of troops alongside": the forces sent, between the verb and its partner.
    let k = i + 1;
    while (k < i + 6 && tok(view, k) && (TROOP_WORDS.has(tok(view, k)!.lower) || tok(view, k)!.pos === 'NUM')) k++;
    if (k > i + 1 && !FORCES.has(tok(view, k - 1)!.lower)) k = i + 1;
    // "is fighting the M23 alongside Congolese troops": past the enemy fought.
    const enemy = k === i + 1 ? unitFrom(view, k, 1) : undefined;
    if (enemy && enemy.start <= k + 1 && tok(view, enemy.end)?.lower === 'alongside') k = enemy.end;
    // ("The Wagner Group fought for the Malian junta": fighting for an actor, not for a place or a cause.)
    const fightFor = words(k, ['for']) && /^fo?ught$|^fight/.test(verb.lower);
    const after = words(k, ['alongside']) ? k + 1 : words(k, ['on', 'the', 'side', 'of']) ? k + 4 : words(k, ['side', 'by', 'side', 'with']) ? k + 4 : fightFor ? k + 1 : -1;
    if (after < 0) return undefined;
    const ally = unitFrom(view, after, 2);
    if (fightFor && (!ally || isPlace(view, ally) || ['control', 'independence', 'autonomy'].includes(tok(view, ally.end)?.lower ?? ''))) return undefined;
    const subject = heldTroops(view, i) ?? apposedFighter(view, i) ?? subjectOf(view, i, () => false) ?? deployedTroops(view, i);
    if (!ally || !subject) return undefined;
    return [
      {
        type: 'BACKS',
        sources: subject.units,
        targets: coordinated(view, ally).units,
        trigger: [i, after],
        cameo: '062',
        confidence: 0.8,
        pattern: 'alongside',
        clauseStart: subject.start,
      },
    ];
  },
};

/** "Ugandan troops, deployed in March to fight alongside": the troops the participle before "to" describes. */
function deployedTroops(view: SentenceView, verb: number): Argument | undefined {
  if (tok(view, verb - 1)?.lower !== 'to') return undefined;
  let k = verb - 2;
  k -= timeBefore(view, k);
  if (!SEND_FORMS.has(tok(view, k)?.lower ?? '') || tok(view, k - 1)?.text !== ',' || !FORCES.has(tok(view, k - 2)?.lower ?? '')) return undefined;
  const sender = unitAt(view, k - 3);
  return sender && sender.end === k - 2 ? { units: [sender], start: sender.start } : undefined;
}

const KEEPS = new Set(['has', 'have', 'had', 'keeps', 'kept', 'maintains', 'maintained', 'deployed', 'sent', 'stationed']);

/** "Burundi has several thousand soldiers in South Kivu fighting alongside": whoever has the troops. */
function heldTroops(view: SentenceView, verb: number): Argument | undefined {
  if (!tok(view, verb)!.lower.endsWith('ing')) return undefined;
  let k = verb - 1;
  // (Past where the troops are: "in South Kivu", "in the east".)
  const place = unitAt(view, k);
  if (place && isPlace(view, place) && ['in', 'on', 'near'].includes(tok(view, place.start - 1)?.lower ?? '')) k = place.start - 2;
  if (!FORCES.has(tok(view, k)?.lower ?? '')) return undefined;
  k--;
  while (k > verb - 8 && tok(view, k) && (TROOP_WORDS.has(tok(view, k)!.lower) || tok(view, k)!.pos === 'NUM' || tok(view, k)!.pos === 'ADJ')) k--;
  if (!KEEPS.has(tok(view, k)?.lower ?? '')) return undefined;
  return subjectOf(view, k, () => false);
}

/** "the Al-Baraa Bin Malik Brigade, an Islamist militia fighting alongside": the name the apposition describes. */
function apposedFighter(view: SentenceView, verb: number): Argument | undefined {
  if (!tok(view, verb)!.lower.endsWith('ing')) return undefined;
  let k = verb - 1;
  let noun = false;
  while (k > verb - 5 && tok(view, k) && !unitAt(view, k) && ['NOUN', 'ADJ', 'PROPN'].includes(tok(view, k)!.pos)) {
    noun ||= tok(view, k)!.pos === 'NOUN';
    k--;
  }
  if (!noun || !['a', 'an'].includes(tok(view, k)?.lower ?? '') || tok(view, k - 1)?.text !== ',') return undefined;
  const named = unitAt(view, k - 2);
  return named && named.end === k - 1 && named.kind === 'NAME' ? { units: [named], start: named.start } : undefined;
}
