// Layout benchmark: ForceAtlas2 (100 Barnes-Hut iterations) + noverlap on a generated
// 10,000-node / 50,000-edge graph, on a worker thread while this thread serves HTTP requests;
// then the same on the main thread, for contrast. Reports the layout time and how late the
// main thread answered meanwhile.
//
//   npx tsc -p . && node scripts/bench-layout.mjs [nodes] [edges]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { assignLayoutInWorker, computeLayout, countOverlaps, nodeSizes } from '../dist/layout/index.js';
import { generateGraph } from './bench-layout-graph.mjs';

const nodes = Number(process.argv[2] ?? 10_000);
const edges = Number(process.argv[3] ?? 50_000);
const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';

/** Runs `work` while a client asks a local HTTP server for a tiny answer every 20 ms. */
async function whileServing(work) {
  const server = createServer((_req, res) => res.end('ok'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const answers = [];
  let running = true;
  const client = (async () => {
    while (running) {
      const t = performance.now();
      await (await fetch(url)).text();
      answers.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  delay.enable();
  const t = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  delay.disable();
  running = false;
  await client;
  server.close();
  answers.sort((a, b) => a - b);
  const pct = (q) => answers[Math.min(answers.length - 1, Math.floor(q * answers.length))] ?? NaN;
  return {
    result,
    ms,
    // All threads of the process: the worker's layout, and this thread's server and client.
    cpuMs: (used.user + used.system) / 1000,
    requests: answers.length,
    p50: pct(0.5),
    p99: pct(0.99),
    maxAnswer: answers.at(-1) ?? NaN,
    loopP99: delay.percentile(99) / 1e6,
    loopMax: delay.max / 1e6,
  };
}

const graph = generateGraph({ nodes, edges });
const sizes = nodeSizes(graph);
const fmt = (x) => x.toFixed(1);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`## layout benchmark: ${nodes} nodes, ${edges} edges; ${cpu}; Node ${process.version}; load average ${load}`);

const inWorker = await whileServing(() => assignLayoutInWorker(graph, { iterations: 100, incremental: false }));
const s = inWorker.result;
let i = 0;
const overlaps = countOverlaps(graph.mapNodes((_id, a) => ({ x: a.x, y: a.y, size: sizes[i++] })));
console.log(
  `worker thread: ${fmt(inWorker.ms)} ms in all, ${fmt(inWorker.cpuMs)} ms CPU (${s.iterations} ForceAtlas2 iterations, Barnes-Hut ${s.barnesHut}, ` +
    `${s.noverlapIterations} noverlap rounds, converged ${s.noverlapConverged}, ${overlaps} overlapping pairs)`,
);
console.log(
  `  main thread meanwhile: ${inWorker.requests} HTTP answers, p50 ${fmt(inWorker.p50)} ms, p99 ${fmt(inWorker.p99)} ms, ` +
    `max ${fmt(inWorker.maxAnswer)} ms; event-loop delay p99 ${fmt(inWorker.loopP99)} ms, max ${fmt(inWorker.loopMax)} ms`,
);

const onMain = await whileServing(async () => computeLayout(graph, { iterations: 100, incremental: false }));
console.log(
  `main thread (for contrast): ${fmt(onMain.ms)} ms, ${fmt(onMain.cpuMs)} ms CPU; ${onMain.requests} HTTP answers, max ${fmt(onMain.maxAnswer)} ms; ` +
    `event-loop delay max ${fmt(onMain.loopMax)} ms`,
);
