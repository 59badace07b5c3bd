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
const RUNS = /\p{Ll}+|\p{Lo}+|\p{N}+/gu;
const ASCII_KEY = /^[a-z0-9]+$/;

function strip(text: string): string {
  return text.normalize('NFKD').replace(COMBINING, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

/** The look-up key of a name or token: folded letters and digits only ("U.N." -> "un"). */
export function key(text: string): string {
  return strip(text).toLowerCase().replace(NOT_ALNUM, '');
}

/** Letters and digits in their own case, for names that must match in the case listed ("U.N." -> "UN"). */
export function exactForm(text: string): string {
  return strip(text).replace(NOT_ALNUM, '');
}

/**
 * The words of a name as key pieces, split at every non-letter and at letter/digit changes
 * ("AFC/M23" -> afc, m, 23), so every way a tokeniser can cut the name is a run of pieces.
 * A leading "the" is dropped: "the Houthis" is found as "Houthis".
 */
export function nameWords(name: string): string[] {
  const words = PRINTABLE_ASCII.test(name) ? asciiWords(name) : (strip(name).toLowerCase().match(RUNS) ?? []);
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** nameWords for plain ASCII, without regular expressions: most names, and it runs 200,000 times. */
function asciiWords(name: string): string[] {
  const lower = name.toLowerCase();
  const words: string[] = [];
  let from = -1;
  let digits = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const digit = c >= 48 && c <= 57;
    const alnum = digit || (c >= 97 && c <= 122);
    if (from >= 0 && (!alnum || digit !== digits)) {
      words.push(lower.slice(from, i));
      from = -1;
    }
    if (alnum && from < 0) {
      from = i;
      digits = digit;
    }
  }
  return words;
}

const tokenKeys = new Map<string, string>();

/** Key of one token's text; cached, since the same tokens recur in every document. */
export function tokenKey(text: string, lower: string): string {
  if (ASCII_KEY.test(lower)) return lower;
  let k = tokenKeys.get(text);
  if (k === undefined) {
    k = key(text);
    if (tokenKeys.size > 100_000) tokenKeys.clear();
    tokenKeys.set(text, k);
  }
  return k;
}

// Spelling variants of transliterated names: news writes Zaporizhzhia, Avdiivka, Kupiansk,
// Khan Younis, Mekelle where GeoNames has Zaporizhia, Avdiyivka, Kup'yans'k, Khan Yunis, Mek'ele.
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

const looseKeys = new Map<string, string>();

/** looseKey of a token's key, cached like tokenKey. */
export function tokenLooseKey(k: string): string {
  let loose = looseKeys.get(k);
  if (loose === undefined) {
    loose = looseKey(k);
    if (looseKeys.size > 100_000) looseKeys.clear();
    looseKeys.set(k, loose);
  }
  return loose;
}

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
    } else if (c === 'y') emit = 'i';
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
