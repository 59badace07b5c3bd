import { EXPEL_VERBS } from '../../lexicon/triggers.js';
import { ARMED_MEMBER_NOUNS } from '../../lexicon/names.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { objectOf } from '../object.js';
import { verbLemma } from '../../forms.js';
import { coordinated, possessiveAt, tok, unitAt, unitFrom } from '../view.js';

const RETREAT = new Set(['withdraw', 'retreat', 'pull', 'flee', 'leave', 'abandon', 'evacuate']);
const PURPOSE = new Set(['help', 'helps', 'helped', 'helping', 'to']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are']);

/** A name, or a noun of fighters, between the verb and "from". */
function drivenBefore(view: Parameters<Pattern['match']>[0], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (unitAt(view, k) || tok(view, k)!.pos === 'NOUN') return true;
  return false;
}

/** Verbs that also expel diplomats and companies ("expelled the ambassador from Niamey"): the ones driven must be fighters. */
const ALSO_DIPLOMATIC = new Set(['expel', 'oust', 'evict']);
const FORCE_WORDS = new Set(['troops', 'forces', 'soldiers', 'army']);

function armedBefore(view: Parameters<Pattern['match']>[0], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const unit = unitAt(view, k);
    // "the LLF's envoy": the group only owns the one driven out.
    const owner = unit && possessiveAt(view, unit.end);
    const e = owner ? undefined : view.entities.get(unit?.entities[0] ?? '');
    const w = tok(view, k)!.lower;
    if (e?.type === 'ARMED_GROUP' || ARMED_MEMBER_NOUNS.has(w) || FORCE_WORDS.has(w)) return true;
  }
  return false;
}

/** The comma closing an apposition opened by the comma at `k`, when "out of" follows it. */
function apposedUntilOut(view: Parameters<Pattern['match']>[0], k: number): number | undefined {
  for (let m = k + 2; m < k + 14; m++) {
    const t = tok(view, m);
    if (!t || t.text === ';') return undefined;
    if (t.text === ',') return tok(view, m + 1)?.lower === 'out' && tok(view, m + 2)?.lower === 'of' ? m + 1 : undefined;
  }
  return undefined;
}

/** "Its troops had driven TTP fighters out of Mir Ali", "pushed them out of the town": the subject takes the place. */
export const driveOut: Pattern = {
  name: 'drive-out',
  match(view, i) {
    const verb = tok(view, i)!;
    // A verb, not "Ukrainian forces out of Kursk".
    // (The tagger may call a past form right after its subject a noun: "The KPF chased troops from".)
    // ("helping the group drive the army out": so may a bare form between a name and its object.)
    const named = unitAt(view, i - 1) !== undefined;
    const verbal = verb.pos === 'VERB' || (verb.pos === 'NOUN' && named && (verb.lower.endsWith('ed') || tok(view, i + 1)?.pos === 'DET' || unitAt(view, i + 1)?.start === i + 1));
    const lemma = verb.text === verb.lower && verbal ? verbLemma(verb.lower, EXPEL_VERBS) : undefined;
    if (!lemma) return undefined;
    // "was driven out of X by Y": the one driven out is the subject; the taker is the agent.
    const passive = PASSIVE_AUX.has(tok(view, i - 1)?.lower ?? '');
    let limit = i + 16;
    for (let k = i + 1; k < limit; k++) {
      const t = tok(view, k);
      // "pushed the MSA, a militia once backed by France, out of Tidermène": past the apposition.
      const apposed = t?.text === ',' ? apposedUntilOut(view, k) : undefined;
      if (apposed !== undefined) {
        limit += apposed - k;
        k = apposed - 1;
        continue;
      }
      // "forced the army to withdraw from Nasir": made to retreat is driven out.
      // (Only fighters: "forced residents to flee from Goma" is no capture.)
      if (lemma === 'force' && t?.lower === 'to' && RETREAT.has(tok(view, k + 1)?.lower ?? '')) {
        if (!armedBefore(view, i + 1, k)) return undefined;
        k += tok(view, k + 2)?.lower === 'out' ? 2 : 1;
        continue;
      }
      // ("pushed tribal gunmen aligned with the government out of X": a participle describing the ones driven.)
      const described = t !== undefined && t.pos === 'VERB' && /ed$/.test(t.lower) && tok(view, k - 1)?.pos === 'NOUN' && ['with', 'to', 'by'].includes(tok(view, k + 1)?.lower ?? '');
      if (!t || t.text === ';' || ((t.pos === 'VERB' || t.pos === 'AUX') && t.text === t.lower && !described)) return undefined;
      // "drove the rebels out of X", or "drove the rebels from X" (not "drove from the airport").
      const outOf = t.lower === 'out' && tok(view, k + 1)?.lower === 'of';
      // "from" needs the ones driven before it: not "pushed south and east from Omdurman".
      const from = t.lower === 'from' && !passive && drivenBefore(view, i + 1, k);
      if (!outOf && !from) continue;
      if (ALSO_DIPLOMATIC.has(lemma) && !armedBefore(view, passive ? i - 1 : i + 1, passive ? i : k)) return undefined;
      const place = objectOf(view, outOf ? k + 2 : k + 1, ['in', 'of']);
      const last = place?.units[place.units.length - 1];
      const agent = passive && last && tok(view, last.end)?.lower === 'by' ? unitFrom(view, last.end + 1, 2) : undefined;
      const subject = passive ? (agent ? { units: coordinated(view, agent).units, start: agent.start } : undefined) : place && subjectOf(view, i, () => false);
      if (!place || !subject) return undefined;
      // "sent soldiers to help Russia drive Ukrainian troops out of Kursk": a purpose, not a capture.
      // ("supplied drones, helping the group drive X out of Y": what the help achieved.)
      const h = tok(view, subject.start - 1)?.lower === 'the' ? subject.start - 2 : subject.start - 1;
      const helper = tok(view, h)?.lower ?? '';
      if ((PURPOSE.has(helper) && helper !== 'helping' && helper !== 'helped') || tok(view, i - 1)?.lower === 'to') return undefined;
      return [
        {
          type: 'CAPTURED',
          sources: subject.units,
          targets: place.units,
          trigger: [i, i + 1],
          cameo: '192',
          confidence: 0.8,
          pattern: 'drive-out',
          clauseStart: subject.start,
        },
      ];
    }
    return undefined;
  },
};
