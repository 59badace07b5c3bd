import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './helpers/api.js';
import { testApi } from './helpers/api.js';

// Each hostile request must be refused with the right code, and afterwards the
// server must still answer and the graph must be exactly as it was.

let api: TestApi;
let before: unknown;
const SNAPSHOT = '{ stats { version entityCount relationCount documentCount } }';

beforeAll(async () => {
  api = await testApi({ token: 's3cret' });
  before = (await api.gql(SNAPSHOT)).data;
});
afterAll(() => api.close());

async function post(body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  const response = await api.yoga.fetch('http://newsgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body, duplex: 'half' } as RequestInit);
  return { status: response.status, ...(await response.json()) } as { status: number; errors?: { message: string; extensions: { code: string } }[]; data?: unknown };
}

async function expectRefused(result: { status: number; errors?: { message: string; extensions: { code: string } }[] }, code: string, status: number, message: RegExp) {
  expect(result.errors?.[0]?.extensions.code).toBe(code);
  expect(result.errors![0]!.message).toMatch(message);
  expect(result.status).toBe(status);
  expect((await api.gql(SNAPSHOT)).data).toEqual(before);
}

describe('hostile input', () => {
  it('refuses a query 50 levels deep', async () => {
    const query = `{ entity(id: "armed_group:m23") { ${'neighbours { '.repeat(48)}id${' }'.repeat(48)} } }`;
    await expectRefused(await api.gql(query), 'QUERY_TOO_DEEP', 400, /depth limit of 15 exceeded, found 50/);
    // Refused again from yoga's validation cache.
    await expectRefused(await api.gql(query), 'QUERY_TOO_DEEP', 400, /depth limit/);
  });

  it('refuses 1,000 aliases', async () => {
    const query = `{ stats { ${Array.from({ length: 1000 }, (_, i) => `a${i}: version`).join(" ")} } }`;
    await expectRefused(await api.gql(query), 'TOO_MANY_ALIASES', 400, /Aliases limit of 30 exceeded, found 1000/);
  });

  it('refuses a 10 MB body, with or without Content-Length', async () => {
    const body = JSON.stringify({ query: '{ stats { version } }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } });
    await expectRefused(await post(body, { 'content-length': String(body.length) }), 'BODY_TOO_LARGE', 413, /request body is \d+ bytes, the limit is 8388608/);
    // A streamed body has no length up front: it is counted while read.
    const chunks = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < chunks.length; i += 1 << 20) controller.enqueue(chunks.slice(i, i + (1 << 20)));
        controller.close();
      },
    });
    await expectRefused(await post(stream), 'BODY_TOO_LARGE', 413, /request body is more than 8388608 bytes/);
  });

  it('refuses a batch of 1,000 operations', async () => {
    const batch = JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ stats { version } }' })));
    await expectRefused(await post(batch), 'BATCH_TOO_LARGE', 413, /at most 10 operations, this one has 1000/);
    const small = await post(JSON.stringify([{ query: '{ stats { entityCount } }' }, { query: '{ stats { documentCount } }' }]));
    expect(small.status).toBe(200);
  });

  it('refuses malformed JSON', async () => {
    await expectRefused(await post('{"query": "{ stats { version } }"'), 'BAD_REQUEST', 400, /request body is not valid JSON/);
    await expectRefused(await post('"just a string"'), 'BAD_REQUEST', 400, /must be a JSON object/);
  });

  it('refuses unknown fields and arguments, naming them', async () => {
    await expectRefused(await api.gql('{ entity(id: "armed_group:m23") { secret } }'), 'GRAPHQL_VALIDATION_FAILED', 400, /Cannot query field "secret" on type "Entity"/);
    await expectRefused(await api.gql('{ entities(limit: 5) { totalCount } }'), 'GRAPHQL_VALIDATION_FAILED', 400, /Unknown argument "limit" on field "Query.entities"/);
  });

  it('refuses bad variables and unsupported bodies, saying what was wrong', async () => {
    const missing = await api.gql('query($id: ID!) { entity(id: $id) { id } }');
    await expectRefused(missing, 'BAD_USER_INPUT', 400, /Variable "\$id" of required type "ID!" was not provided/);
    await expectRefused(await api.gql('query($n: Int) { entities(first: $n) { totalCount } }', { n: 'x' }), 'BAD_USER_INPUT', 400, /Int cannot represent non-integer value/);
    const plain = await api.yoga.fetch('http://newsgraph.test/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ stats { version } }' });
    await expectRefused({ status: plain.status, ...(await plain.json()) }, 'UNSUPPORTED_MEDIA_TYPE', 415, /must be application\/json \(or application\/graphql\), not "text\/plain"/);
  });

  it('refuses a mutation without the token', async () => {
    const mutation = 'mutation { removeDocument(id: "kivu-1") { kind } }';
    await expectRefused(await api.gql(mutation), 'UNAUTHENTICATED', 401, /mutations need a bearer token/);
    await expectRefused(await api.gql(mutation, {}, { authorization: 'Basic abc' }), 'UNAUTHENTICATED', 401, /must be "Bearer <token>"/);
  });

  it('refuses big list products, long queries, too many tokens and syntax errors', async () => {
    const nested = 'query($n: Int) { entities(first: $n) { nodes { neighbours(first: $n) { neighbours(first: $n) { id } } } } }';
    await expectRefused(await api.gql(nested, { n: 1000 }), 'QUERY_TOO_COSTLY', 400, /could return about \d+ values, the limit is 200000/);
    await expectRefused(await api.gql('{ entities(first: 1000) { nodes { neighbours(first: 1000) { id } } } }'), 'QUERY_TOO_COSTLY', 400, /Cost limit of 100000 exceeded/);
    await expectRefused(await api.gql(`{ stats { version } } # ${'x'.repeat(20_000)}`), 'QUERY_TOO_LARGE', 413, /query is \d+ characters, the limit is 20000/);
    await expectRefused(await api.gql(`{ ${'a '.repeat(5001)} }`), 'TOO_MANY_TOKENS', 400, /Token limit of 5000 exceeded/);
    await expectRefused(await api.gql('{ stats { version }'), 'GRAPHQL_PARSE_FAILED', 400, /Syntax Error: Expected Name, found <EOF>/);
  });
});

describe('unexpected errors', () => {
  it('are masked, logged, and leave the server answering', async () => {
    const logged: string[] = [];
    const broken = await testApi({ empty: true, log: (_level, message) => void logged.push(message), workspace: { extractor: () => { throw new Error('disk on fire at /secret/path'); } } });
    const r = await broken.gql('mutation { ingestDocument(input: {text: "Anything at all."}) { documentId } }');
    expect(r.errors![0]).toEqual({ message: 'Unexpected error.', locations: expect.any(Array), path: ['ingestDocument'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(r)).not.toMatch(/secret/);
    expect(logged.join('\n')).toMatch(/disk on fire/);
    expect((await broken.gql('{ stats { documentCount } }')).data).toEqual({ stats: { documentCount: 0 } });
    await broken.close();
  });
});
