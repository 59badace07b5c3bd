// Benchmark of the gazetteer alone: load time, and match() over the AG News test set with
// tokens computed beforehand (not timed), on one core.
// Run: npm run build && node scripts/bench-gazetteer.mjs [path/to/ag_news_test.csv]
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';

const file = process.argv[2] ?? new URL('../../shared/corpora/ag_news_test.csv', import.meta.url).pathname;
const dist = new URL('../dist/', import.meta.url);
const { analyse } = await import(new URL('text/analyse.js', dist).href);

// CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const t0 = performance.now();
const c0 = process.cpuUsage();
const { loadGazetteer } = await import(new URL('lexicon/gazetteer.js', dist).href);
const gazetteer = loadGazetteer();
const loadMs = performance.now() - t0;
const loadCpu = cpuMs(c0);

const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
const docs = rows.map((r) => analyse(`${r.title}\n${r.description}`));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

let found = 0;
const run = () => {
  found = 0;
  for (const d of docs) found += gazetteer.match(d.tokens, d.text).length;
};
run(); // warm-up
const rounds = 5;
const t1 = performance.now();
const c1 = process.cpuUsage();
for (let r = 0; r < rounds; r++) run();
const seconds = (performance.now() - t1) / 1000 / rounds;
const cpuSeconds = cpuMs(c1) / 1000 / rounds;
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);

console.log(`cpu: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}`);
console.log(`load: ${loadMs.toFixed(0)} ms wall, ${loadCpu.toFixed(0)} ms CPU (import + build; load average ${loadavg()[0].toFixed(1)})`);
console.log(`corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${tokens} tokens`);
console.log(`match: ${(bytes / 1e6 / seconds).toFixed(1)} MB/s wall, ${(bytes / 1e6 / cpuSeconds).toFixed(1)} MB/s per CPU second, ${(docs.length / seconds).toFixed(0)} documents/s, ${found} names found (mean of ${rounds} runs, ${(seconds * 1000).toFixed(0)} ms each)`);
