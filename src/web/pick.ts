import type { ExplorerGraph } from './graph-data.js';
import type { Renderer } from './renderer.js';

// What is under the pointer, found by geometry in viewport pixels rather than by sigma's
// picking passes (see renderer.ts): the node whose disc holds the point (a few pixels of
// slack for small ones), else the nearest drawn edge within a few pixels, as an analyst
// aiming at a thin line means it.

export const EDGE_TOLERANCE_PX = 6;
const NODE_SLACK_PX = 3;

type Point = { x: number; y: number };

/** Distance from p to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The visible node under a point of the viewport: of those whose disc (plus slack) holds it, the nearest centre. */
export function nodeAt(renderer: Renderer, graph: ExplorerGraph, at: Point): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  graph.forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const p = renderer.framedGraphToViewport(data);
    const d = Math.hypot(p.x - at.x, p.y - at.y);
    if (d <= renderer.scaleSize(data.size) + NODE_SLACK_PX && d < bestDistance) [best, bestDistance] = [node, d];
  });
  return best;
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
