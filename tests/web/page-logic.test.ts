import { describe, expect, it } from 'vitest';
import { safeUrl, typeLabel } from '../../src/web/dom.js';
import { triggerParts } from '../../src/web/evidence.js';
import { applySnapshot, emptyGraph, type GraphSnapshot } from '../../src/web/graph-data.js';
import { coalesce } from '../../src/web/live.js';
import { distanceToSegment } from '../../src/web/pick.js';
import { DIMMED_NODE, edgeReducer, focusOnNode, initialViewState, nodeReducer } from '../../src/web/view-state.js';

// The explorer page's logic that needs no browser: trigger marking, URL checks, merging a
// new export into the drawn graph, and what the filters and the focus hide or dim.

const SENTENCE = 'Rwanda-backed M23 rebels captured the town of Walikale in Congo.';

describe('triggerParts', () => {
  it.each([
    ['offsets into the document', 100, { start: 125, end: 133, text: 'captured' }, ['Rwanda-backed M23 rebels ', 'captured', ' the town of Walikale in Congo.']],
    ['offsets that miss: first occurrence of the text', 0, { start: 3, end: 11, text: 'captured' }, ['Rwanda-backed M23 rebels ', 'captured', ' the town of Walikale in Congo.']],
    ['a trigger at the very start', 10, { start: 10, end: 23, text: 'Rwanda-backed' }, ['', 'Rwanda-backed', ' M23 rebels captured the town of Walikale in Congo.']],
    ['a trigger not in the sentence', 0, { start: 0, end: 5, text: 'seized' }, [SENTENCE, '', '']],
    ['no trigger', 0, null, [SENTENCE, '', '']],
  ] as const)('%s', (_name, start, trigger, expected) => {
    expect(triggerParts(SENTENCE, start, trigger)).toEqual(expected);
  });
});

describe('page helpers', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['not a url', null],
    [null, null],
  ])('safeUrl(%j) = %j', (url, expected) => expect(safeUrl(url)).toBe(expected));

  it('names types in words', () => {
    expect(['ARMED_GROUP', 'PLACE', 'HYPOTHETICAL'].map(typeLabel)).toEqual(['Armed group', 'Place', 'Hypothetical']);
  });
});

const node = (key: string, x: number, entityType = 'PLACE') => ({ key, attributes: { label: key, x, y: x, size: 4, color: '#000000', entityType } });
const edge = (source: string, target: string, relationType = 'CAPTURED', confidence = 0.9, status = 'ASSERTED') =>
  ({ key: `${source}|${relationType}|${target}`, source, target, attributes: { label: relationType, size: 1, color: '#111111', type: 'arrow', relationType, status, confidence } });
const snapshot = (nodes: ReturnType<typeof node>[], edges: ReturnType<typeof edge>[]) =>
  ({ attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes, edges }) as unknown as GraphSnapshot;

describe('applySnapshot', () => {
  it('adds, updates and drops in place; nodes keep their drawn place and get a target; new ones start at a neighbour', () => {
    const graph = emptyGraph();
    applySnapshot(graph, snapshot([node('a', 0), node('b', 10), node('gone', 5)], [edge('a', 'b'), edge('a', 'gone')]));
    graph.updateNodeAttributes('a', (attrs) => ({ ...attrs, x: 0, y: 0 }));
    const targets = applySnapshot(graph, snapshot([node('a', 1), node('b', 12), node('c', 30)], [edge('a', 'b'), edge('b', 'c', 'BACKS')]));
    expect(graph.nodes().sort()).toEqual(['a', 'b', 'c']);
    expect(graph.edges().sort()).toEqual(['a|CAPTURED|b', 'b|BACKS|c']);
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 0, y: 0 });
    expect(graph.getNodeAttributes('c')).toMatchObject({ x: 10, y: 10, label: 'c' });
    expect(targets).toEqual({ a: { x: 1, y: 1 }, b: { x: 12, y: 12 }, c: { x: 30, y: 30 } });
  });
});

describe('reducers', () => {
  const graph = emptyGraph();
  applySnapshot(graph, snapshot(
    [node('m', 0, 'ARMED_GROUP'), node('p', 1), node('q', 2), node('far', 3, 'PERSON')],
    [edge('m', 'p'), edge('m', 'q', 'CAPTURED', 0.4, 'CLAIMED'), edge('far', 'q', 'BACKS')],
  ));
  const state = initialViewState();
  const nodes = nodeReducer(state);
  const edges = edgeReducer(state, graph);
  // Sigma passes the reducers a copy of the attributes, which they may change.
  const at = (id: string) => nodes(id, { ...graph.getNodeAttributes(id) });
  const line = (id: string) => edges(id, { ...graph.getEdgeAttributes(id) });

  it('hides entity types, relation types, statuses and low confidence', () => {
    state.filters.hiddenEntityTypes.add('PERSON');
    state.filters.minConfidence = 0.5;
    expect(at('far').hidden).toBe(true);
    expect(line('far|BACKS|q').hidden).toBe(true);
    expect(line('m|CAPTURED|q').hidden).toBe(true);
    expect(line('m|CAPTURED|p').hidden).toBeFalsy();
    state.filters.hiddenStatuses.add('ASSERTED');
    expect(line('m|CAPTURED|p').hidden).toBe(true);
    Object.assign(state, initialViewState());
  });

  it('keeps the focused entity and its neighbours bright and labelled, and dims the rest', () => {
    state.focus = focusOnNode(graph, 'm');
    expect(at('m')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(at('q')).toMatchObject({ forceLabel: true });
    expect(at('far')).toMatchObject({ color: DIMMED_NODE, label: null });
    state.focus = null;
  });
});

describe('distanceToSegment', () => {
  const a = { x: 0, y: 0 };
  const b = { x: 10, y: 0 };
  it.each([
    ['above the middle', { x: 5, y: 3 }, 3],
    ['on the line', { x: 7, y: 0 }, 0],
    ['past the end', { x: 13, y: 4 }, 5],
    ['before the start', { x: -3, y: -4 }, 5],
  ])('%s', (_name, p, expected) => expect(distanceToSegment(p, a, b)).toBeCloseTo(expected));
  it('a segment of no length is its point', () => expect(distanceToSegment({ x: 3, y: 4 }, a, a)).toBe(5));
});

describe('coalesce', () => {
  it('runs a burst of calls as the one in progress plus one more', async () => {
    let runs = 0;
    const release: (() => void)[] = [];
    const load = coalesce(() => new Promise<void>((resolve) => (runs++, release.push(resolve))));
    void load();
    void load();
    void load();
    expect(runs).toBe(1);
    release.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    release.shift()!();
  });
});
