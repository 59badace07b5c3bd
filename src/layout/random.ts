// Seeded randomness for layouts: a node's starting point depends only on its id and the
// seed, so the same graph and seed give the same picture whatever order nodes were added in.

/** 32-bit FNV-1a hash of `text`, started from `seed`. */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small, fast PRNG with a 32-bit state; returns numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A point in the disc of radius `radius`, uniform by area, fixed by `id` and `seed`. */
export function seededPoint(id: string, seed: number, radius: number): { x: number; y: number } {
  const random = createRandom(hashString(id, seed));
  const angle = 2 * Math.PI * random();
  const r = radius * Math.sqrt(random());
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}
