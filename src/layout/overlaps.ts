/**
 * Pairs of discs that overlap: centres closer than the sum of their radii. A uniform grid
 * with cells as wide as the largest disc keeps it near linear; used by tests and benchmarks.
 */
export function countOverlaps(points: readonly { x: number; y: number; size: number }[]): number {
  const cell = 2 * Math.max(1e-9, ...points.map((p) => p.size));
  const grid = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  });
  let overlaps = 0;
  points.forEach((p, i) => {
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j <= i) continue;
          const q = points[j]!;
          if (Math.hypot(p.x - q.x, p.y - q.y) < p.size + q.size) overlaps++;
        }
      }
    }
  });
  return overlaps;
}
