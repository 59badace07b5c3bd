import { HELPING_FORMS, LET_FORMS } from '../../lexicon/triggers.js';
import type { Pattern } from '../candidate.js';
import { subjectOf } from '../subject.js';
import { MEMBER_NOUNS, groupOfMembers, pastAcronym, tok, unitAt, unitFrom } from '../view.js';

/** What a group does on land it is let use: "letting the rebels rearm on its soil". */
const USES = new Set(['rearm', 'regroup', 'resupply', 'train', 'rest', 'operate', 'hide', 'shelter', 'recruit', 'organise', 'organize', 'recover']);
/** Fighting done with help: "helped the army retake Palmyra", "helped the GNA repel Haftar's forces". */
const FIGHTS = new Set(['capture', 'recapture', 'retake', 'seize', 'take', 'repel', 'defeat', 'fight', 'hold', 'defend', 'push', 'drive', 'beat', 'break', 'win', 'reclaim', 'regain', 'liberate', 'overrun']);
/** The land: a phrase with one of these words must follow within a few words. */
const LAND = new Set(['soil', 'territory', 'land', 'border', 'borders']);

/**
 * "accused Kinshasa of letting the rebels rearm on its soil", "allowed the TTP to regroup on its
 * territory": a state that lets a group use its land shelters it (guide: BACKS includes protecting);
 * "accuse Pakistan of helping ISKP regroup".
 */
export const letsOperate: Pattern = {
  name: 'lets-operate',
  match(view, i) {
    const verb = tok(view, i)!;
    if (verb.text !== verb.lower || !LET_FORMS.has(verb.lower)) return undefined;
    let k = i + 1;
    // ("the rebels of the FLEC": the group whose members they are.)
    const group = groupOfMembers(view, k) ?? unitFrom(view, k, 2);
    const helpedType = group ? view.entities.get(group.entities[0] ?? '')?.type : undefined;
    if (!group || !(helpedType === 'ARMED_GROUP' || (HELPING_FORMS.has(verb.lower) && (helpedType === 'ORGANISATION' || helpedType === 'COUNTRY')))) return undefined;
    k = pastAcronym(view, group.end);
    // ("JNIM, the al-Qaeda affiliate active in the south, use": past the group's apposition.)
    if (tok(view, k)?.text === ',') {
      let m = k + 1;
      while (m < k + 12 && tok(view, m) && tok(view, m)!.text !== ',' && !(tok(view, m)!.pos === 'VERB' && tok(view, m)!.text === tok(view, m)!.lower)) m++;
      if (tok(view, m)?.text === ',') k = m + 1;
    }
    // "its fighters", "the rebels' fighters": members of the group named.
    if (MEMBER_NOUNS.has(tok(view, k)?.lower ?? '') && !unitAt(view, k)) k++;
    if (tok(view, k)?.lower === 'to') k++;
    // "letting JNIM use Ivorian territory to rest": using one's land is sheltered there.
    const uses = tok(view, k)?.lower === 'use' && [1, 2, 3].some((d) => LAND.has(tok(view, k + d)?.lower ?? ''));
    // "Turkish drones helped the forces of the GNA recapture al-Watiya": helping a side fight backs it.
    const fights = HELPING_FORMS.has(verb.lower) && FIGHTS.has(tok(view, k)?.lower ?? '');
    if (!fights && (helpedType !== 'ARMED_GROUP' || (!USES.has(tok(view, k)?.lower ?? '') && !uses))) return undefined;
    let land = uses || fights;
    for (let m = k + 1; m < k + 9 && tok(view, m) && tok(view, m)!.text !== ';'; m++) if (LAND.has(tok(view, m)!.lower)) land = true;
    // Helping a group regroup is backing it anywhere; letting it is only when on one's own land.
    if (!land && !HELPING_FORMS.has(verb.lower)) return undefined;
    const subject = subjectOf(view, i, (w) => LET_FORMS.has(w));
    if (!subject) return undefined;
    return [
      {
        type: 'BACKS',
        sources: subject.units,
        targets: [group],
        trigger: [i, k + 1],
        cameo: '074',
        confidence: 0.7,
        pattern: 'lets-operate',
        clauseStart: subject.start,
      },
    ];
  },
};
