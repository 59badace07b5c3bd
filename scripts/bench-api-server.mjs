// Child process of bench-api.mjs: builds the generated graph, reports its memory, measures
// in-process latencies through yoga.fetch, then serves it over HTTP and prints its URL.
import { performance, PerformanceObserver, constants } from 'node:perf_hooks';
import { fillStore, mulberry32 } from './bench-api-graph.mjs';

const dist = new URL('../dist/', import.meta.url);
const { openWorkspace } = await import(new URL('persist/index.js', dist).href);
const { createServer } = await import(new URL('api/index.js', dist).href);
const [entities, relations, samples] = process.argv.slice(2).map(Number);

const mb = (n) => Math.round(n / 2 ** 20);
const report = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);

globalThis.gc?.();
const base = process.memoryUsage();
const workspace = await openWorkspace({});
const t0 = performance.now();
const ids = fillStore(workspace.store, { entities, relations });
const buildMs = performance.now() - t0;
globalThis.gc?.();
const built = process.memoryUsage();
report({ kind: 'graph', entities: workspace.store.graph.order, relations: workspace.store.graph.size, buildMs: Math.round(buildMs),
  heapMB: mb(built.heapUsed - base.heapUsed), rssMB: mb(built.rss - base.rss), rssTotalMB: mb(built.rss) });

const server = createServer(workspace, { log: () => undefined });
export const QUERIES = {
  entity: 'query($id: ID!) { entity(id: $id) { id name type aliases degree } }',
  neighbours: 'query($id: ID!) { entity(id: $id) { id name neighbours { id name type } } }',
  neighbourhood: 'query($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { id name type } edges { id type source { id } target { id } } } }',
};

// In-process: one request at a time, random entities, after a warm-up.
const random = mulberry32(99);
for (const [name, query] of Object.entries(QUERIES)) {
  const run = async () => {
    const id = ids[Math.floor(random() * ids.length)];
    const t = performance.now();
    const response = await server.yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { id } }) });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return performance.now() - t;
  };
  for (let i = 0; i < 200; i++) await run();
  const times = [];
  for (let i = 0; i < samples; i++) times.push(await run());
  times.sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 100) / 100;
  report({ kind: 'in-process', query: name, samples, p50: at(0.5), p99: at(0.99), max: at(1) });
}

// Server-side time of each HTTP request (request event to the end of the response), so the
// benchmark can tell the server's own tail from the load generator's and the machine's.
let handled = [];
// Full (mark-compact) collections during a run: on 2 cores their concurrent marking competes
// with the load generator, so they explain runs that come out slower than their neighbours.
let majorGcs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGcs++;
}).observe({ entryTypes: ['gc'] });
server.server.prependListener('request', (_req, res) => {
  const t = performance.now();
  res.on('finish', () => handled.push(performance.now() - t));
});
const { url } = await server.listen(0, '127.0.0.1');
report({ kind: 'ready', url, ids: ids.length });
// The parent asks for this process's CPU time around each load run: CPU per request holds
// even when other processes share the machine, where wall-clock latencies do not.
process.stdin.setEncoding('utf8').on('data', () => {
  const times = handled.sort((a, b) => a - b);
  const at = (q) => (times.length ? Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 100) / 100 : null);
  report({ kind: 'cpu', ...process.cpuUsage(), handledP50: at(0.5), handledP99: at(0.99), majorGcs });
  handled = [];
  majorGcs = 0;
});
process.on('SIGINT', () => process.exit(0)); // lets --cpu-prof write its profile
