import { isCommonWord } from '../lexicon/words.js';
import type { Token } from '../../core/types.js';
import type { DocContext, NameDraft } from '../types.js';
import { ARMED_GROUP_HEADS, ARMED_MEMBER_NOUNS, LEGAL_FORMS, NAME_CONNECTORS, NAME_PARTICLES, NEWS_AGENCIES } from '../lexicon/names.js';

/** Union-find over draft indices: names that are the same entity within a document. */
export class Links {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d-]{1,7}$/u;

/**
 * Links names written as definitions of each other: "Alliance Fleuve Congo (AFC)",
 * "AFC (Alliance Fleuve Congo)", "AFC/M23", and acronyms whose letters are the
 * initials of a longer name in the document ("LLF" for "Lumara Liberation Front").
 */
export function linkAliases(ctx: DocContext, drafts: NameDraft[], links: Links): void {
  const tokens = ctx.analysis.tokens;
  const byStart = new Map<number, number>();
  drafts.forEach((d, i) => byStart.set(d.start, i));
  drafts.forEach((d, i) => {
    const open = tokens[d.end];
    if (open && (open.text === '(' || open.text === '[')) {
      const inner = byStart.get(d.end + 1);
      const close = inner !== undefined ? tokens[drafts[inner]!.end] : undefined;
      // One side must be an acronym: "Front for Change (FACT)", "AFC (Alliance Fleuve Congo)", not "KABUL (Reuters)".
      const acronym = inner !== undefined && (ACRONYM.test(drafts[inner]!.text) || ACRONYM.test(d.text)) && !NEWS_AGENCIES.has(drafts[inner]!.text);
      // ("Dar al-Salam General Trading Company (Dar al-Salam)": or the name's own first words.)
      const short = inner !== undefined && isPrefix(tokens, drafts[inner]!, d);
      if (inner !== undefined && (acronym || short) && close && (close.text === ')' || close.text === ']' || close.text === '/')) links.union(i, inner);
    }
    const nickname = knownAs(tokens, d.end);
    const other = nickname !== undefined ? byStart.get(nickname) : undefined;
    if (other !== undefined) links.union(i, other);
    const slash = tokens[d.end];
    if (slash && slash.text === '/' && !slash.spaceBefore) {
      const other = byStart.get(d.end + 1);
      // (Not a dateline's "BAKU/YEREVAN": two listed places are two places.)
      const place = (x: NameDraft): boolean => [x.known, ...(ctx.gazetteer.lookup?.(x.text) ?? [])].some((e) => e?.type === 'PLACE' || e?.type === 'COUNTRY');
      const places = other !== undefined && place(d) && place(drafts[other]!);
      if (other !== undefined && !tokens[d.end + 1]!.spaceBefore && !places) links.union(i, other);
    }
  });

  // Made on the first acronym: most documents have none.
  let long: { i: number; initials: string }[] | undefined;
  drafts.forEach((d, i) => {
    if (d.end - d.start !== 1 || !ACRONYM.test(d.text)) return;
    long ??= longNames(tokens, drafts);
    const letters = d.text.replace(/[.\-]/g, '').toUpperCase();
    const full = long.find((x) => x.initials === letters);
    if (full) links.union(i, full.i);
  });
}

/**
 * "Fighters of the Kuzhar Defence Front (KDF)": an acronym the text defines as an unlisted name is that
 * name, not the listed body with the same letters (Kenya Defence Forces), unless the text also names
 * the listed body in full.
 */
export function forgetRedefinedAcronyms(tokens: readonly Token[], drafts: NameDraft[]): void {
  const byStart = new Map<number, NameDraft>();
  for (const d of drafts) byStart.set(d.start, d);
  // "the Somali National Army (SNA)": an acronym two listed bodies share is, in this text, the one
  // it is defined for (not the Syrian National Army, named later in the same text).
  for (const long of drafts) {
    if (!long.known || tokens[long.end]?.text !== '(') continue;
    const short = byStart.get(long.end + 1);
    if (!short?.known || short.known.id === long.known.id || tokens[short.end]?.text !== ')' || !short.candidates?.some((c) => c.id === long.known!.id)) continue;
    for (const d of drafts) if (d.text === short.text && d.known?.id === short.known.id) d.known = long.known;
  }
  for (const long of drafts) {
    if (long.known || long.end - long.start < 2 || tokens[long.end]?.text !== '(') continue;
    const short = byStart.get(long.end + 1);
    const listed = short?.known;
    if (!short || !listed || short.end - short.start !== 1 || tokens[short.end]?.text !== ')' || !ACRONYM.test(short.text)) continue;
    if (initials(tokens, long.start, long.end) !== short.text.replace(/[.\-]/g, '').toUpperCase()) continue;
    if (drafts.some((d) => d.known?.id === listed.id && d.text !== short.text)) continue;
    // ("Islamic State of Iraq and al-Sham (ISIS)": a form the list lacks of the body it lists opens with one of its words.)
    const first = tokens[long.start]!.lower;
    if ([listed.name, ...listed.aliases].some((n) => n.toLowerCase().split(/[\s-]+/).includes(first))) continue;
    for (const d of drafts) {
      if (d.text !== short.text || d.known?.id !== listed.id) continue;
      d.known = undefined;
      d.candidates = undefined;
    }
  }
}

/** The words of `short` open `long`, which has more. */
function isPrefix(tokens: readonly Token[], short: NameDraft, long: NameDraft): boolean {
  const n = short.end - short.start;
  if (n >= long.end - long.start) return false;
  for (let k = 0; k < n; k++) if (tokens[short.start + k]!.lower !== tokens[long.start + k]!.lower) return false;
  return true;
}

const AKA_LEADS = new Set([',', '(', 'also', 'better', 'widely', 'commonly', 'popularly', 'locally']);
const QUOTE = /^[“”"‘’'«»]$/;

/** "X, also known as "Ti Lou"", "X (alias Hemedti)", "X, aka Y": where the other name starts, if it does. */
function knownAs(tokens: readonly Token[], k: number): number | undefined {
  const sentence = tokens[k - 1]?.sentence;
  let n = 0;
  while (n < 3 && AKA_LEADS.has(tokens[k]?.lower ?? '')) (k++, n++);
  if (tokens[k]?.lower === 'known' && tokens[k + 1]?.lower === 'as') k += 2;
  else if (['alias', 'aka', 'a.k.a.', 'a.k.a'].includes(tokens[k]?.lower ?? '')) k++;
  else return undefined;
  while (QUOTE.test(tokens[k]?.text ?? '')) k++;
  return tokens[k]?.sentence === sentence ? k : undefined;
}

/** Names of two words or more with at least two initials. */
function longNames(tokens: readonly Token[], drafts: NameDraft[]): { i: number; initials: string }[] {
  const out: { i: number; initials: string }[] = [];
  drafts.forEach((d, i) => {
    if (d.end - d.start < 2) return;
    const letters = initials(tokens, d.start, d.end);
    if (letters.length >= 2) out.push({ i, initials: letters });
  });
  return out;
}

function initials(tokens: readonly Token[], start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const w = tokens[k]!;
    if (CAPITAL.test(w.text) && !NAME_CONNECTORS.has(w.lower)) out += w.text[0]!.toUpperCase();
  }
  return out;
}

const CAPITAL = /^\p{Lu}/u;

/** Nouns after a surname that name the people around the person, not the person. */
const KIN_AND_GROUP_NOUNS = new Set(['group', 'faction', 'network', 'clan', 'family', 'movement', 'brigade', 'brigades', 'tribe', 'brothers']);

/** Links a lone surname ("Tshisekedi") to the person named in full in the same document. */
export function linkSurnames(ctx: DocContext, drafts: NameDraft[], links: Links, isPerson: (i: number) => boolean): void {
  const tokens = ctx.analysis.tokens;
  const surnames = new Map<string, number>();
  const paternals: Record<string, number> = Object.create(null); // -1: two people share it
  const lower = (from: number, to: number): string => tokens.slice(from, to).map((t) => t.lower).join(' ');
  drafts.forEach((d, i) => {
    if (d.end - d.start >= 2 && isPerson(i)) {
      const last = tokens[d.end - 1]!.lower;
      if (!surnames.has(last)) surnames.set(last, i);
      // "Arsène Yakoubou-Dembé" is later "Yakoubou-Dembé": a hyphenated surname is one word.
      const hyphened = hyphenatedWordStart(tokens, d.end);
      if (hyphened > d.start && !surnames.has(lower(hyphened, d.end))) surnames.set(lower(hyphened, d.end), i);
      // Spanish and Portuguese double surnames: "Rogelio Ibarra Quintero" is later "Ibarra Quintero".
      if (d.end - d.start >= 3 && !surnames.has(lower(d.end - 2, d.end))) surnames.set(lower(d.end - 2, d.end), i);
      // ... and "José Adolfo Macías Villamar" is later "Macías", when no one else has that name.
      const paternal = tokens[d.end - 2]!;
      if (d.end - d.start >= 3 && /^\p{Lu}\p{Ll}/u.test(paternal.text)) {
        const other = paternal.lower in paternals ? paternals[paternal.lower] : undefined;
        paternals[paternal.lower] = other === undefined || other === i ? i : -1;
      }
    }
  });

  drafts.forEach((d, i) => {
    const words = d.end - d.start;
    if (words >= 3 && !d.known && hyphenatedWordStart(tokens, d.end) === d.start) {
      const full = surnames.get(lower(d.start, d.end));
      if (full !== undefined && full !== i) links.union(i, full);
      return;
    }
    if (words === 2 && !d.known) {
      const full = surnames.get(lower(d.start, d.end));
      if (full !== undefined && full !== i && drafts[full]!.end - drafts[full]!.start >= 3) links.union(i, full);
      return;
    }
    // A one-word place of the gazetteer may be a surname too ("Gaal", "Farah"), unless its context says place.
    if (words !== 1 || (d.known && (d.known.type !== 'PLACE' || (d.votes.PLACE ?? 0) >= 1))) return;
    // "the Canaan gang" after "Jeff Larose, known as Jeff Canaan", "the Maute group" after "Omar Maute": a group named like its leader.
    if (ARMED_MEMBER_NOUNS.has(tokens[d.end]?.lower ?? '') || KIN_AND_GROUP_NOUNS.has(tokens[d.end]?.lower ?? '')) return;
    // (A paternal surname only for a name no list knows: "Texas" is no surname of "North Texas Eagles".)
    const paternal = d.known ? undefined : paternals[tokens[d.start]!.lower];
    const full = surnames.get(tokens[d.start]!.lower) ?? (paternal !== undefined && paternal >= 0 ? paternal : undefined);
    if (full !== undefined) {
      delete d.known;
      links.union(i, full);
    }
  });
}

/** Where the word ending at `end` starts, joined by hyphens with no spaces ("Yakoubou-Dembé"). */
function hyphenatedWordStart(tokens: readonly Token[], end: number): number {
  let k = end - 1;
  // ("Khaled al-Ali" is later "al-Ali": an Arabic particle opens the surname too.)
  while (tokens[k - 1]?.text === '-' && !tokens[k - 1]!.spaceBefore && !tokens[k]!.spaceBefore && tokens[k - 2] && (/^\p{Lu}/u.test(tokens[k - 2]!.text) || NAME_PARTICLES.has(tokens[k - 2]!.lower))) k -= 2;
  return k;
}

/**
 * A body's short name after its full name: "the Fact-Finding Mission" after "UN Independent
 * International Fact-Finding Mission for the Sudan". The short name is unknown, at least two
 * words, and found word for word in exactly one longer body name named before it.
 */
export function linkShortForms(ctx: DocContext, drafts: NameDraft[], links: Links, isBody: (i: number) => boolean): void {
  const tokens = ctx.analysis.tokens;
  const words = (d: NameDraft): string[] => tokens.slice(d.start, d.end).map((t) => t.lower);
  const bodies: { i: number; start: number; words: string[] }[] = [];
  drafts.forEach((d, i) => {
    if (d.end - d.start >= 2 && isBody(i)) bodies.push({ i, start: d.start, words: words(d) });
  });
  // Names given their state ("Tajikistan's Supreme Court", mentions/index.ts), by their own words.
  const owned = drafts.map((d, i) => ({ i, start: d.start, words: words(d) })).filter((b) => !drafts[b.i]!.known && drafts[b.i]!.text !== ctx.analysis.text.slice(tokens[b.start]!.start, tokens[drafts[b.i]!.end - 1]!.end));
  drafts.forEach((d, i) => {
    // "the Supreme Court" after "Tajikistan's Supreme Court": the same words, once their state is named.
    if (!d.known && owned.length > 0 && !owned.some((b) => b.i === i)) {
      const own = words(d);
      const same = owned.filter((b) => b.start < d.start && b.words.length === own.length && own.every((w, n) => b.words[n] === w));
      if (same.length > 0 && new Set(same.map((b) => links.find(b.i))).size === 1) {
        links.union(i, same[0]!.i);
        // (Named as its state's, not as the bare words, which would join other states' courts in the graph.)
        d.text = drafts[same[0]!.i]!.text;
        return;
      }
    }
    // "the Front" after "the Tibesti Salvation Front": a body's head word alone, whatever a gazetteer makes of it.
    if (d.end - d.start === 1 && tokens[d.start - 1]?.lower === 'the' && SHORT_HEADS.has(tokens[d.start]!.lower)) {
      const head = tokens[d.start]!.lower;
      // ("the Sentinels" after "the Sentinels of Hadra": a head that comes first.)
      const longer = bodies.filter((b) => b.start < d.start && (b.words[b.words.length - 1] === head || (b.words[0] === head && b.words[1] === 'of')));
      if (d.known || new Set(longer.map((b) => links.find(b.i))).size !== 1) return;
      links.union(i, longer[0]!.i);
      return;
    }
    // "Blackridge's contractors" after "Blackridge Security": a body's first word alone, when no other body shares it.
    // ("Lafarge" after "Lafarge S.A." and "Lafarge Cement Syria S.A.": the one that is that word and a legal form.)
    // (Not a demonym's shape used as an adjective: "Kessarian soldiers" after "the Kessarian National Army".)
    // ("Dravonian army spokesperson" after "the Dravonian army" goes on with the body's own words.)
    const next = tokens[d.end];
    const adjectival = /(?:an|ese|ish)$/.test(tokens[d.start]!.lower) && next !== undefined && next.text === next.lower && /^\p{L}/u.test(next.text) &&
      !bodies.some((b) => b.words[0] === tokens[d.start]!.lower && b.words[1] === next.lower);
    if (!d.known && !adjectival && d.end - d.start === 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[d.start]!.text) && !isCommonWord(tokens[d.start]!.lower)) {
      const word = tokens[d.start]!.lower;
      const exact = bodies.filter((b) => b.start < d.start && b.words[0] === word && b.words.slice(1).every((w) => LEGAL_FORMS.has(w) || w === '.'));
      const longer = exact.length > 0 ? exact : bodies.filter((b) => b.start < d.start && b.words[0] === word);
      if (longer.length > 0 && new Set(longer.map((b) => links.find(b.i))).size === 1) links.union(i, longer[0]!.i);
      return;
    }
    // "Empacadora Frutas del Valle" after "Empacadora Frutas del Valle S.A. de C.V.": the name without its legal form.
    if (!d.known && d.end - d.start >= 2) {
      const own = words(d);
      const company = bodies.filter((b) => b.start < d.start && LEGAL_FORMS.has(b.words[own.length] ?? '') && own.every((w, n) => b.words[n] === w));
      if (company.length > 0 && new Set(company.map((b) => links.find(b.i))).size === 1) {
        links.union(i, company[0]!.i);
        return;
      }
    }
    if (d.known || d.end - d.start < 2) return;
    const short = words(d);
    // ("Black Meridian does more" after "Black Meridian Group": a name with no type of its own opens the body's.)
    const opens = Object.keys(d.votes).length === 0;
    if (!isBody(i) && !opens) return;
    const longer = bodies.filter((b) => b.start < d.start && b.words.length > short.length && (isBody(i) ? containsRun(b.words, short) : short.every((w, n) => b.words[n] === w)));
    const roots = new Set(longer.map((b) => links.find(b.i)));
    if (roots.size === 1) links.union(i, longer[0]!.i);
  });
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let k = 0; k + run.length <= words.length; k++) if (run.every((w, n) => words[k + n] === w)) return true;
  return false;
}

/** Head words that stand for a body named in full before: "the Front", "the Movement", "the Brigades". */
const SHORT_HEADS = new Set([...ARMED_GROUP_HEADS].filter((w) => !['rebels', 'fighters', 'liberation', 'gang', 'cartel', 'militia', 'militias', 'insurgency', 'jihad', 'resistance'].includes(w)).concat(['council', 'commission', 'court', 'committee', 'union', 'brotherhood', 'alliance', 'coalition', 'tribunal', 'mission', 'panel', 'agency', 'party']));
