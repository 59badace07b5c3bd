import { AID_NOUNS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { objectOf, subjectOf } from '../args.js';
import { verbLemma } from '../../forms.js';
import { tok, unitFrom } from '../view.js';

const SEND_VERBS = new Set(['send', 'supply', 'deliver', 'provide', 'ship', 'give', 'transfer', 'deploy', 'dispatch', 'sell']);
const HELP_VERBS = new Set(['help', 'support', 'defend', 'aid', 'assist', 'back', 'protect', 'prop', 'bolster', 'reinforce', 'shore']);

/**
 * "North Korea has sent 10,000 soldiers to help Russia", "Ankara sent drones and advisers to defend
 * the GNA", "Chad supplies weapons to the RSF", "Iran provided the Houthis with missiles".
 */
export const sendAid: Pattern = {
  name: 'send-aid',
  match(view, i) {
    const verb = tok(view, i)!;
    if (verb.text !== verb.lower || !verbLemma(verb.lower, SEND_VERBS)) return undefined;
    // What is sent, and its CAMEO code: the first aid noun before "to" or "with" ends the phrase.
    let k = i + 1;
    let cameo: string | undefined;
    let receiver;
    for (let guard = 0; guard < 12; guard++, k++) {
      const t = tok(view, k);
      if (!t) return undefined;
      if (t.lower === 'to' || t.lower === 'with') break;
      const code = AID_NOUNS[t.lower];
      if (code) cameo ??= code;
      else if (t.pos === 'VERB' && t.text === t.lower) return undefined;
    }
    const link = tok(view, k)?.lower;
    if (link === 'with') {
      // "provided the Houthis with missiles": the receiver sits before "with".
      receiver = objectOf(view, i + 1);
      for (let m = k + 1; m < k + 6 && tok(view, m) && !cameo; m++) cameo = AID_NOUNS[tok(view, m)!.lower];
    } else if (cameo) {
      const after = tok(view, k + 1);
      const help = after && verbLemma(after.lower, HELP_VERBS) ? (tok(view, k + 2)?.lower === 'up' ? k + 3 : k + 2) : k + 1;
      const unit = unitFrom(view, help, 2);
      receiver = unit ? { units: [unit], start: unit.start } : undefined;
    }
    const giver = subjectOf(view, i, () => false);
    if (!cameo || !receiver || !giver) return undefined;
    return [
      {
        type: 'BACKS',
        sources: giver.units,
        targets: receiver.units,
        trigger: [i, i + 1],
        cameo,
        confidence: 0.8,
        pattern: 'send-aid',
        clauseStart: giver.start,
      },
    ];
  },
};
