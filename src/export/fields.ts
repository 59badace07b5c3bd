import type { EdgeAttributes, EvidenceRecord, NodeAttributes } from '../graph/types.js';

// The data every format carries, under the same names and types everywhere. A format maps
// the types to its own (GEXF `liststring`, GraphML `int`, a Cypher list...). Names avoid the
// words formats reserve: GEXF's color/size/x/y/z/shape/thickness and edge weight/kind,
// Sigma's node and edge `type` (it picks the drawing program), Gephi CSV's edge `Type`.

export type FieldType = 'string' | 'integer' | 'double' | 'strings';
export type FieldValue = string | number | readonly string[] | undefined;

export interface Field<A> {
  readonly name: string;
  readonly type: FieldType;
  /** A word from a fixed vocabulary (an enum): writers may skip escaping it. */
  readonly plain?: boolean;
  readonly get: (attrs: A) => FieldValue;
}

export const NODE_FIELDS: readonly Field<NodeAttributes>[] = [
  { name: 'entityType', type: 'string', plain: true, get: (a) => a.type },
  { name: 'aliases', type: 'strings', get: (a) => a.aliases },
  { name: 'mentionCount', type: 'integer', get: (a) => a.mentionCount },
  { name: 'documentCount', type: 'integer', get: (a) => a.documentCount },
  { name: 'firstSeen', type: 'string', get: (a) => a.firstSeen },
  { name: 'lastSeen', type: 'string', get: (a) => a.lastSeen },
  { name: 'lat', type: 'double', get: (a) => a.geo?.lat },
  { name: 'lon', type: 'double', get: (a) => a.geo?.lon },
  { name: 'geonamesId', type: 'integer', get: (a) => a.geo?.geonamesId },
  { name: 'countryCode', type: 'string', get: (a) => a.geo?.countryCode },
];

export const EDGE_FIELDS: readonly Field<EdgeAttributes>[] = [
  { name: 'relationType', type: 'string', plain: true, get: (a) => a.type },
  { name: 'status', type: 'string', plain: true, get: (a) => a.status },
  { name: 'confidence', type: 'double', get: (a) => a.confidence },
  { name: 'evidenceCount', type: 'integer', get: (a) => a.evidence.length },
  { name: 'documentCount', type: 'integer', get: (a) => a.documentCount },
  { name: 'cameo', type: 'string', get: (a) => a.cameo },
  { name: 'claimant', type: 'string', get: (a) => bestEvidence(a)?.claimant },
  { name: 'firstSeen', type: 'string', get: (a) => a.firstSeen },
  { name: 'lastSeen', type: 'string', get: (a) => a.lastSeen },
  /** The most confident sentence behind the relation's status. */
  { name: 'evidence', type: 'string', get: (a) => bestEvidence(a)?.text },
];

function bestEvidence(attrs: EdgeAttributes): EvidenceRecord | undefined {
  let best: EvidenceRecord | undefined;
  for (const e of attrs.evidence) {
    if (e.status === attrs.status && (!best || e.confidence > best.confidence)) best = e;
  }
  return best;
}
