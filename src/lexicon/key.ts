// Look-up keys. A name's key is its letters and digits, folded to lower case without
// diacritics: "U.N." = "UN" = "un", "al-Shabaab" = "Al Shabaab", "Côte d'Ivoire" = "Cote
// d'Ivoire". Concatenating keys makes a match blind to how the tokeniser split a name.

const COMBINING = /[\u0300-\u036f]/g;
// Letters NFKD does not decompose.
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ı: 'i', œ: 'oe', Œ: 'oe',
  þ: 'th', Þ: 'th', ð: 'd', Ð: 'd', ħ: 'h', Ħ: 'h',
};
const SPECIAL_RE = /[ßæÆøØđĐłŁıœŒþÞðÐħĦ]/g;
// Letters (not modifier letters such as ʻ and ʿ, which transliterations use as apostrophes) and digits.
const NOT_ALNUM = /[^\p{Ll}\p{Lu}\p{Lt}\p{Lo}\p{N}]+/gu;
const ASCII_KEY = /^[a-z0-9]+$/;

function strip(text: string): string {
  return text.normalize('NFKD').replace(COMBINING, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

/** The look-up key of a name or token: folded letters and digits only ("U.N." -> "un"). */
export function key(text: string): string {
  if (ALNUM.test(text)) return text.toLowerCase(); // most words: nothing to strip or drop
  return strip(text).toLowerCase().replace(NOT_ALNUM, '');
}

/** Letters and digits in their own case, for names that must match in the case listed ("U.N." -> "UN"). */
export function exactForm(text: string): string {
  if (ALNUM.test(text)) return text;
  return strip(text).replace(NOT_ALNUM, '');
}

const ALNUM = /^[A-Za-z0-9]*$/;

/**
 * A name as segments (its words, as separated by spaces, hyphens, slashes...) of key pieces.
 * A segment is cut into pieces wherever a tokeniser may cut a word without a space: at
 * apostrophes and periods, between letters and digits, around non-ASCII letters ("People's"
 * -> peoples as people|s, "Česko" -> c|esko). A leading "the" is dropped: "the Houthis" is
 * found as "Houthis".
 */
export function nameWords(name: string): string[][] {
  if (ONE_WORD.test(name)) return [[name.toLowerCase()]];
  const segments = PRINTABLE_ASCII.test(name) ? asciiSegments(name) : unicodeSegments(name);
  if (segments.length > 1 && segments[0]!.length === 1 && segments[0]![0] === 'the') segments.shift();
  return segments;
}

/** The key of each segment: nameWords with the pieces of a segment joined. */
export function segmentKeys(segments: readonly (readonly string[])[]): string[] {
  return segments.map((pieces) => pieces.join(''));
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ONE_WORD = /^[A-Za-z]+$/;
const SEGMENT_BREAK = new Set([' ', '\t', '\n', '-', '‐', '–', '—', '/', '(', ')', ',', '&', '+', ';', ':']);

/** Letters (1), digits (2), a segment break (3) or other punctuation (0) of plain ASCII. */
function asciiClass(c: number): number {
  if (c >= 97 && c <= 122) return 1;
  if (c >= 48 && c <= 57) return 2;
  return SEGMENT_BREAK.has(String.fromCharCode(c)) ? 3 : 0;
}

/** nameWords for plain ASCII without regular expressions: most names, and it runs 200,000 times. */
function asciiSegments(name: string): string[][] {
  const lower = name.toLowerCase();
  const segments: string[][] = [];
  let pieces: string[] = [];
  let from = -1;
  let kind = 0;
  for (let i = 0; i <= lower.length; i++) {
    const cls = i < lower.length ? asciiClass(lower.charCodeAt(i)) : 3;
    if (from >= 0 && cls !== kind) {
      pieces.push(lower.slice(from, i));
      from = -1;
    }
    if ((cls === 1 || cls === 2) && from < 0) {
      from = i;
      kind = cls;
    }
    if (cls === 3 && pieces.length > 0) {
      segments.push(pieces);
      pieces = [];
    }
  }
  return segments;
}

function unicodeSegments(name: string): string[][] {
  const segments: string[][] = [];
  let pieces: string[] = [];
  let piece = '';
  let kind = 0; // 1 ASCII letters, 2 digits, 4 other letters
  const flush = (): void => {
    if (piece) pieces.push(piece);
    piece = '';
  };
  for (const ch of name.normalize('NFC')) {
    if (SEGMENT_BREAK.has(ch) || /\s/.test(ch)) {
      flush();
      if (pieces.length > 0) segments.push(pieces);
      pieces = [];
      continue;
    }
    const code = ch.charCodeAt(0);
    const folded = code < 128 ? (/[A-Za-z0-9]/.test(ch) ? ch.toLowerCase() : '') : key(ch);
    if (!folded) {
      flush(); // apostrophes, periods, modifier letters
      continue;
    }
    const cls = /[0-9]/.test(folded) ? 2 : /^[a-z]+$/.test(folded) && ch.charCodeAt(0) < 128 ? 1 : 4;
    if (cls !== kind || cls === 4) flush();
    kind = cls;
    piece += folded;
  }
  flush();
  if (pieces.length > 0) segments.push(pieces);
  return segments;
}

/**
 * Key of one token's text (match.ts caches it per text). A token the tokeniser kept whole
 * across a hyphen or slash ("anti-balaka", "SLM/A-AW") keeps the boundary mark there, as
 * the name's key has it.
 */
export function tokenKey(text: string, lower: string): string {
  if (ASCII_KEY.test(lower)) return lower;
  return strip(text).toLowerCase().replace(BREAKS, ' ').replace(NOT_ALNUM_OR_SPACE, '').trim();
}

const BREAKS = /[\s\-‐–—/(),&+;:]+/g;
const NOT_ALNUM_OR_SPACE = /[^\p{Ll}\p{Lu}\p{Lt}\p{Lo}\p{N} ]+/gu;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** A looser key of one word for spelling variants (kh/h, iy/y/i, -ia/-iia, doubled letters). */
export function looseKey(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const n = word[i + 1];
    let emit = c;
    if (c === 'z' && n === 'h' && word[i + 2] === 'z' && word[i + 3] === 'h') {
      i += 1; // zhzh -> zh
      continue;
    } else if (n === 'h' && (c === 'k' || c === 'g' || c === 'd')) {
      emit = c === 'k' ? 'h' : c; // kh -> h, gh -> g, dh -> d
      i++;
    } else if (c === 'p' && n === 'h') {
      emit = 'f';
      i++;
    } else if ((c === 'o' && (n === 'u' || n === 'o')) || (c === 'c' && n === 'k')) {
      emit = c === 'o' ? 'u' : 'k';
      i++;
    } else if (c === 'e' && n === 'e') {
      emit = 'i';
      i++;
    } else if (c === 'y' || c === 'j') emit = 'i'; // Kup'yans'k, Kupjansk, Kupiansk
    else if (c === 'q') emit = 'k';
    else if (c === 'h' && i === word.length - 1 && VOWELS.has(out[out.length - 1] ?? '')) continue;
    if (out[out.length - 1] !== emit) out += emit; // doubled letters count once
  }
  return out;
}

const CAP_AFTER_ELISION = /^[a-z]{1,3}['’-]\p{Lu}/u;

/** Written with a capital: "Goma", "GOMA", "d'Ivoire", "ex-Séléka"; not "goma" or "’s". */
export function isCapitalised(text: string): boolean {
  const c0 = text.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90) return true; // ASCII fast path
  if (c0 >= 97 && c0 <= 122) return CAP_AFTER_ELISION.test(text);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c >= '0' && c <= '9') return true;
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (lower === upper) continue; // not a letter
    if (c === upper) return true;
    return CAP_AFTER_ELISION.test(text);
  }
  return false;
}

/** Every letter upper case, at least two of them: "ADF", "GOMA". */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const c of text) {
    const upper = c.toUpperCase();
    if (c.toLowerCase() === upper) continue;
    if (c !== upper) return false;
    letters++;
  }
  return letters >= 2;
}

export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c < 128) continue;
    const ch = text[i]!;
    if (ch.toLowerCase() !== ch.toUpperCase()) return true;
  }
  return false;
}
