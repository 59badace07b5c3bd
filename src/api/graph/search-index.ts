import { fold } from '../../core/normalise.js';
import type { KnowledgeGraph } from '../../graph/store.js';

// Folded names of every entity, built once per graph version, shared by
// `search` and by the `name` filters so that neither folds per request.

export interface IndexedEntity {
  id: string;
  /** Folded name first, then folded aliases. */
  names: string[];
  /** Words of all names, for word-prefix and typo matching. */
  words: string[];
  /** charMask of each name, then of each word: a cheap test before computing an edit distance. */
  nameMasks: number[];
  wordMasks: number[];
}

/**
 * Which characters a string uses, as bits: a-z one bit each, anything else
 * folded onto the six spare bits. Collisions only make the test looser, so a
 * string within k edits of q always has at most k of q's bits missing.
 */
export function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

export class SearchIndex {
  readonly entries: IndexedEntity[] = [];
  private readonly byId = new Map<string, IndexedEntity>();

  constructor(graph: KnowledgeGraph) {
    graph.forEachNode((id, a) => {
      const names = [...new Set([a.name, ...a.aliases].map(fold).filter(Boolean))];
      const words = [...new Set(names.flatMap((n) => n.split(/[^\p{L}\p{N}]+/u)).filter(Boolean))];
      const entry = { id, names, words, nameMasks: names.map(charMask), wordMasks: words.map(charMask) };
      this.entries.push(entry);
      this.byId.set(id, entry);
    });
  }

  /** Folded name and aliases of an entity (empty if unknown). */
  names(id: string): readonly string[] {
    return this.byId.get(id)?.names ?? [];
  }
}
