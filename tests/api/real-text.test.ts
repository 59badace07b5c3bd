import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/persist/index.js';
import type { Workspace } from '../../src/persist/index.js';
import { createApi } from '../../src/api/yoga.js';
import type { NewsgraphYoga } from '../../src/api/yoga.js';
import { resolveApiOptions } from '../../src/api/options.js';
import { ROOT } from '../helpers/build.js';

// The real pipeline behind ingestDocument: the seed article in, the graph the
// foundation issue asks for out, read back through the API.

let workspace: Workspace;
let yoga: NewsgraphYoga;
let dispose: () => void;

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch('http://newsgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

beforeAll(async () => {
  workspace = await openWorkspace();
  ({ yoga, dispose } = createApi(workspace, resolveApiOptions({ token: '' })));
});
afterAll(async () => {
  dispose();
  await workspace.close();
});

describe('ingestDocument with the real extraction', () => {
  it('reads the seed article into entities and relations with evidence', async () => {
    const seed = readdirSync(join(ROOT, 'seeds')).find((f) => f.endsWith('.txt'))!;
    const text = readFileSync(join(ROOT, 'seeds', seed), 'utf8');
    const ingest = await gql('mutation($input: DocumentInput!) { ingestDocument(input: $input) { documentId addedEntities { id type } addedRelations { id } } }',
      { input: { id: 'seed', text, title: 'Rwanda-backed M23 rebels capture Walikale in eastern Congo', source: 'www.mymotherlode.com' } });
    const added = ingest.ingestDocument.addedEntities;
    expect(added).toContainEqual({ id: 'armed_group:m23', type: 'ARMED_GROUP' });
    expect(added).toContainEqual({ id: 'country:RWA', type: 'COUNTRY' });
    expect(ingest.ingestDocument.addedRelations).toContainEqual({ id: 'country:RWA|BACKS|armed_group:m23' });

    const data = await gql(`{ backs: relation(id: "country:RWA|BACKS|armed_group:m23") { status evidence { nodes { text document { title } } } }
      captured: relations(where: {type: {eq: CAPTURED}, source: {id: {eq: "armed_group:m23"}}}) { nodes { target { name } } }
      people: entities(where: {type: {eq: PERSON}}) { nodes { name } }
      found: search(query: "tshisekedi") { name type } }`);
    expect(data.backs.status).toBe('ASSERTED');
    expect(data.backs.evidence.nodes[0].text).toMatch(/Rwanda-backed M23/);
    expect(data.backs.evidence.nodes[0].document.title).toMatch(/Walikale/);
    expect(data.captured.nodes.map((n: { target: { name: string } }) => n.target.name)).toContainEqual(expect.stringMatching(/Walikale/));
    expect(data.people.nodes.map((n: { name: string }) => n.name)).toEqual(expect.arrayContaining(['Fiston Misona']));
    expect(data.found[0]).toMatchObject({ type: 'PERSON', name: expect.stringMatching(/Tshisekedi/) });
  });
});
