// Child process for the kill -9 test: ingests documents start..start+count-1
// into a data directory, a few at a time, and prints "ack <id>" for each one
// only once its ingest promise has resolved (after fsync).
// Usage: node ingest-child.mjs DATA_DIR START COUNT SNAPSHOT_EVERY
import { openWorkspace } from '../../dist/persist/index.js';
import { docText, fakeExtract } from './fake-extractor.mjs';

const [dataDir, start, count, snapshotEvery] = process.argv.slice(2);
const first = Number(start);
const end = first + Number(count);
const ws = await openWorkspace({
  dataDir,
  snapshotEvery: Number(snapshotEvery),
  snapshotGrowth: 0,
  extractor: fakeExtract,
  onWarning: (m) => process.stderr.write(`warning: ${m}\n`),
});
process.stdout.write('ready\n');

const input = (i) => ({ id: `doc-${i}`, text: docText(i), title: `Document ${i}` });
let next = first;
async function lane(batch) {
  while (next < end) {
    const ids = [];
    for (let k = 0; k < batch && next < end; k++) ids.push(next++);
    const outcomes = await ws.ingestMany(ids.map(input));
    for (const o of outcomes) process.stdout.write(`ack ${o.document.id}\n`);
  }
}
// Three concurrent callers, one of them batching, so appends and snapshots interleave.
await Promise.all([lane(1), lane(1), lane(3)]);
await ws.close();
process.stdout.write('done\n');
