import type { NodeAttributes } from '../../../graph/types.js';
import type { ApiContext } from '../../context.js';
import type { PageArgs } from '../../graph/connection.js';
import type { Direction } from '../../filters/sort.js';
import { comparator } from '../../filters/sort.js';
import type { EntityWhere } from '../../filters/where.js';
import { entityTest } from '../../filters/where.js';
import { entityConnection, whereEnv } from '../lists.js';

export interface EntitiesArgs extends PageArgs {
  where?: EntityWhere | null;
  sort?: Record<string, Direction | null>[] | null;
}

type Item = { id: string; a: NodeAttributes };

/** Query.entities: filter, sort (cached per graph version), then page. */
export function entities(_: unknown, args: EntitiesArgs, ctx: ApiContext) {
  const key = `entities:${JSON.stringify([args.where ?? null, args.sort ?? null])}`;
  const ids = ctx.state.caches.list(key, () => {
    const test = entityTest(args.where, whereEnv(ctx));
    const items: Item[] = [];
    ctx.store.graph.forEachNode((id, a) => {
      if (test(id, a)) items.push({ id, a });
    });
    items.sort(entityComparator(ctx, 'entities', args.sort));
    return items.map((i) => i.id);
  });
  return entityConnection(ctx, 'entities', ids, args);
}

export function entityComparator(ctx: ApiContext, where: string, sort: EntitiesArgs['sort']) {
  const graph = ctx.store.graph;
  return comparator<Item>(where, sort, {
    id: (i) => i.id,
    name: (i) => ctx.state.caches.search.names(i.id)[0] ?? i.a.name,
    type: (i) => i.a.type,
    degree: (i) => graph.degree(i.id),
    mentionCount: (i) => i.a.mentionCount,
    documentCount: (i) => i.a.documentCount,
    pagerank: (i) => ctx.state.caches.metrics.pagerank(i.id),
    firstSeen: (i) => i.a.firstSeen,
    lastSeen: (i) => i.a.lastSeen,
  }, [{ degree: 'DESC' }], (i) => i.id);
}
