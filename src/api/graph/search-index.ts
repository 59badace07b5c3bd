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
}

export class SearchIndex {
  readonly entries: IndexedEntity[] = [];
  private readonly byId = new Map<string, IndexedEntity>();

  constructor(graph: KnowledgeGraph) {
    graph.forEachNode((id, a) => {
      const names = [...new Set([a.name, ...a.aliases].map(fold).filter(Boolean))];
      const words = [...new Set(names.flatMap((n) => n.split(/[^\p{L}\p{N}]+/u)).filter(Boolean))];
      const entry = { id, names, words };
      this.entries.push(entry);
      this.byId.set(id, entry);
    });
  }

  /** Folded name and aliases of an entity (empty if unknown). */
  names(id: string): readonly string[] {
    return this.byId.get(id)?.names ?? [];
  }
}
