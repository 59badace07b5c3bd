// Explorer page benchmark: serves a generated 10,000-entity graph (laid out beforehand, as on
// a server that has been running) and measures, in headless Debian chromium with the flags
// of the browser tests, how long a cold load of the page takes to its first picture and to
// the complete one, and how the page answers once drawn. Each load is a fresh browser
// context (nothing cached). Chromium's CPU time is reported beside the wall time: on a
// shared machine the wall time also counts everyone else's work.
//
//   npm run build && node scripts/bench-web.mjs [entities] [relations] [runs]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { fillStore } from './bench-api-graph.mjs';
import { chromiumCpuMs } from './bench-web-cpu.mjs';

const entities = Number(process.argv[2] ?? 10_000);
const relations = Number(process.argv[3] ?? 20_000);
const runs = Number(process.argv[4] ?? 5);
const TARGET_MS = 3000;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('web/index.html', dist))) throw new Error('bench-web: dist/web is missing: run `npm run build` first');
const { openWorkspace } = await import(new URL('persist/index.js', dist).href);
const { createServer } = await import(new URL('api/index.js', dist).href);
const { assignLayoutInWorker } = await import(new URL('layout/index.js', dist).href);
const executablePath = process.env.CHROMIUM_PATH ?? spawnSync('which', ['chromium'], { encoding: 'utf8' }).stdout.trim();
if (!executablePath) throw new Error('bench-web: chromium not found: apt-get install -y chromium');
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const ms = (n) => `${Math.round(n)} ms`;

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, load average ${load()}`);
const workspace = await openWorkspace({});
fillStore(workspace.store, { entities, relations, documents: Math.ceil(entities / 10) });
const layout = await assignLayoutInWorker(workspace.store.graph, {});
console.log(`graph: ${workspace.store.graph.order} entities, ${workspace.store.graph.size} relations; layout ${ms(layout.ms)} beforehand`);
const server = createServer(workspace, { log: () => undefined });
const base = (await server.listen(0, '127.0.0.1')).url.replace(/\/graphql$/, '');
const size = async (path) => ((await (await fetch(`${base}${path}`)).arrayBuffer()).byteLength / 2 ** 20).toFixed(1);
console.log(`payload: /web/graph.json ${await size('/web/graph.json')} MiB (the export /export/graph.json: ${await size('/export/graph.json')} MiB)`);

const browser = await chromium.launch({ executablePath, headless: true, args: FLAGS });
console.log(`browser: chromium ${browser.version()}, headless, ${FLAGS.join(' ')}`);

const results = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
  const page = await context.newPage();
  const cpuBefore = chromiumCpuMs();
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 60_000 });
  const cpu = chromiumCpuMs() - cpuBefore;
  const t = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const data = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/web/graph.json'));
    return {
      state: document.body.dataset.state, drawn: window.explorer.graph.order, edges: window.explorer.graph.size,
      first: at('explorer:first-render'), complete: at('explorer:complete'),
      steps: { 'script starts': at('explorer:start'), 'graph.json in': data?.responseEnd, parsed: at('explorer:data'), 'sigma created': at('explorer:renderer') },
    };
  });
  if (t.state !== 'ready' || t.drawn !== entities || t.edges !== relations) throw new Error(`bench-web: page ended ${t.state} with ${t.drawn} entities, ${t.edges} relations`);
  results.push({ ...t, cpu });
  const steps = Object.entries(t.steps).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
  console.log(`run ${i + 1}: first picture ${ms(t.first)}, complete ${ms(t.complete)}; chromium CPU ${ms(cpu)} (${steps})`);
  if (i === runs - 1) await interactivity(page);
  await context.close();
}
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(`median of ${runs} cold loads: first picture ${ms(median('first'))}, complete picture ${ms(median('complete'))}, chromium CPU ${ms(median('cpu'))}; load average now ${load()}`);
console.log(median('first') < TARGET_MS ? `first picture under ${TARGET_MS} ms` : `first picture OVER ${TARGET_MS} ms`);
await browser.close();
await server.close();
await workspace.close();

/** Once drawn: a full redraw (reducers, indexing, WebGL), frames while zooming, a search that focuses an entity. */
async function interactivity(page) {
  const redraw = await page.evaluate(() => {
    const { renderer } = window.explorer;
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      renderer.refresh();
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[2];
  });
  const fps = await page.evaluate(async () => {
    const camera = window.explorer.renderer.getCamera();
    let frames = 0;
    let counting = true;
    const count = () => counting && (frames++, requestAnimationFrame(count));
    requestAnimationFrame(count);
    await camera.animate({ ratio: 0.2 }, { duration: 1000 });
    await camera.animate({ ratio: 1 }, { duration: 1000 });
    counting = false;
    return frames / 2;
  });
  await page.locator('#search').fill('Entity 4242');
  const t = Date.now();
  await page.locator('#suggestions li', { hasText: 'Entity 4242' }).first().waitFor();
  const suggest = Date.now() - t;
  await page.locator('#suggestions li', { hasText: 'Entity 4242' }).first().click();
  await page.locator('#details h2', { hasText: 'Entity 4242' }).waitFor();
  const focus = Date.now() - t - suggest;
  console.log(`once drawn: full redraw ${ms(redraw)} (median of 5), ${fps.toFixed(0)} frames/s while zooming, `
    + `search suggestions ${ms(suggest)} after typing, click → focus and details ${ms(focus)}`);
}
