import { InputError, NotFoundError } from '../core/errors.js';
import { ENTITY_TYPES } from '../core/types.js';
import type { GraphStore } from '../graph/store.js';
import type { GraphChange } from '../graph/types.js';
import type { JournalEntry } from './types.js';

// One function applies an entry both live and on replay, so a restored
// graph is built by exactly the code that built the original.

export function applyEntry(store: GraphStore, entry: JournalEntry): GraphChange {
  switch (entry.op) {
    case 'ingest':
      return store.addDocument(entry.document, entry.extraction, entry.at);
    case 'remove':
      return store.removeDocument(entry.id);
    case 'merge':
      return store.mergeEntities(entry.ids, entry.into);
    case 'rename':
      return store.renameEntity(entry.id, entry.name);
    case 'setType':
      return store.setEntityType(entry.id, entry.type);
  }
}

/**
 * Throws what applying the entry would throw, before it is journalled: an
 * entry on disk must always apply, or replay would stop at it.
 */
export function checkEntry(store: GraphStore, entry: JournalEntry): void {
  const node = (id: string, what: string) => {
    if (!store.graph.hasNode(store.resolve(id))) throw new NotFoundError(`${what}: no entity with id "${id}"`);
  };
  switch (entry.op) {
    case 'ingest':
      return;
    case 'remove':
      if (!store.hasDocument(entry.id)) throw new NotFoundError(`remove: no document with id "${entry.id}"`);
      return;
    case 'merge':
      if (entry.ids.length === 0) throw new InputError('merge: no entity ids to merge');
      // The store takes `into` as a node id as it stands, not through redirects.
      if (!store.graph.hasNode(entry.into)) throw new NotFoundError(`merge: no entity with id "${entry.into}"`);
      for (const id of entry.ids) node(id, 'merge');
      return;
    case 'rename':
      node(entry.id, 'rename');
      if (!entry.name.trim()) throw new InputError(`rename: the new name for "${entry.id}" is empty`);
      return;
    case 'setType':
      node(entry.id, 'setType');
      if (!(ENTITY_TYPES as readonly string[]).includes(entry.type)) {
        throw new InputError(`setType: unknown entity type "${String(entry.type)}" (expected ${ENTITY_TYPES.join(', ')})`);
      }
  }
}
