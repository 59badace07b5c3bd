import { decodeHTML } from 'entities';

// Feed text arrives dirty: HTML entities, entities whose "&" was lost on the
// way (" #39;", " quot;"), backslashes where a wrapped line was joined, CRLF.
const BROKEN_ENTITY = /(^|[\s(])(#\d{2,5};|#x[0-9a-f]{2,4};|quot;|amp;|lt;|gt;|apos;|nbsp;)/gi;

export function cleanText(raw: string): string {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.includes('&')) text = decodeHTML(text);
  if (text.includes(';')) {
    text = text.replace(BROKEN_ENTITY, (_m, lead: string, entity: string) => {
      const decoded = decodeHTML(`&${entity}`);
      // " #39;s" is an apostrophe that lost its "&" and its place: glue it back.
      return decoded === "'" ? decoded : lead + decoded;
    });
  }
  // "formally\ended": a backslash where a wrapped line was joined is a space within the sentence.
  text = text.replace(/\\+/g, ' ').replace(/[ \t\u00a0]+\n/g, '\n').replace(/ {2,}/g, ' ');
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

const TRAILER = /\n[ \t]*(?:original )?source:[ \t]*(\S[^\n]*)$/i;

/** A trailing "Source: example.com" line is metadata, not article text. */
export function splitSourceTrailer(text: string): { text: string; source?: string } {
  const match = TRAILER.exec(text);
  if (!match) return { text };
  return { text: text.slice(0, match.index).trimEnd(), source: match[1]!.trim() };
}
