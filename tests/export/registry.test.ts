import { describe, expect, it } from 'vitest';
import { text } from 'node:stream/consumers';
import { InputError } from '../../src/core/errors.js';
import { FORMATS, FORMAT_NAMES, exportGraph, formatForExtension, getFormat, streamGraph } from '../../src/export/index.js';
import { seedStore } from '../fixtures/graph.js';
// @ts-expect-error plain JS module shared with the benchmark scripts
import { generateGraph } from '../../scripts/bench-layout-graph.mjs';
import type { KnowledgeGraph } from '../../src/graph/store.js';

describe('export formats registry', () => {
  it('names nine formats with unique extensions and a content type each', () => {
    expect(FORMAT_NAMES).toEqual(['gexf', 'graphml', 'graphology', 'cytoscape', 'csv-nodes', 'csv-edges', 'dot', 'geojson', 'cypher']);
    const extensions = FORMAT_NAMES.map((n) => FORMATS[n].extension);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const name of FORMAT_NAMES) {
      expect(FORMATS[name].name).toBe(name);
      expect(FORMATS[name].contentType).toMatch(/^[a-z]+\/[\w.+-]+; charset=utf-8$/);
      expect(formatForExtension(FORMATS[name].extension)).toBe(FORMATS[name]);
    }
    expect(Object.isFrozen(FORMATS)).toBe(true);
  });

  it('rejects an unknown format, listing the known ones', () => {
    expect(() => getFormat('xlsx')).toThrow(InputError);
    expect(() => exportGraph(seedStore().graph, 'xlsx')).toThrow(/unknown format "xlsx" \(expected one of gexf, graphml/);
    expect(() => streamGraph(seedStore().graph, 'xlsx')).toThrow(InputError);
    expect(formatForExtension('xlsx')).toBeUndefined();
  });

  it.each(FORMAT_NAMES)('streams %s as the same text as the string export, in chunks', async (format) => {
    const graph = generateGraph({ nodes: 600, edges: 3000, positions: true }) as KnowledgeGraph;
    const whole = exportGraph(graph, format);
    const chunks: string[] = [];
    for await (const chunk of streamGraph(graph, format)) chunks.push(String(chunk));
    expect(chunks.join('')).toBe(whole);
    // Pieces are gathered into chunks of at least 64 KiB; only the last may be shorter.
    for (const c of chunks.slice(0, -1)) expect(c.length).toBeGreaterThanOrEqual(64 * 1024);
    if (whole.length > 128 * 1024) expect(chunks.length).toBeGreaterThan(1);
    expect(await text(streamGraph(graph, format))).toBe(whole);
  });

  it('round-trips a seed graph with substance (so the format tests are not vacuous)', () => {
    const graph = seedStore().graph;
    expect(graph.order).toBeGreaterThanOrEqual(10);
    expect(graph.size).toBeGreaterThanOrEqual(6);
    const statuses = new Set(graph.mapEdges((_k, a) => a.status));
    expect(statuses).toContain('DENIED');
    expect(graph.someNode((_id, a) => a.geo !== undefined)).toBe(true);
  });

  it('writes nothing onto the graph: display attributes and fallback positions stay out of the store', () => {
    const graph = seedStore().graph;
    const before = JSON.stringify(graph.export());
    for (const format of FORMAT_NAMES) exportGraph(graph, format);
    expect(JSON.stringify(graph.export())).toBe(before);
    graph.forEachNode((_id, attrs) => {
      expect(attrs).not.toHaveProperty('color');
      expect(attrs).not.toHaveProperty('x');
    });
  });

  it('lays out a graph that has no positions yet, the same way every time', () => {
    const a = JSON.parse(exportGraph(seedStore().graph, 'graphology'));
    const b = JSON.parse(exportGraph(seedStore().graph, 'graphology'));
    expect(a).toEqual(b);
    for (const n of a.nodes) expect(Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y)).toBe(true);
  });
});
