// End-to-end `newsgraph build` of the AG News test set, and of 4x and 16x the
// corpus (its rows repeated with new ids), timed from outside with
// /usr/bin/time: wall, CPU (user + system, all threads) and peak RSS. Cost per
// document should stay flat as the corpus grows. Also: build to the json
// snapshot (no layout, no export) and `ingest` into a data directory (journal,
// fsync, snapshots), at 1x.
// Run: npm run build && node scripts/bench-ingest-build.mjs [ag_news_test.csv] [scales=1,4,16] [workers=2]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const file = process.argv[2] ?? new URL('../../shared/corpora/ag_news_test.csv', import.meta.url).pathname;
const scales = (process.argv[3] ?? '1,4,16').split(',').map(Number);
const workers = process.argv[4] ?? '2';
const cli = new URL('../dist/cli/main.js', import.meta.url).pathname;
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error(`${TIME} is needed (Debian package "time")`);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));

const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
const quote = (s) => `"${String(s).replace(/"/g, '""')}"`;
function corpus(scale) {
  const path = join(dir, `ag-x${scale}.csv`);
  const lines = ['id,title,description'];
  for (let k = 0; k < scale; k++) rows.forEach((r, i) => lines.push(`x${k}-${i},${quote(r.title)},${quote(r.description)}`));
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, docs: lines.length - 1, mb: statSync(path).size / 1e6 };
}

function timed(args) {
  const before = load();
  const r = spawnSync(TIME, ['-f', 'TIME %e %U %S %M', process.execPath, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMb: Number(m[4]) / 1024, load: `${before} -> ${load()}` };
}

function report(what, c, t) {
  console.log(
    `${what}: ${c.docs} documents, ${c.mb.toFixed(2)} MB: ${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU, ` +
      `${((t.wall / c.docs) * 1e6).toFixed(0)} µs wall and ${((t.cpu / c.docs) * 1e6).toFixed(0)} µs CPU per document, ` +
      `${(c.mb / t.wall).toFixed(2)} MB/s, peak RSS ${t.rssMb.toFixed(0)} MB; load average ${t.load}`,
  );
}

console.log(`cpu: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}, --workers ${workers}`);
try {
  const one = corpus(1);
  report('build --out x.json (no layout, no export)', one, timed(['build', one.path, '--workers', workers, '--out', join(dir, 'x.json')]));
  report('ingest --data DIR (journal, fsync, snapshots)', one, timed(['ingest', one.path, '--workers', workers, '--data', join(dir, 'data')]));
  report('ingest again (every document already there)', one, timed(['ingest', one.path, '--workers', workers, '--data', join(dir, 'data')]));
  for (const scale of scales) {
    const c = scale === 1 ? one : corpus(scale);
    report(`build --out x.gexf, ${scale}x`, c, timed(['build', c.path, '--workers', workers, '--out', join(dir, `x${scale}.gexf`)]));
    if (scale !== 1) rmSync(c.path);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
