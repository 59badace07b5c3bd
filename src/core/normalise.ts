// Name folding shared by look-ups, ids and search: lower case, no diacritics,
// curly quotes and dashes made plain, spaces collapsed.

const COMBINING = /[\u0300-\u036f]/g;

const PLAIN = /^[\x20-\x7e]*$/;
const CLEAN = /^[^`\s]*$/;

export function fold(text: string): string {
  // Plain ASCII (most names) needs no Unicode normalisation.
  if (PLAIN.test(text)) {
    const lower = text.toLowerCase();
    // (One word, most often: nothing to replace or trim.)
    return CLEAN.test(lower) ? lower : lower.replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  }
  return text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A slug for ids: folded, with runs of anything but letters and digits made one dash. */
export function slug(text: string): string {
  return fold(text)
    .replace(/'s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
