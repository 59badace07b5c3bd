import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../src/graph/store.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/graph/types.js';
import {
  assignLayout,
  computeLayout,
  computeLayoutInWorker,
  countOverlaps,
  iterationsFor,
  nodeSizes,
  refreshLayout,
  type LayoutMapping,
} from '../../src/layout/index.js';
import { seedStore } from '../fixtures/graph.js';
// @ts-expect-error plain JS module shared with the benchmark scripts
import { generateGraph } from '../../scripts/bench-layout-graph.mjs';

const generated = (nodes: number, edges: number): KnowledgeGraph => generateGraph({ nodes, edges }) as KnowledgeGraph;

function overlapsOf(graph: KnowledgeGraph, positions: LayoutMapping): number {
  const sizes = nodeSizes(graph);
  return countOverlaps(graph.nodes().map((id, i) => ({ ...positions[id]!, size: sizes[i]! })));
}

describe('layout', () => {
  it('gives the same positions for the same graph and seed, built twice', () => {
    const a = computeLayout(seedStore().graph, { seed: 7 });
    const b = computeLayout(seedStore().graph, { seed: 7 });
    expect(a.positions).toEqual(b.positions);
    const c = computeLayout(seedStore().graph, { seed: 8 });
    expect(c.positions).not.toEqual(a.positions);
  });

  it('places every node at finite coordinates, with no two discs overlapping', () => {
    const graph = seedStore().graph;
    const result = computeLayout(graph);
    expect(Object.keys(result.positions).sort()).toEqual(graph.nodes().sort());
    for (const p of Object.values(result.positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(result.noverlapConverged).toBe(true);
    expect(overlapsOf(graph, result.positions)).toBe(0);
  });

  it('leaves no overlaps on a 3,000-node graph either, with Barnes-Hut on', () => {
    const graph = generated(3000, 9000);
    const result = computeLayout(graph);
    expect(result.barnesHut).toBe(true);
    expect(result.noverlapConverged).toBe(true);
    expect(overlapsOf(graph, result.positions)).toBe(0);
  });

  it('gives identical positions on a worker thread and on this one', async () => {
    const graph = generated(500, 1500);
    const here = computeLayout(graph, { seed: 3 });
    const there = await computeLayoutInWorker(graph, { seed: 3 });
    expect(there.positions).toEqual(here.positions);
    expect(there.iterations).toBe(here.iterations);
  });

  it('writes x/y on the nodes with assign, and computeLayout leaves the graph alone', () => {
    const graph = seedStore().graph;
    computeLayout(graph);
    graph.forEachNode((_id, attrs) => expect(attrs.x).toBeUndefined());
    const stats = assignLayout(graph);
    expect(stats.nodes).toBe(graph.order);
    graph.forEachNode((_id, attrs) => expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true));
  });

  it('refreshes incrementally: old nodes stay close, a new node starts by its neighbour', async () => {
    const graph = seedStore().graph;
    assignLayout(graph);
    const before = Object.fromEntries(graph.mapNodes((id, a) => [id, { x: a.x!, y: a.y! }]));
    const extent = Math.max(...Object.values(before).map((p) => Math.hypot(p.x, p.y)));
    graph.addNode('place:kinshasa', { name: 'Kinshasa', type: 'PLACE', aliases: [], mentionCount: 1, documentCount: 1, contributions: {} });
    graph.addDirectedEdgeWithKey('armed_group:m23|CAPTURED|place:kinshasa', 'armed_group:m23', 'place:kinshasa', edge());
    await refreshLayout(graph, { iterations: 30 });
    const moved = Object.entries(before).map(([id, p]) => Math.hypot(graph.getNodeAttribute(id, 'x')! - p.x, graph.getNodeAttribute(id, 'y')! - p.y));
    // A fresh layout from random starting points moves nodes by about the picture's size.
    expect(median(moved)).toBeLessThan(extent * 0.25);
    const m23 = graph.getNodeAttributes('armed_group:m23');
    const kinshasa = graph.getNodeAttributes('place:kinshasa');
    expect(Math.hypot(kinshasa.x! - m23.x!, kinshasa.y! - m23.y!)).toBeLessThan(extent);
  });

  it('runs ForceAtlas2 on the linked nodes only and rings the isolated ones around them', () => {
    const graph = generated(40, 80);
    const linked = graph.filterNodes((id) => graph.degree(id) > 0);
    for (let i = 0; i < 3000; i++) graph.addNode(`place:lone-${i}`, { name: `Lone ${i}`, type: 'PLACE', aliases: [], mentionCount: 1 + (i % 5), documentCount: 1, contributions: {} });
    const result = computeLayout(graph);
    // Settings and iterations follow the linked part: 40-odd nodes, not 3,040.
    expect(result.barnesHut).toBe(false);
    expect(result.iterations).toBe(iterationsFor(linked.length));
    expect(result.noverlapConverged).toBe(true);
    expect(overlapsOf(graph, result.positions)).toBe(0);
    const centre = { x: mean(linked.map((id) => result.positions[id]!.x)), y: mean(linked.map((id) => result.positions[id]!.y)) };
    const distance = (id: string): number => Math.hypot(result.positions[id]!.x - centre.x, result.positions[id]!.y - centre.y);
    const outermostLinked = Math.max(...linked.map(distance));
    const lone = graph.filterNodes((id) => graph.degree(id) === 0 && id.startsWith('place:lone-'));
    expect(Math.min(...lone.map(distance))).toBeGreaterThan(outermostLinked);
    // Sized by mentions, the most mentioned sit nearest.
    const bySize = computeLayout(graph, { display: { sizeBy: 'mentions' } }).positions;
    const from = (id: string): number => Math.hypot(bySize[id]!.x - centre.x, bySize[id]!.y - centre.y);
    const big = lone.filter((id) => graph.getNodeAttribute(id, 'mentionCount') === 5);
    const small = lone.filter((id) => graph.getNodeAttribute(id, 'mentionCount') === 1);
    expect(Math.max(...big.map(from))).toBeLessThan(Math.min(...small.map(from)));
  });

  it('keeps an isolated node where it was on a refresh', () => {
    const graph = seedStore().graph;
    graph.addNode('place:ketavi', { name: 'Ketavi', type: 'PLACE', aliases: [], mentionCount: 1, documentCount: 1, contributions: {} });
    assignLayout(graph);
    const before = graph.getNodeAttributes('place:ketavi');
    graph.addNode('place:lumara', { name: 'Lumara', type: 'PLACE', aliases: [], mentionCount: 1, documentCount: 1, contributions: {} });
    assignLayout(graph);
    const after = graph.getNodeAttributes('place:ketavi');
    expect(Math.hypot(after.x! - before.x!, after.y! - before.y!)).toBeLessThan(1e-3);
    expect(Number.isFinite(graph.getNodeAttribute('place:lumara', 'x'))).toBe(true);
  });

  it('stops at the time budget and says so', () => {
    const result = computeLayout(generated(3000, 9000), { iterations: 1000, timeBudgetMs: 50 });
    expect(result.stoppedEarly).toBe(true);
    expect(result.iterations).toBeLessThan(1000);
  });

  it('handles empty and one-node graphs', () => {
    const empty = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    expect(computeLayout(empty).positions).toEqual({});
    empty.addNode('a', { name: 'A', type: 'PERSON', aliases: [], mentionCount: 1, documentCount: 1, contributions: {} });
    const one = computeLayout(empty).positions['a']!;
    expect(Number.isFinite(one.x) && Number.isFinite(one.y)).toBe(true);
  });

  it('rejects bad options with a message naming them', () => {
    const graph = seedStore().graph;
    expect(() => computeLayout(graph, { iterations: 0 })).toThrow(/iterations must be a positive integer/);
    expect(() => computeLayout(graph, { timeBudgetMs: -1 })).toThrow(/timeBudgetMs/);
    expect(() => computeLayout(graph, { display: { sizeBy: 'nope' as never } })).toThrow(/sizeBy/);
  });
});

function edge(): EdgeAttributes {
  return { type: 'CAPTURED', status: 'ASSERTED', confidence: 0.9, documentCount: 1, evidence: [] };
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
