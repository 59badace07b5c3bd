import type { EdgeAttributes } from '../../../graph/types.js';
import type { ApiContext } from '../../context.js';
import type { PageArgs } from '../../graph/connection.js';
import type { Direction } from '../../filters/sort.js';
import { comparator, STATUS_ORDER } from '../../filters/sort.js';
import type { RelationWhere } from '../../filters/where.js';
import { relationTest } from '../../filters/where.js';
import { relationConnection, whereEnv } from '../lists.js';

export interface RelationsArgs extends PageArgs {
  where?: RelationWhere | null;
  sort?: Record<string, Direction | null>[] | null;
}

export type RelationItem = { id: string; a: EdgeAttributes };

/** Query.relations: filter, sort (cached per graph version), then page. */
export function relations(_: unknown, args: RelationsArgs, ctx: ApiContext) {
  const key = `relations:${JSON.stringify([args.where ?? null, args.sort ?? null])}`;
  const keys = ctx.state.caches.list(key, () => {
    const test = relationTest(args.where, whereEnv(ctx));
    const items: RelationItem[] = [];
    ctx.store.graph.forEachEdge((id, a, s, t) => {
      if (test(id, a, s, t)) items.push({ id, a });
    });
    items.sort(relationComparator('relations', args.sort));
    return items.map((i) => i.id);
  });
  return relationConnection(ctx, 'relations', keys, args);
}

export function relationComparator(where: string, sort: RelationsArgs['sort']) {
  return comparator<RelationItem>(where, sort, {
    id: (i) => i.id,
    type: (i) => i.a.type,
    status: (i) => STATUS_ORDER[i.a.status],
    confidence: (i) => i.a.confidence,
    documentCount: (i) => i.a.documentCount,
    firstSeen: (i) => i.a.firstSeen,
    lastSeen: (i) => i.a.lastSeen,
  }, [{ confidence: 'DESC' }], (i) => i.id);
}
