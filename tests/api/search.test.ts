import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { editDistance, searchEntities } from '../../src/api/graph/search.js';
import { SearchIndex } from '../../src/api/graph/search-index.js';
import type { KnowledgeGraph } from '../../src/graph/store.js';

describe('editDistance', () => {
  it.each([
    ['kagame', 'kagme', 1], ['rwanda', 'rwnda', 1], ['abcd', 'abdc', 1], ['abc', 'xyz', 3],
    ['', 'abc', 3], ['tshisekedi', 'tshisekedi', 0], ['walikale', 'walikael', 1], ['goma', 'bukavu', 3],
  ])('%s -> %s: %d (capped at max + 1)', (a, b, expected) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(expected, 3));
  });
});

describe('searchEntities', () => {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  const add = (id: string, name: string, aliases: string[] = []) =>
    graph.addNode(id, { name, type: 'PERSON', aliases, mentionCount: 1, documentCount: 1, contributions: {} });
  add('a', 'Paul Kagame');
  add('b', 'Kagamé Stadium', ['Amahoro']);
  add('c', 'Kabila');
  add('d', 'Joseph Kabila', ['Kabila']);
  graph.addDirectedEdgeWithKey('e', 'c', 'a', { type: 'BACKS', status: 'ASSERTED', confidence: 1, documentCount: 1, evidence: [] });
  const index = new SearchIndex(graph);

  it.each([
    ['kabila', ['c', 'd']], // exact name before exact alias
    ['kagame', ['b', 'a']], // name prefix (accent folded) before word prefix
    ['kab', ['c', 'd']], // both prefixes: more relations first
    ['amahoro', ['b']],
    ['kagmae', ['a', 'b']], // one transposition away from both: more relations first
    ['zzz', []],
  ])('%s -> %j', (query, ids) => {
    expect(searchEntities(index, graph, query, null, 10)).toEqual(ids);
  });

  it('caps the page and skips near misses once the page is full', () => {
    expect(searchEntities(index, graph, 'ka', null, 1)).toEqual(['c']);
  });
});
