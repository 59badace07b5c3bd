import { ACTIVE_VERBS, PASSIVE_AID_VERBS } from '../../lexicon/triggers.js';
import { SEATED_RULERS } from '../../lexicon/names.js';
import type { Pattern } from '../candidate.js';
import { appositionHead, subjectOf } from '../subject.js';
import { headOf, listAfterColon, objectOf } from '../object.js';
import { isParticiple, verbLemma } from '../../forms.js';
import type { Unit } from '../../types.js';
import { MEMBER_NOUNS, coordinated, coordinatedBefore, possessiveAt, requiredAfter, tok, unitAt, unitFrom } from '../view.js';

// "remains designated by": a copula too.
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', "'s", '’s', 'remain', 'remains', 'remained']);
const isTrigger = (w: string): boolean => verbLemma(w, ACTIVE_VERBS) !== undefined;
const PARTICLES = new Set(['up', 'out']);
const FOUNDED = new Set(['set', 'created', 'formed', 'founded', 'established', 'raised', 'organised', 'organized', 'recruited', 'built']);

/** "P was seized by A", "The RSF, which is backed by the UAE", "The RSF, backed by the UAE,". */
export const passive: Pattern = {
  name: 'passive',
  match(view, i) {
    const verb = tok(view, i)!;
    const active = verbLemma(verb.lower, ACTIVE_VERBS);
    const lemma = active ?? verbLemma(verb.lower, PASSIVE_AID_VERBS);
    if (!lemma || !isParticiple(verb.lower)) return undefined;
    const sense = active ? ACTIVE_VERBS[lemma]! : PASSIVE_AID_VERBS[lemma]!;
    // Aid verbs only after "be" ("has been supplied by"): "drones supplied by Turkey" are aid-from's.
    let aux = i - 1;
    while (tok(view, aux)?.pos === 'ADV') aux--;
    if (!active && !BE.has(tok(view, aux)?.lower ?? '')) return undefined;
    // ("has examined the torture of detainees by X": a perfect is active; "by" is the torture's.)
    if (['has', 'have', 'had', 'having'].includes(tok(view, aux)?.lower ?? '')) return undefined;
    // "The Commission investigated abuses by the ENDF": a name right before the verb is its subject.
    if (unitAt(view, aux) && !possessiveAt(view, aux) && tok(view, i + 1)?.lower !== 'by') return undefined;
    if (sense.requires && !requiredAfter(view, i + 1, sense.requires)) return undefined; // "was declared a terrorist group"
    // The agent: "by A", allowing a short time phrase before it ("seized last week by").
    let k = i + 1;
    // "armed, trained and paid by A": past the participles coordinated with this one.
    while (tok(view, k) && (tok(view, k)!.text === ',' || tok(view, k)!.lower === 'and') && isParticiple(tok(view, k + 1)?.lower ?? '') && isTrigger(tok(view, k + 1)!.lower)) k += 2;
    const afterVerbs = k;
    // "designated (as) a foreign terrorist organisation by A": a predicate noun phrase may come first.
    // "a Transnational Criminal Organization": a capitalised category that is no name reads the same.
    const predicate = (t: NonNullable<ReturnType<typeof tok>>): boolean => t.lower === 'as' || (t.text === t.lower && ['DET', 'ADJ', 'NOUN'].includes(t.pos)) || t.pos === 'PROPN';
    // "captured from the KPF by Kenyan troops": past the party it was taken from.
    if (tok(view, k)?.lower === 'from' && unitFrom(view, k + 1, 1) && tok(view, unitFrom(view, k + 1, 1)!.end)?.lower === 'by') k = unitFrom(view, k + 1, 1)!.end;
    // ("supplied with cocaine, cash and weapons by X": past the list of what was given.)
    if (tok(view, k)?.lower === 'with' && !active) {
      let m = k + 1;
      while (m < k + 12 && tok(view, m) && tok(view, m)!.lower !== 'by' && !unitAt(view, m) && (tok(view, m)!.text === tok(view, m)!.lower)) m++;
      if (tok(view, m)?.lower === 'by') k = m;
    }
    while (tok(view, k) && tok(view, k)!.lower !== 'by' && !unitAt(view, k) && tok(view, k)!.text !== ',' && (k < afterVerbs + 3 || (k < afterVerbs + 6 && predicate(tok(view, k)!)))) k++;
    if (tok(view, k)?.lower !== 'by') return undefined;
    // ("directed by the regime in Dorsavia": the state its rulers sit in.)
    const seat = tok(view, k + 1)?.lower === 'the' && SEATED_RULERS.has(tok(view, k + 2)?.lower ?? '') && tok(view, k + 3)?.lower === 'in' ? unitAt(view, k + 4) : undefined;
    let found = (seat?.start === k + 4 ? seat : undefined) ?? unitFrom(view, k + 1, 2) ?? agentAfterMembers(view, k + 1);
    // ("backed by Russian mercenaries of the Wagner Group": the group the members belong to, not their state.)
    if (found?.kind === 'NOMINAL' && tok(view, found.end)?.pos === 'NOUN' && tok(view, found.end + 1)?.lower === 'of') found = agentAfterMembers(view, found.end + 2) ?? found;
    if (!found) return undefined;
    const agent = headOf(view, found);
    // The patient: the subject before the auxiliary, or the name before a reduced relative's comma.
    let first = i;
    while ((tok(view, first - 1)?.text === ',' || tok(view, first - 1)?.lower === 'and') && isParticiple(tok(view, first - 2)?.lower ?? '') && isTrigger(tok(view, first - 2)!.lower)) first -= 2;
    // "a force set up and funded by X", "a militia created and armed by X": a participle of founding before it.
    if (tok(view, first - 1)?.lower === 'and') {
      const particle = PARTICLES.has(tok(view, first - 2)?.lower ?? '') ? 1 : 0;
      if (FOUNDED.has(tok(view, first - 2 - particle)?.lower ?? '')) first -= 2 + particle;
      else {
        // "the regional force set up by the Lake Chad Basin Commission and funded by the EU": past the founder's phrase.
        const founder = unitAt(view, first - 2);
        let b = founder ? founder.start - 1 : -1;
        if (tok(view, b)?.lower === 'the') b--;
        const p = tok(view, b)?.lower === 'by' && PARTICLES.has(tok(view, b - 1)?.lower ?? '') ? b - 2 : b - 1;
        if (founder && founder.end === first - 1 && tok(view, b)?.lower === 'by' && FOUNDED.has(tok(view, p)?.lower ?? '')) first = p;
      }
    }
    let j = first - 1;
    // "were both captured by", "have all been designated by".
    while (tok(view, j) && (tok(view, j)!.pos === 'ADV' || ((tok(view, j)!.lower === 'both' || tok(view, j)!.lower === 'all') && BE.has(tok(view, j - 1)?.lower ?? '')))) j--;
    let patient;
    if (j < view.sentence.firstToken) patient = mainSubject(view, found.end); // "Backed by Rwanda, M23 seized Goma"
    else if (tok(view, j) && BE.has(tok(view, j)!.lower)) patient = subjectOf(view, first, isTrigger)?.units;
    // ("The army's offensive against the ADF, backed by Congolese troops,": the offensive's owner, not its target.)
    else if (tok(view, j)?.text === ',' && unitAt(view, j - 1) && opposed(view, unitAt(view, j - 1)!)) patient = ownerOfOffensive(view, unitAt(view, j - 1)!);
    else if (tok(view, j)?.text === ',' && unitAt(view, j - 1)) patient = [unitAt(view, j - 1)!];
    // "M23 rebels, backed by Rwandan troops,": the group its members' noun follows.
    else if (tok(view, j)?.text === ',' && MEMBER_NOUNS.has(tok(view, j - 1)?.lower ?? '') && tok(view, j - 1)!.text === tok(view, j - 1)!.lower && unitAt(view, j - 2)) patient = [unitAt(view, j - 2)!];
    // "Haftar's forces, backed by Russian mercenaries,": the owner of the forces.
    else if (tok(view, j)?.text === ',' && MEMBER_NOUNS.has(tok(view, j - 1)?.lower ?? '') && tok(view, j - 1)!.text === tok(view, j - 1)!.lower && possessiveAt(view, j - 2) && unitAt(view, j - 3)) patient = [unitAt(view, j - 3)!];
    else if (tok(view, j)?.text === ',' && copularSubject(view, j)) patient = [copularSubject(view, j)!]; // "X is Iran's ally, funded by Tehran"
    else if (tok(view, j)?.text === tok(view, j)?.lower && tok(view, j)?.pos === 'NOUN' && appositionHead(view, j) !== undefined) {
      const head = unitAt(view, appositionHead(view, j)!)!;
      // "Mariupol and Berdiansk, two cities occupied by Russia": a plural apposition describes the whole list.
      patient = (tok(view, j)!.lower.endsWith('s') ? coordinatedBefore(view, head.end) : undefined) ?? [head]; // "The Houthis, a Yemen-based group backed by Iran,"
    }
    else if (tok(view, j)?.text === ',' && sense.type === 'BACKS') patient = clauseSubject(view, j); // "X retook Y on Tuesday, backed by Z"
    else if (!tok(view, j) || objectOf(view, i + 1) === undefined) patient = subjectOf(view, first, isTrigger)?.units;
    // "The following have been sanctioned by the UK: A, B and C": the ones listed after the agent.
    if (!patient && tok(view, agent.end)?.text === ':' && FOLLOWING.test(tok(view, view.sentence.firstToken)?.lower ?? '')) patient = listAfterColon(view, agent.end)?.units;
    if (!patient || patient.length === 0) return undefined;
    // ("most of them were supplied by Turkey": things supplied, not the one supplied.)
    // ("The group has been supplied with drones by Iran": a description of a named group is supplied.)
    if (!active && patient.some((u) => u.kind === 'PRONOUN')) return undefined;
    return [
      {
        type: sense.type,
        sources: coordinated(view, agent).units,
        targets: patient,
        trigger: [i, i + 1],
        cameo: sense.cameo,
        confidence: 0.88 * (sense.weight ?? 1),
        pattern: 'passive',
        clauseStart: patient[0]!.start,
      },
    ];
  },
};

/** The unit is what an offensive or campaign is against: "offensive against the ADF". */
function opposed(view: Parameters<Pattern['match']>[0], unit: Unit): boolean {
  const b = tok(view, unit.start - 1)?.lower === 'the' ? unit.start - 2 : unit.start - 1;
  return tok(view, b)?.lower === 'against';
}

/** "the Ugandan army's 2021 offensive against X": the owner of what is against X, if named. */
function ownerOfOffensive(view: Parameters<Pattern['match']>[0], unit: Unit): Unit[] | undefined {
  for (let k = unit.start - 2; k > unit.start - 8 && tok(view, k); k--) {
    if (possessiveAt(view, k) && unitAt(view, k - 1)) return [unitAt(view, k - 1)!];
    if (tok(view, k)!.text === ',' || (tok(view, k)!.pos === 'VERB' && tok(view, k)!.text === tok(view, k)!.lower)) return undefined;
  }
  return undefined;
}

/** Subjects that point at a list after a colon. */
const FOLLOWING = /^(?:the|following|these|those)$/;

/** "Hezbollah is Iran's closest ally in the region, funded by ...": the subject of the copula the clause ends. */
function copularSubject(view: Parameters<Pattern['match']>[0], comma: number): Unit | undefined {
  const first = unitFrom(view, view.sentence.firstToken, 2);
  if (!first || first.end >= comma || !BE.has(tok(view, first.end)?.lower ?? '')) return undefined;
  for (let k = first.end + 1; k < comma; k++) if (tok(view, k)!.text === ',' || tok(view, k)!.pos === 'VERB') return undefined;
  return first;
}

/** A sentence opening with a participle ("Backed by Rwanda, the M23 rebels seized Goma"): the main clause's subject. */
function mainSubject(view: Parameters<Pattern['match']>[0], afterAgent: number): Unit[] | undefined {
  let k = afterAgent;
  while (k < afterAgent + 8 && tok(view, k) && tok(view, k)!.text !== ',') k++;
  if (tok(view, k)?.text !== ',') return undefined;
  const subject = unitFrom(view, k + 1, 2);
  return subject ? [subject] : undefined;
}

/** The subject of the clause that a trailing participle (", backed by ...") at `comma` closes. */
function clauseSubject(view: Parameters<Pattern['match']>[0], comma: number): Unit[] | undefined {
  // The clause's own verb is the last one before the comma ("said troops of X had regained ..., backed by").
  for (let m = comma - 1; m >= view.sentence.firstToken; m--) {
    const t = tok(view, m)!;
    if (t.text === ',' || t.text === ';') return undefined;
    // The tagger reads some trigger verbs as nouns ("retook").
    if (!(t.pos === 'VERB' || isTrigger(t.lower)) || t.text !== t.lower) continue;
    const subject = subjectOf(view, m, () => false);
    return subject && subject.start < m ? subject.units : undefined;
  }
  return undefined;
}

/** "supported by several thousand troops of the Rwanda Defence Force": the mention the members belong to. */
function agentAfterMembers(view: Parameters<Pattern['match']>[0], k: number): ReturnType<typeof unitFrom> {
  for (let m = k; m < k + 7 && tok(view, m); m++) {
    const w = tok(view, m)!;
    if (unitAt(view, m)) return unitAt(view, m);
    if (!(['DET', 'NUM', 'ADJ', 'NOUN'].includes(w.pos) || ['of', 'from', 'about', 'some', 'around', 'nearly', 'roughly'].includes(w.lower))) return undefined;
  }
  return undefined;
}
