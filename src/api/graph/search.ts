import { fold } from '../../core/normalise.js';
import type { EntityType } from '../../core/types.js';
import type { KnowledgeGraph } from '../../graph/store.js';
import type { IndexedEntity, SearchIndex } from './search-index.js';
import { charMask } from './search-index.js';

// Relevance tiers, best first. Within a tier, entities with more relations win, then ids.
const EXACT_NAME = 0;
const EXACT_ALIAS = 1;
const PREFIX = 2;
const WORD_PREFIX = 3;
const SUBSTRING = 4;
const NEAR_MISS = 5; // plus the number of edits

/**
 * Ranked entity ids whose names or aliases match `query` (folded; typos forgiven).
 * Exact, prefix and substring matches are cheap and found first; the costly
 * near-miss pass runs only when they leave the page short.
 */
export function searchEntities(index: SearchIndex, graph: KnowledgeGraph, query: string, types: ReadonlySet<EntityType> | null, first: number): string[] {
  const q = fold(query);
  if (!q || first === 0) return [];
  const tiers: IndexedEntity[][] = [];
  const rest: IndexedEntity[] = [];
  let found = 0;
  for (const entry of index.entries) {
    if (types && !types.has(graph.getNodeAttribute(entry.id, 'type'))) continue;
    const tier = cheapTier(entry, q);
    if (tier < 0) rest.push(entry);
    else {
      (tiers[tier] ??= []).push(entry);
      found++;
    }
  }
  const typos = q.length >= 10 ? 2 : q.length >= 5 ? 1 : 0;
  if (found < first && typos > 0) {
    const mask = charMask(q);
    for (const entry of rest) {
      const edits = nearMiss(entry, q, mask, typos);
      if (edits <= typos) (tiers[NEAR_MISS + edits] ??= []).push(entry);
    }
  }
  const out: string[] = [];
  for (const tier of tiers) {
    if (!tier) continue;
    for (const id of topByDegree(graph, tier, first - out.length)) out.push(id);
    if (out.length >= first) break;
  }
  return out;
}

function cheapTier(entry: IndexedEntity, q: string): number {
  const names = entry.names;
  if (names[0] === q) return EXACT_NAME;
  for (let i = 1; i < names.length; i++) if (names[i] === q) return EXACT_ALIAS;
  for (const n of names) if (n.startsWith(q)) return PREFIX;
  for (const w of entry.words) if (w.startsWith(q)) return WORD_PREFIX;
  for (const n of names) if (n.includes(q)) return SUBSTRING;
  return -1;
}

/** Fewest edits from `q` to a whole name or one word of it (more than `typos` when none is close). */
function nearMiss(entry: IndexedEntity, q: string, mask: number, typos: number): number {
  let best = typos + 1;
  const lists: [string[], number[]][] = [[entry.names, entry.nameMasks], [entry.words, entry.wordMasks]];
  for (const [candidates, masks] of lists) {
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i]!;
      if (Math.abs(candidate.length - q.length) > typos || missingBits(mask, masks[i]!) > typos) continue;
      best = Math.min(best, editDistance(candidate, q, typos));
      if (best === 1) return 1;
    }
  }
  return best;
}

/** How many of the query's character bits the candidate lacks. */
function missingBits(query: number, candidate: number): number {
  let missing = query & ~candidate;
  let count = 0;
  while (missing) {
    missing &= missing - 1;
    count++;
  }
  return count;
}

/** The `k` entries with the highest degree (ties by id), without sorting a large tier whole. */
function topByDegree(graph: KnowledgeGraph, tier: IndexedEntity[], k: number): string[] {
  const better = (a: { id: string; d: number }, b: { id: string; d: number }) => a.d > b.d || (a.d === b.d && a.id < b.id);
  const top: { id: string; d: number }[] = [];
  for (const entry of tier) {
    const item = { id: entry.id, d: graph.degree(entry.id) };
    if (top.length === k && !better(item, top[k - 1]!)) continue;
    let i = Math.min(top.length, k - 1);
    while (i > 0 && better(item, top[i - 1]!)) i--;
    top.splice(i, 0, item);
    if (top.length > k) top.pop();
  }
  return top.map((t) => t.id);
}

// Three rows reused across calls: names are short, and search is synchronous.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Damerau-Levenshtein (optimal string alignment) distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const cols = b.length + 1;
  if (rows[0]!.length < cols) rows = [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)];
  let [prev2, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[cols - 1]!;
}
