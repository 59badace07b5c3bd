import { describe, expect, it } from 'vitest';
import type { Document, Entity, Extraction, Relation } from '../../src/core/types.js';
import { summariseNode } from '../../src/graph/aggregate.js';
import { GraphStore } from '../../src/graph/store.js';

// The graph store on hand-made extractions: merging across documents, the running totals
// of a node against a recount from scratch, and removal as the exact inverse of adding.

const doc = (id: string, publishedAt?: string): Document => ({ id, title: `Story ${id}`, text: `text of ${id}`, ...(publishedAt ? { publishedAt } : {}) });
const entity = (id: string, name: string, type: Entity['type'], mentions = 1, aliases: string[] = []): Entity => ({ id, name, type, aliases, mentions });
const relation = (type: Relation['type'], source: string, target: string, confidence = 0.8, status: Relation['status'] = 'ASSERTED'): Relation => ({
  type, source, target, status, confidence, evidence: [{ sentence: 0, start: 0, end: 4, text: 'text' }],
});
const extraction = (id: string, entities: Entity[], relations: Relation[] = []): Extraction => ({
  document: { id, title: `Story ${id}`, chars: 10 }, entities, mentions: [], relations,
});

/** Everything a reader sees of the graph, in a stable order. */
function picture(store: GraphStore): unknown {
  const nodes = store.graph.mapNodes((id, a) => ({ id, ...a })).sort((a, b) => a.id.localeCompare(b.id));
  const edges = store.graph.mapEdges((id, a) => ({ id, ...a })).sort((a, b) => a.id.localeCompare(b.id));
  return { nodes, edges };
}

function randomDocuments(count: number, seed: number): [Document, Extraction][] {
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) & 0x7fffffff) % n);
  const actors = [
    entity('armed_group:lumara-front', 'Lumara Liberation Front', 'ARMED_GROUP', 1, ['LLF']),
    entity('country:USA', 'United States', 'COUNTRY', 1, ['U.S.', 'Washington']),
    entity('person:ana-kova', 'Ana Kova', 'PERSON', 1, ['Kova']),
    entity('place:ketavi', 'Ketavi', 'PLACE'),
  ];
  return Array.from({ length: count }, (_, k) => {
    const id = `d${k}`;
    const chosen = actors.filter(() => next(3) > 0).map((e) => ({ ...e, mentions: 1 + next(4), name: next(4) === 0 && e.aliases[0] ? e.aliases[0] : e.name }));
    const relations = chosen.length > 1 && next(2) === 0 ? [relation('BACKS', chosen[0]!.id, chosen[1]!.id, 0.5 + next(5) / 10)] : [];
    return [doc(id, `2025-0${1 + next(9)}-1${next(9)}`), extraction(id, chosen, relations)];
  });
}

describe('the graph store', () => {
  it('merges one entity across documents by id and by name, keeping every name and counting mentions', () => {
    const store = new GraphStore();
    store.addDocument(doc('a'), extraction('a', [entity('armed_group:m23', 'M23', 'ARMED_GROUP', 3)]), '2025-01-01T00:00:00Z');
    const change = store.addDocument(doc('b'), extraction('b', [entity('armed_group:march-23-movement', 'March 23 Movement', 'ARMED_GROUP', 2, ['M23'])]), '2025-01-02T00:00:00Z');
    expect(store.graph.order).toBe(1);
    expect(change.updatedEntities).toEqual(['armed_group:m23']);
    expect(change.addedEntities).toEqual([]);
    const node = store.graph.getNodeAttributes('armed_group:m23');
    expect(node.mentionCount).toBe(5);
    expect(node.documentCount).toBe(2);
    expect([node.name, ...node.aliases].sort()).toEqual(['M23', 'March 23 Movement']);
    expect(node.firstSeen).toBe('2025-01-01T00:00:00Z');
    expect(node.lastSeen).toBe('2025-01-02T00:00:00Z');
  });

  it('keeps one edge per (source, type, target) with the evidence of every document', () => {
    const store = new GraphStore();
    const ents = [entity('country:RWA', 'Rwanda', 'COUNTRY'), entity('armed_group:m23', 'M23', 'ARMED_GROUP')];
    store.addDocument(doc('a'), extraction('a', ents, [relation('BACKS', 'country:RWA', 'armed_group:m23', 0.5)]), '2025-01-01T00:00:00Z');
    store.addDocument(doc('b'), extraction('b', ents, [relation('BACKS', 'country:RWA', 'armed_group:m23', 0.5)]), '2025-01-02T00:00:00Z');
    expect(store.graph.size).toBe(1);
    const edge = store.graph.getEdgeAttributes('country:RWA|BACKS|armed_group:m23');
    expect(edge.evidence.map((e) => e.documentId)).toEqual(['a', 'b']);
    expect(edge.documentCount).toBe(2);
    expect(edge.confidence).toBe(0.75); // two independent documents at 0.5
  });

  it('keeps the running totals of a node equal to a recount of its contributions', () => {
    const store = new GraphStore();
    for (const [d, x] of randomDocuments(300, 7)) {
      store.addDocument(d, x, '2025-10-01T00:00:00Z');
      for (const e of x.entities) {
        const id = store.resolve(e.id);
        const attrs = store.graph.getNodeAttributes(id);
        const recount = structuredClone(attrs);
        summariseNode(recount, (documentId) => store.documents.get(documentId)?.publishedAt);
        expect(attrs).toEqual(recount);
      }
    }
  });

  it('removing a document gives the graph built without it, whatever was added after', () => {
    const docs = randomDocuments(60, 11);
    const all = new GraphStore();
    const without = new GraphStore();
    docs.forEach(([d, x], k) => {
      all.addDocument(d, x, '2025-10-01T00:00:00Z');
      if (k !== 17) without.addDocument(d, x, '2025-10-01T00:00:00Z');
    });
    all.removeDocument('d17');
    expect(picture(all)).toEqual(picture(without));
    // ...and ingesting more afterwards still matches.
    const more = randomDocuments(70, 11).slice(60);
    for (const [d, x] of more) {
      all.addDocument(d, x, '2025-10-01T00:00:00Z');
      without.addDocument(d, x, '2025-10-01T00:00:00Z');
    }
    expect(picture(all)).toEqual(picture(without));
  });

  it('after a merge, later documents naming either entity land on the merged node with the right counts', () => {
    const store = new GraphStore();
    store.addDocument(doc('a'), extraction('a', [entity('person:ana-kova', 'Ana Kova', 'PERSON', 2)]), '2025-01-01T00:00:00Z');
    store.addDocument(doc('b'), extraction('b', [entity('person:anna-kowa', 'Anna Kowa', 'PERSON', 1)]), '2025-01-02T00:00:00Z');
    store.mergeEntities(['person:anna-kowa'], 'person:ana-kova');
    store.addDocument(doc('c'), extraction('c', [entity('person:anna-kowa', 'Anna Kowa', 'PERSON', 4)]), '2025-01-03T00:00:00Z');
    expect(store.graph.order).toBe(1);
    const node = store.graph.getNodeAttributes('person:ana-kova');
    expect(node.mentionCount).toBe(7);
    expect(node.documentCount).toBe(3);
    expect(node.name).toBe('Anna Kowa'); // led with in two documents of three
    store.renameEntity('person:ana-kova', 'Ana Kova');
    store.addDocument(doc('d'), extraction('d', [entity('person:ana-kova', 'Ana Kova', 'PERSON', 1)]), '2025-01-04T00:00:00Z');
    expect(store.graph.getNodeAttributes('person:ana-kova')).toMatchObject({ name: 'Ana Kova', aliases: ['Anna Kowa'], mentionCount: 8, documentCount: 4 });
  });

  it('refuses a document it already holds, changing nothing', () => {
    const store = new GraphStore();
    const x = extraction('a', [entity('country:RWA', 'Rwanda', 'COUNTRY')]);
    store.addDocument(doc('a'), x, '2025-01-01T00:00:00Z');
    const before = picture(store);
    const change = store.addDocument(doc('a'), x, '2025-01-01T00:00:00Z');
    expect(change.warnings[0]).toMatch(/already in the graph/);
    expect(picture(store)).toEqual(before);
  });
});
