import type { ApiContext } from '../context.js';
import type { PathIds } from '../graph/paths.js';
import type { SubgraphIds, SubgraphRefs } from '../graph/traverse.js';
import { entityRef, entityRefOf, relationRefOf } from '../graph/refs.js';
import { NotFoundError } from '../../core/errors.js';

/** The node id for an argument, or a NOT_FOUND error naming the field and the id. */
export function requireEntity(ctx: ApiContext, where: string, id: string): string {
  const ref = entityRef(ctx.store, id);
  if (!ref) throw new NotFoundError(`${where}: no entity with id "${id}"`);
  return ref.id;
}

export function subgraphResult(ctx: ApiContext, ids: SubgraphIds): SubgraphRefs {
  return {
    nodes: ids.nodes.map((id) => entityRefOf(ctx.store, id)),
    edges: ids.edges.map((key) => relationRefOf(ctx.store, key)),
    truncated: ids.truncated,
  };
}

export function pathResult(ctx: ApiContext, path: PathIds) {
  return {
    length: path.edges.length,
    nodes: path.nodes.map((id) => entityRefOf(ctx.store, id)),
    edges: path.edges.map((key) => relationRefOf(ctx.store, key)),
  };
}
