import type { KnowledgeGraph } from '../graph/store.js';
import { seededPoint } from './random.js';

/**
 * Starting positions, as [x0, y0, x1, y1, ...] in graph order. With `incremental`, nodes
 * that have finite x/y keep them and new nodes start at the mean of their placed
 * neighbours (slightly off it, so that two newcomers do not coincide), which makes a
 * refresh after an ingest move the picture little. Everything else starts at a point
 * fixed by its id and the seed. `placed` marks the nodes that kept their x/y.
 */
export function initialPositions(graph: KnowledgeGraph, seed: number, incremental: boolean): { xy: Float32Array; placed: Uint8Array } {
  const index = new Map<string, number>();
  const xy = new Float32Array(graph.order * 2);
  const placed = new Uint8Array(graph.order);
  let i = 0;
  let anyPlaced = false;
  graph.forEachNode((id, attrs) => {
    index.set(id, i);
    if (incremental && Number.isFinite(attrs.x) && Number.isFinite(attrs.y)) {
      xy[2 * i] = attrs.x!;
      xy[2 * i + 1] = attrs.y!;
      placed[i] = 1;
      anyPlaced = true;
    }
    i++;
  });
  // A disc whose area grows with the number of nodes, as a settled layout's does.
  const radius = 10 * Math.sqrt(Math.max(graph.order, 1));
  const kept = placed.slice();
  if (anyPlaced) placeNearNeighbours(graph, index, xy, placed, seed, radius);
  i = 0;
  graph.forEachNode((id) => {
    if (!placed[i]) {
      const p = seededPoint(id, seed, radius);
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    }
    i++;
  });
  return { xy, placed: kept };
}

/** Rounds of "start at the mean of your placed neighbours", so chains of new nodes follow. */
function placeNearNeighbours(
  graph: KnowledgeGraph,
  index: Map<string, number>,
  xy: Float32Array,
  placed: Uint8Array,
  seed: number,
  radius: number,
): void {
  const jitter = radius / Math.max(10, Math.sqrt(graph.order) * 4);
  for (let round = 0; round < 8; round++) {
    const newly: [number, number, number][] = [];
    graph.forEachNode((id) => {
      const i = index.get(id)!;
      if (placed[i]) return;
      let sx = 0;
      let sy = 0;
      let n = 0;
      graph.forEachNeighbor(id, (neighbour) => {
        const j = index.get(neighbour)!;
        if (!placed[j]) return;
        sx += xy[2 * j]!;
        sy += xy[2 * j + 1]!;
        n++;
      });
      if (n === 0) return;
      const offset = seededPoint(id, seed, jitter);
      newly.push([i, sx / n + offset.x, sy / n + offset.y]);
    });
    if (newly.length === 0) return;
    // Placed after the round, so the result does not depend on iteration order within it.
    for (const [i, x, y] of newly) {
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
      placed[i] = 1;
    }
  }
}
