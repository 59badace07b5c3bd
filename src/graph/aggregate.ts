import type { RelationStatus } from '../core/types.js';
import type { EdgeAttributes, EvidenceRecord, NodeAttributes, NodeContribution } from './types.js';

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

/**
 * Running totals of a node's contributions: the name counts, mentions, documents and dates
 * that its name, aliases and counts derive from. Adding a document updates them by what the
 * document brings, so a node named in thousands of documents does not re-read them all on
 * every ingest; anything else (removal, merge, curation) builds them again from scratch.
 */
export class NodeTally {
  private readonly counts = new Map<string, number>();
  private mentions = 0;
  private documents = 0;
  private first: string | undefined;
  private last: string | undefined;

  static of(attrs: NodeAttributes, dates: (documentId: string) => string | undefined): NodeTally {
    const tally = new NodeTally();
    for (const id of Object.keys(attrs.contributions)) tally.add(undefined, attrs.contributions[id]!, dates(id));
    return tally;
  }

  /** Counts one document's contribution, which replaces `previous` (the same document's earlier one, if any). */
  add(previous: NodeContribution | undefined, next: NodeContribution, date: string | undefined): void {
    this.mentions += next.mentions - (previous?.mentions ?? 0);
    // A document's first name counts twice: the name it leads with.
    const had = new Set(previous?.names);
    next.names.forEach((name, i) => {
      if (!had.has(name)) this.counts.set(name, (this.counts.get(name) ?? 0) + (i === 0 ? 2 : 1));
    });
    if (previous) return;
    this.documents++;
    if (date !== undefined) {
      if (this.first === undefined || date < this.first) this.first = date;
      if (this.last === undefined || date > this.last) this.last = date;
    }
  }

  get documentCount(): number {
    return this.documents;
  }

  /** Writes name, aliases, counts and dates onto the node. */
  apply(attrs: NodeAttributes): void {
    // The name most documents lead with; the longer one on a tie (a full name beats a surname).
    const ranked = [...this.counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    const name = attrs.curatedName ?? ranked[0]?.[0] ?? attrs.name;
    attrs.name = name;
    attrs.aliases = ranked.map(([n]) => n).filter((n) => n !== name);
    attrs.mentionCount = this.mentions;
    attrs.documentCount = this.documents;
    if (attrs.curatedType) attrs.type = attrs.curatedType;
    setOptional(attrs, 'firstSeen', this.first);
    setOptional(attrs, 'lastSeen', this.last);
  }
}

/** Recomputes name, aliases, counts and dates of a node from all its contributions. */
export function summariseNode(attrs: NodeAttributes, dates: (documentId: string) => string | undefined): NodeTally {
  const tally = NodeTally.of(attrs, dates);
  tally.apply(attrs);
  return tally;
}

function setOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
