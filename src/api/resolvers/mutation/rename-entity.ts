import type { ApiContext } from '../../context.js';
import { badInput } from '../../errors.js';
import { requireEntity } from '../subgraph-result.js';
import { curationResult } from './curation.js';

const MAX_NAME = 200;

/** Mutation.renameEntity. */
export async function renameEntity(_: unknown, args: { id: string; name: string }, ctx: ApiContext) {
  const name = args.name.trim();
  if (!name || name.length > MAX_NAME) throw badInput(`renameEntity: name must be 1 to ${MAX_NAME} characters, got ${name.length}`);
  const id = requireEntity(ctx, 'renameEntity', args.id);
  const change = await ctx.workspace.rename(id, name);
  return curationResult(ctx, id, 'RENAME', change);
}
