import { fold } from '../../core/normalise.js';
import type { Sentence, Token } from '../../core/types.js';
import type { GazetteerMatch } from '../../lexicon/types.js';
import { ARMED_GROUP_HEADS, COMPANY_ENDS, DAYS, FORCE_HEADS, LEGAL_FORMS, MONTHS, NAME_CONNECTORS, NAME_PARTICLES, ORGANISATION_HEADS, PERSON_TITLES, ROLE_NOUNS } from '../lexicon/names.js';
import { isCommonWord, isProperWord } from '../lexicon/words.js';

const UPPER = /^\p{Lu}/u;
const LETTER_FIRST = /^\p{L}/u;
const HAS_LETTER = /\p{L}/u;

/** A token that can be part of a name: capitalised, or an alphanumeric code like "M23". */
export function isNameToken(t: Token): boolean {
  // Most tokens start with an ASCII letter: no regular expression needed.
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  if (!HAS_LETTER.test(t.text)) return false;
  if (UPPER.test(t.text)) return true;
  // "M23" starts upper anyway; "iPhone"-like words are not names here.
  return false;
}

/** The token after `i` is glued to it (no space), as in "Guinea-Bissau" or "al-Sham". */
function glued(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && !next.spaceBefore;
}

/** Verbs a body's name may give as its task after "to". */
const BODY_TASKS = new Set(['investigate', 'protect', 'prevent', 'combat', 'promote', 'monitor', 'defend', 'counter', 'fight', 'end', 'eliminate', 'support', 'restore', 'stop']);

/**
 * Maximal runs of capitalised tokens in a sentence, joined by name connectors
 * ("Bank of England", "Hayat Tahrir al-Sham") and glued hyphens ("Guinea-Bissau").
 * Returns token ranges [start, end).
 */
export function capitalisedRuns(tokens: readonly Token[], sentence: Sentence): [number, number][] {
  const runs: [number, number][] = [];
  let i = sentence.firstToken;
  const end = sentence.endToken;
  while (i < end) {
    const start = i;
    if (!startsName(tokens, i, end)) {
      i++;
      continue;
    }
    let last = i; // last name token included
    let j = i + 1;
    while (j < end) {
      const t = tokens[j]!;
      if (isNameToken(t) && t.spaceBefore) {
        last = j;
        j++;
        continue;
      }
      // "Prosecutor General's Office": a possessive inside an institution's name, after an office
      // holder's title only. After a name ("the Department of the Treasury's Office of Foreign Assets
      // Control", "Kenya's Office of ...") it ends the owner's name.
      // "Federal Prosecutor's Office", "Public Prosecutor's Office": the word before the possessive is a title.
      if ((t.lower === "'s" || t.lower === '’s') && officeHolder(tokens, start, j) && tokens[j + 1] && isNameToken(tokens[j + 1]!) && ORGANISATION_HEADS.has(tokens[j + 1]!.lower)) {
        last = j + 1;
        j += 2;
        continue;
      }
      // "People's Front for Democracy and Justice", "Workers' ..." : "People's" is part of many names.
      if ((t.lower === "'s" || t.lower === '’s') && tokens[j - 1]!.lower === 'people' && tokens[j + 1] && isNameToken(tokens[j + 1]!) && tokens[j + 1]!.spaceBefore) {
        last = j + 1;
        j += 2;
        continue;
      }
      // "Shenzhen Kaiyu Electronics Co., Ltd.": a second legal form after a comma.
      if (t.text === ',' && LEGAL_FORMS.has(tokens[j - 1]!.lower) && tokens[j + 1] && LEGAL_FORMS.has(tokens[j + 1]!.lower) && /^\p{Lu}/u.test(tokens[j + 1]!.text)) {
        last = j + 1;
        j += 2;
        continue;
      }
      // A nickname in quotes inside a person's name: Jimmy "Barbecue" Cherizier.
      const nickname = quotedNickname(tokens, j, end);
      if (nickname > 0) {
        last = nickname;
        j = nickname + 1;
        continue;
      }
      // A plural possessive inside a name: "Commission on Human and Peoples' Rights", "Workers' Party".
      const next = tokens[j + 1];
      // The owner is an ordinary plural ("the Houthis' Supreme Council" ends at the owner's name).
      const owner = tokens[j - 1]!;
      if ((t.text === "'" || t.text === '’') && !t.spaceBefore && owner.lower.endsWith('s') && isCommonWord(owner.lower) && next?.spaceBefore && isNameToken(next) && (ORGANISATION_HEADS.has(next.lower) || ARMED_GROUP_HEADS.has(next.lower) || next.lower === 'rights')) {
        last = j + 1;
        j += 2;
        continue;
      }
      // Glued hyphen or apostrophe joining two name parts: "Guinea-Bissau", "N'Djamena".
      if ((t.text === '-' || t.text === "'") && !t.spaceBefore && glued(tokens, j)) {
        const next = tokens[j + 1]!;
        // "Guinea-Bissau", "al-Sham", and Korean given names: "Kim Song-hun" (not "Rwanda-backed").
        // The syllable must not be an English word, unless it closes a name of short syllables ("Ri Chol-man").
        const korean = t.text === '-' && tokens[j - 1]!.text.length <= 4 && j - 1 > start && !/ed$/.test(next.lower);
        const syllable = /^\p{Ll}{2,5}$/u.test(next.text) && (!isCommonWord(next.lower) || korean);
        // ("Saut-d'Eau", "Petite-Rivière-de-l'Artibonite": a French elided article before a name part.)
        const elided = /^[dl]['’]\p{Lu}/u.test(next.text);
        if (isNameToken(next) || NAME_PARTICLES.has(next.lower) || syllable || elided) {
          last = j + 1;
          j += 2;
          continue;
        }
        break;
      }
      // Lower-case connectors between name parts: "of", "of the", "al-"; "on" only inside an
      // institution's name ("Commission of Inquiry on Syria", never "Goma on Saturday").
      // ("National Commission of Inquiry into the Coastal Events": "into" after an inquiry's name too.)
      const into = t.lower === 'into' && ['inquiry', 'investigation'].includes(tokens[j - 1]!.lower);
      // ("National Commission to Investigate Alleged Violations", "Committee to Protect Journalists": a body named for its task.)
      const task = t.lower === 'to' && ORGANISATION_HEADS.has(tokens[j - 1]!.lower) && tokens[j + 1] !== undefined && tokens[j + 1]!.text !== tokens[j + 1]!.lower && BODY_TASKS.has(tokens[j + 1]!.lower);
      const institutional = (t.lower === 'on' || into || task) && tokens.slice(start, j).some((w) => ORGANISATION_HEADS.has(w.lower)) && !isDate(tokens[j + 1]);
      // A bare "the" joins nothing: "On 3 March the Lumara Front attacked".
      if ((NAME_CONNECTORS.has(t.lower) || institutional) && t.text === t.lower && t.lower !== 'the') {
        let k = institutional ? j + 1 : j;
        while (k < end && NAME_CONNECTORS.has(tokens[k]!.lower) && tokens[k]!.text === tokens[k]!.lower && k - j < 2) k++;
        if (tokens[k]?.text === '-' && NAME_PARTICLES.has(tokens[k - 1]!.lower)) k++;
        // "the Tribal and Clan Forces of Sheikh Ibrahim al-Hafl": a titled person after a force's "of" leads it, and is not its name.
        const leader = t.lower === 'of' && PERSON_TITLES.has(tokens[k]?.lower ?? '') && (ARMED_GROUP_HEADS.has(tokens[j - 1]!.lower) || FORCE_HEADS.has(tokens[j - 1]!.lower));
        if (k < end && isNameToken(tokens[k]!) && !leader) {
          last = k;
          j = k + 1;
          continue;
        }
        break;
      }
      // "Securities and Exchange Commission": "and" inside an organisation's name, never between two names.
      // "... Trading LLC and ...", "Sahel Crest Holdings and ...": the first company ends there.
      const companyEnds = LEGAL_FORMS.has(tokens[j - 1]!.lower) || (COMPANY_ENDS.has(tokens[j - 1]!.lower) && j - start >= 2);
      // "Commission on Human Rights and Freedoms", "Ministry of Foreign Affairs and Cooperation": inside the
      // complement of an institution's head, "and" joins the last words of its name.
      if ((t.lower === 'and' || t.text === '&') && t.spaceBefore && !companyEnds && !twoNames(tokens, start, j, end) && (orgNameFollows(tokens, j + 1, end) || inInstitutionComplement(tokens, start, j))) {
        last = j + 1;
        j += 2;
        continue;
      }
      // Numbers inside names: "March 23 Movement", "Route 66" (only when a name word follows; a year
      // dates the sentence: "In 2023 Kenyan troops").
      if (t.pos === 'NUM' && /^\d+$/.test(t.text) && !YEAR.test(t.text) && j + 1 < end && isNameToken(tokens[j + 1]!) && tokens[j + 1]!.spaceBefore) {
        last = j + 1;
        j += 2;
        continue;
      }
      break;
    }
    runs.push([start, last + 1]);
    i = last + 1;
  }
  return runs;
}

const OPENING_QUOTES = new Set(['"', '“']);
const CLOSING_QUOTES = new Set(['"', '”']);

/** `"Barbecue" Cherizier` from the opening quote at `j`: the index of the surname after it, or 0. */
function quotedNickname(tokens: readonly Token[], j: number, end: number): number {
  if (!OPENING_QUOTES.has(tokens[j]!.text) || !tokens[j]!.spaceBefore) return 0;
  let k = j + 1;
  while (k < end && k - j <= 3 && isNameToken(tokens[k]!)) k++;
  if (k === j + 1 || k >= end || !CLOSING_QUOTES.has(tokens[k]!.text)) return 0;
  const surname = tokens[k + 1];
  return surname && k + 1 < end && surname.spaceBefore && isNameToken(surname) ? k + 1 : 0;
}

/** Tokens [start, j) name an office holder: a title last, titles or capitalised ordinary words before it. */
function officeHolder(tokens: readonly Token[], start: number, j: number): boolean {
  if (!PERSON_TITLES.has(tokens[j - 1]!.lower)) return false;
  for (let k = start; k < j; k++) {
    const w = tokens[k]!;
    // "Anticorruption Prosecutor's Office", "Federal Prosecutor's Office": any capitalised word before the title.
    // ("Prosecutor-General's Office": and the hyphen of a compound title.)
    if (!(PERSON_TITLES.has(w.lower) || w.lower === 'the' || UPPER.test(w.text) || (w.text === '-' && !w.spaceBefore))) return false;
  }
  return true;
}

/** "... on Tuesday", "... on March 3": a date, not the rest of an institution's name. */
function isDate(t: Token | undefined): boolean {
  return t !== undefined && (DAYS.has(t.lower) || MONTHS.has(t.lower));
}

/** A name starts at a capitalised token, or at a particle glued to one ("al-Shabaab"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const YEAR = /^(?:19|20)\d\d$/;

function startsName(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  if (isNameToken(t)) return true;
  // "the 33rd Front", "the 22nd Division": an ordinal is part of the unit's name.
  if (ORDINAL.test(t.lower) && i + 1 < end && tokens[i + 1]!.spaceBefore && isNameToken(tokens[i + 1]!) && !MONTHS.has(tokens[i + 1]!.lower)) return true;
  return (
    NAME_PARTICLES.has(t.lower) &&
    i + 2 < end &&
    tokens[i + 1]!.text === '-' &&
    !tokens[i + 1]!.spaceBefore &&
    !tokens[i + 2]!.spaceBefore &&
    isNameToken(tokens[i + 2]!)
  );
}

/** Words a headline may leave in lower case ("Rebels Seize Key Town in Eastern Congo"). */
const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'or', 'at', 'by', 'with', 'as', 'vs', 'from', 'into', 'over', 'after', 'amid', 'but', 'nor', 'per', 'via']);

/**
 * A sentence in headline case ("Rebels Seize Key Town in Eastern Congo"): no word in lower
 * case but the small ones, and at least three ordinary words capitalised. "The Kessari Popular
 * Front advanced." is a sentence: its verb is in lower case.
 */
export function isHeadlineCase(tokens: readonly Token[], sentence: Sentence): boolean {
  let capitalisedOrdinary = 0;
  for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
    const t = tokens[i]!;
    const c = t.text.charCodeAt(0);
    const ascii = c < 128;
    if (ascii ? !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : !LETTER_FIRST.test(t.text)) continue;
    if (ascii ? c >= 97 : !UPPER.test(t.text)) {
      if (!HEADLINE_SMALL_WORDS.has(t.lower)) return false;
    } else if (isCommonWord(t.lower)) capitalisedOrdinary++;
  }
  return capitalisedOrdinary >= 3;
}

/** Capitalised words from `k` that end in an organisation's head noun ("Exchange Commission", "Human Services"). */
function inInstitutionComplement(tokens: readonly Token[], start: number, j: number): boolean {
  for (let k = start; k < j - 2; k++) {
    if (ORGANISATION_HEADS.has(tokens[k]!.lower) && ['of', 'on', 'for'].includes(tokens[k + 1]!.lower)) {
      const next = tokens[j + 1];
      return next !== undefined && isNameToken(next);
    }
  }
  return false;
}

/**
 * "Omar Dalan and Amber Sands Trading LLC", "Kim Yong Bok and Korea Paekho Trading Corporation": two
 * words or more before "and" (at `j`) and a whole company after it are two names, not one.
 */
function twoNames(tokens: readonly Token[], start: number, j: number, end: number): boolean {
  if (j - start < 2) return false;
  let last = j;
  for (let k = j + 1; k < end && isNameToken(tokens[k]!) && tokens[k]!.spaceBefore; k++) last = k;
  const tail = tokens[last]!.lower;
  // ("Myanma Foreign Trade Bank and Kanbawza Bank": the same head closes both.)
  const sameHead = tail === tokens[j - 1]!.lower && ORGANISATION_HEADS.has(tail);
  if (last - j < 2 || !(LEGAL_FORMS.has(tail) || COMPANY_ENDS.has(tail) || sameHead)) return false;
  // Not "Tata Iron and Steel Company Ltd.": the company after "and" opens with a name word, or a
  // person's name stands before it.
  const proper = (k: number): boolean => !isCommonWord(tokens[k]!.lower);
  let person = true;
  for (let k = start; k < j; k++) person &&= proper(k);
  return proper(j + 1) || person;
}

function orgNameFollows(tokens: readonly Token[], k: number, end: number): boolean {
  let last = -1;
  while (k < end && isNameToken(tokens[k]!) && tokens[k]!.spaceBefore) last = k++;
  // "Defence and Security Forces": a force's name joins its words with "and" too.
  return last >= 0 && (ORGANISATION_HEADS.has(tokens[last]!.lower) || FORCE_HEADS.has(tokens[last]!.lower));
}

/** A known name that starts inside a run and reaches past it ("Port-au-Prince") widens the run, swallowing the runs it covers. */
export function widenToMatches(runs: [number, number][], matches: Map<number, GazetteerMatch>): [number, number][] {
  const out: [number, number][] = [];
  for (let [start, end] of runs) {
    // "al Qaeda": a known name that opens with a lower-case word before the run.
    for (let k = start - 1; k >= start - 2 && k >= 0; k--) {
      const m = matches.get(k);
      if (m && m.end > start) {
        start = k;
        end = Math.max(end, m.end);
        break;
      }
    }
    let wide = end;
    for (let i = start; i < wide; i++) {
      const m = matches.get(i);
      if (m && m.end > wide) wide = m.end;
    }
    const last = out[out.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], wide);
    else out.push([start, wide]);
  }
  return out;
}

/** French and Spanish words an acronym skips. */
const ROMANCE_SKIPS = new Set(['pour', 'la', 'le', 'les', "l'", 'l’', 'du', 'de', 'des', "d'", 'd’', 'et', 'en', 'au', 'aux', 'del', 'los', 'las', 'y', 'para', 'por', 'el']);

/** Small words an acronym skips, in the languages names of armed groups and parties come in. */
const ACRONYM_SKIPS = new Set(['of', 'the', 'for', 'and', 'in', 'on', '-', ...ROMANCE_SKIPS]);

/**
 * "le Mouvement pour la renaissance du Nord (MRN)": French and Spanish names keep their later words
 * in lower case, so the capitalised run is only "Mouvement". The acronym that follows in brackets
 * spells the whole name: the run before the bracket widens back to the word its first letter opens.
 */
export function widenToAcronyms(tokens: readonly Token[], runs: [number, number][], matches: Map<number, GazetteerMatch>): [number, number][] {
  const out: [number, number][] = [];
  for (const run of runs) {
    const [start, end] = run;
    const acronym = tokens[start - 1]?.text === '(' && end - start === 1 && tokens[end]?.text === ')' ? tokens[start]!.text : '';
    if (!/^\p{Lu}{3,6}$/u.test(acronym)) {
      out.push(run);
      continue;
    }
    // Read back from the bracket, one letter per word, the small words skipped; the name opens with a capital.
    let k = start - 2;
    let letter = acronym.length - 1;
    while (k >= 0 && letter >= 0 && tokens[k]!.sentence === tokens[start]!.sentence) {
      const w = tokens[k]!;
      if (ACRONYM_SKIPS.has(w.lower) && w.text === w.lower) {
        k--;
        continue;
      }
      // ("l'Azawad": an elided article gives no letter.)
      const word = w.text.replace(/^[dl]['’](?=\p{L})/iu, '');
      if (!/^\p{L}/u.test(word) || fold(word[0]!).toUpperCase() !== acronym[letter]) break;
      letter--;
      if (letter >= 0) k--;
    }
    // (A French or Spanish linking word inside: English writes such names in capitals, and its
    // lower-case words before an acronym are ordinary ones: "Japanese government bond (JGB)".)
    const words = tokens.slice(k, start - 1);
    const opens = letter < 0 && /^\p{Lu}/u.test(tokens[k]!.text) && words.some((w) => w.text === w.lower && !ACRONYM_SKIPS.has(w.lower)) && words.some((w) => ROMANCE_SKIPS.has(w.lower));
    if (!opens) {
      out.push(run);
      continue;
    }
    // The bracket's name replaces the runs it covers, and the listed names inside it ("Congo" in
    // "Front pour la libération du Congo") are its words; the acronym stays a run of its own.
    while (out.length > 0 && out[out.length - 1]![1] > k) out.pop();
    for (let p = k + 1; p < start - 1; p++) matches.delete(p);
    out.push([k, start - 1], run);
  }
  return out;
}

/** "the United States and European Union" is two names: split a run at an "and" that ends a known name. */
export function splitAtKnownAnd(tokens: readonly Token[], runs: [number, number][], matches: Map<number, GazetteerMatch>): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of runs) {
    let from = start;
    for (let i = start + 1; i < end - 1; i++) {
      const t = tokens[i]!;
      if (t.lower !== 'and' && t.text !== '&') continue;
      const endsKnown = [...matches.values()].some((m) => m.end === i && m.start >= from);
      // "Ministry of Defence and Ministry of Interior": the first word again opens a second name.
      const repeated = tokens[i + 1]!.text === tokens[from]!.text && /^\p{Lu}/u.test(tokens[from]!.text) && i - from >= 2;
      if (endsKnown || repeated || matches.get(i + 1)?.end === end) {
        out.push([from, i]);
        from = i + 1;
      }
    }
    out.push([from, end]);
  }
  return out;
}

const ROMANCE_LINKS = new Set(['pour', 'de', 'des', 'du', 'para', 'por', 'del']);
const FRONT_HEADS = new Set(['forces', 'front', 'army', 'movement', 'brigade', 'brigades', 'mouvement', 'armée', 'alliance', 'frente', 'ejército']);

/** "Forces Nouvelles rebels took ...": a force's head word first, as French names put it, then a word no dictionary has. */
export function headFirstName(tokens: readonly Token[], start: number, end: number): boolean {
  // ("Mouvement pour la renaissance du Nord", "Frente de Liberación": or a French or Spanish linking word.)
  return end - start >= 2 && FRONT_HEADS.has(tokens[start]!.lower) && (!isCommonWord(tokens[start + 1]!.lower) || ROMANCE_LINKS.has(tokens[start + 1]!.lower));
}

/**
 * "Sin Kum Chol, a KPA lieutenant general;": a name opening its sentence with an apposition after
 * it keeps its first word, ordinary or not, when two words or more follow it (`rest` is where the
 * ordinary opening ends) and it holds no linking word ("Shares of Alcoa Inc., the ..." does).
 */
export function apposedName(tokens: readonly Token[], start: number, rest: number, end: number): boolean {
  const apposed = tokens[end]?.text === ',' && ['a', 'an', 'the', 'who', 'whose', 'which'].includes(tokens[end + 1]?.lower ?? '');
  // ("Musician Brian Eno, who ...": a role before a name stays out of it.)
  const first = tokens[start]!.lower;
  // ("Musician Brian Eno, who ...": before a first name, the ordinary word is a role.)
  if (!apposed || end - rest < 2 || OPENING_FUNCTION_WORDS.has(first) || PERSON_TITLES.has(first) || ROLE_NOUNS.has(first) || isProperWord(tokens[rest]!.lower)) return false;
  for (let k = start; k < end; k++) if (NAME_CONNECTORS.has(tokens[k]!.lower) || tokens[k]!.lower === 'and') return false;
  return true;
}

const OPENING_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'but', 'and', 'or', 'for', 'with', 'as', 'by', 'from', 'to', 'after', 'before', 'when', 'while', 'if', 'since', 'our', 'their', 'its', 'his', 'her', 'my']);
