// Benchmark of full extraction over the AG News test set: on one core in this
// thread, and on the worker pool with 1 and 2 workers (each round a fresh pool, cold; then the
// same documents again on that pool, warm). Model and gazetteer
// load is measured apart from the work (the pool's workers each pay it once).
// Documents are read as `newsgraph build` reads the CSV ("Title. Description").
// Run: npm run build && node scripts/bench-ingest.mjs [path/to/ag_news_test.csv] [rounds]
// It runs with the V8 interrupt budget `newsgraph build` and `ingest` set (src/cli/jit.ts); with
// --default-budget, with V8's own, as `newsgraph serve` runs.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2).filter((a) => a !== '--default-budget');
const file = args[0] || new URL('../../shared/corpora/ag_news_test.csv', import.meta.url).pathname;
const rounds = Number(args[1] ?? 3);
const dist = new URL('../dist/', import.meta.url);
const oneRun = !process.argv.includes('--default-budget');
if (oneRun) (await import(new URL('cli/jit.js', dist).href)).tuneForOneRun();
const { readInputs } = await import(new URL('input/index.js', dist).href);
const { toDocument } = await import(new URL('text/document.js', dist).href);
const { ExtractionPool } = await import(new URL('pool/index.js', dist).href);

// CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
// process.cpuUsage() covers every thread of the process, worker threads included.
const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const mbps = (bytes, ms) => (bytes / 1e6 / (ms / 1000)).toFixed(2);

const docs = [];
for await (const { input } of readInputs([file], { maxBytes: 2_000_000, onWarning: () => undefined })) docs.push(toDocument(input));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
console.log(`cpu: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}`);
console.log(`corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB of text; V8 interrupt budget: ${oneRun ? "newsgraph build's" : "V8's default"}`);

// One core, this thread.
{
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const { extract } = await import(new URL('extraction/extract.js', dist).href);
  extract({ id: 'warm', title: 'warm', text: 'Warm up.' });
  console.log(`load (this thread): ${(performance.now() - t0).toFixed(0)} ms wall, ${cpuMs(c0).toFixed(0)} ms CPU; load average ${load()}`);
  for (let r = 0; r < rounds; r++) {
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    for (const d of docs) extract(d);
    const wall = performance.now() - t1;
    const cpu = cpuMs(c1);
    console.log(`one core, round ${r + 1}: ${mbps(bytes, wall)} MB/s wall, ${mbps(bytes, cpu)} MB/s per CPU second, ${(docs.length / (wall / 1000)).toFixed(0)} documents/s, ${(cpu / docs.length).toFixed(2)} ms CPU per document; load average ${load()}`);
  }
}

// The worker pool: the same documents, results awaited in input order as the CLI applies them.
for (const size of [1, 2]) {
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const pool = new ExtractionPool({ size });
    await pool.ready();
    const loadWall = performance.now() - t0;
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    await Promise.all(docs.map((d) => pool.extract(d)));
    const wall = performance.now() - t1;
    const cpu = cpuMs(c1);
    // The same pool again: its workers warm, as a server's are after its first documents.
    const t2 = performance.now();
    const c2 = process.cpuUsage();
    await Promise.all(docs.map((d) => pool.extract(d)));
    const warmWall = performance.now() - t2;
    const warmCpu = cpuMs(c2);
    await pool.close();
    const loads = pool.stats.loads.map((l) => `${l.ms.toFixed(0)} ms wall/${l.cpuMs.toFixed(0)} ms CPU`).join(', ');
    console.log(
      `${size} worker${size > 1 ? 's' : ''}, round ${r + 1}: ${mbps(bytes, wall)} MB/s wall (${mbps(bytes, wall + loadWall)} MB/s with the load), ` +
        `${mbps(bytes, cpu)} MB/s per CPU second (all threads); again, warm: ${mbps(bytes, warmWall)} MB/s wall, ${mbps(bytes, warmCpu)} MB/s per CPU second; ` +
        `load per worker: ${loads}; total CPU with load ${(cpuMs(c0) / 1000).toFixed(1)} s; load average ${load()}`,
    );
  }
}
