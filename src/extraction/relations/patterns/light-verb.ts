import type { RelationType } from '../../../core/types.js';
import { IMPOSING, LIGHT_VERBS, PROSPECTIVE_VERBS, SANCTION_WITH_VERBS } from '../../lexicon/triggers.js';
import type { Argument, Candidate, Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { investigationTargets, objectOf } from '../object.js';
import { timeAfter } from '../time.js';
import { verbLemma } from '../../forms.js';
import { nounTarget, nounTriggerAt, type NounTrigger } from '../nominal.js';
import { tok, unitAt, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';

/** "The European Union imposed sanctions on X", "Britain and Canada announced asset freezes and travel bans on X", "opened a probe into". */
export const lightVerb: Pattern = {
  name: 'light-verb',
  match(view, i) {
    const trigger = nounTriggerAt(view, i);
    if (!trigger) return undefined;
    // "has a second case of mad cow disease": a case of something is no case against anyone.
    if ((tok(view, trigger.end - 1)?.lower === 'case' || tok(view, trigger.end - 1)?.lower === 'cases') && tok(view, trigger.end)?.lower === 'of') return undefined;
    let k = trigger.start - 1;
    const skippable = (w: string, pos: string): boolean =>
      ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'new', 'fresh', 'further', 'formal', 'full', 'own', 'up', 'second', 'third', 'first', 'no', 'any'].includes(w) ||
      pos === 'ADJ' || pos === 'NUM';
    // "opened a treason investigation", "a war crimes inquiry": up to two nouns say what is investigated.
    // ("a war-crimes investigation": a compound of them too.)
    const kind = (at: number): boolean => trigger.sense.type === 'INVESTIGATES' && at >= trigger.start - 3 && (tok(view, at)?.pos === 'NOUN' || (tok(view, at)?.text === '-' && !tok(view, at)!.spaceBefore));
    // ("have both imposed sanctions": the tagger may call the verb after "both" an adjective.)
    const verbAsAdjective = (at: number): boolean => tok(view, at)!.pos === 'ADJ' && verbLemma(tok(view, at)!.lower, LIGHT_VERBS) !== undefined && !['the', 'a', 'an'].includes(tok(view, at - 1)?.lower ?? '');
    while (tok(view, k) && tok(view, k)!.text === tok(view, k)!.lower && ((skippable(tok(view, k)!.lower, tok(view, k)!.pos) && !verbAsAdjective(k)) || kind(k))) k--;
    // "restored the group's designation as a Foreign Terrorist Organization": the one designated owns the designation.
    const designee = designatedOwner(view, k, trigger);
    const skipBack = (from: number): number => {
      let m = from;
      while (tok(view, m) && tok(view, m)!.text === tok(view, m)!.lower && skippable(tok(view, m)!.lower, tok(view, m)!.pos)) m--;
      return m;
    };
    if (designee) k = skipBack(designee.start - 1);
    // "opened a Katyn probe": a place named before an investigation is where its crimes were.
    const scene = trigger.sense.type === 'INVESTIGATES' ? sceneBefore(view, k) : undefined;
    if (scene) k = skipBack(scene.start - 1);
    // "set up a commission of inquiry into", "established a panel of experts to investigate",
    // "adopted its 15th package of sanctions against".
    if (tok(view, k)?.lower === 'of' && (BODIES.has(tok(view, k - 1)?.lower ?? '') || BATCHES.has(tok(view, k - 1)?.lower ?? ''))) {
      k = skipBack(k - 2);
    }
    if (tok(view, k)?.lower === 'with' && trigger.sense.type === 'SANCTIONED') return targetedWith(view, k, trigger);
    const verb = tok(view, k);
    const light = verb ? verbLemma(verb.lower, LIGHT_VERBS) : undefined;
    // "has an ongoing investigation into X"; "has sanctions" says too little of who imposed them.
    if (!light || (light === 'have' && trigger.sense.type !== 'INVESTIGATES')) return relativeAct(view, trigger);
    const subject = subjectOf(view, k, (w) => verbLemma(w, LIGHT_VERBS) !== undefined);
    // "adopted restrictive measures against nine individuals": an act with no named target still names its actor.
    const target = nounTarget(view, trigger) ?? (scene ? { units: [scene], start: scene.start } : undefined) ?? (designee ? { units: [designee], start: designee.start } : undefined) ?? (subject ? onWhom(view, subject.start, trigger) : undefined);
    if (!subject) {
      // "The measures, imposed under ..., include an asset freeze on X": the sanctioning body named before.
      if (!target || trigger.sense.type !== 'SANCTIONED' || !measuresBefore(view, k)) return undefined;
      return [{ type: 'SANCTIONED', sources: [], inherit: true, targets: target.units, trigger: [k, trigger.end], cameo: trigger.sense.cameo, confidence: 0.75, pattern: 'light-verb', clauseStart: k }];
    }
    // "The RSF announced the capture of El Fasher": announcing one's own capture claims it (announcing sanctions imposes them).
    const claimed = (trigger.sense.type === 'CAPTURED' || trigger.sense.type === 'BACKS') && CLAIMING.has(light) ? { claimedBy: [subject.start, k] as [number, number] } : {};
    const prospective = PROSPECTIVE_VERBS.has(light) ? { prospective: true } : {};
    // ("has imposed no sanctions on Moscow": the noun's "no" negates the act.)
    const negated = view.tokens.slice(k + 1, trigger.start).some((t) => t.lower === 'no') ? { negated: true } : {};
    return [
      {
        type: trigger.sense.type,
        sources: subject.units,
        targets: target?.units ?? [],
        trigger: [k, trigger.end],
        cameo: trigger.sense.cameo,
        confidence: 0.86 * (trigger.sense.weight ?? 1),
        pattern: 'light-verb',
        clauseStart: subject.start,
        ...claimed,
        ...prospective,
        ...negated,
      },
    ];
  },
};

/** "the Houthis' designation as": the owner, at `k` a possessive mark, of a designation "as" something. */
function designatedOwner(view: SentenceView, k: number, trigger: NounTrigger): Unit | undefined {
  if (trigger.sense.type !== 'SANCTIONED' || tok(view, trigger.end)?.lower !== 'as') return undefined;
  const mark = tok(view, k)?.text;
  if (mark !== "'s" && mark !== '’s' && mark !== "'" && mark !== '’') return undefined;
  const owner = unitAt(view, k - 1);
  return owner && owner.end === k ? owner : undefined;
}

/** A place whose name ends at `k`, after a determiner: "a [Katyn] probe", "the [Bucha] investigation". */
function sceneBefore(view: SentenceView, k: number): Unit | undefined {
  const unit = unitAt(view, k);
  if (!unit || unit.end !== k + 1 || unit.kind !== 'NAME') return undefined;
  if (!['a', 'an', 'the', 'its', 'their', 'his', 'her', 'new'].includes(tok(view, unit.start - 1)?.lower ?? '')) return undefined;
  return unit.entities.every((id) => view.entities.get(id)?.type === 'PLACE') ? unit : undefined;
}

/** "Darassa, on whom the Security Council imposed a travel ban": the one the relative pronoun before the subject stands for. */
function onWhom(view: SentenceView, start: number, trigger: NounTrigger): Argument | undefined {
  let r = start - 1;
  if (tok(view, r)?.lower === 'the') r--;
  if (!['whom', 'which'].includes(tok(view, r)?.lower ?? '') || !TARGET_LINKS[trigger.sense.type].includes(tok(view, r - 1)?.lower ?? '')) return undefined;
  const before = r - 1;
  const unit = tok(view, before - 1)?.text === ',' ? unitAt(view, before - 2) : undefined;
  return unit && unit.end === before - 1 ? { units: [unit], start: unit.start } : undefined;
}

/** "targeted Omar Dalan with sanctions", "hit three firms with asset freezes": `k` is "with". */
function targetedWith(view: SentenceView, k: number, trigger: NounTrigger): Candidate[] | undefined {
  for (let v = k - 1; v >= k - 12 && tok(view, v); v--) {
    const t = tok(view, v)!;
    if (t.text === ';' || t.text === ':') return undefined;
    if (t.text !== t.lower || !verbLemma(t.lower, SANCTION_WITH_VERBS) || t.pos === 'NOUN') continue;
    const target = objectOf(view, v + 1);
    const last = target?.units[target.units.length - 1];
    // The object runs up to "with" (past an apposition's closing comma).
    if (!target || !last || !(last.end === k || (tok(view, last.end)?.text === ',' && last.end + 1 === k))) return undefined;
    const subject = subjectOf(view, v, () => false);
    if (!subject) return undefined;
    return [{ type: 'SANCTIONED', sources: subject.units, targets: target.units, trigger: [v, trigger.end], cameo: trigger.sense.cameo, confidence: 0.8, pattern: 'light-verb', clauseStart: subject.start }];
  }
  return undefined;
}

/**
 * "the arms embargo that the Security Council imposed on Libya", "sanctions which Washington placed on
 * X": the act named before the relative clause whose light verb carries it.
 */
function relativeAct(view: SentenceView, trigger: NounTrigger): Candidate[] | undefined {
  // "the arms embargo on Darfur, which the Security Council imposed in 2004": the target first.
  const named = nounTarget(view, trigger);
  let k = named ? named.end : trigger.end;
  if (named && tok(view, k)?.text === ',') k++;
  const act = relativeVerb(view, k);
  if (!act) return undefined;
  let targets = named?.units;
  if (!targets) {
    // "the arms embargo that the Security Council imposed on Libya": the target after the verb.
    // "that the ICC opened in 2025 into crimes in X": past a time phrase.
    const link = act.verb + 1 + timeAfter(view, act.verb + 1);
    if (!TARGET_LINKS[trigger.sense.type].includes(tok(view, link)?.lower ?? '')) return undefined;
    targets = (trigger.sense.type === 'INVESTIGATES' ? investigationTargets(view, link + 1) : objectOf(view, link + 1))?.units;
    if (!targets) return undefined;
  }
  return [
    {
      type: trigger.sense.type,
      sources: act.subject.units,
      targets,
      trigger: [act.verb, act.verb + 1],
      cameo: trigger.sense.cameo,
      confidence: 0.8 * (trigger.sense.weight ?? 1),
      pattern: 'light-verb',
      clauseStart: act.subject.start,
      ...(PROSPECTIVE_VERBS.has(act.lemma) ? { prospective: true } : {}),
    },
  ];
}

/** "that/which <subject> imposed" opening at `k`: the light verb and its subject, inside the clause. */
function relativeVerb(view: SentenceView, k: number): { verb: number; subject: Argument; lemma: string } | undefined {
  // ("measures the UK has already imposed on X": a relative clause with no pronoun opens on its subject.)
  const bare = tok(view, k)?.lower === 'the' || unitAt(view, k)?.start === k;
  if (!['which', 'that'].includes(tok(view, k)?.lower ?? '') && !bare) return undefined;
  if (bare) k--;
  for (let v = k + 2; v < k + 10; v++) {
    const w = tok(view, v);
    if (!w || w.text === ',' || w.text === ';') return undefined;
    const lemma = w.text === w.lower ? verbLemma(w.lower, LIGHT_VERBS) : undefined;
    if (!lemma || lemma === 'have') continue; // "that the Council has imposed": the auxiliary is not the act
    if (bare && !IMPOSING.has(lemma)) return undefined;
    const subject = subjectOf(view, v, () => false);
    return subject && subject.start > k ? { verb: v, subject, lemma } : undefined;
  }
  return undefined;
}

const TARGET_LINKS: Record<RelationType, readonly string[]> = { SANCTIONED: ['on', 'against', 'upon'], INVESTIGATES: ['into'], BACKS: [], CAPTURED: [] };

/** Light verbs that report rather than do: "announced the capture", "claimed the seizure". */
const CLAIMING = new Set(['announce', 'claim', 'confirm']);

/** Batches of measures: "a new package of sanctions", "a second round of sanctions". */
const BATCHES = new Set(['package', 'round', 'set', 'raft', 'wave', 'batch', 'series', 'tranche', 'slew', 'hundreds', 'dozens', 'thousands', 'scores', 'number']);

/** Bodies named after what they do: "a commission of inquiry". */
const BODIES = new Set(['commission', 'mission', 'panel', 'committee', 'board', 'court']);

const MEASURES = new Set(['measures', 'sanctions', 'action', 'actions', 'package', 'designations', 'listings', 'penalties']);

/** The verb at `k` has a sanctions word for its subject, past a parenthetical: "The measures, imposed ..., include". */
function measuresBefore(view: SentenceView, k: number): boolean {
  let j = k - 1;
  if (tok(view, j)?.text === ',') {
    j--;
    while (tok(view, j) && tok(view, j)!.text !== ',' && k - j < 20) j--;
    j--;
  }
  return MEASURES.has(tok(view, j)?.lower ?? '');
}
