import { DAYS, MONTHS } from '../lexicon/names.js';
import { tok, type SentenceView } from './view.js';

// Time phrases that may stand between a verb or noun and its arguments: "imposed sanctions
// Tuesday on X", "the designation in June 2025 of X", "Kigali on Friday denied".

// ("have for years been supplied": a span of time too.)
const LEADS = new Set(['on', 'in', 'last', 'this', 'early', 'late', 'earlier', 'later', 'since', 'by', 'for']);
const WORDS = new Set([...DAYS, ...MONTHS, 'week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'day', 'overnight', 'years', 'months', 'weeks', 'decades', 'days', 'hours']);
/** Time words that stand alone: "Tuesday", "yesterday". */
const ALONE = new Set([...DAYS, 'overnight']);

/** A word of time at `k`: "June", "weeks", "2025", "30" after a month. */
export function timeWord(view: SentenceView, k: number): boolean {
  const t = tok(view, k);
  // ("on November 6": a day of the month after its month.)
  return !!t && (WORDS.has(t.lower) || (/^\d{4}$/.test(t.text) && t.pos === 'NUM') || (/^\d{1,2}$/.test(t.text) && MONTHS.has(tok(view, k - 1)?.lower ?? '')));
}

/** Length of a time phrase starting at `k` ("in June 2025", "last week", "on Monday", "Tuesday"), or 0. */
export function timeAfter(view: SentenceView, k: number): number {
  const lead = tok(view, k)?.lower ?? '';
  if (ALONE.has(lead)) return 1;
  if (!LEADS.has(lead)) return 0;
  let n = 1;
  while (n < 4 && timeWord(view, k + n)) n++;
  return n > 1 ? n : 0;
}

/** Length of a time phrase ending at `j` ("on Friday", "last week", "in April 2024", "yesterday"), or 0. */
export function timeBefore(view: SentenceView, j: number): number {
  const t = tok(view, j);
  if (!t) return 0;
  if (t.lower === 'yesterday' || t.lower === 'overnight' || t.lower === 'today') return 1;
  // "a day later", "two weeks earlier", "days later" (ending at "later", or at "day" once "later" was passed).
  const span = t.lower === 'later' || t.lower === 'earlier' ? j - 1 : ['later', 'earlier'].includes(tok(view, j + 1)?.lower ?? '') ? j : -1;
  if (span >= 0 && WORDS.has(tok(view, span)?.lower ?? '')) {
    const count = tok(view, span - 1);
    const counted = count !== undefined && (count.pos === 'NUM' || ['a', 'an', 'few', 'several'].includes(count.lower));
    return j - span + 1 + (counted ? 1 : 0);
  }
  let k = j;
  while (k > j - 3 && (timeWord(view, k) || (k < j && tok(view, k)?.pos === 'NUM'))) k--;
  return k < j && timeWord(view, j) && LEADS.has(tok(view, k)?.lower ?? '') ? j - k + 1 : 0;
}
