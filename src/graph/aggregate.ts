import type { RelationStatus } from '../core/types.js';
import type { EdgeAttributes, EvidenceRecord, NodeAttributes } from './types.js';

// Derived attributes, recomputed from the per-document records whenever those change,
// so that adding and retracting a document are exact inverses.

const STATUS_RANK: Record<RelationStatus, number> = {
  ASSERTED: 5,
  CLAIMED: 4,
  DENIED: 3,
  NEGATED: 2,
  HYPOTHETICAL: 1,
};

export function strongestStatus(evidence: readonly EvidenceRecord[]): RelationStatus {
  let best: RelationStatus = 'HYPOTHETICAL';
  for (const e of evidence) if (STATUS_RANK[e.status] > STATUS_RANK[best]) best = e.status;
  return best;
}

/** Recomputes status, confidence, counts, CAMEO code and dates of an edge from its evidence. */
export function summariseEdge(attrs: EdgeAttributes, dates: (documentId: string) => string | undefined): void {
  const status = strongestStatus(attrs.evidence);
  const bestPerDocument = new Map<string, number>();
  let cameo: string | undefined;
  let cameoConfidence = -1;
  let first: string | undefined;
  let last: string | undefined;
  for (const e of attrs.evidence) {
    const date = dates(e.documentId);
    if (date !== undefined) {
      if (first === undefined || date < first) first = date;
      if (last === undefined || date > last) last = date;
    }
    if (e.status !== status) continue;
    bestPerDocument.set(e.documentId, Math.max(bestPerDocument.get(e.documentId) ?? 0, e.confidence));
    if (e.cameo && e.confidence > cameoConfidence) {
      cameo = e.cameo;
      cameoConfidence = e.confidence;
    }
  }
  let disbelief = 1;
  for (const c of bestPerDocument.values()) disbelief *= 1 - c;
  attrs.status = status;
  attrs.confidence = round(1 - disbelief);
  attrs.documentCount = new Set(attrs.evidence.map((e) => e.documentId)).size;
  setOptional(attrs, 'cameo', cameo);
  setOptional(attrs, 'firstSeen', first);
  setOptional(attrs, 'lastSeen', last);
}

/** Recomputes name, aliases, counts and dates of a node from its contributions. */
export function summariseNode(attrs: NodeAttributes, dates: (documentId: string) => string | undefined): void {
  const counts = new Map<string, number>();
  let mentions = 0;
  let first: string | undefined;
  let last: string | undefined;
  const ids = Object.keys(attrs.contributions);
  for (const id of ids) {
    const c = attrs.contributions[id]!;
    mentions += c.mentions;
    c.names.forEach((name, i) => counts.set(name, (counts.get(name) ?? 0) + (i === 0 ? 2 : 1)));
    const date = dates(id);
    if (date !== undefined) {
      if (first === undefined || date < first) first = date;
      if (last === undefined || date > last) last = date;
    }
  }
  // The name most documents lead with; the longer one on a tie (a full name beats a surname).
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  const name = attrs.curatedName ?? ranked[0]?.[0] ?? attrs.name;
  attrs.name = name;
  attrs.aliases = ranked.map(([n]) => n).filter((n) => n !== name);
  attrs.mentionCount = mentions;
  attrs.documentCount = ids.length;
  if (attrs.curatedType) attrs.type = attrs.curatedType;
  setOptional(attrs, 'firstSeen', first);
  setOptional(attrs, 'lastSeen', last);
}

function setOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
