import { fold } from '../../core/normalise.js';
import type { EntityType } from '../../core/types.js';
import type { KnowledgeGraph } from '../../graph/store.js';
import type { IndexedEntity, SearchIndex } from './search-index.js';

// Relevance tiers, best first. Within a tier, entities with more relations win.
const EXACT_NAME = 100;
const EXACT_ALIAS = 90;
const PREFIX = 80;
const WORD_PREFIX = 70;
const SUBSTRING = 60;
const NEAR_MISS = 50;

/** Ranked entity ids whose names or aliases match `query` (folded; typos forgiven). */
export function searchEntities(index: SearchIndex, graph: KnowledgeGraph, query: string, types: ReadonlySet<EntityType> | null, first: number): string[] {
  const q = fold(query);
  if (!q) return [];
  const typos = q.length >= 10 ? 2 : q.length >= 5 ? 1 : 0;
  const hits: { id: string; score: number; degree: number }[] = [];
  for (const entry of index.entries) {
    if (types && !types.has(graph.getNodeAttribute(entry.id, 'type'))) continue;
    const score = scoreOf(entry, q, typos);
    if (score > 0) hits.push({ id: entry.id, score, degree: graph.degree(entry.id) });
  }
  hits.sort((a, b) => b.score - a.score || b.degree - a.degree || (a.id < b.id ? -1 : 1));
  return hits.slice(0, first).map((h) => h.id);
}

function scoreOf(entry: IndexedEntity, q: string, typos: number): number {
  const [name, ...aliases] = entry.names;
  if (name === q) return EXACT_NAME;
  if (aliases.includes(q)) return EXACT_ALIAS;
  if (entry.names.some((n) => n.startsWith(q))) return PREFIX;
  if (entry.words.some((w) => w.startsWith(q))) return WORD_PREFIX;
  if (entry.names.some((n) => n.includes(q))) return SUBSTRING;
  if (typos === 0) return 0;
  // Near misses: the whole name, or one word of it, within `typos` edits.
  let best = Infinity;
  for (const candidate of [...entry.names, ...entry.words]) {
    if (Math.abs(candidate.length - q.length) > typos) continue;
    best = Math.min(best, editDistance(candidate, q, typos));
  }
  return best <= typos ? NEAR_MISS - best : 0;
}

/** Damerau-Levenshtein (optimal string alignment) distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const row = new Array<number>(cols);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[cols - 1]!;
}
