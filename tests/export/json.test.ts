import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import cytoscape from 'cytoscape';
import { exportGraph } from '../../src/export/index.js';
import type { KnowledgeGraph } from '../../src/graph/store.js';
import { assignLayout } from '../../src/layout/index.js';
import { escapingStore } from '../fixtures/graph-escaping.js';
import { seedStore } from '../fixtures/graph.js';
import { expectedOf } from './expected.js';

const graphs: [string, () => KnowledgeGraph][] = [
  ['seed', () => seedStore().graph],
  ['escaping', () => escapingStore().graph],
];

describe.each(graphs)('JSON exports of the %s graph', (_name, build) => {
  const graph = build();
  assignLayout(graph);
  const expected = expectedOf(graph);

  it('re-import into graphology as the same graph, with finite x/y on every node (Sigma.js)', () => {
    const back = MultiDirectedGraph.from(JSON.parse(exportGraph(graph, 'graphology')));
    expect(back.order).toBe(expected.nodes.size);
    back.forEachNode((id, attrs) => {
      const want = expected.nodes.get(id)!;
      const { label, x, y, size, color, ...fields } = attrs;
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect({ label, x, y, size, color }).toEqual({ label: want.label, x: want.x, y: want.y, size: want.size, color: want.color });
      expect(fields).toEqual(want.fields);
      // Sigma reads `type` as the name of a drawing program: it must not carry the entity type.
      expect(fields['type']).toBeUndefined();
    });
    expect(back.size).toBe(expected.edges.size);
    back.forEachEdge((key, attrs, source, target) => {
      const want = expected.edges.get(key)!;
      const { label, type, size, color, weight, lineStyle, ...fields } = attrs;
      expect({ source, target, label, type, weight, lineStyle }).toEqual({ source: want.source, target: want.target, label: want.label, type: 'arrow', weight: want.weight, lineStyle: want.lineStyle });
      expect(typeof size).toBe('number');
      expect(color).toMatch(/^(#[0-9A-F]{6}|rgba\(\d+,\d+,\d+,[\d.]+\))$/);
      expect(fields).toEqual(want.fields);
    });
  });

  it('load into Cytoscape.js (headless) with the same elements, positions and data', () => {
    const doc = JSON.parse(exportGraph(graph, 'cytoscape'));
    // 'preset' takes the positions from the file; Cytoscape's default 'null' layout puts all at 0,0.
    const cy = cytoscape({ headless: true, elements: doc.elements, layout: { name: 'preset' } });
    expect(cy.nodes().length).toBe(expected.nodes.size);
    cy.nodes().forEach((n) => {
      const want = expected.nodes.get(n.id())!;
      const { id, name, label, color, size, ...fields } = n.data();
      expect({ id, name, label, color, size }).toEqual({ id: want.id, name: want.label, label: want.label, color: want.color, size: want.size });
      expect(fields).toEqual(want.fields);
      expect(n.position()).toEqual({ x: want.x, y: want.y });
    });
    expect(cy.edges().length).toBe(expected.edges.size);
    cy.edges().forEach((e) => {
      const want = expected.edges.get(e.id())!;
      const { id, source, target, label, interaction, color, opacity, lineStyle, width, weight, ...fields } = e.data();
      expect({ id, source, target, label, interaction, color, lineStyle, weight }).toEqual({
        id: want.id,
        source: want.source,
        target: want.target,
        label: want.label,
        interaction: want.fields['relationType'],
        color: want.color,
        lineStyle: want.lineStyle,
        weight: want.weight,
      });
      expect(opacity).toBeGreaterThan(0);
      expect(width).toBeGreaterThan(0);
      expect(fields).toEqual(want.fields);
    });
  });
});
