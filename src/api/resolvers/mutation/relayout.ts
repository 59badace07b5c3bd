import type { ApiContext } from '../../context.js';
import { bounded } from '../../errors.js';
import { relayoutAll } from '../../graph/positions.js';

const MAX_ITERATIONS = 2000;

/** Mutation.relayout: runs on a worker thread; queries keep being answered meanwhile. */
export async function relayout(_: unknown, args: { seed?: number | null; iterations?: number | null }, ctx: ApiContext) {
  const seed = args.seed ?? 1;
  const iterations = args.iterations == null ? null : bounded('relayout', 'iterations', args.iterations, 0, 1, MAX_ITERATIONS);
  return relayoutAll(ctx.state, { seed, iterations });
}
