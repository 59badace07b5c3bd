import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApi } from './helpers/api.js';
import { testApi } from './helpers/api.js';
import { MILITIA_DOCS } from './fixtures/corpus.js';

let api: TestApi;
beforeEach(async () => { api = await testApi(); });
afterEach(() => api.close());

const INGEST = `mutation($input: DocumentInput!) { ingestDocument(input: $input) {
  documentId duplicate warnings document { title } addedEntities { id } updatedEntities { id } addedRelations { id } updatedRelations { id } } }`;
const idsOf = (list: { id: string }[]) => list.map((n) => n.id).sort();

describe('Mutation.ingestDocument(s)', () => {
  it('returns what a document added, and nothing for a duplicate', async () => {
    const r = await api.gql(INGEST, { input: MILITIA_DOCS[0]!.input });
    expect(r.data!.ingestDocument).toMatchObject({ documentId: 'militia-1', duplicate: false, document: { title: 'Wazalendo statement' }, addedRelations: [], updatedRelations: [] });
    expect(idsOf(r.data!.ingestDocument.addedEntities)).toEqual(['armed_group:vdp', 'armed_group:wazalendo', 'place:uvira']);
    const version = (await api.gql('{ stats { version } }')).data!.stats.version;
    const again = await api.gql(INGEST, { input: MILITIA_DOCS[0]!.input });
    expect(again.data!.ingestDocument).toMatchObject({ documentId: 'militia-1', duplicate: true, addedEntities: [] });
    expect((await api.gql('{ stats { version } }')).data!.stats.version).toBe(version);
  });

  it('ingests several documents in order', async () => {
    const r = await api.gql(`mutation($inputs: [DocumentInput!]!) { ingestDocuments(inputs: $inputs) { documentId duplicate addedEntities { id } addedRelations { id } } }`,
      { inputs: MILITIA_DOCS.map((d) => d.input) });
    const [first, second] = r.data!.ingestDocuments;
    expect(first.documentId).toBe('militia-1');
    expect(second).toMatchObject({ documentId: 'militia-2', duplicate: false, addedEntities: [] });
    expect(idsOf(second.addedRelations)).toEqual(['armed_group:vdp|CAPTURED|place:uvira', 'armed_group:wazalendo|CAPTURED|place:uvira']);
    expect((await api.gql('{ stats { documentCount } }')).data!.stats.documentCount).toBe(6);
  });

  it('refuses bad documents with a message naming the problem', async () => {
    const empty = await api.gql(INGEST, { input: { id: 'blank', text: '   ' } });
    expect(empty.errors![0]).toMatchObject({ message: 'document text is empty (id "blank")', extensions: { code: 'BAD_USER_INPUT' } });
    const small = await testApi({ empty: true, limits: { maxDocumentChars: 10, maxIngestBatch: 1 } });
    const long = await small.gql(INGEST, { input: { text: 'x'.repeat(11) } });
    expect(long.errors![0]!.message).toBe('ingestDocument: document text is 11 characters, limit 10');
    const many = await small.gql('mutation { ingestDocuments(inputs: [{text: "a"}, {text: "b"}]) { documentId } }');
    expect(many.errors![0]).toMatchObject({ message: 'ingestDocuments: at most 1 documents per call, got 2', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await small.gql('{ stats { documentCount } }')).data!.stats.documentCount).toBe(0);
    await small.close();
  });
});

describe('Mutation.removeDocument', () => {
  it('retracts exactly a document and reports it', async () => {
    const r = await api.gql('mutation { removeDocument(id: "kivu-4") { kind documentId version removedEntities removedRelations updatedEntities warnings } }');
    const c = r.data!.removeDocument;
    expect(c).toMatchObject({ kind: 'REMOVE', documentId: 'kivu-4', warnings: [] });
    expect([...c.removedEntities].sort()).toEqual(['country:USA', 'person:james-kabarebe', 'place:walikale']);
    expect([...c.removedRelations].sort()).toEqual(['armed_group:m23|CAPTURED|place:walikale', 'country:USA|SANCTIONED|person:james-kabarebe']);
    expect(c.updatedEntities).toContain('armed_group:m23');
    const after = await api.gql('{ entity(id: "country:USA") { id } m23: entity(id: "armed_group:m23") { documentCount degree } }');
    expect(after.data).toEqual({ entity: null, m23: { documentCount: 3, degree: 5 } });
    const missing = await api.gql('mutation { removeDocument(id: "kivu-4") { kind } }');
    expect(missing.errors![0]).toMatchObject({ message: 'removeDocument: no document with id "kivu-4"', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('curation mutations', () => {
  beforeEach(async () => { await api.workspace.ingestMany(MILITIA_DOCS.map((d) => d.input)); });

  it('merges entities; the old id then answers with the merged entity', async () => {
    const r = await api.gql(`mutation { mergeEntities(ids: ["armed_group:vdp"], into: "armed_group:wazalendo") {
      entity { id name aliases mentionCount relations { nodes { id documentCount } } } change { kind removedEntities updatedEntities } } }`);
    const m = r.data!.mergeEntities;
    expect(m.entity).toMatchObject({ id: 'armed_group:wazalendo', aliases: expect.arrayContaining(['Volunteers for the Defence of the Homeland', 'VDP']) });
    expect(m.entity.relations.nodes).toEqual([{ id: 'armed_group:wazalendo|CAPTURED|place:uvira', documentCount: 1 }]);
    expect(m.change).toEqual({ kind: 'MERGE', removedEntities: ['armed_group:vdp'], updatedEntities: ['armed_group:wazalendo'] });
    const old = await api.gql('{ entity(id: "armed_group:vdp") { id } }');
    expect(old.data!.entity).toEqual({ id: 'armed_group:wazalendo' });
    const bad = await api.gql('mutation { mergeEntities(ids: ["armed_group:nobody"], into: "armed_group:wazalendo") { entity { id } } }');
    expect(bad.errors![0]).toMatchObject({ message: 'mergeEntities: ids: no entity with id "armed_group:nobody"', extensions: { code: 'NOT_FOUND' } });
  });

  it('renames an entity and sets its type', async () => {
    const renamed = await api.gql('mutation { renameEntity(id: "armed_group:vdp", name: "Homeland Volunteers") { entity { name aliases } change { kind updatedEntities } } }');
    expect(renamed.data!.renameEntity).toEqual({ entity: { name: 'Homeland Volunteers', aliases: ['VDP', 'Volunteers for the Defence of the Homeland'] }, change: { kind: 'RENAME', updatedEntities: ['armed_group:vdp'] } });
    const found = await api.gql('{ search(query: "homeland volunteers") { id } }');
    expect(found.data!.search[0]).toEqual({ id: 'armed_group:vdp' });
    const typed = await api.gql('mutation { setEntityType(id: "armed_group:vdp", type: ORGANISATION) { entity { type } change { kind } } }');
    expect(typed.data!.setEntityType).toEqual({ entity: { type: 'ORGANISATION' }, change: { kind: 'SET_TYPE' } });
    const blank = await api.gql('mutation { renameEntity(id: "armed_group:vdp", name: " ") { entity { id } } }');
    expect(blank.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('bearer token', () => {
  it('guards mutations, not queries, when a token is set', async () => {
    const guarded = await testApi({ token: 's3cret' });
    const query = await guarded.gql('{ stats { documentCount } }');
    expect(query.data!.stats.documentCount).toBe(4);
    const none = await guarded.gql(INGEST, { input: { text: 'New text.' } });
    expect(none.status).toBe(401);
    expect(none.errors![0]).toMatchObject({ message: expect.stringMatching(/mutations need a bearer token/), extensions: { code: 'UNAUTHENTICATED' } });
    const wrong = await guarded.gql(INGEST, { input: { text: 'New text.' } }, { authorization: 'Bearer nope' });
    expect(wrong.errors![0]).toMatchObject({ message: 'the bearer token is not the one this server was started with', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await guarded.gql('{ stats { documentCount } }')).data!.stats.documentCount).toBe(4);
    const right = await guarded.gql(INGEST, { input: { text: 'New text.' } }, { authorization: 'Bearer s3cret' });
    expect(right.data!.ingestDocument.duplicate).toBe(false);
    await guarded.close();
  });
});
