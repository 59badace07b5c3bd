import type { Token } from '../../../core/types.js';
import { ACTIVE_VERBS } from '../../lexicon/triggers.js';
import { AREA_NOUNS, PERSON_TITLES, ROLE_NOUNS, TOWN_SITES } from '../../lexicon/names.js';
import type { Pattern } from '../candidate.js';
import { objectOf } from '../object.js';
import { timeAfter } from '../time.js';
import { verbLemma } from '../../forms.js';
import { coordinatedBefore, isPlace, MEMBER_NOUNS, possessiveAt, tok, unitAt, usedAsNoun, type SentenceView } from '../view.js';
import type { Unit } from '../../types.js';
import { ATTRIBUTION_VERBS, DENIAL_VERBS } from '../../lexicon/status.js';

const RELATIVE = new Set(['which', 'that', 'whom']);
/** Prepositions inside an apposition before a relative clause: "a town on the highway to the border that". */
const APPOSITION_PREPOSITIONS = new Set(['of', 'on', 'in', 'near', 'to', 'along', 'off', 'at']);
const SKIP = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'already', 'reportedly', 'briefly', 'first', 'later', 'once', 'eventually', 'finally', 'both', 'all']);

/** "Sanaa, which they seized in 2014", "Ketavi, a mining town the Lumara Liberation Front overran last week". */
export const relativeClause: Pattern = {
  name: 'relative-clause',
  match(view, i) {
    const verb = tok(view, i)!;
    // ("the Kessem Home Guard, a militia that ...": a word of a name is no verb.)
    if (verb.text !== verb.lower || unitAt(view, i)) return undefined;
    const lemma = verbLemma(verb.lower, ACTIVE_VERBS);
    // "which the United States armed and trained to fight IS": the object, if any, follows the last verb.
    // ("X, which Iran arms, took Ketavi": a comma links verbs only inside a list that ends in "and".)
    let last = i;
    for (;;) {
      const link = tok(view, last + 1);
      const next = verbLemma(tok(view, last + 2)?.lower ?? '', ACTIVE_VERBS);
      const listed = link?.lower === 'and' || (link?.text === ',' && ['and', ','].includes(tok(view, last + 3)?.lower ?? ''));
      if (!next || !listed) break;
      last += 2;
    }
    // "which the U.S. Treasury sanctioned in June 2024 along with its leader, X": a companion of the antecedent, not the object.
    const along = last + 1 + timeAfter(view, last + 1);
    const companions = ['along', 'together'].includes(tok(view, along)?.lower ?? '') && tok(view, along + 1)?.lower === 'with' ? objectOf(view, along + 2)?.units : undefined;
    if (!lemma || usedAsNoun(view, i) || (!companions && objectOf(view, last + 1))) return undefined;
    const sense = ACTIVE_VERBS[lemma]!;
    let j = i - 1;
    // "that the army recruits, arms and trains": back over the verbs listed before this one.
    while (tok(view, j)?.text === ',' && tok(view, j - 1)?.text === tok(view, j - 1)?.lower && ['VERB', 'NOUN'].includes(tok(view, j - 1)?.pos ?? '') && /s$/.test(tok(view, j - 1)!.lower) && !unitAt(view, j - 1)) j -= 2;
    // ("which Rwanda denies backing": past the denial, which the status reads.)
    while (tok(view, j) && (SKIP.has(tok(view, j)!.lower) || tok(view, j)!.pos === 'ADV' || (DENIAL_VERBS.has(tok(view, j)!.lower) && verb.lower.endsWith('ing')))) j--;
    // "that fighters of the White Army, a largely Nuer youth militia, overran": past the subject's apposition.
    j = pastApposition(view, j);
    // "a town the Coalition of Patriots for Change (CPC) had seized": the name before its acronym.
    if (tok(view, j)?.text === ')' && tok(view, j - 2)?.text === '(' && unitAt(view, j - 3)) j -= 3;
    while (tok(view, j) && MEMBER_NOUNS.has(tok(view, j)!.lower) && !unitAt(view, j)) j--;
    // "which Burundi's government designated": the state whose government it is.
    if (j < i - 1 && possessiveAt(view, j) && unitAt(view, j - 1)) j--;
    // "that the warlord Bello Turji and his men overran": the one whose men they are.
    if (['his', 'her', 'their', 'its'].includes(tok(view, j)?.lower ?? '') && tok(view, j - 1)?.lower === 'and') j -= 2;
    // "a corps that Lawal set up in 2023 and now arms and pays": the subject of the clause's first verb.
    if (tok(view, j)?.lower === 'and') j = firstSubjectBefore(view, j) ?? j;
    let subject = unitAt(view, j);
    // "which the Federal High Court in Abuja proscribed", "whom the junta in Ouagadougou has armed":
    // the place (or the state its capital stands for) only locates the subject.
    if (subject && tok(view, subject.start - 1)?.lower === 'in' && unitAt(view, subject.start - 2)) {
      const located = unitAt(view, subject.start - 2)!;
      const where = view.entities.get(subject.entities[0] ?? '')?.type;
      if ((where === 'PLACE' || where === 'COUNTRY') && view.entities.get(located.entities[0] ?? '')?.type !== 'PLACE') subject = located;
    }
    if (!subject) return undefined;
    // "which Washington and Riyadh have funded": every subject.
    const subjects = coordinatedBefore(view, subject.end) ?? [subject];
    // ("which Ethiopia's parliament designated": the relative pronoun is before the body's owner.)
    const owner = possessiveAt(view, subjects[0]!.start - 1) ? unitAt(view, subjects[0]!.start - 2) : undefined;
    const antecedents = antecedentsBefore(view, owner?.start ?? subjects[0]!.start);
    if (!antecedents) return undefined;
    return [
      {
        type: sense.type,
        sources: subjects,
        targets: [...antecedents, ...(companions ?? [])],
        trigger: [i, i + 1],
        cameo: sense.cameo,
        confidence: 0.8 * (sense.weight ?? 1),
        pattern: 'relative-clause',
        clauseStart: subjects[0]!.start,
      },
    ];
  },
};

/** Before "and" at `j`, inside "that X verbed ... and": the last token of X, right after the relative pronoun. */
function firstSubjectBefore(view: SentenceView, j: number): number | undefined {
  for (let k = j - 1; k > j - 12 && tok(view, k); k--) {
    const t = tok(view, k)!;
    if (t.text === ',' || t.text === ';') return undefined;
    if (!RELATIVE.has(t.lower)) continue;
    const start = tok(view, k + 1)?.lower === 'the' ? k + 2 : k + 1;
    const subject = unitAt(view, start);
    // The subject's own verb follows it: "that Lawal set up".
    return subject && subject.start === start && tok(view, subject.end)?.pos === 'VERB' ? subject.end - 1 : undefined;
  }
  return undefined;
}

/** From a comma at `j` closing an apposition of common words (", a largely Nuer youth militia,"), the token before it opens; else `j`. */
function pastApposition(view: SentenceView, j: number): number {
  if (tok(view, j)?.text !== ',') return j;
  for (let k = j - 1; k > j - 9 && tok(view, k); k--) {
    const w = tok(view, k)!;
    if (w.text === ',') return k > j - 3 || !['a', 'an'].includes(tok(view, k + 1)!.lower) ? j : k - 1;
    // ("a largely Nuer youth militia": a capitalised word modifying the noun after it.)
    const modifier = w.text !== w.lower && tok(view, k + 1)?.pos === 'NOUN' && tok(view, k + 1)!.text === tok(view, k + 1)!.lower;
    if (!modifier && (w.text !== w.lower || !['NOUN', 'ADJ', 'DET', 'ADV', 'NUM'].includes(w.pos))) return j;
  }
  return j;
}

/** A name ending at `k` comes right after a verb of saying ("told Reuters", "announced on Telegram"). */
function reportedAfter(view: SentenceView, k: number): boolean {
  const name = unitAt(view, k);
  if (!name || name.end !== k + 1) return false;
  let b = name.start - 1;
  if (tok(view, b)?.lower === 'the') b--;
  if (['on', 'in', 'to'].includes(tok(view, b)?.lower ?? '')) b--;
  return ATTRIBUTION_VERBS.has(tok(view, b)?.lower ?? '');
}

/** A site named after its town ("the Kenu post", "the Kpinkankandi police post") ending at `k`: the town. */
function siteOfTown(view: SentenceView, k: number): Unit | undefined {
  if (!TOWN_SITES.has(tok(view, k)?.lower ?? '') || unitAt(view, k)) return undefined;
  let m = k - 1;
  if (tok(view, m)?.text === tok(view, m)?.lower && tok(view, m)?.pos === 'NOUN') m--; // "police", "army"
  const town = unitAt(view, m);
  return town && town.end === m + 1 && isPlace(view, town) ? town : undefined;
}

/**
 * The names a relative clause hangs from, right before the clause's subject:
 * "Sanaa, which ...", "the Wazalendo, a patchwork of local militias that ...",
 * "Mogok or Kyaukme, the towns it took", "Ketavi, a mining town the LLF overran".
 */
function antecedentsBefore(view: SentenceView, start: number): Unit[] | undefined {
  let k = start - 1;
  // "that the bandit warlord Bello Turji overran": past the subject's role words.
  let role = k;
  while (role > k - 3 && tok(view, role) && tok(view, role)!.text === tok(view, role)!.lower && ['NOUN', 'ADJ'].includes(tok(view, role)!.pos)) role--;
  if (role < k && tok(view, role)?.lower === 'the' && RELATIVE.has(tok(view, role - 1)?.lower ?? '')) k = role;
  // ("which the al Qaeda-linked group seized": past a name glued to a participle before the head.)
  const glued = tok(view, k - 1)?.text === '-' && !tok(view, k - 1)!.spaceBefore && !tok(view, k)!.spaceBefore ? unitAt(view, k - 2) : undefined;
  if (glued && tok(view, k)!.text === tok(view, k)!.lower && tok(view, glued.start - 1)?.lower === 'the') k = glued.start - 1;
  // ("which its fighters overran": the owner's pronoun opens the subject.)
  if (tok(view, k)?.lower === 'the' || tok(view, k)?.lower === 'its' || tok(view, k)?.lower === 'their') k--;
  // ("that fighters of the White Army overran": the members named before their group.)
  if (tok(view, k)?.lower === 'of' && MEMBER_NOUNS.has(tok(view, k - 1)?.lower ?? '') && !unitAt(view, k - 1)) k -= 2;
  // "which both Turkey and the United States list".
  if (tok(view, k)?.lower === 'both') k--;
  const t = tok(view, k);
  if (t && RELATIVE.has(t.lower)) {
    k--;
    // "the gang that grew out of Tocorón and that Washington designated": the first relative's antecedent.
    if (tok(view, k)?.lower === 'and') {
      for (let r = k - 1; r > k - 16 && r > view.sentence.firstToken; r--) {
        if (tok(view, r)!.text === ';') break;
        if (RELATIVE.has(tok(view, r)!.lower) && tok(view, r)!.text === tok(view, r)!.lower) return antecedentsBefore(view, r + 1);
      }
      return undefined;
    }
    // "CJNG and the Sinaloa Cartel, both of which the State Department designated": every name before.
    if (tok(view, k)?.lower === 'of' && ['both', 'all', 'each'].includes(tok(view, k - 1)?.lower ?? '')) {
      k -= 2;
      if (tok(view, k)?.text === ',') k--;
      // "... and al-Nusrah Front (ANF), both of which": the name before its bracketed acronym.
      if (tok(view, k)?.text === ')' && tok(view, k - 2)?.text === '(') k -= 3;
      const last = unitAt(view, k);
      return last && last.end === k + 1 ? namesBefore(view, last) : undefined;
    }
    // ("announced on Telegram that it had taken", "told Reuters that": after a verb of saying, "that" opens what was said.)
    if (t.lower === 'that' && reportedAfter(view, k)) return undefined;
    if (tok(view, k)?.text === ',') k--;
    // "the Syrian Democratic Forces (SDF), which ...": the name before its bracketed acronym.
    if (tok(view, k)?.text === ')' && tok(view, k - 2)?.text === '(' && unitAt(view, k - 3)) k -= 3;
    // "the Tren de Aragua gang, which ...": the name the kind noun follows.
    // ("X, an Iran-backed militia that", "an Iranian militia that": a described noun, not a named one; the apposition's.)
    if (tok(view, k)?.text === tok(view, k)?.lower && MEMBER_NOUNS.has(tok(view, k)?.lower ?? '') && !unitAt(view, k) && unitAt(view, k - 1)?.kind === 'NAME') k--;
    // "the Akhalgori district, which ...": the place an area noun follows.
    // ("Upper Nile state, which ...": a state word after a province's name.)
    else if ((AREA_NOUNS.has(tok(view, k)?.text ?? '') || tok(view, k)?.text === 'state') && !unitAt(view, k) && isPlace(view, unitAt(view, k - 1))) k--;
    // "the Kpinkankandi police post, which its fighters overran": the town a military site is named after.
    const site = siteOfTown(view, k);
    if (site) return [site];
    const direct = unitAt(view, k);
    // ("the Libyan National Army (LNA) of eastern commander Khalifa Haftar, which Russia has armed": the body, not its leader.)
    const body = direct ? bodyOfLeader(view, direct) : undefined;
    if (body) return [body];
    if (direct) {
      const described = describedBy(view, direct);
      if (described) return [described];
      // "Ketavi and Dassa, which it seized in May": every name of the list.
      return direct.end === k + 1 ? (coordinatedBefore(view, direct.end) ?? [direct]) : [direct];
    }
  }
  // Back over the apposition's noun phrase to its comma.
  let words = 0;
  while (tok(view, k) && words < 12) {
    const w = tok(view, k)!;
    // ("the Kurdish-led force that ...": past a glued compound modifier.)
    const dash = tok(view, k - 1);
    if (words > 0 && w.text === w.lower && dash?.text === '-' && !dash.spaceBefore && !w.spaceBefore && tok(view, k - 2)) {
      k -= 3;
      words += 3;
      continue;
    }
    // ("Namhsan, the TNLA's headquarters town, which ...": past an owner inside the phrase.)
    const owner = possessiveAt(view, k) ? unitAt(view, k - 1) : undefined;
    if (owner && words > 0) {
      k = owner.start - 1;
      words++;
      continue;
    }
    // ("X, the group's military chief, whom ...": a common noun's possessive.)
    if (possessiveAt(view, k) && words > 0 && tok(view, k - 1)?.pos === 'NOUN' && tok(view, k - 1)!.text === tok(view, k - 1)!.lower) {
      k--;
      words++;
      continue;
    }
    // ("Kyaukme, a town on the highway to the Chinese border that ...": a located phrase, a demonym inside it.)
    const demonym = unitAt(view, k)?.kind === 'NOMINAL' && words > 0;
    if (demonym) {
      k = unitAt(view, k)!.start - 1;
      words++;
      continue;
    }
    if (w.text !== w.lower || !(['NOUN', 'ADJ', 'DET', 'NUM'].includes(w.pos) || APPOSITION_PREPOSITIONS.has(w.lower))) break;
    k--;
    words++;
  }
  if (words === 0 || tok(view, k)?.text !== ',') return undefined;
  // The apposition needs a noun of its own: "Ketavi, a mining town [the LLF overran]", "X, the M23's
  // military chief, whom" (a role word the tagger read as an adjective).
  if (!view.tokens.slice(k + 1, start).some((w) => w.pos === 'NOUN' || ROLE_NOUNS.has(w.lower))) return undefined;
  // "the Volunteers for the Defence of the Homeland (VDP), civilians whom ...": the bracketed acronym.
  const bracketed = tok(view, k - 1)?.text === ')' ? unitAt(view, k - 2) : undefined;
  const last = bracketed && tok(view, bracketed.start - 1)?.text === '(' ? bracketed : unitAt(view, k - 1);
  if (!last) return undefined;
  const units = [last];
  const joint = tok(view, last.start - 1);
  const first = joint && (joint.lower === 'or' || joint.lower === 'and') ? unitAt(view, last.start - 2) : undefined;
  if (first) units.unshift(first);
  return units;
}

/**
 * "Mir Ali, a town in North Waziristan that ...", "Goma, the capital of North Kivu, which ...": the
 * clause describes the name the located noun phrase is in apposition to, not the place inside it.
 */
function describedBy(view: SentenceView, place: Unit): Unit | undefined {
  let k = place.start - 1;
  // ("the largest city in northern Shan, which ...": past the region's bearing.)
  while (k > place.start - 3 && tok(view, k)?.text === tok(view, k)?.lower && tok(view, k)?.pos === 'ADJ') k--;
  if (!['in', 'of', 'near', 'on'].includes(tok(view, k)?.lower ?? '')) return undefined;
  k--;
  let nouns = 0;
  // "a town (40 km) south of Baghdad that ...": bearings and distances too.
  // ("a town near the western shore of Lake Chad that ...": past a chain of located phrases.)
  const word = (t: Token): boolean => ['NOUN', 'ADJ', 'DET', 'NUM'].includes(t.pos) || BEARINGS.has(t.lower) || ['in', 'near', 'on'].includes(t.lower);
  while (tok(view, k) && tok(view, k)!.text === tok(view, k)!.lower && word(tok(view, k)!)) {
    if (tok(view, k)!.pos === 'NOUN') nouns++;
    k--;
  }
  return nouns > 0 && tok(view, k)?.text === ',' ? unitAt(view, k - 1) : undefined;
}

const BEARINGS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'km', 'kilometres', 'kilometers', 'miles']);

/** "A (ACR) and the B", "A, B and C": the names listed up to `last`, past articles and bracketed acronyms. */
function namesBefore(view: SentenceView, last: Unit): Unit[] {
  const units = [last];
  let j = last.start - 1;
  for (;;) {
    if (tok(view, j)?.lower === 'the') j--;
    if (tok(view, j)?.lower !== 'and' && tok(view, j)?.text !== ',') break;
    j--;
    if (tok(view, j)?.text === ')' && tok(view, j - 2)?.text === '(') j -= 3;
    const prev = unitAt(view, j);
    if (!prev || prev.end !== j + 1) break;
    units.unshift(prev);
    j = prev.start - 1;
  }
  return units;
}

/** "the LNA of (eastern commander) Khalifa Haftar": the body a person after "of" and a role leads. */
function bodyOfLeader(view: SentenceView, person: Unit): Unit | undefined {
  if (view.entities.get(person.entities[0] ?? '')?.type !== 'PERSON') return undefined;
  let k = person.start - 1;
  let role = false;
  while (k > person.start - 4 && tok(view, k) && tok(view, k)!.lower !== 'of' && (ROLE_NOUNS.has(tok(view, k)!.lower) || PERSON_TITLES.has(tok(view, k)!.lower) || (tok(view, k)!.pos === 'ADJ' && tok(view, k)!.text === tok(view, k)!.lower))) {
    role ||= ROLE_NOUNS.has(tok(view, k)!.lower) || PERSON_TITLES.has(tok(view, k)!.lower);
    k--;
  }
  if (!role || tok(view, k)?.lower !== 'of') return undefined;
  const end = tok(view, k - 1)?.text === ')' && tok(view, k - 3)?.text === '(' ? k - 3 : k;
  const body = unitAt(view, end - 1);
  const type = view.entities.get(body?.entities[0] ?? '')?.type;
  return body && (type === 'ARMED_GROUP' || type === 'ORGANISATION') ? body : undefined;
}
