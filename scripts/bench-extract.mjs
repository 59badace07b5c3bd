// Speed of the extraction stages over ../shared/corpora/ag_news_test.csv (one document per row:
// title + ". " + description), on one core. Each stage runs over the whole corpus in turn, timed
// around the loop (CPU time and wall time), after one warm-up pass of the full pipeline; the load
// of the tagger model and the gazetteer is reported apart.
//   npm run build && node scripts/bench-extract.mjs [--passes N]
// With --unseen it measures instead what the warm passes leave out: after a first pass over the
// first half of the corpus, the second half once (compiled code, unseen words) and again (seen).
//   node scripts/bench-extract.mjs --unseen
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parse } from 'csv-parse/sync';
import { analyse } from '../dist/text/analyse.js';
import { toDocument } from '../dist/text/document.js';
import { loadGazetteer } from '../dist/lexicon/gazetteer.js';
import { extract } from '../dist/extraction/extract.js';
import { findNames } from '../dist/extraction/mentions/index.js';
import { isHeadlineCase } from '../dist/extraction/mentions/spans.js';
import { resolveNames } from '../dist/extraction/entities/resolve.js';
import { resolveCoreference } from '../dist/extraction/coref/index.js';
import { extractRelations } from '../dist/extraction/relations/index.js';

const corpus = new URL('../../shared/corpora/ag_news_test.csv', import.meta.url);
const at = process.argv.indexOf('--passes');
const passes = at > 0 ? Number(process.argv[at + 1]) : 3;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const timed = (f) => { const c = cpu(); const w = performance.now(); const value = f(); return { cpu: cpu() - c, wall: performance.now() - w, value }; };

const load = timed(() => { loadGazetteer(); analyse('Warm up the tagger.'); });
const gazetteer = loadGazetteer();
const rows = parse(readFileSync(corpus), { columns: true });
const docs = rows.map((r, i) => toDocument({ id: String(i), text: `${r.title}. ${r.description}`, title: r.title }));
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
if (process.argv.includes('--unseen')) {
  const half = docs.length >> 1;
  const mbOf = (list) => list.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
  const pass = (list) => timed(() => { for (const d of list) extract(d); });
  const cold = pass(docs.slice(0, half));
  const unseen = pass(docs.slice(half));
  const seen = pass(docs.slice(half));
  const per = (t, list) => `${(mbOf(list) / (t.cpu / 1000)).toFixed(2)} MB/s per CPU second, ${(mbOf(list) / (t.wall / 1000)).toFixed(2)} MB/s wall`;
  console.log(`machine: ${cpus()[0].model}, ${cpus().length} cores, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`first half, cold: ${per(cold, docs.slice(0, half))}`);
  console.log(`second half, first sight (code compiled, words new): ${per(unseen, docs.slice(half))}`);
  console.log(`second half, again (words seen): ${per(seen, docs.slice(half))}`);
  process.exit(0);
}
// The first pass also fills the tagger's and the gazetteer's look-up caches and compiles the
// code: it is reported apart (a one-off build meets the corpus cold).
const first = timed(() => { for (const d of docs) extract(d); });

const sum = {};
let found;
for (let p = 0; p < passes; p++) {
  const add = (name, t) => { sum[name] ??= { cpu: 0, wall: 0 }; sum[name].cpu += t.cpu / passes; sum[name].wall += t.wall / passes; return t.value; };
  const analyses = add('text', timed(() => docs.map((d) => analyse(d.text))));
  const ctxs = analyses.map((analysis) => ({ analysis, gazetteer, headline: analysis.sentences.map((s) => isHeadlineCase(analysis.tokens, s)) }));
  const drafts = add('names', timed(() => ctxs.map((ctx) => findNames(ctx))));
  const names = add('entities', timed(() => ctxs.map((ctx, i) => resolveNames(ctx, drafts[i]))));
  const refs = add('coreference', timed(() => ctxs.map((ctx, i) => resolveCoreference(ctx, names[i].entities, names[i].units))));
  const rels = add('relations', timed(() => ctxs.map((ctx, i) => extractRelations(ctx, names[i].entities, [...names[i].units, ...refs[i]].sort((a, b) => a.start - b.start || a.end - b.end)))));
  add('extract() end to end', timed(() => docs.map((d) => extract(d))));
  found = { entities: names.reduce((n, x) => n + x.entities.size, 0), relations: rels.reduce((n, x) => n + x.length, 0) };
}
const rate = (ms) => (mb / (ms / 1000)).toFixed(2);
console.log(`corpus: ${docs.length} documents, ${mb.toFixed(2)} MB; mean of ${passes} passes after a warm-up`);
console.log(`machine: ${cpus()[0].model}, ${cpus().length} cores, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`load (tagger model + gazetteer): ${load.cpu.toFixed(0)} ms CPU, ${load.wall.toFixed(0)} ms wall`);
for (const [name, t] of Object.entries(sum)) console.log(`  ${name.padEnd(22)} ${t.cpu.toFixed(0).padStart(6)} ms CPU ${t.wall.toFixed(0).padStart(6)} ms wall  ${rate(t.cpu).padStart(6)} MB/s per CPU second`);
const entityStage = ['text', 'names', 'entities', 'coreference'].reduce((n, k) => n + sum[k].cpu, 0);
console.log(`entity stage (text + names + entities + coreference): ${rate(entityStage)} MB/s per CPU second`);
const e2e = sum['extract() end to end'];
console.log(`first pass, cold (extract() end to end): ${rate(first.cpu)} MB/s per CPU second, ${rate(first.wall)} MB/s wall`);
console.log(`full extraction, extract(): ${rate(e2e.cpu)} MB/s per CPU second, ${rate(e2e.wall)} MB/s wall, ${(docs.length / (e2e.cpu / 1000)).toFixed(0)} documents per CPU second`);
console.log(`found: ${found.entities} entities, ${found.relations} relations`);
