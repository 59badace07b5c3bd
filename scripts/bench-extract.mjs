// Speed of the extraction stages over ../shared/corpora/ag_news_test.csv (one document per row:
// title + ". " + description), on one core. Prints, per stage, MB/s of input per CPU second and per
// wall second, after one warm-up pass; the model and gazetteer load is reported apart.
//   npm run build && node scripts/bench-extract.mjs [--passes N]
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parse } from 'csv-parse/sync';
import { analyse } from '../dist/text/analyse.js';
import { toDocument } from '../dist/text/document.js';
import { loadGazetteer } from '../dist/lexicon/gazetteer.js';
import { findNames } from '../dist/extraction/mentions/index.js';
import { isHeadlineCase } from '../dist/extraction/mentions/spans.js';
import { resolveNames } from '../dist/extraction/entities/resolve.js';
import { resolveCoreference } from '../dist/extraction/coref/index.js';
import { extractRelations } from '../dist/extraction/relations/index.js';

const corpus = new URL('../../shared/corpora/ag_news_test.csv', import.meta.url);
const passes = Number(process.argv[process.argv.indexOf('--passes') + 1]) || 3;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

let t0 = cpu(), w0 = performance.now();
const gazetteer = loadGazetteer();
analyse('Warm up the tagger.');
const load = { cpu: cpu() - t0, wall: performance.now() - w0 };

const rows = parse(readFileSync(corpus), { columns: true });
const docs = rows.map((r, i) => toDocument({ id: String(i), text: `${r.title}. ${r.description}`, title: r.title }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

const stages = ['text', 'names', 'entities', 'coreference', 'relations'];
function pass() {
  const t = Object.fromEntries(stages.map((s) => [s, 0]));
  const wall = performance.now();
  let entities = 0, relations = 0;
  for (const doc of docs) {
    let c = cpu();
    const analysis = analyse(doc.text);
    t.text += cpu() - c; c = cpu();
    const ctx = { analysis, gazetteer, headline: analysis.sentences.map((s) => isHeadlineCase(analysis.tokens, s)) };
    const drafts = findNames(ctx);
    t.names += cpu() - c; c = cpu();
    const { entities: e, units } = resolveNames(ctx, drafts);
    t.entities += cpu() - c; c = cpu();
    const refs = resolveCoreference(ctx, e, units);
    t.coreference += cpu() - c; c = cpu();
    const rels = extractRelations(ctx, e, [...units, ...refs].sort((a, b) => a.start - b.start || a.end - b.end));
    t.relations += cpu() - c;
    entities += e.size; relations += rels.length;
  }
  return { t, wall: performance.now() - wall, entities, relations };
}

pass(); // warm-up: JIT and lazily loaded word lists
const runs = Array.from({ length: passes }, pass);
const mean = (f) => runs.reduce((n, r) => n + f(r), 0) / runs.length;
const mb = bytes / 1e6;
const rate = (ms) => (mb / (ms / 1000)).toFixed(2);
const entityCpu = mean((r) => r.t.text + r.t.names + r.t.entities + r.t.coreference);
const allCpu = mean((r) => Object.values(r.t).reduce((a, b) => a + b, 0));
console.log(`corpus: ${docs.length} documents, ${mb.toFixed(2)} MB; ${passes} passes after a warm-up`);
console.log(`machine: ${cpus()[0].model}, ${cpus().length} cores, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`load (tagger model + gazetteer): ${load.cpu.toFixed(0)} ms CPU, ${load.wall.toFixed(0)} ms wall`);
for (const s of stages) console.log(`  ${s.padEnd(12)} ${mean((r) => r.t[s]).toFixed(0).padStart(6)} ms CPU`);
console.log(`entity stage (text + names + entities + coreference): ${rate(entityCpu)} MB/s per CPU second`);
console.log(`full extraction: ${rate(allCpu)} MB/s per CPU second, ${rate(mean((r) => r.wall))} MB/s wall, ${(docs.length / (allCpu / 1000)).toFixed(0)} documents per CPU second`);
console.log(`found: ${runs[0].entities} entities, ${runs[0].relations} relations`);
