// Plain, serialisable data passed between the pipeline stages.
// Every span is a pair of character offsets into Document.text, end exclusive.

export const ENTITY_TYPES = ['PERSON', 'ARMED_GROUP', 'ORGANISATION', 'COUNTRY', 'PLACE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = ['BACKS', 'CAPTURED', 'SANCTIONED', 'INVESTIGATES'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const RELATION_STATUSES = ['ASSERTED', 'CLAIMED', 'DENIED', 'NEGATED', 'HYPOTHETICAL'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

export const MENTION_KINDS = ['NAME', 'NOMINAL', 'PRONOUN'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

export interface Span {
  start: number;
  end: number;
}

/** What a user hands in: only `text` is required. */
export interface DocumentInput {
  id?: string;
  text: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  source?: string;
}

export interface Document {
  id: string;
  text: string;
  title: string;
  url?: string;
  publishedAt?: string;
  source?: string;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the first token and one past the last token of the sentence. */
  firstToken: number;
  endToken: number;
}

export interface Token extends Span {
  index: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Universal part-of-speech tag (PROPN, NOUN, VERB, ADP, ...). */
  pos: string;
  sentence: number;
  /** Whitespace between the previous token and this one was non-empty. */
  spaceBefore: boolean;
}

/** Sentences and tokens of one text: the output of the text stage. */
export interface Analysis {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
}

export interface Geo {
  lat: number;
  lon: number;
  geonamesId?: number;
  countryCode?: string;
}

export interface Entity {
  /** Stable id across documents, e.g. `country:RWA`, `armed_group:m23`. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Number of mentions in the document (or across documents in the graph). */
  mentions: number;
  geo?: Geo;
}

export interface Mention extends Span {
  entity: string;
  text: string;
  kind: MentionKind;
  sentence: number;
}

export interface Evidence extends Span {
  /** Index of the sentence the relation was read from; start/end/text are that sentence. */
  sentence: number;
  text: string;
  /** The words that triggered the relation ("backed", "capture of", ...). */
  trigger?: Span & { text: string };
}

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  status: RelationStatus;
  confidence: number;
  /** CAMEO event code (e.g. "192" occupy territory). */
  cameo?: string;
  /** Who the relation is attributed to when status is CLAIMED or DENIED ("UN experts"). */
  claimant?: string;
  /** Name of the pattern that produced it, for debugging and confidence. */
  pattern?: string;
  evidence: Evidence[];
}

export interface Extraction {
  document: { id: string; title: string; chars: number };
  entities: Entity[];
  mentions: Mention[];
  relations: Relation[];
  warnings?: string[];
}
