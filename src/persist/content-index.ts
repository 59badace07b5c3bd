import { contentHash } from '../core/ids.js';
import type { JournalEntry } from './types.js';

/**
 * Content hash -> document id of every document in the graph. A document
 * handed in without an id is a duplicate when its text is already there,
 * whatever id the first copy was given.
 */
export class ContentIndex {
  constructor(readonly byHash: Map<string, string> = new Map()) {}

  idOf(text: string): string | undefined {
    return this.byHash.get(contentHash(text));
  }

  /** Keeps the index in step with an applied journal entry. */
  record(entry: JournalEntry): void {
    if (entry.op === 'ingest') {
      const hash = contentHash(entry.document.text);
      if (!this.byHash.has(hash)) this.byHash.set(hash, entry.document.id);
    } else if (entry.op === 'remove') {
      for (const [hash, id] of this.byHash) if (id === entry.id) this.byHash.delete(hash);
    }
  }
}
