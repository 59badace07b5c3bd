import { EXPEL_VERBS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { objectOf } from '../object.js';
import { verbLemma } from '../../forms.js';
import { tok } from '../view.js';

const PURPOSE = new Set(['help', 'helps', 'helped', 'helping', 'to']);

/** "Its troops had driven TTP fighters out of Mir Ali", "pushed them out of the town": the subject takes the place. */
export const driveOut: Pattern = {
  name: 'drive-out',
  match(view, i) {
    const verb = tok(view, i)!;
    // A verb, not "Ukrainian forces out of Kursk".
    if (verb.text !== verb.lower || verb.pos !== 'VERB' || !verbLemma(verb.lower, EXPEL_VERBS)) return undefined;
    for (let k = i + 1; k < i + 16; k++) {
      const t = tok(view, k);
      if (!t || t.text === ';' || ((t.pos === 'VERB' || t.pos === 'AUX') && t.text === t.lower)) return undefined;
      if (t.lower !== 'out' || tok(view, k + 1)?.lower !== 'of') continue;
      const place = objectOf(view, k + 2, ['in', 'of']);
      const subject = place && subjectOf(view, i, () => false);
      if (!place || !subject) return undefined;
      // "sent soldiers to help Russia drive Ukrainian troops out of Kursk": a purpose, not a capture.
      if (PURPOSE.has(tok(view, subject.start - 1)?.lower ?? '') || tok(view, i - 1)?.lower === 'to') return undefined;
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
