import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.js';
import { runCli, startServer, stop } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { tmpdir } from 'node:os';

// `newsgraph export` over a data directory the seed was ingested into, and the export filter
// as flags on `export` and `build`: the same filter as the server's /export route.

let data: string;

beforeAll(async () => {
  data = join(mkdtempSync(join(tmpdir(), 'newsgraph-export-cli-')), 'data');
  const ingested = await runCli(['ingest', join(ROOT, 'seeds'), '--data', data, '--workers', '1']);
  expect(ingested.code, ingested.stderr).toBe(0);
}, 60_000);

interface GraphologyJson {
  nodes: { key: string; attributes: { label: string; entityType: string } }[];
  edges: { key: string; attributes: { relationType: string; confidence: number } }[];
}

const graphology = async (...flags: string[]): Promise<GraphologyJson> => {
  const r = await runCli(['export', '--data', data, '--format', 'graphology', ...flags]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as GraphologyJson;
};

describe('newsgraph export', () => {
  it('writes the data directory\'s graph in the format of the --out extension', async () => {
    const dir = tempDir();
    const exported = await runCli(['export', '--data', data, '--out', join(dir, 'graph.gexf')]);
    expect(exported.code, exported.stderr).toBe(0);
    const gexf = readFileSync(join(dir, 'graph.gexf'), 'utf8');
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf).toMatch(/label="Walikale"/);
  });

  it('keeps what the filter flags ask for: entity types, relation types, confidence, a neighbourhood', async () => {
    const all = await graphology();
    const places = await graphology('--types', 'armed_group,PLACE');
    expect(places.nodes.length).toBeLessThan(all.nodes.length);
    expect(new Set(places.nodes.map((n) => n.attributes.entityType))).toEqual(new Set(['ARMED_GROUP', 'PLACE']));
    expect(places.edges.every((e) => e.attributes.relationType === 'CAPTURED')).toBe(true);

    const sure = await graphology('--min-confidence', '0.8');
    expect(sure.edges.length).toBeGreaterThan(0);
    expect(sure.edges.every((e) => e.attributes.confidence >= 0.8)).toBe(true);
    expect(sure.edges.length).toBeLessThan(all.edges.length);

    const around = await graphology('--around', 'armed_group:m23', '--depth', '1', '--relation-types', 'CAPTURED');
    expect(around.nodes.map((n) => n.attributes.label).sort()).toEqual(['Bukavu', 'Goma', 'M23', 'Walikale']);
  });

  it('build takes the same filter', async () => {
    const dir = tempDir();
    const r = await runCli(['build', join(ROOT, 'seeds'), '--out', join(dir, 'places.csv'), '--format', 'csv-nodes', '--types', 'PLACE', '--workers', '1']);
    expect(r.code, r.stderr).toBe(0);
    const rows = readFileSync(join(dir, 'places.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((row) => row.split(',')[2] === 'PLACE')).toBe(true);
  }, 60_000);

  it('refuses what it cannot do with one line and status 2, writing nothing', async () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [['export', '--data', data, '--types', 'FOO'], /--types takes PERSON, ARMED_GROUP/],
      [['export', '--data', data, '--format', 'dot', '--min-confidence', '2'], /--min-confidence must be a number from 0 to 1/],
      [['export', '--data', data, '--format', 'dot', '--depth', '2'], /--depth goes with --around/],
      [['export', '--data', data, '--format', 'dot', '--around', 'person:nobody'], /no entity with id "person:nobody"/],
      [['export', '--data', data, '--types', 'PLACE', '--out', join(dir, 'x.json')], /json snapshot is the whole graph/],
      [['export', '--data', join(dir, 'missing'), '--format', 'dot'], /no data directory at/],
      [['export', '--data', data, '--format', 'svg'], /unknown --format "svg"/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  }, 60_000);

  it('points to the server\'s export route when a server holds the data directory', async () => {
    const server = await startServer([join(ROOT, 'seeds'), '--data', data, '--port', '0', '--workers', '1']);
    try {
      const r = await runCli(['export', '--data', data, '--format', 'dot']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/in use by another newsgraph process .*\/export\/graph\.<extension> route/);
      expect(r.stdout).toBe('');
    } finally {
      await stop(server.child);
    }
  }, 60_000);
});
