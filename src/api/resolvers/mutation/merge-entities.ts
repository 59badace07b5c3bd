import type { ApiContext } from '../../context.js';
import { badInput } from '../../errors.js';
import { requireEntity } from '../subgraph-result.js';
import { curationResult } from './curation.js';

const MAX_MERGE = 100;

/** Mutation.mergeEntities: ids are followed through earlier merges before the workspace journals them. */
export async function mergeEntities(_: unknown, args: { ids: string[]; into: string }, ctx: ApiContext) {
  if (args.ids.length === 0 || args.ids.length > MAX_MERGE) {
    throw badInput(`mergeEntities: ids must list 1 to ${MAX_MERGE} entities, got ${args.ids.length}`);
  }
  const into = requireEntity(ctx, 'mergeEntities: into', args.into);
  const ids = args.ids.map((id) => requireEntity(ctx, 'mergeEntities: ids', id));
  const change = await ctx.workspace.merge(ids, into);
  return curationResult(ctx, into, 'MERGE', change);
}
