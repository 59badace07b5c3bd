import type { ExplorerGraph } from './graph-data.js';
import type { Renderer } from './renderer.js';

// Sigma finds the edge under the pointer in a half-resolution picking image, where a line
// one or two pixels wide is easily missed. A click on the background therefore also takes
// the nearest drawn edge within a few pixels, as an analyst aiming at a thin line means it.

export const EDGE_TOLERANCE_PX = 6;

type Point = { x: number; y: number };

/** Distance from p to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The visible edge nearest to a point of the viewport, if one is within `tolerance` pixels. */
export function nearestEdge(renderer: Renderer, graph: ExplorerGraph, at: Point, tolerance = EDGE_TOLERANCE_PX): string | null {
  const screen = new Map<string, Point | null>();
  const place = (node: string) => {
    if (!screen.has(node)) {
      const data = renderer.getNodeDisplayData(node);
      screen.set(node, data && !data.hidden ? renderer.framedGraphToViewport(data) : null);
    }
    return screen.get(node)!;
  };
  let best: string | null = null;
  let bestDistance = tolerance;
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (renderer.getEdgeDisplayData(edge)?.hidden) return;
    const a = place(source);
    const b = place(target);
    if (!a || !b) return;
    const d = distanceToSegment(at, a, b);
    if (d <= bestDistance) [best, bestDistance] = [edge, d];
  });
  return best;
}
