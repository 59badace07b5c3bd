import { DataError } from '../core/errors.js';
import type { Token } from '../core/types.js';
import { readData } from './files.js';
import { exactForm, hasLetter, isCapitalised, key, looseKey, nameWords, segmentKeys } from './key.js';
import { type Listed, loadListed } from './listed.js';
import { type Matcher, matchTokens } from './match.js';
import { BOUNDARY, EMPTY, extend, NameIndex, Policy } from './name-index.js';
import { PlaceStore, readPlaceTable } from './places.js';
import type { Gazetteer, GazetteerMatch, KnownEntity, MatchOptions } from './types.js';
import { type Affixes, placeVariants } from './variants.js';
import { type CachedIndexes, fingerprint, readIndexCache, writeIndexCache } from './index-cache.js';

export { key } from './key.js';

interface NameWordsData {
  connectors: string[];
  placeSuffixes: string[];
  placePrefixes: string[];
  notPlaces: string[];
  articles: string[];
  innerPunctuation: string[];
  keepSuffixes: string[];
  articleCountries: string[];
}

/** Spelling variants are indexed for provinces, and for districts and towns of at least this many people. */
const LOOSE_MIN_POPULATION = 20_000;
/** ...and for four-letter names only above this many ("Taiz"): short names collide with everything. */
const LOOSE_SHORT_POPULATION = 200_000;
/** Acronyms: up to this many letters and digits, or mostly capitals in one word ("FARDC", "AFC/M23"). */
const SHORT = 3;

let cached: Gazetteer | undefined;

/** The gazetteer, built on first use (about half a second) and shared by the whole process. */
export function loadGazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

function build(): Gazetteer {
  const data = readData('name-words.json') as NameWordsData;
  const common = new Set((readData('common-words.json') as { words: string[] }).words);
  const connectors = new Set(data.connectors);
  const notPlaces = new Set(data.notPlaces);
  const keep = new Set(data.keepSuffixes);
  const affixes: Affixes = { suffixes: new Set(data.placeSuffixes.filter((w) => !keep.has(w))), prefixes: new Set(data.placePrefixes) };
  const listed = loadListed();
  // "Canadian", "Australian": a demonym alone is never a place (Canadian County, Australian Capital Territory).
  for (const k of listed.demonyms.keys()) notPlaces.add(k);
  const base = listed.entities.length;
  const cacheKey = fingerprint();
  let built = readIndexCache(cacheKey);
  let places: PlaceStore;
  if (built) places = new PlaceStore(built.places);
  else {
    places = new PlaceStore(readPlaceTable());
    built = writeIndexCache(cacheKey, { ...buildIndexes(data, common, connectors, notPlaces, affixes, listed, places), places: places.table });
  }
  const index = NameIndex.fromParts(built.index);
  const loose = NameIndex.fromParts(built.loose);
  const extraNames = new Map(built.extraNames);

  const placeAliases = (i: number): string[] => [...placeVariants(places.name(i), places.kind(i) !== 'city', affixes), ...(extraNames.get(i) ?? [])];
  const entity = (ref: number): KnownEntity =>
    ref < base ? listed.entities[ref]! : places.entity(ref - base, placeAliases);
  const matcher: Matcher = {
    index,
    loose,
    words: {
      connectors,
      common,
      inner: new Set(data.innerPunctuation),
      suffixes: new Set(data.placeSuffixes.filter((s) => !s.includes(' '))),
      notPlaces,
      lowerStarts: lowerStarts(listed, connectors),
    },
    entity,
  };
  return makeGazetteer(matcher, listed, places, base);
}

/**
 * The name indexes: every listed surface form and every place name with its variants, ranked
 * per key. The slow part of the load (about 0.8 s), and the same for the same data and code,
 * so it is cached on disk (index-cache.ts).
 */
function buildIndexes(
  data: NameWordsData,
  common: ReadonlySet<string>,
  connectors: ReadonlySet<string>,
  notPlaces: ReadonlySet<string>,
  affixes: Affixes,
  listed: Listed,
  places: PlaceStore,
): Omit<CachedIndexes, 'places'> {
  const base = listed.entities.length;
  const index = new NameIndex(places.size * 2);
  const loose = new NameIndex(places.size);

  const articles = new Set(data.articles);
  const arabic = new Set(data.articleCountries);
  const isCommon = (w: string): boolean => common.has(w) || connectors.has(w);
  for (const s of listed.surfaces) {
    const words = nameWords(s.text);
    if (words.length === 0) continue;
    const type = listed.entities[s.ref]!.type;
    let policy = s.policy ?? listedPolicy(s.text, connectors);
    // "Amnesty", "Sentry": an ordinary word needs to be a proper noun inside a sentence.
    if (policy === Policy.Cap && type !== 'COUNTRY' && words.length === 1 && common.has(words[0]!.join(''))) policy = Policy.Weak;
    index.add(words, policy === Policy.Exact ? { ref: s.ref, policy, exact: exactForm(s.text) } : { ref: s.ref, policy });
  }

  const addPlace = (i: number, text: string, withLoose: boolean, seen: string[] | undefined): void => {
    const words = nameWords(text);
    const keys = segmentKeys(words);
    const joined = keys.length === 1 ? keys[0]! : keys.join(BOUNDARY);
    if (joined.length < 3 || !/[^\d ]/.test(joined)) return;
    if (seen) {
      if (seen.includes(joined)) return;
      seen.push(joined);
    }
    if (keys.every((w) => notPlaces.has(w) || connectors.has(w))) return;
    const policy = keys.every(isCommon) ? Policy.Weak : Policy.Place;
    index.add(words, { ref: base + i, policy });
    if (!withLoose) return;
    const lw = keys.map((w) => [looseKey(w)]);
    const letters = lw.reduce((n, w) => n + w[0]!.length, 0);
    if (letters < 4 || (letters < 5 && places.population(i) < LOOSE_SHORT_POPULATION)) return;
    loose.add(lw, { ref: base + i, policy: Policy.Weak });
    // "Al Hudaydah" is also written "Hudaydah", and "Geneina" "El Geneina".
    if (lw.length > 1 && articles.has(keys[0]!)) loose.add(lw.slice(1), { ref: base + i, policy: Policy.Weak });
    else if (arabic.has(places.countryCode(i))) for (const a of withArticle(keys[0]!)) loose.add([[a], ...lw], { ref: base + i, policy: Policy.Weak });
  };
  for (let i = 0; i < places.size; i++) {
    const name = places.folded(i);
    const kind = places.kind(i);
    const withLoose = kind === 'admin1' || places.population(i) >= LOOSE_MIN_POPULATION;
    const variants = placeVariants(name, kind !== 'city', affixes);
    if (variants.length === 0) {
      addPlace(i, name, withLoose, undefined);
      continue;
    }
    const seen: string[] = [];
    for (const text of [name, ...variants]) addPlace(i, text, withLoose, seen);
  }

  // Hand-written news spellings ("Kiev", "Hodeidah") of GeoNames places.
  const extraNames = new Map<number, string[]>();
  for (const { name, id } of (readData('place-variants.json') as { variants: { name: string; id: string }[] }).variants) {
    const i = places.find(id);
    if (i < 0) throw new DataError(`lexicon: data/place-variants.json names unknown place "${id}" for "${name}"`);
    index.add(nameWords(name), { ref: base + i, policy: Policy.Place });
    extraNames.set(i, [...(extraNames.get(i) ?? []), name]);
  }

  // A capital ranks first among places of its name: "Washington" is the city before the state.
  const capitalRefs = new Set<number>();
  for (const [name, cc] of listed.capitalCities) {
    const slot = slotOf(index, name);
    for (let s = slot < 0 ? -1 : index.first(slot); s >= 0; s = index.next(s)) {
      const ref = index.refOf(s);
      if (ref >= base && places.kind(ref - base) === 'city' && places.countryCode(ref - base) === cc) capitalRefs.add(ref);
    }
  }
  const score = (ref: number): number => (ref < base ? 1e15 - ref : places.score(ref - base) * (capitalRefs.has(ref) ? 1000 : 1));
  index.sort(score);
  loose.sort(score);
  return { index: index.toParts(), loose: loose.toParts(), extraNames: [...extraNames] };
}

/** The index slot of a whole name (its words joined by boundaries), or -1. */
function slotOf(index: NameIndex, name: string): number {
  const h = { ...EMPTY };
  nameWords(name).forEach((pieces, k) => {
    if (k > 0) extend(h, BOUNDARY);
    for (const p of pieces) extend(h, p);
  });
  return index.find(h.a, h.b);
}

/**
 * First pieces of the listed names that may open in lower case ("anti-balaka"): every other name
 * needs a capital or a connector ("al-Qaeda") first, so a scan need not start at a lower-case word.
 */
function lowerStarts(listed: Listed, connectors: ReadonlySet<string>): Set<string> {
  const starts = new Set<string>();
  for (const s of listed.surfaces) {
    const policy = s.policy ?? listedPolicy(s.text, connectors);
    if (policy !== Policy.Any && !(policy === Policy.Exact && /^\P{Lu}/u.test(s.text))) continue;
    const first = nameWords(s.text)[0]?.[0];
    if (first) starts.add(first);
  }
  return starts;
}

/**
 * Acronyms keep their case; names need capitals, unless the listed form itself has
 * lower-case words ("Coopérative pour le développement du Congo"): then only its first
 * word must be capitalised, or none when it starts in lower case ("anti-balaka").
 */
function listedPolicy(text: string, connectors: ReadonlySet<string>): Policy {
  const letters = exactForm(text);
  if (letters.length <= SHORT) return Policy.Exact;
  const words = text.trim().split(/[\s\-–/]+/).filter((w) => hasLetter(w));
  if (words.length === 1) {
    const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
    const alpha = letters.replace(/[^\p{L}]/gu, '').length;
    if (upper >= 2 && upper * 2 >= alpha) return Policy.Exact;
  }
  if (!isCapitalised(words[0] ?? '') && !connectors.has((words[0] ?? '').toLowerCase())) return Policy.Any;
  return words.every((w) => isCapitalised(w) || connectors.has(w.toLowerCase())) ? Policy.Cap : Policy.First;
}

const SUN = ['th', 'sh', 'dh', 't', 'd', 'r', 'z', 's', 'n'];

/** Spelling-variant keys of the Arabic article before a word: al, el, and "ad"/"ed" before d... */
function withArticle(word: string): string[] {
  const sun = SUN.find((c) => word.startsWith(c));
  return sun ? ['al', 'el', `a${sun}`, `e${sun}`].map(looseKey) : ['al', 'el'];
}

function makeGazetteer(matcher: Matcher, listed: Listed, places: PlaceStore, base: number): Gazetteer {
  const byId = new Map(listed.entities.map((e) => [e.id, e]));
  const byCode = new Map(listed.entities.filter((e) => e.type === 'COUNTRY').map((e) => [e.countryCode!, e]));
  const capitalByCode = new Map<string, string>();
  for (const [name, cc] of listed.capitalCities) if (!capitalByCode.has(cc)) capitalByCode.set(cc, name);
  // Every beginning of a demonym's key, plural included: a word whose key is none begins no demonym.
  const demonymStarts = new Set<string>();
  for (const k of listed.demonyms.keys()) for (let n = 0; n <= k.length + 1; n++) demonymStarts.add(`${k}s`.slice(0, n));
  // Asked of most capitalised words, and key() normalises Unicode: the answers are kept per word.
  const demonymWords = new Map<string, { country: string | undefined; starts: boolean }>();
  const demonymWord = (word: string): { country: string | undefined; starts: boolean } => {
    let known = demonymWords.get(word);
    if (known === undefined) {
      const k = key(word);
      const country = listed.demonyms.get(k) ?? (k.endsWith('s') ? listed.demonyms.get(k.slice(0, -1)) : undefined);
      known = { country, starts: demonymStarts.has(k) };
      if (demonymWords.size > 100_000) demonymWords.clear();
      demonymWords.set(word, known);
    }
    return known;
  };
  const lookup = (name: string): KnownEntity[] => {
    const slot = slotOf(matcher.index, name);
    const out: KnownEntity[] = [];
    for (const s of slot < 0 ? [] : matcher.index.surfaces(slot)) {
      const e = matcher.entity(s.ref);
      if (!out.includes(e)) out.push(e);
    }
    return out;
  };
  return {
    match(tokens: readonly Token[], _text: string, options?: MatchOptions): GazetteerMatch[] {
      return matchTokens(matcher, tokens, options);
    },
    get(id: string): KnownEntity | undefined {
      const e = byId.get(id);
      if (e || !id.startsWith('place:')) return e;
      const i = places.find(id);
      return i < 0 ? undefined : matcher.entity(base + i);
    },
    demonymOf(word: string): string | undefined {
      return demonymWord(word).country;
    },
    startsDemonym(word: string): boolean {
      return demonymWord(word).starts;
    },
    capitalOf(name: string): string | undefined {
      return listed.capitals.get(key(name));
    },
    countryByCode(alpha2: string): KnownEntity | undefined {
      return byCode.get(alpha2.toUpperCase());
    },
    armedForcesOf(countryId: string): KnownEntity | undefined {
      return listed.forces.get(countryId);
    },
    lookup,
    capitalCityOf(countryId: string): KnownEntity | undefined {
      const cc = byId.get(countryId)?.countryCode;
      const name = cc ? capitalByCode.get(cc) : undefined;
      if (!cc || !name) return undefined;
      return lookup(name).find((e) => e.type === 'PLACE' && (e.countryCode ?? e.geo?.countryCode) === cc);
    },
  };
}
