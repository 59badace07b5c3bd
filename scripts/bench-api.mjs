// API benchmark: a generated graph of 100,000 entities and 1,000,000 relations served by
// createServer in a child process; in-process latencies measured there; HTTP throughput
// and latency measured here with autocannon (load generator on the same machine).
// Run: npm run build && node scripts/bench-api.mjs [entities] [relations] [seconds]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { mulberry32 } from './bench-api-graph.mjs';

const [entities = 100_000, relations = 1_000_000, seconds = 10] = process.argv.slice(2).map(Number);
const cpuModel = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
const os = await import('node:os');
const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`CPU: ${cpuModel}, ${os.cpus().length} cores, Node ${process.version}, load average ${loadAverage()}`);

const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--max-semi-space-size=64', new URL('bench-api-server.mjs', import.meta.url).pathname, String(entities), String(relations), '2000'], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: child.stdout });
let onCpu = () => {};
const ready = new Promise((resolve) => {
  lines.on('line', (line) => {
    const msg = JSON.parse(line);
    if (msg.kind === 'cpu') return onCpu(msg);
    console.log(JSON.stringify(msg));
    if (msg.kind === 'ready') resolve(msg);
  });
});
/** The server's CPU time so far (µs, user and system) and its request times since the last ask. */
const cpu = () => new Promise((resolve) => {
  onCpu = (msg) => resolve(msg);
  child.stdin.write('cpu\n');
});
const { url, ids } = await ready;

const QUERIES = {
  entity: 'query($id: ID!) { entity(id: $id) { id name type aliases degree } }',
  neighbours: 'query($id: ID!) { entity(id: $id) { id name neighbours { id name type } } }',
  neighbourhood: 'query($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { id name type } edges { id type source { id } target { id } } } }',
};
const TYPES = ['person', 'armed_group', 'organisation', 'country', 'place'];
const random = mulberry32(1234);

function load(query, connections, duration = seconds) {
  return autocannon({
    url, connections, duration, method: 'POST', headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => {
      const i = Math.floor(random() * ids);
      return { ...req, body: JSON.stringify({ query, variables: { id: `${TYPES[i % 5]}:e${i}` } }) };
    } }],
  });
}

// Warm-up (not reported): lets V8 optimise the server's hot paths and fills the parse caches.
for (const query of Object.values(QUERIES)) await load(query, 10, 3);

for (const [name, query, connections] of [['entity', QUERIES.entity, 50], ['neighbours', QUERIES.neighbours, 1], ['neighbourhood', QUERIES.neighbourhood, 1], ['neighbours', QUERIES.neighbours, 50]]) {
  const before = await cpu();
  const r = await load(query, connections);
  const after = await cpu();
  const cpuMsPerRequest = Math.round((after.user + after.system - before.user - before.system) / 1000 / r.requests.total * 1000) / 1000;
  // serverP50/serverP99: the server's own time per request, from its request event to the end of its response.
  console.log(JSON.stringify({ kind: 'http', query: name, connections, seconds, requestsPerSec: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, serverP50: after.handledP50, serverP99: after.handledP99, serverMajorGcs: after.majorGcs, serverCpuMsPerRequest: cpuMsPerRequest, non2xx: r.non2xx, errors: r.errors }));
}
console.log(`load average at the end: ${loadAverage()}`);
child.kill();
