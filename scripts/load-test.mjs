// Load test of `newsgraph serve` on loopback: 50 concurrent clients for 30 s,
// 40 of them querying (stats, entity lists, relations, search, neighbourhood,
// documents) and 10 ingesting one new article per request through
// ingestDocuments, real extraction on the worker pool. Then: no errors, and
// no lost ingest (every acknowledged document is in the graph, also after a
// SIGTERM and a restart). The graph is first filled with 1,000 AG News articles.
// Run: npm run build && node scripts/load-test.mjs [ag_news_test.csv] [seconds=30] [connections=50]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const file = process.argv[2] ?? new URL('../../shared/corpora/ag_news_test.csv', import.meta.url).pathname;
const seconds = Number(process.argv[3] ?? 30);
const connections = Number(process.argv[4] ?? 50);
const ingestClients = Math.max(1, Math.round(connections / 5));
const WARM = 1000;
const dist = new URL('../dist/', import.meta.url);
const cli = new URL('cli/main.js', dist).pathname;
const { readInputs } = await import(new URL('input/index.js', dist).href);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

const articles = [];
for await (const { input } of readInputs([file], { maxBytes: 2_000_000, onWarning: () => undefined })) articles.push({ text: input.text, title: input.title });

function serve(dataDir) {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir], { env: { ...process.env, NEWSGRAPH_TOKEN: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (c) => {
      stderr += c;
      const m = /serving (\S+)/.exec(stderr);
      if (m) resolve({ child, url: m[1], stderr: () => stderr });
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
}

async function gql(url, query, variables = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const INGEST = 'mutation($inputs: [DocumentInput!]!) { ingestDocuments(inputs: $inputs) { documentId duplicate } }';
const QUERIES = [
  '{ stats { documentCount entityCount relationCount } }',
  '{ entities(first: 20) { nodes { id name type mentionCount degree } } }',
  '{ relations(first: 20) { nodes { type confidence source { id name } target { id name } } } }',
  '{ search(query: "Iraq") { id name type } }',
  '{ neighbourhood(id: "country:USA", depth: 1, limit: 50) { entities { id name } } }',
  '{ documents(first: 10) { totalCount nodes { id title } } }',
];

const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-load-'));
let server = await serve(dataDir);
try {
  for (let i = 0; i < WARM; i += 100) {
    await gql(server.url, INGEST, { inputs: articles.slice(i, i + 100).map((a, k) => ({ id: `warm-${i + k}`, ...a })) });
  }
  console.log(`cpu: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}; graph: ${JSON.stringify((await gql(server.url, QUERIES[0])).stats)}`);
  console.log(`load: ${connections} connections (${connections - ingestClients} querying, ${ingestClients} ingesting) for ${seconds} s; load average before ${load()}`);

  const acked = new Set();
  let graphqlErrors = 0;
  let sent = 0;
  const check = (body) => {
    const parsed = JSON.parse(body);
    if (parsed.errors?.length) graphqlErrors++;
    return parsed;
  };
  const headers = { 'content-type': 'application/json' };
  const run = (options) => autocannon({ url: server.url, duration: seconds, method: 'POST', headers, ...options });
  const [queries, ingests] = await Promise.all([
    run({
      connections: connections - ingestClients,
      requests: [{ setupRequest: (req, ctx) => ({ ...req, body: JSON.stringify({ query: QUERIES[(ctx.n = (ctx.n ?? 0) + 1) % QUERIES.length] }) }), onResponse: (_s, body) => void check(body) }],
    }),
    run({
      connections: ingestClients,
      requests: [{
        setupRequest: (req) => {
          const n = sent++;
          const article = articles[WARM + (n % (articles.length - WARM))];
          return { ...req, body: JSON.stringify({ query: INGEST, variables: { inputs: [{ id: `load-${n}`, ...article }] } }) };
        },
        onResponse: (_s, body) => {
          for (const r of check(body).data?.ingestDocuments ?? []) acked.add(r.documentId);
        },
      }],
    }),
  ]);
  const loadAfter = load();
  for (const [name, r] of [['queries', queries], ['ingests', ingests]]) {
    const l = r.latency;
    console.log(
      `${name}: ${r.requests.total} requests (${r.requests.average}/s), latency p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, max ${l.max} ms; ` +
        `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
    );
  }
  const present = (await gql(server.url, QUERIES[0])).stats.documentCount;
  // autocannon stops with requests in flight: the server may still commit them, unacknowledged. So: at least every acknowledged one.
  console.log(`graphql errors: ${graphqlErrors}; ingests acknowledged ${acked.size}; documents in the graph ${present} (at least ${WARM + acked.size}, at most ${WARM + sent}); load average after ${loadAfter}`);

  // Durability: stop gracefully, restart, count again.
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
  server = await serve(dataDir);
  const ids = new Set();
  for (let after = null; ;) {
    const page = (await gql(server.url, 'query($after: String) { documents(first: 1000, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }', { after })).documents;
    page.nodes.forEach((n) => ids.add(n.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const lost = [...acked].filter((id) => !ids.has(id));
  console.log(`after SIGTERM and restart: ${ids.size} documents, ${lost.length} acknowledged ingests lost`);
  const failed = queries.errors + queries.timeouts + queries.non2xx + ingests.errors + ingests.timeouts + ingests.non2xx + graphqlErrors + lost.length;
  if (failed > 0 || present < WARM + acked.size) process.exitCode = 1;
} finally {
  server.child.kill('SIGTERM');
  await new Promise((resolve) => (server.child.exitCode === null ? server.child.once('exit', resolve) : resolve()));
  rmSync(dataDir, { recursive: true, force: true });
}
