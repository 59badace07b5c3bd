import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/core/types.js';
import { DISPLAY_DEFAULTS, ENTITY_COLOURS, OKABE_ITO, RELATION_COLOURS, createDisplay } from '../../src/layout/index.js';
import { fixtureStore } from '../fixtures/graph.js';

const graph = fixtureStore().graph;

describe('display attributes', () => {
  it('colours every entity and relation type from the Okabe-Ito palette, each type its own colour', () => {
    const palette = Object.values(OKABE_ITO);
    for (const t of ENTITY_TYPES) expect(palette).toContain(ENTITY_COLOURS[t]);
    for (const t of RELATION_TYPES) expect(palette).toContain(RELATION_COLOURS[t]);
    expect(new Set(Object.values(ENTITY_COLOURS)).size).toBe(ENTITY_TYPES.length);
    expect(new Set(Object.values(RELATION_COLOURS)).size).toBe(RELATION_TYPES.length);
  });

  it.each(['degree', 'pagerank', 'mentions'] as const)('sizes nodes by %s within [minSize, maxSize], the top one largest', (sizeBy) => {
    const display = createDisplay(graph, { sizeBy });
    const sizes = graph.mapNodes((id, a) => display.node(id, a).size);
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(DISPLAY_DEFAULTS.minSize);
    expect(Math.max(...sizes)).toBe(DISPLAY_DEFAULTS.maxSize);
  });

  it('makes the most connected entity the largest by degree', () => {
    const display = createDisplay(graph);
    const m23 = display.node('armed_group:m23', graph.getNodeAttributes('armed_group:m23'));
    const goma = display.node('place:216281', graph.getNodeAttributes('place:216281'));
    expect(m23.size).toBe(DISPLAY_DEFAULTS.maxSize);
    expect(goma.size).toBeLessThan(m23.size);
    expect(m23.color).toBe(ENTITY_COLOURS.ARMED_GROUP);
  });

  it.each([
    ['country:RWA|BACKS|armed_group:m23', 'solid', 1],
    ['armed_group:rdf|BACKS|armed_group:m23', 'dashed', 0.6],
    ['country:BDI|BACKS|armed_group:m23', 'dotted', 0.4],
  ])('draws %s %s at opacity %d', (key, lineStyle, alpha) => {
    const d = createDisplay(graph).edge(key, graph.getEdgeAttributes(key));
    expect({ lineStyle: d.lineStyle, alpha: d.alpha, color: d.color, label: d.label }).toEqual({ lineStyle, alpha, color: RELATION_COLOURS.BACKS, label: 'BACKS' });
  });

  it('weighs edges by the number of documents, thicker with more', () => {
    const key = 'armed_group:m23|CAPTURED|place:walikale';
    const twice = createDisplay(graph).edge(key, graph.getEdgeAttributes(key));
    const once = createDisplay(graph).edge('armed_group:m23|CAPTURED|place:216281', graph.getEdgeAttributes('armed_group:m23|CAPTURED|place:216281'));
    expect([twice.weight, once.weight]).toEqual([2, 1]);
    expect(twice.thickness).toBeGreaterThan(once.thickness);
  });

  it('rejects sizes that make no sense', () => {
    expect(() => createDisplay(graph, { minSize: 0 })).toThrow(/0 < minSize <= maxSize/);
  });
});
