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

/** " at byte N" for the first byte that breaks UTF-8, found by decoding growing prefixes' ends. */
function invalidAt(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const step = 4096;
  for (let i = 0; i < bytes.length; i += step) {
    try {
      decoder.decode(bytes.subarray(i, Math.min(bytes.length, i + step)), { stream: true });
    } catch {
      // Narrow down within the failing block, byte by byte.
      const fresh = new TextDecoder('utf-8', { fatal: true });
      fresh.decode(bytes.subarray(0, i), { stream: true });
      for (let j = i; j < Math.min(bytes.length, i + step); j++) {
        try {
          fresh.decode(bytes.subarray(j, j + 1), { stream: true });
        } catch {
          return ` at byte ${j}`;
        }
      }
      return '';
    }
  }
  return '';
}
