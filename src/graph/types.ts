import type { EntityType, Geo, RelationStatus, RelationType } from '../core/types.js';

/** What one document contributed to a node, kept so the document can be retracted exactly. */
export interface NodeContribution {
  mentions: number;
  /** The names this document used for the entity (best first). */
  names: string[];
}

/** Domain attributes of a graph node. Display attributes (colour, size) are derived at export time. */
export interface NodeAttributes {
  name: string;
  type: EntityType;
  /** Every other name seen for the entity, derived from `contributions` and curation. */
  aliases: string[];
  mentionCount: number;
  documentCount: number;
  /** Per document id. */
  contributions: Record<string, NodeContribution>;
  geo?: Geo;
  /** Name from the gazetteer, which wins over names read from text. */
  knownName?: string;
  /** Name set by a curator (renameEntity), which wins over everything. */
  curatedName?: string;
  /** Type set by a curator (setEntityType). */
  curatedType?: EntityType;
  firstSeen?: string;
  lastSeen?: string;
  /** Layout position, written by the layout stage. */
  x?: number;
  y?: number;
}

export interface EvidenceRecord {
  documentId: string;
  /** Sentence index in the document, and the sentence's span and text. */
  sentence: number;
  start: number;
  end: number;
  text: string;
  status: RelationStatus;
  confidence: number;
  trigger?: { start: number; end: number; text: string };
  claimant?: string;
  cameo?: string;
  pattern?: string;
}

export interface EdgeAttributes {
  type: RelationType;
  /** Strongest status among the evidence: ASSERTED > CLAIMED > DENIED > NEGATED > HYPOTHETICAL. */
  status: RelationStatus;
  /** Noisy-or over documents of each document's best evidence confidence for that status. */
  confidence: number;
  documentCount: number;
  evidence: EvidenceRecord[];
  /** CAMEO code of the most confident evidence. */
  cameo?: string;
  firstSeen?: string;
  lastSeen?: string;
}

export interface DocumentRecord {
  id: string;
  title: string;
  url?: string;
  source?: string;
  publishedAt?: string;
  ingestedAt: string;
  chars: number;
  /** Entity ids as extracted (before curation redirects) and relation keys this document contributed. */
  entities: string[];
  relations: string[];
}

/** What an ingest or a removal changed. Ids are graph ids after merging. */
export interface GraphChange {
  documentId: string;
  addedEntities: string[];
  updatedEntities: string[];
  removedEntities: string[];
  addedRelations: string[];
  updatedRelations: string[];
  removedRelations: string[];
  warnings: string[];
}
