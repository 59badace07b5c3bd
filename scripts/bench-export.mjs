// Export benchmark: every format of a generated 100,000-node / 1,000,000-edge graph, streamed
// into a sink that counts bytes. Reports the time per format and the heap it needed beyond
// the graph's own (sampled every 20 ms), against the graph's own heap. CPU time counts all
// threads; on a shared machine it says more than the wall time.
//
//   npx tsc -p . && node --expose-gc --max-old-space-size=8192 scripts/bench-export.mjs [nodes] [edges] [format...]
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FORMAT_NAMES, streamGraph } from '../dist/export/index.js';
import { generateGraph } from './bench-layout-graph.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (see the command at the top)');
const nodes = Number(process.argv[2] ?? 100_000);
const edges = Number(process.argv[3] ?? 1_000_000);
const formats = process.argv.length > 4 ? process.argv.slice(4) : FORMAT_NAMES;
const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
const MB = 1024 * 1024;

/** Heap in use once garbage is gone: two full collections with a turn of the event loop between. */
async function heap() {
  globalThis.gc();
  await new Promise((resolve) => setImmediate(resolve));
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

const base = await heap();
let t = performance.now();
// Positions up front: the export then takes them as they are, as after a layout run.
const graph = generateGraph({ nodes, edges, positions: true });
const built = performance.now() - t;
// Template-literal strings start as ropes that V8 flattens on first read, freeing the pieces;
// one untimed pass over every node and edge does that (and warms the JIT), so that the graph's
// heap is measured as a long-lived graph holds it.
for (const format of ['csv-nodes', 'csv-edges']) await pipeline(streamGraph(graph, format), nullSink());
const withGraph = await heap();
const graphHeap = withGraph - base;
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`## export benchmark: ${nodes} nodes, ${edges} edges; ${cpu}; Node ${process.version}; load average ${load}`);
console.log(`graph built in ${(built / 1000).toFixed(1)} s; its heap: ${(graphHeap / MB).toFixed(0)} MB (heap before it: ${(base / MB).toFixed(0)} MB)`);
console.log('| format | wall time (s) | CPU time (s) | output (MB) | peak heap beyond the graph (MB) | peak heap / graph heap |');
console.log('|---|---|---|---|---|---|');

for (const format of formats) {
  const before = await heap();
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const sink = nullSink();
  t = performance.now();
  const cpu = process.cpuUsage();
  await pipeline(streamGraph(graph, format), sink);
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const extra = peak - before;
  // "Under 2x the graph's own": everything alive at the peak, over the graph alone.
  const ratio = (peak - base) / graphHeap;
  console.log(`| ${format} | ${seconds.toFixed(1)} | ${cpuSeconds.toFixed(1)} | ${(sink.bytes / MB).toFixed(0)} | ${(extra / MB).toFixed(0)} | ${ratio.toFixed(2)} |`);
}

/** A stream end that only counts bytes. */
function nullSink() {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      sink.bytes += Buffer.byteLength(chunk);
      done();
    },
  });
  sink.bytes = 0;
  return sink;
}
