import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/persist/index.js';
import { createServer } from '../../src/api/index.js';
import { ROOT } from '../helpers/build.js';
import { startServer, stop } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { MILITIA_DOCS, fixtureExtractor } from './fixtures/corpus.js';

async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const INGEST = 'mutation($input: DocumentInput!) { ingestDocument(input: $input) { documentId duplicate } }';

describe('curation survives a restart', () => {
  it('merge, restart on the same data directory, ingest an article naming both: one node', async () => {
    const dataDir = tempDir();
    const open = async () => {
      const workspace = await openWorkspace({ dataDir, extractor: fixtureExtractor });
      const server = createServer(workspace, { log: () => undefined });
      const { url } = await server.listen(0);
      return { url, close: async () => { await server.close(); await workspace.close(); } };
    };
    const first = await open();
    await gql(first.url, INGEST, { input: MILITIA_DOCS[0]!.input });
    await gql(first.url, 'mutation { mergeEntities(ids: ["armed_group:vdp"], into: "armed_group:wazalendo") { entity { id } } }');
    await gql(first.url, 'mutation { renameEntity(id: "armed_group:wazalendo", name: "Wazalendo (VDP)") { entity { id } } }');
    await first.close();

    const second = await open();
    await gql(second.url, INGEST, { input: MILITIA_DOCS[1]!.input });
    const data = await gql(second.url, `{ groups: entities(where: {type: {eq: ARMED_GROUP}}) { totalCount nodes { id name documentCount relations { nodes { id documentCount } } } }
      old: entity(id: "armed_group:vdp") { id } }`);
    expect(data.groups.totalCount).toBe(1);
    expect(data.groups.nodes[0]).toMatchObject({ id: 'armed_group:wazalendo', name: 'Wazalendo (VDP)', documentCount: 2 });
    expect(data.groups.nodes[0].relations.nodes).toEqual([{ id: 'armed_group:wazalendo|CAPTURED|place:uvira', documentCount: 1 }]);
    expect(data.old).toEqual({ id: 'armed_group:wazalendo' });
    await second.close();
  });
});

describe('kill -9 over HTTP', () => {
  it('keeps every acknowledged ingest and curation of the real CLI server', async () => {
    const dataDir = tempDir();
    const seed = readdirSync(join(ROOT, 'seeds')).find((f) => f.endsWith('.txt'))!;
    const text = readFileSync(join(ROOT, 'seeds', seed), 'utf8');
    const first = await startServer(['--data', dataDir, '--port', '0']);
    const acknowledged: string[] = [];
    const seedAck = await gql(first.url, INGEST, { input: { id: 'seed', title: 'Walikale', text, source: 'www.mymotherlode.com', publishedAt: '2025-03-20' } });
    acknowledged.push(seedAck.ingestDocument.documentId);
    const batch = await gql(first.url, 'mutation($inputs: [DocumentInput!]!) { ingestDocuments(inputs: $inputs) { documentId } }', {
      inputs: Array.from({ length: 5 }, (_, i) => ({ id: `note-${i}`, text: `Note ${i}: the European Union sanctioned M23 commanders again.` })),
    });
    acknowledged.push(...batch.ingestDocuments.map((r: { documentId: string }) => r.documentId));
    await gql(first.url, 'mutation { renameEntity(id: "armed_group:m23", name: "M23 (March 23 Movement)") { entity { name } } }');
    const before = await gql(first.url, '{ stats { entityCount relationCount documentCount } }');
    expect(await stop(first.child, 'SIGKILL')).toBeNull();

    const second = await startServer(['--data', dataDir, '--port', '0']);
    const after = await gql(second.url, `{ stats { entityCount relationCount documentCount } documents(first: 100) { nodes { id } }
      entity(id: "armed_group:m23") { name } relation(id: "country:RWA|BACKS|armed_group:m23") { documentCount } }`);
    expect(after.documents.nodes.map((d: { id: string }) => d.id).sort()).toEqual([...acknowledged].sort());
    expect(after.stats).toEqual(before.stats);
    expect(after.entity).toEqual({ name: 'M23 (March 23 Movement)' });
    expect(after.relation).toEqual({ documentCount: 1 });
    await stop(second.child);
  });
});
