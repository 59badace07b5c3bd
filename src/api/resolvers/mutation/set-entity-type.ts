import type { EntityType } from '../../../core/types.js';
import type { ApiContext } from '../../context.js';
import { requireEntity } from '../subgraph-result.js';
import { curationResult } from './curation.js';

/** Mutation.setEntityType. */
export async function setEntityType(_: unknown, args: { id: string; type: EntityType }, ctx: ApiContext) {
  const id = requireEntity(ctx, 'setEntityType', args.id);
  const change = await ctx.workspace.setType(id, args.type);
  return curationResult(ctx, id, 'SET_TYPE', change);
}
