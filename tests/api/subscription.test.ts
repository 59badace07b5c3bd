import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './helpers/api.js';
import { testApi } from './helpers/api.js';

let api: TestApi;
beforeAll(async () => { api = await testApi(); });
afterAll(() => api.close());

/** Reads server-sent events from a response body, one `next` payload at a time. */
function events(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async next(): Promise<any> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((l) => l.startsWith('data:'));
          if (block.startsWith('event: next') && data) return JSON.parse(data.slice(5));
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('event stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    async started(): Promise<void> {
      while (!buffer.includes('\n\n')) {
        const { value, done } = await reader.read();
        if (done) throw new Error('event stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

async function subscribe(query: string) {
  const response = await api.yoga.fetch('http://newsgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
  });
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const stream = events(response.body!);
  // The event source attaches when the stream is first read: wait for yoga's first keep-alive.
  await stream.started();
  await new Promise((r) => setTimeout(r, 20));
  return stream;
}

describe('Subscription.graphChanged', () => {
  it('fires on every mutation with what changed', async () => {
    const stream = await subscribe('subscription { graphChanged { kind documentId version addedEntities removedEntities updatedEntities addedRelations } }');
    await api.gql('mutation { ingestDocument(input: {id: "sub-1", text: "Nothing to see."}) { documentId } }');
    const ingest = await stream.next();
    expect(ingest.data.graphChanged).toMatchObject({ kind: 'INGEST', documentId: 'sub-1', addedEntities: [], addedRelations: [] });
    await api.gql('mutation { renameEntity(id: "place:goma", name: "Goma city") { entity { name } } }');
    const rename = await stream.next();
    expect(rename.data.graphChanged).toMatchObject({ kind: 'RENAME', documentId: null, updatedEntities: ['place:goma'] });
    expect(rename.data.graphChanged.version).toBeGreaterThan(ingest.data.graphChanged.version);
    await stream.cancel();
  });

  it('narrows to the given kinds', async () => {
    const stream = await subscribe('subscription { graphChanged(kinds: [REMOVE]) { kind documentId removedRelations } }');
    await api.gql('mutation { ingestDocument(input: {id: "sub-2", text: "Still nothing."}) { documentId } }');
    await api.gql('mutation { removeDocument(id: "kivu-4") { kind } }');
    const event = await stream.next();
    expect(event.data.graphChanged.kind).toBe('REMOVE');
    expect(event.data.graphChanged.documentId).toBe('kivu-4');
    expect(event.data.graphChanged.removedRelations).toHaveLength(2);
    await stream.cancel();
  });

  it('tells viewers when positions change', async () => {
    const stream = await subscribe('subscription { graphChanged(kinds: [LAYOUT]) { kind warnings } }');
    await api.gql('mutation { relayout(iterations: 10) { nodes } }');
    const event = await stream.next();
    expect(event.data.graphChanged).toEqual({ kind: 'LAYOUT', warnings: [expect.stringMatching(/^laid out \d+ entities in \d+ ms$/)] });
    await stream.cancel();
  });
});
