import { InputError } from '../core/errors.js';
import { looksBinary } from '../text/document.js';

/** Bytes looked at for NUL bytes, the sure sign of a binary file. */
const SNIFF_BYTES = 8192;

export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/**
 * Bytes -> text, refusing what is not UTF-8 text: a binary file, another
 * encoding (the fatal decoder, instead of silently putting U+FFFD in), or nothing.
 */
export function decodeText(bytes: Uint8Array, location: string): string {
  if (bytes.length === 0) throw new InputError(`${location}: file is empty`);
  if (isBinary(bytes)) throw new InputError(`${location}: looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${location}: not valid UTF-8 text${invalidAt(bytes)} (convert it first, e.g. iconv -f latin1 -t utf-8)`);
  }
  if (looksBinary(text)) throw new InputError(`${location}: looks like a binary file, not text`);
  if (text.trim() === '') throw new InputError(`${location}: file has no text (only white space)`);
  return text;
}

/**
 * " at byte N": where the first malformed sequence starts, for the error
 * message. (Overlong forms and surrogates, which the decoder also refuses,
 * are not located: the message then just has no offset.)
 */
function invalidAt(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i]!;
    const tail = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (tail < 0) return ` at byte ${i}`;
    for (let k = 1; k <= tail; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return ` at byte ${i}`;
    i += tail + 1;
  }
  return '';
}
