import type { EntityType } from '../../core/types.js';
import { entityId } from '../../core/ids.js';
import { fold } from '../../core/normalise.js';
import type { KnownEntity } from '../../lexicon/types.js';
import type { DocContext, EntityDraft, NameDraft, TypeVotes, Unit } from '../types.js';
import { isCommonWord } from '../lexicon/words.js';
import { LEGAL_FORMS, REGION_WORDS } from '../lexicon/names.js';
import { Links, forgetRedefinedAcronyms, linkAliases, linkShortForms, linkSurnames } from './aliases.js';
import { spanText } from '../mentions/segment.js';

export interface ResolvedNames {
  entities: Map<string, EntityDraft>;
  units: Unit[];
}

/** Order used to break ties between equally supported types. */
const TYPE_PRIORITY: EntityType[] = ['ARMED_GROUP', 'ORGANISATION', 'COUNTRY', 'PLACE', 'PERSON'];
/** Least total vote an unknown name needs to become an entity. */
const MIN_VOTES = 1;

/**
 * Groups the names of a document into entities: gazetteer identity first,
 * then the same folded name, acronym definitions and surnames; one type per
 * name, chosen by the votes of all its mentions.
 */
export function resolveNames(ctx: DocContext, drafts: NameDraft[]): ResolvedNames {
  const countries = documentCountries(drafts);
  for (const d of drafts) overrideWeakPlace(d);
  // A known place that is an ordinary word with no place cue stays as an unknown name: "the Front"
  // may still be the short form of a body named before it.
  for (const d of drafts) {
    if (d.known && !keepKnown(ctx, d)) {
      d.known = undefined;
      d.candidates = undefined;
    }
  }
  settleWeakForces(ctx, drafts);
  for (const d of drafts) if (d.candidates) d.known = pickCandidate(d.candidates, countries);
  forgetRedefinedAcronyms(ctx.analysis.tokens, drafts);
  // "Mussoma" in an article on Mozambique is not Musoma in Tanzania: a spelling variant of a small
  // place counts only in a country the text names.
  for (const d of drafts) {
    if (d.fuzzy && d.known?.type === 'PLACE' && !countries.has(d.known.countryCode ?? '') && (d.known.population ?? 0) < FAR_VARIANT_POPULATION) {
      d.known = undefined;
      d.candidates = undefined;
    }
  }

  const links = new Links(drafts.length);
  // The first draft of each known entity and of each unknown name.
  const byKnown = new Map<string, number>();
  const byName = new Map<string, number>();
  const join = (firsts: Map<string, number>, key: string, i: number): void => {
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, i);
    else links.union(first, i);
  };
  // Known names by identity; an unknown spelling of a known name joins it ("Goma’s" after "Goma"),
  // but two known names are never joined by spelling ("Moscow" the city and "Moscow" the government).
  const knownByName = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (!d.known) return;
    join(byKnown, d.known.id, i);
    const key = nameKey(d.text);
    if (d.kind === 'NAME' && !knownByName.has(key)) knownByName.set(key, i);
  });
  drafts.forEach((d, i) => {
    if (d.known) return;
    const key = nameKey(d.text);
    const known = knownByName.get(key);
    if (known !== undefined) links.union(known, i);
    else join(byName, key, i);
  });
  linkAliases(ctx, drafts, links);
  drafts.forEach((d, i) => {
    if (d.demonymOf) links.union(i, drafts.indexOf(d.demonymOf));
  });
  const rootVotes = votesByRoot(drafts, links);
  const groupVotes = (i: number): TypeVotes => rootVotes.get(links.find(i)) ?? {};
  linkSurnames(ctx, drafts, links, (i) => drafts[i]!.known?.type === 'PERSON' || bestType(groupVotes(i)) === 'PERSON');
  const body = (i: number): boolean => ['ORGANISATION', 'ARMED_GROUP'].includes(drafts[i]!.known?.type ?? bestType(groupVotes(i)) ?? '');
  linkShortForms(ctx, drafts, links, body);

  const groups = new Map<number, number[]>();
  drafts.forEach((_, i) => {
    const root = links.find(i);
    const members = groups.get(root) ?? [];
    members.push(i);
    groups.set(root, members);
  });

  const entities = new Map<string, EntityDraft>();
  const units: Unit[] = [];
  for (const members of groups.values()) {
    const group = members.map((i) => drafts[i]!);
    const entity = entityFor(ctx, group);
    if (!entity) continue;
    const existing = entities.get(entity.id);
    const target = existing ?? entity;
    if (!existing) entities.set(entity.id, entity);
    for (const d of group) {
      if (d.text !== target.name) target.aliases.add(d.text);
      // "the U.N. Independent International Commission of Inquiry on Ukraine": the body's own name without its parent's.
      const parent = /^(?:U\.N\.|UN|EU|E\.U\.|AU) (?=\p{Lu}\S* \S+ \S+)/u.exec(d.text);
      if (parent && target.type === 'ORGANISATION') target.aliases.add(d.text.slice(parent[0].length));
      // "Donetsk region", "Dalbek province": the text names the area with its kind too.
      const kind = ctx.analysis.tokens[d.end];
      if (target.type === 'PLACE' && kind && kind.text === kind.lower && REGION_WORDS.has(kind.lower) && kind.sentence === ctx.analysis.tokens[d.start]!.sentence) target.aliases.add(`${d.text} ${kind.text}`);
      // "the Mbuli militia", "the Tren de Aragua gang": so is an armed group with its kind.
      if (target.type === 'ARMED_GROUP' && kind && kind.text === kind.lower && GROUP_KINDS.has(kind.lower) && kind.sentence === ctx.analysis.tokens[d.start]!.sentence) target.aliases.add(`${d.text} ${kind.text}`);
      if (d.title && !target.title) target.title = d.title;
      units.push({ start: d.start, end: d.end, sentence: d.sentence, entities: [target.id], kind: d.kind });
    }
  }
  units.sort((a, b) => a.start - b.start);
  return { entities, units };
}

/** Kind nouns written after an armed group's name. */
const GROUP_KINDS = new Set(['militia', 'gang', 'cartel', 'faction', 'group', 'movement', 'rebels', 'brigade']);

function entityFor(ctx: DocContext, drafts: NameDraft[]): EntityDraft | undefined {
  const known = drafts.find((d) => d.known)?.known;
  let firstToken = Infinity;
  for (const d of drafts) firstToken = Math.min(firstToken, d.start);
  if (known) return { id: known.id, name: known.name, type: known.type, aliases: new Set(), known, firstToken };
  // Names seen only in headline-case sentences are too unreliable to keep.
  if (drafts.every((d) => ctx.headline[d.sentence])) return undefined;
  const votes = sumVotes(drafts);
  const type = bestType(votes);
  if (!type || (votes[type] ?? 0) < MIN_VOTES) return undefined;
  const names = drafts.filter((d) => d.kind === 'NAME').map((d) => d.text);
  // Longest first; a heading in capitals ("JOSEPH BANDA") gives way to the same name written in prose.
  // (A word in capitals that is only an acronym, "UNICEF", has no prose form to give way to.)
  const shouted = (n: string): number => (n.length > 4 && !/\p{Ll}/u.test(n) && names.some((m) => m !== n && m.toLowerCase() === n.toLowerCase()) ? 1 : 0);
  const name = names.sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length || shouted(a) - shouted(b))[0] ?? drafts[0]!.text;
  return { id: entityId(type, name), name, type, aliases: new Set(), firstToken };
}

function votesByRoot(drafts: NameDraft[], links: Links): Map<number, TypeVotes> {
  const byRoot = new Map<number, NameDraft[]>();
  drafts.forEach((d, i) => {
    const root = links.find(i);
    const members = byRoot.get(root);
    if (members) members.push(d);
    else byRoot.set(root, [d]);
  });
  return new Map([...byRoot].map(([root, members]) => [root, sumVotes(members)]));
}

/** The votes of a name's mentions; its own words and its shape (a person's, an acronym's) count once, or nearly, however often it is named. */
function sumVotes(drafts: readonly NameDraft[]): TypeVotes {
  const votes: TypeVotes = {};
  // A name's own words ("Stone Guard": ORGANISATION) say the same at every mention: once per spelling,
  // so that what the text says of it ("a militia of cattle herders") can outweigh them.
  const spelled = new Set<string>();
  for (const d of drafts) {
    addVotes(votes, d.votes);
    if (!d.headVotes) continue;
    if (spelled.has(d.text)) for (const t in d.headVotes) votes[t as EntityType] = (votes[t as EntityType] ?? 0) - d.headVotes[t as EntityType]!;
    spelled.add(d.text);
  }
  if (drafts.some((d) => d.personShape)) votes.PERSON = (votes.PERSON ?? 0) + PERSON_SHAPE;
  // An acronym is a body's shape; named five times it is no likelier a body than named three times
  // ("HCLA" after "... Liberation Army (HCLA)" stays an armed group).
  // (An acronym defined for a longer name adds nothing to what that name's words say.)
  const acronyms = drafts.filter((d) => d.acronymShape).length;
  if (acronyms > 0 && !drafts.some((d) => d.headVotes)) votes.ORGANISATION = (votes.ORGANISATION ?? 0) + Math.min(acronyms, ACRONYM_CAP);
  return votes;
}

const PERSON_SHAPE = 1.5;
const ACRONYM_CAP = 3;

function addVotes(to: TypeVotes, votes: TypeVotes): void {
  for (const t in votes) {
    const type = t as EntityType;
    to[type] = (to[type] ?? 0) + votes[type]!;
  }
}

function bestType(votes: TypeVotes): EntityType | undefined {
  let best: EntityType | undefined;
  for (const t of TYPE_PRIORITY) if ((votes[t] ?? 0) > (best ? (votes[best] ?? 0) : 0)) best = t;
  return best;
}

/** A one-word place that is also an ordinary word ("Police", "Hope") needs a place cue. */
function keepKnown(ctx: DocContext, d: NameDraft): boolean {
  if (d.known!.type !== 'PLACE' || d.end - d.start > 1) return true;
  if (!isCommonWord(ctx.analysis.tokens[d.start]!.lower)) return true;
  return (d.votes.PLACE ?? 0) >= 1;
}

/** Below this population a place found through a spelling variant needs its country named in the text. */
const FAR_VARIANT_POPULATION = 150_000;

/** ISO alpha-2 codes of the countries a document names, to place ambiguous towns. */
function documentCountries(drafts: NameDraft[]): Set<string> {
  const codes = new Set<string>();
  for (const d of drafts) {
    const k = d.known;
    if (d.fuzzy) continue;
    if (k?.countryCode && (k.type === 'COUNTRY' || !d.candidates)) codes.add(k.countryCode);
  }
  return codes;
}

/** Among same-named places, a town the news means before the province or district named after it. */
const PLACE_KIND_RANK = { city: 0, admin1: 1, admin2: 2 } as const;

function pickCandidate(candidates: KnownEntity[], countries: Set<string>): KnownEntity {
  const inDocument = candidates.filter((c) => c.countryCode && countries.has(c.countryCode));
  const pool = inDocument.length > 0 ? inDocument : candidates.filter((c) => c.countryCode === candidates[0]!.countryCode);
  const rank = (c: KnownEntity): number => (c.type === 'PLACE' ? PLACE_KIND_RANK[c.placeKind ?? 'city'] : -1);
  return [...pool].sort((a, b) => rank(a) - rank(b))[0] ?? candidates[0]!;
}

function nameKey(text: string): string {
  // As replacing /^the /, /['’]s$/ and /\./g, without running three regular expressions per name.
  let key = fold(text);
  if (key.startsWith('the ')) key = key.slice(4);
  if (key.endsWith("'s") || key.endsWith('’s')) key = key.slice(0, -2);
  if (key.includes('.')) key = key.replace(/\./g, '');
  // "Orso Trading LLC" and "Orso Trading" are one company.
  const last = key.lastIndexOf(' ');
  return last > 0 && key.indexOf(' ') < last && LEGAL_FORMS.has(key.slice(last + 1)) ? key.slice(0, last) : key;
}

/** "Russian forces" are Russia's armed forces when the text names that army otherwise, else Russia. */
function settleWeakForces(ctx: DocContext, drafts: NameDraft[]): void {
  const named = new Set(drafts.filter((d) => d.known && d.weakForces === undefined).map((d) => d.known!.id));
  for (const d of drafts) {
    if (d.weakForces === undefined || named.has(d.known!.id)) continue;
    const state = d.known!.stateOf ? ctx.gazetteer.get(d.known!.stateOf) : undefined;
    if (!state) continue;
    d.known = state;
    d.end = d.weakForces; // the mention is the state's name or demonym, not "forces"
    d.text = spanText(ctx, d.start, d.end);
  }
}

/** "the Canaan gang": a one-word town of the gazetteer that its context makes an actor is that actor. */
function overrideWeakPlace(d: NameDraft): void {
  if (d.known?.type !== 'PLACE' || d.end - d.start !== 1 || d.kind !== 'NAME' || (d.votes.PLACE ?? 0) > 0) return;
  const strong = Object.entries(d.votes).some(([type, v]) => type !== 'PLACE' && v >= 2);
  if (!strong) return;
  delete d.known;
  delete d.candidates;
}
