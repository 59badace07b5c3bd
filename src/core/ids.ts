import { createHash } from 'node:crypto';
import type { EntityType, RelationType } from './types.js';
import { slug } from './normalise.js';

/** `armed_group:m23`, `person:felix-tshisekedi`; gazetteer entries pass their own key (`country:RWA`). */
export function entityId(type: EntityType, key: string): string {
  return `${type.toLowerCase()}:${slug(key) || 'unnamed'}`;
}

export function relationId(source: string, type: RelationType, target: string): string {
  return `${source}|${type}|${target}`;
}

/** Content hash of a document's text: the default document id and the key for idempotent ingest. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
