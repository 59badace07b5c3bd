import { describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../src/core/errors.js';
import { FORMAT_NAMES, exportGraph, filterGraph, type ExportFilter } from '../../src/export/index.js';
import { fixtureStore } from '../fixtures/graph.js';

const graph = fixtureStore().graph;

describe('export filter', () => {
  it('returns the graph itself when there is nothing to filter', () => {
    expect(filterGraph(graph)).toBe(graph);
    expect(filterGraph(graph, {})).toBe(graph);
  });

  it.each<[string, ExportFilter, string[], string[]]>([
    [
      'entity types',
      { types: ['ARMED_GROUP', 'PLACE'] },
      ['armed_group:fardc', 'armed_group:m23', 'armed_group:rdf', 'place:216281', 'place:217831', 'place:walikale'],
      ['armed_group:m23|CAPTURED|place:216281', 'armed_group:m23|CAPTURED|place:217831', 'armed_group:m23|CAPTURED|place:walikale', 'armed_group:rdf|BACKS|armed_group:m23'],
    ],
    ['statuses', { statuses: ['CLAIMED', 'DENIED'] }, [], ['armed_group:rdf|BACKS|armed_group:m23', 'country:BDI|BACKS|armed_group:m23']],
    ['relation types and confidence', { relationTypes: ['CAPTURED'], minConfidence: 0.9 }, [], ['armed_group:m23|CAPTURED|place:walikale']],
    ['a neighbourhood', { around: { id: 'place:216281', depth: 1 } }, ['armed_group:m23', 'place:216281'], ['armed_group:m23|CAPTURED|place:216281']],
    [
      'a neighbourhood over some relations only',
      { around: { id: 'armed_group:m23', depth: 1 }, relationTypes: ['BACKS'] },
      ['armed_group:m23', 'armed_group:rdf', 'country:BDI', 'country:RWA'],
      ['armed_group:rdf|BACKS|armed_group:m23', 'country:BDI|BACKS|armed_group:m23', 'country:RWA|BACKS|armed_group:m23'],
    ],
  ])('keeps by %s', (_what, filter, nodes, edges) => {
    const out = filterGraph(graph, filter);
    // An empty node list means "every node": relation filters keep entities.
    expect(out.nodes().sort()).toEqual(nodes.length > 0 ? nodes : graph.nodes().sort());
    expect(out.edges().sort()).toEqual(edges);
  });

  it('reaches further with depth, in both directions', () => {
    const two = filterGraph(graph, { around: { id: 'place:216281', depth: 2 } }).nodes();
    expect(two).toEqual(expect.arrayContaining(['organisation:eu', 'country:RWA', 'organisation:unhrc', 'place:walikale']));
    expect(two).not.toContain('armed_group:fardc');
    expect(filterGraph(graph, { around: { id: 'place:216281', depth: 0 } }).nodes()).toEqual(['place:216281']);
  });

  it('shares attributes with the graph and leaves it as it was', () => {
    const order = graph.order;
    const out = filterGraph(graph, { types: ['PLACE'] });
    expect(out.getNodeAttributes('place:216281')).toBe(graph.getNodeAttributes('place:216281'));
    expect(graph.order).toBe(order);
  });

  it.each<[ExportFilter, typeof InputError, RegExp]>([
    [{ types: ['TANK' as never] }, InputError, /unknown types "TANK" \(expected PERSON, ARMED_GROUP/],
    [{ relationTypes: ['ATTACKED' as never] }, InputError, /unknown relationTypes "ATTACKED"/],
    [{ statuses: ['MAYBE' as never] }, InputError, /unknown statuses "MAYBE"/],
    [{ minConfidence: 2 }, InputError, /minConfidence must be a number from 0 to 1 \(got 2\)/],
    [{ around: { id: 'armed_group:m23', depth: -1 } }, InputError, /whole depth/],
    [{ around: { id: 'armed_group:nobody', depth: 1 } }, NotFoundError, /no entity with id "armed_group:nobody"/],
  ])('rejects %j', (filter, kind, message) => {
    expect(() => filterGraph(graph, filter)).toThrow(kind);
    expect(() => filterGraph(graph, filter)).toThrow(message);
  });

  it.each(FORMAT_NAMES)('applies to the %s format', (format) => {
    const full = exportGraph(graph, format);
    const part = exportGraph(graph, format, { filter: { around: { id: 'place:216281', depth: 1 } } });
    expect(full).toContain('Walikale');
    if (format !== 'csv-edges' && format !== 'geojson') expect(part).toContain('Goma');
    expect(part).not.toContain('Walikale');
  });
});
