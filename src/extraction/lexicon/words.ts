import { readData } from '../../lexicon/files.js';

// Two word lists from SUBTLEX-US (subtitles of American films): ordinary English words (the
// gazetteer's list: lower case at least 30 times per 51 million words, and more often than
// capitalised), and words more often written as names ("Felix", "Paris"). Loaded on first use.
let common: Set<string> | undefined;
let proper: Set<string> | undefined;

/** A word ordinary enough that, capitalised at the start of a sentence, it is not a name. */
export function isCommonWord(lower: string): boolean {
  common ??= new Set((readData('common-words.json') as { words: string[] }).words);
  return common.has(lower);
}

/** A word usually written capitalised: a first name or a place ("felix", "paris"). */
export function isProperWord(lower: string): boolean {
  proper ??= new Set((readData('proper-words.json') as { words: string[] }).words);
  return proper.has(lower);
}
