import { createHash } from 'node:crypto';
import type { EntityType, RelationType } from './types.js';
import { slug } from './normalise.js';

// Ids are joined, not concatenated: a template literal gives V8 a rope (cons
// string), and every JSON answer that contains the id flattens it again into
// a new copy; join builds a flat string once.

/** `armed_group:m23`, `person:felix-tshisekedi`; gazetteer entries pass their own key (`country:RWA`). */
export function entityId(type: EntityType, key: string): string {
  return [type.toLowerCase(), slug(key) || 'unnamed'].join(':');
}

export function relationId(source: string, type: RelationType, target: string): string {
  return [source, type, target].join('|');
}

/** Content hash of a document's text: the default document id and the key for idempotent ingest. */
export function contentHash(text: string): string {
  // Ingest asks for the same text's hash several times in a row (id, duplicate checks, index).
  let hash = recentHashes.get(text);
  if (hash === undefined) {
    hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    if (text.length <= RECENT_MAX_CHARS) {
      if (recentHashes.size >= RECENT_SIZE) recentHashes.clear();
      recentHashes.set(text, hash);
    }
  }
  return hash;
}

const RECENT_SIZE = 256;
const RECENT_MAX_CHARS = 65_536;
const recentHashes = new Map<string, string>();
