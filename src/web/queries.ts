// The GraphQL the page sends; each is one operation of schema.graphql.

export const SEARCH = `query Search($q: String!) { search(query: $q, first: 8) { id name type aliases } }`;

const RELATION_FIELDS = `id type status confidence documentCount
  source { id name type } target { id name type }`;

const EVIDENCE_FIELDS = `totalCount nodes { text start end status confidence claimant
  trigger { start end text } document { id title url source publishedAt } }`;

export const ENTITY_DETAILS = `query EntityDetails($id: ID!) {
  entity(id: $id) { id name type aliases mentionCount documentCount degree
    geo { lat lon countryCode }
    relations(first: 50) { totalCount nodes { ${RELATION_FIELDS} evidence(first: 3) { ${EVIDENCE_FIELDS} } } } } }`;

export const RELATION_DETAILS = `query RelationDetails($id: ID!) {
  relation(id: $id) { ${RELATION_FIELDS} evidence(first: 50) { ${EVIDENCE_FIELDS} } } }`;

export const INGEST = `mutation Ingest($input: DocumentInput!) {
  ingestDocument(input: $input) { documentId duplicate warnings
    addedEntities { id name } addedRelations { id } updatedRelations { id } } }`;

export const RELAYOUT = `mutation Relayout { relayout { nodes iterations ms } }`;

export const GRAPH_CHANGED = `subscription Changes { graphChanged { kind version documentId addedEntities removedEntities addedRelations removedRelations } }`;

export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export interface Hit extends EntityRef {
  aliases: string[];
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface EvidenceInfo {
  text: string;
  start: number;
  end: number;
  status: string;
  confidence: number;
  claimant: string | null;
  trigger: Span | null;
  document: { id: string; title: string; url: string | null; source: string | null; publishedAt: string | null } | null;
}

export interface RelationInfo {
  id: string;
  type: string;
  status: string;
  confidence: number;
  documentCount: number;
  source: EntityRef;
  target: EntityRef;
  evidence: { totalCount: number; nodes: EvidenceInfo[] };
}

export interface EntityInfo extends EntityRef {
  aliases: string[];
  mentionCount: number;
  documentCount: number;
  degree: number;
  geo: { lat: number; lon: number; countryCode: string | null } | null;
  relations: { totalCount: number; nodes: RelationInfo[] };
}

export interface IngestInfo {
  documentId: string;
  duplicate: boolean;
  warnings: string[];
  addedEntities: { id: string; name: string }[];
  addedRelations: { id: string }[];
  updatedRelations: { id: string }[];
}

export interface ChangeInfo {
  kind: string;
  version: number;
  documentId: string | null;
  addedEntities: string[];
  removedEntities: string[];
  addedRelations: string[];
  removedRelations: string[];
}
