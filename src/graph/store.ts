import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { Document, Entity, EntityType, Extraction } from '../core/types.js';
import { InputError, NotFoundError } from '../core/errors.js';
import { relationId } from '../core/ids.js';
import { fold } from '../core/normalise.js';
import { NodeTally, summariseEdge, summariseNode } from './aggregate.js';
import type { DocumentRecord, EdgeAttributes, EvidenceRecord, GraphChange, NodeAttributes, NodeContribution } from './types.js';

export type KnowledgeGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/**
 * The knowledge graph: one node per real-world entity across documents, one
 * edge per (source, relation type, target) carrying every piece of evidence.
 * Every change goes through these methods, which keep per-document records so
 * that removing a document retracts exactly what it added.
 */
export class GraphStore {
  readonly graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  readonly documents = new Map<string, DocumentRecord>();
  /** Curated merges: extracted id -> id of the node it now lives in. */
  readonly redirects = new Map<string, string>();
  /** `type|folded name` -> node id, for merging names across documents. */
  private readonly names = new Map<string, string>();
  private readonly keysOf = new Map<string, string[]>();
  /** Running totals per node (aggregate.ts), made on a node's first ingest after a start. */
  private readonly tallies = new Map<string, NodeTally>();
  /** Bumped on every change; lets caches (metrics, layout) know they are stale. */
  version = 0;

  private readonly dateOf = (documentId: string): string | undefined => {
    const d = this.documents.get(documentId);
    return d ? (d.publishedAt ?? d.ingestedAt) : undefined;
  };

  hasDocument(id: string): boolean {
    return this.documents.has(id);
  }

  /** The node id an extracted entity id lives under now (after merges). */
  resolve(id: string): string {
    let current = id;
    for (let hops = 0; hops < 64; hops++) {
      const next = this.redirects.get(current);
      if (next === undefined) return current;
      current = next;
    }
    return current;
  }

  addDocument(doc: Document, extraction: Extraction, ingestedAt: string): GraphChange {
    const change = emptyChange(doc.id);
    if (this.documents.has(doc.id)) {
      change.warnings.push(`document "${doc.id}" is already in the graph; skipped`);
      return change;
    }
    const record: DocumentRecord = {
      id: doc.id,
      title: doc.title,
      ingestedAt,
      chars: doc.text.length,
      entities: extraction.entities.map((e) => e.id),
      relations: [],
    };
    if (doc.url) record.url = doc.url;
    if (doc.source) record.source = doc.source;
    if (doc.publishedAt) record.publishedAt = doc.publishedAt;
    this.documents.set(doc.id, record);

    const nodeOf = new Map<string, string>();
    const date = this.dateOf(doc.id);
    for (const entity of extraction.entities) {
      const id = this.placeEntity(entity);
      nodeOf.set(entity.id, id);
      const attrs = this.graph.getNodeAttributes(id);
      const tally = this.tallyOf(id);
      const previous = attrs.contributions[doc.id];
      const next = {
        mentions: (previous?.mentions ?? 0) + entity.mentions,
        names: [...new Set([...(previous?.names ?? []), entity.name, ...entity.aliases])],
      };
      attrs.contributions[doc.id] = next;
      tally.add(previous, next, date);
      if (!attrs.geo && entity.geo) attrs.geo = entity.geo;
      (tally.documentCount === 1 ? change.addedEntities : change.updatedEntities).push(id);
    }
    // Indexed after every entity is placed: names do not merge entities within one document.
    for (const entity of extraction.entities) this.indexMoreNames(nodeOf.get(entity.id)!, [entity.name, ...entity.aliases]);
    for (const id of new Set(nodeOf.values())) this.tallies.get(id)!.apply(this.graph.getNodeAttributes(id));

    const touched = new Set<string>();
    for (const relation of extraction.relations) {
      const source = nodeOf.get(relation.source) ?? this.resolve(relation.source);
      const target = nodeOf.get(relation.target) ?? this.resolve(relation.target);
      if (source === target || !this.graph.hasNode(source) || !this.graph.hasNode(target)) continue;
      const key = relationId(source, relation.type, target);
      const evidence: EvidenceRecord[] = relation.evidence.map((e) => {
        const record: EvidenceRecord = {
          documentId: doc.id,
          sentence: e.sentence,
          start: e.start,
          end: e.end,
          text: e.text,
          status: relation.status,
          confidence: relation.confidence,
        };
        if (e.trigger) record.trigger = e.trigger;
        if (relation.claimant) record.claimant = relation.claimant;
        if (relation.cameo) record.cameo = relation.cameo;
        if (relation.pattern) record.pattern = relation.pattern;
        return record;
      });
      if (this.graph.hasEdge(key)) {
        this.graph.getEdgeAttributes(key).evidence.push(...evidence);
        if (!change.addedRelations.includes(key)) change.updatedRelations.push(key);
      } else {
        this.graph.addDirectedEdgeWithKey(key, source, target, {
          type: relation.type,
          status: relation.status,
          confidence: relation.confidence,
          documentCount: 1,
          evidence,
        });
        change.addedRelations.push(key);
      }
      touched.add(key);
    }
    for (const key of touched) summariseEdge(this.graph.getEdgeAttributes(key), this.dateOf);
    record.relations = [...touched];
    change.updatedRelations = [...new Set(change.updatedRelations)];
    change.updatedEntities = [...new Set(change.updatedEntities)].filter((id) => !change.addedEntities.includes(id));
    change.addedEntities = [...new Set(change.addedEntities)];
    this.version++;
    return change;
  }

  removeDocument(id: string): GraphChange {
    const record = this.documents.get(id);
    if (!record) throw new NotFoundError(`removeDocument: no document with id "${id}"`);
    const change = emptyChange(id);
    const nodes = new Set(record.entities.map((e) => this.resolve(e)).filter((n) => this.graph.hasNode(n)));
    const edges = new Set<string>();
    for (const node of nodes) this.graph.forEachEdge(node, (edge) => void edges.add(edge));
    for (const edge of edges) {
      const attrs = this.graph.getEdgeAttributes(edge);
      const kept = attrs.evidence.filter((e) => e.documentId !== id);
      if (kept.length === attrs.evidence.length) continue;
      if (kept.length === 0) {
        this.graph.dropEdge(edge);
        change.removedRelations.push(edge);
      } else {
        attrs.evidence = kept;
        change.updatedRelations.push(edge);
      }
    }
    this.documents.delete(id);
    for (const edge of change.updatedRelations) summariseEdge(this.graph.getEdgeAttributes(edge), this.dateOf);
    for (const node of nodes) {
      const attrs = this.graph.getNodeAttributes(node);
      delete attrs.contributions[id];
      if (Object.keys(attrs.contributions).length === 0 && this.graph.degree(node) === 0) {
        this.unindexNames(node);
        this.tallies.delete(node);
        this.graph.dropNode(node);
        change.removedEntities.push(node);
      } else {
        this.unindexNames(node);
        this.tallies.set(node, summariseNode(attrs, this.dateOf));
        this.indexNames(node);
        change.updatedEntities.push(node);
      }
    }
    this.version++;
    return change;
  }

  /** Curation: moves every contribution and edge of `ids` into `into`; later ingests follow. */
  mergeEntities(ids: readonly string[], into: string): GraphChange {
    const target = this.requireNode(into);
    const change = emptyChange('');
    for (const raw of ids) {
      const id = this.resolve(raw);
      if (id === target) continue;
      this.requireNode(id);
      const from = this.graph.getNodeAttributes(id);
      const to = this.graph.getNodeAttributes(target);
      for (const [doc, c] of Object.entries(from.contributions)) {
        const prev = to.contributions[doc];
        to.contributions[doc] = {
          mentions: (prev?.mentions ?? 0) + c.mentions,
          names: [...new Set([...(prev?.names ?? []), ...c.names])],
        };
      }
      if (!to.geo && from.geo) to.geo = from.geo;
      this.graph.forEachEdge(id, (edge, attrs, source, targetNode) => {
        const s = source === id ? target : source;
        const t = targetNode === id ? target : targetNode;
        change.removedRelations.push(edge);
        if (s === t) return; // a relation between the merged entities means nothing once they are one
        const key = relationId(s, attrs.type, t);
        if (this.graph.hasEdge(key)) this.graph.getEdgeAttributes(key).evidence.push(...attrs.evidence);
        else this.graph.addDirectedEdgeWithKey(key, s, t, { ...attrs, evidence: [...attrs.evidence] });
        change.addedRelations.push(key);
      });
      this.unindexNames(id);
      this.tallies.delete(id);
      this.graph.dropNode(id);
      this.redirects.set(id, target);
      if (raw !== id) this.redirects.set(raw, target);
      change.removedEntities.push(id);
    }
    for (const key of new Set(change.addedRelations)) {
      if (this.graph.hasEdge(key)) summariseEdge(this.graph.getEdgeAttributes(key), this.dateOf);
    }
    this.refreshDocumentRelations(change);
    this.tallies.set(target, summariseNode(this.graph.getNodeAttributes(target), this.dateOf));
    this.indexNames(target);
    change.updatedEntities.push(target);
    this.version++;
    return change;
  }

  renameEntity(id: string, name: string): GraphChange {
    const node = this.requireNode(this.resolve(id));
    const clean = name.trim();
    if (!clean) throw new InputError('renameEntity: the new name is empty');
    const attrs = this.graph.getNodeAttributes(node);
    this.unindexNames(node);
    attrs.curatedName = clean;
    this.tallies.set(node, summariseNode(attrs, this.dateOf));
    this.indexNames(node);
    this.version++;
    return { ...emptyChange(''), updatedEntities: [node] };
  }

  setEntityType(id: string, type: EntityType): GraphChange {
    const node = this.requireNode(this.resolve(id));
    const attrs = this.graph.getNodeAttributes(node);
    this.unindexNames(node);
    attrs.curatedType = type;
    attrs.type = type;
    this.indexNames(node);
    this.version++;
    return { ...emptyChange(''), updatedEntities: [node] };
  }

  private tallyOf(id: string): NodeTally {
    let tally = this.tallies.get(id);
    if (!tally) {
      tally = NodeTally.of(this.graph.getNodeAttributes(id), this.dateOf);
      this.tallies.set(id, tally);
    }
    return tally;
  }

  /** Finds the node an extracted entity belongs to, creating it if it is new. */
  private placeEntity(entity: Entity): string {
    const resolved = this.resolve(entity.id);
    if (this.graph.hasNode(resolved)) return resolved;
    for (const name of [entity.name, ...entity.aliases]) {
      const known = this.names.get(nameKey(entity.type, name, entity.type === 'PERSON'));
      if (known && this.graph.hasNode(known)) return known;
    }
    const attrs: NodeAttributes = {
      name: entity.name,
      type: entity.type,
      aliases: [],
      mentionCount: 0,
      documentCount: 0,
      // Keyed by document id: a plain object would grow a new hidden class per key.
      contributions: Object.create(null) as Record<string, NodeContribution>,
    };
    this.graph.addNode(resolved, attrs);
    return resolved;
  }

  /** (Re)indexes a node's names; call after its names or type changed. */
  indexNames(id: string): void {
    this.unindexNames(id);
    const attrs = this.graph.getNodeAttributes(id);
    this.indexMoreNames(id, [attrs.name, ...attrs.aliases]);
  }

  /** Adds names to a node's index entries: an ingest only ever adds names, so the rest stay as they are. */
  private indexMoreNames(id: string, names: readonly string[]): void {
    const type = this.graph.getNodeAttribute(id, 'type');
    let keys = this.keysOf.get(id);
    if (!keys) this.keysOf.set(id, (keys = []));
    for (const name of names) {
      const key = nameKey(type, name, type === 'PERSON');
      if (key && !this.names.has(key)) {
        this.names.set(key, id);
        keys.push(key);
      }
    }
  }

  private unindexNames(id: string): void {
    for (const key of this.keysOf.get(id) ?? []) if (this.names.get(key) === id) this.names.delete(key);
    this.keysOf.delete(id);
  }

  private requireNode(id: string): string {
    if (!this.graph.hasNode(id)) throw new NotFoundError(`no entity with id "${id}"`);
    return id;
  }

  /** After edges were re-keyed by a merge, point document records at the new keys. */
  private refreshDocumentRelations(change: GraphChange): void {
    if (change.removedRelations.length === 0) return;
    const gone = new Set(change.removedRelations);
    for (const record of this.documents.values()) {
      if (!record.relations.some((r) => gone.has(r))) continue;
      const keys = new Set(record.relations.filter((r) => !gone.has(r)));
      for (const key of change.addedRelations) {
        if (this.graph.hasEdge(key) && this.graph.getEdgeAttributes(key).evidence.some((e) => e.documentId === record.id)) keys.add(key);
      }
      record.relations = [...keys];
    }
  }
}

/**
 * Names merge across documents when their folded forms match within a type.
 * A one-word person name ("Smith") is too ambiguous to merge on.
 */
function nameKey(type: EntityType, name: string, person: boolean): string {
  const folded = fold(name).replace(/\./g, '');
  if (!folded || (person && !folded.includes(' '))) return '';
  return `${type}|${folded}`;
}

function emptyChange(documentId: string): GraphChange {
  return {
    documentId,
    addedEntities: [],
    updatedEntities: [],
    removedEntities: [],
    addedRelations: [],
    updatedRelations: [],
    removedRelations: [],
    warnings: [],
  };
}
