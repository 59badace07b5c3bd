import { beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/index.js';
import type { KnowledgeGraph } from '../../src/graph/store.js';
import { assignLayout } from '../../src/layout/index.js';
import { NASTY, escapingStore } from '../fixtures/graph-escaping.js';
import { seedStore } from '../fixtures/graph.js';
import { expectedOf } from './expected.js';
import { requirePython, runPython, writeTemp } from './tools.js';

// python3-geojson (Debian) checks the structure; the coordinate rules of RFC 7946 that it
// leaves out (longitude first, ranges) are checked here against the graph's own geo.
const READ_GEOJSON = `
import geojson, json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    obj = geojson.loads(f.read())
print(json.dumps({"type": obj["type"], "valid": obj.is_valid, "errors": obj.errors(), "features": obj["features"]}))`;

interface Feature {
  type: string;
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | { type: 'LineString'; coordinates: [number, number][] };
  properties: Record<string, unknown>;
}

const graphs: [string, () => KnowledgeGraph][] = [
  ['seed', () => seedStore().graph],
  ['escaping', () => escapingStore().graph],
];

describe('GeoJSON export', () => {
  let python = '';
  beforeAll(() => {
    python = requirePython('geojson', 'install it with: apt-get install -y python3-geojson (it goes to /usr/bin/python3)');
  });

  describe.each(graphs)('of the %s graph', (_name, build) => {
    const graph = build();
    assignLayout(graph);
    const expected = expectedOf(graph);

    it('is valid GeoJSON, with a [lon, lat] point per located entity and a line per relation between two', () => {
      const out = runPython(python, READ_GEOJSON, writeTemp('graph.geojson', exportGraph(graph, 'geojson'))) as {
        type: string;
        valid: boolean;
        errors: unknown;
        features: Feature[];
      };
      expect(out).toMatchObject({ type: 'FeatureCollection', valid: true });
      const located = graph.filterNodes((_id, a) => a.geo !== undefined);
      const points = out.features.filter((f) => f.geometry.type === 'Point');
      expect(points.map((f) => f.id).sort()).toEqual(located.sort());
      for (const f of points) {
        const geo = graph.getNodeAttribute(f.id, 'geo')!;
        expect(f.geometry.coordinates).toEqual([geo.lon, geo.lat]);
        const { id, name, color, size, ...fields } = f.properties;
        const want = expected.nodes.get(f.id)!;
        expect({ id, name, color, size }).toEqual({ id: want.id, name: want.label, color: want.color, size: want.size });
        expect(fields).toEqual(want.fields);
      }
      const lines = out.features.filter((f) => f.geometry.type === 'LineString');
      const between = graph.filterEdges((_k, _a, s, t) => graph.getNodeAttribute(s, 'geo') !== undefined && graph.getNodeAttribute(t, 'geo') !== undefined);
      expect(lines.map((f) => f.id).sort()).toEqual(between.sort());
      for (const f of lines) {
        const want = expected.edges.get(f.id)!;
        const from = graph.getNodeAttribute(want.source, 'geo')!;
        const to = graph.getNodeAttribute(want.target, 'geo')!;
        expect(f.geometry.coordinates).toEqual([
          [from.lon, from.lat],
          [to.lon, to.lat],
        ]);
        expect(f.properties).toMatchObject({ ...want.fields, source: want.source, target: want.target });
      }
      for (const f of out.features) {
        const positions = f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const [lon, lat] of positions) expect(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90).toBe(true);
      }
    });
  });

  it('draws the escaping fixture`s relation between two located entities, names intact', () => {
    const doc = JSON.parse(exportGraph(escapingStore().graph, 'geojson')) as { features: Feature[] };
    const line = doc.features.find((f) => f.geometry.type === 'LineString')!;
    expect(line.id).toBe('country:TST|CAPTURED|place:test-city');
    expect(line.geometry.coordinates).toEqual([
      [-20.25, 12],
      [32.5, 15.6],
    ]);
    const names = doc.features.map((f) => f.properties['name']);
    expect(names).toEqual(expect.arrayContaining([NASTY.placeA, NASTY.placeB]));
  });
});
