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
const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
const os = await import('node:os');
const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`CPU: ${cpu}, ${os.cpus().length} cores, Node ${process.version}, load average ${loadAverage()}`);

const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--max-semi-space-size=64', new URL('bench-api-server.mjs', import.meta.url).pathname, String(entities), String(relations), '2000'], { stdio: ['ignore', 'pipe', 'inherit'] });
const lines = createInterface({ input: child.stdout });
const ready = new Promise((resolve) => {
  lines.on('line', (line) => {
    const msg = JSON.parse(line);
    console.log(JSON.stringify(msg));
    if (msg.kind === 'ready') resolve(msg);
  });
});
const { url, ids } = await ready;

const QUERIES = {
  entity: 'query($id: ID!) { entity(id: $id) { id name type aliases degree } }',
  neighbours: 'query($id: ID!) { entity(id: $id) { id name neighbours { id name type } } }',
  neighbourhood: 'query($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { id name type } edges { id type source { id } target { id } } } }',
};
const TYPES = ['person', 'armed_group', 'organisation', 'country', 'place'];
const random = mulberry32(1234);

function load(query, connections) {
  return autocannon({
    url, connections, duration: seconds, method: 'POST', headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => {
      const i = Math.floor(random() * ids);
      return { ...req, body: JSON.stringify({ query, variables: { id: `${TYPES[i % 5]}:e${i}` } }) };
    } }],
  });
}

for (const [name, query, connections] of [['entity', QUERIES.entity, 50], ['neighbours', QUERIES.neighbours, 1], ['neighbourhood', QUERIES.neighbourhood, 1], ['neighbours', QUERIES.neighbours, 50]]) {
  const r = await load(query, connections);
  console.log(JSON.stringify({ kind: 'http', query: name, connections, seconds, requestsPerSec: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, non2xx: r.non2xx, errors: r.errors }));
}
console.log(`load average at the end: ${loadAverage()}`);
child.kill();
