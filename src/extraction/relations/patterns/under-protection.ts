import { SHELTER_NOUNS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { appositionHead, earlierVerbOf, subjectOf } from '../subject.js';
import type { Unit } from '../../types.js';
import { coordinated, possessiveAt, tok, unitAt, unitFrom } from '../view.js';
import { headOf } from '../object.js';

/**
 * "The ELN operates with the protection of Venezuelan security forces", "fought the LTTE under
 * the Sri Lanka Army's protection", "fights with the backing of Osra": the one whose protection
 * it is backs the subject of the clause; so does the one whose payroll it is on ("a militia on the
 * PMF's payroll").
 */
export const underProtection: Pattern = {
  name: 'under-protection',
  match(view, i) {
    if (!SHELTER_NOUNS.has(tok(view, i)!.lower)) return undefined;
    let giver: Unit | undefined;
    let opening: number;
    if (tok(view, i + 1)?.lower === 'of' && tok(view, i - 1)?.lower === 'the') {
      const named = unitFrom(view, i + 2, 2);
      // "with the backing of Iran's Quds Force": the possessed body gives, not its owner.
      giver = named && headOf(view, named);
      opening = i - 2;
    } else if (possessiveAt(view, i - 1) && unitAt(view, i - 2)) {
      // "under the Sri Lanka Army's protection".
      giver = unitAt(view, i - 2);
      opening = giver!.start - 2;
      if (tok(view, giver!.start - 1)?.lower !== 'the') return undefined;
    } else return undefined;
    // "on the PMF's payroll", "on the payroll of X": paid by X.
    const payroll = tok(view, i)!.lower === 'payroll';
    if (!giver || !(payroll ? ['on', 'onto'] : ['with', 'under']).includes(tok(view, opening)?.lower ?? '')) return undefined;
    // ("the YBS, a Yazidi militia on the PMF's payroll": the name the apposition describes.)
    const described = payroll ? appositionHead(view, opening - 1) : undefined;
    const verb = described === undefined ? earlierVerbOf(view, opening) : undefined;
    const subject = described !== undefined ? { units: [unitAt(view, described)!], start: described } : verb === undefined ? undefined : subjectOf(view, verb, () => false);
    if (!subject) return undefined;
    return [
      {
        type: 'BACKS',
        sources: giver.start > i ? coordinated(view, giver).units : [giver],
        targets: subject.units,
        trigger: [opening, i + 1],
        cameo: '074',
        confidence: 0.75,
        pattern: 'under-protection',
        clauseStart: subject.start,
      },
    ];
  },
};
