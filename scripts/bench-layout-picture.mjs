// Renders docs/seed-graph.png: the seed article through the extraction pipeline, laid out
// with ForceAtlas2 + noverlap, exported as DOT and drawn by Graphviz at those positions.
//
//   npx tsc -p . && node scripts/bench-layout-picture.mjs [out.png]
// Needs Graphviz (Debian package graphviz).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { exportGraph } from '../dist/export/index.js';
import { extract } from '../dist/extraction/extract.js';
import { GraphStore } from '../dist/graph/store.js';
import { assignLayout } from '../dist/layout/index.js';
import { toDocument } from '../dist/text/document.js';

const out = process.argv[2] ?? new URL('../docs/seed-graph.png', import.meta.url).pathname;
const seeds = new URL('../seeds/', import.meta.url).pathname;
const store = new GraphStore();
for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
  const doc = toDocument({ text: readFileSync(seeds + file, 'utf8') });
  store.addDocument(doc, extract(doc), '2025-03-21T00:00:00Z');
}
const stats = assignLayout(store.graph);
const dot = exportGraph(store.graph, 'dot', { title: 'newsgraph seed' });
// neato -n2 draws nodes where the layout put them instead of laying them out again.
execFileSync('neato', ['-n2', '-Tpng', '-Gdpi=110', '-Gpad=0.3', '-o', out], { input: dot });
console.log(`${out}: ${store.graph.order} entities, ${store.graph.size} relations, ${stats.iterations} ForceAtlas2 iterations`);
