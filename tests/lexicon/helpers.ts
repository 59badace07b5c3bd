import { loadGazetteer } from '../../src/lexicon/gazetteer.js';
import type { GazetteerMatch } from '../../src/lexicon/types.js';
import { analyse } from '../../src/text/analyse.js';

export const gazetteer = loadGazetteer();

export interface Found {
  text: string;
  ids: string[];
  match: GazetteerMatch;
}

/** Every gazetteer match in a text, with the text it spans, through the real tokeniser. */
export function findAll(text: string): Found[] {
  const { tokens } = analyse(text);
  return gazetteer.match(tokens, text).map((match) => ({
    text: text.slice(tokens[match.start]!.start, tokens[match.end - 1]!.end),
    ids: match.candidates.map((c) => c.id),
    match,
  }));
}

/** The match spelling exactly `surface` in `text`, if any. */
export function findSurface(text: string, surface: string): Found | undefined {
  return findAll(text).find((f) => f.text === surface);
}
