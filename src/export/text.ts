// Escaping shared by the writers. Every string goes through `clean` first, so that a name
// survives the same way in every format: characters XML 1.0 cannot carry at all (C0 controls
// other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) are dropped everywhere.

const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Cheap first look: any control character or surrogate at all (pairs are fine, but rare). */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function clean(text: string): string {
  return SUSPECT.test(text) ? text.replace(INVALID, '') : text;
}

const XML_ATTR = /[&<>"\n\r\t]/g;
const XML_ATTR_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Written as references: a parser turns literal line breaks and tabs in attributes into spaces.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** For a double-quoted XML attribute value. */
export function xmlAttr(text: string): string {
  const c = clean(text);
  XML_ATTR.lastIndex = 0;
  return XML_ATTR.test(c) ? c.replace(XML_ATTR, (ch) => XML_ATTR_ENTITIES[ch]!) : c;
}

const XML_TEXT = /[&<>\r]/g;

/** For XML element content. */
export function xmlText(text: string): string {
  const c = clean(text);
  XML_TEXT.lastIndex = 0;
  return XML_TEXT.test(c) ? c.replace(XML_TEXT, (ch) => XML_ATTR_ENTITIES[ch]!) : c;
}

/** A finite number with at most three decimals, as text; 0 for anything else. */
export function num(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : '0';
}

const channels = new Map<string, { r: number; g: number; b: number }>();

/** `#RRGGBB` to its three channels (a handful of palette colours, so remembered). */
export function rgb(hex: string): { r: number; g: number; b: number } {
  let c = channels.get(hex);
  if (!c) {
    const n = Number.parseInt(hex.slice(1), 16);
    c = Object.freeze({ r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 });
    channels.set(hex, c);
  }
  return c;
}

/** `#RRGGBB` plus an alpha from 0 to 1 as `#RRGGBBAA`. */
export function hexWithAlpha(hex: string, alpha: number): string {
  return alpha >= 1 ? hex : hex + Math.round(alpha * 255).toString(16).padStart(2, '0').toUpperCase();
}
