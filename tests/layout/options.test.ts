import { describe, expect, it } from 'vitest';
import { iterationsFor, resolveLayout } from '../../src/layout/options.js';
import { hashString, seededPoint } from '../../src/layout/random.js';

describe('layout options', () => {
  it.each([
    [10, 1000],
    [100, 500],
    [1000, 224],
    [10_000, 100],
    [1_000_000, 50],
  ])('runs %i nodes for %i iterations', (order, iterations) => {
    expect(iterationsFor(order)).toBeCloseTo(iterations, -1);
  });

  it('turns Barnes-Hut on from the threshold up, with Gephi`s approximation', () => {
    expect(resolveLayout(1999).settings.barnesHutOptimize).toBe(false);
    const big = resolveLayout(2000).settings;
    expect(big.barnesHutOptimize).toBe(true);
    expect(big.barnesHutTheta).toBe(1.2);
    expect(resolveLayout(50, { barnesHutThreshold: 10 }).settings.barnesHutOptimize).toBe(true);
  });

  it('infers settings from the graph and lets options override them', () => {
    const inferred = resolveLayout(100).settings;
    expect(inferred.strongGravityMode).toBe(true);
    expect(inferred.slowDown).toBeCloseTo(1 + Math.log(100));
    expect(resolveLayout(100, { settings: { gravity: 3 } }).settings.gravity).toBe(3);
  });

  it('grows noverlap`s grid with the graph', () => {
    expect(resolveLayout(10).noverlapSettings.gridSize).toBe(20);
    expect(resolveLayout(10_000).noverlapSettings.gridSize).toBe(200);
  });

  it('seeds starting points by node id, not by insertion order', () => {
    expect(seededPoint('country:RWA', 1, 10)).toEqual(seededPoint('country:RWA', 1, 10));
    expect(seededPoint('country:RWA', 1, 10)).not.toEqual(seededPoint('country:RWA', 2, 10));
    expect(hashString('a')).not.toBe(hashString('b'));
  });
});
