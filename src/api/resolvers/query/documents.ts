import type { DocumentRecord } from '../../../graph/types.js';
import type { ApiContext } from '../../context.js';
import type { PageArgs } from '../../graph/connection.js';
import type { Direction } from '../../filters/sort.js';
import { comparator, DOCUMENT_SORT_KEYS } from '../../filters/sort.js';
import type { DocumentWhere } from '../../filters/where.js';
import { documentTest } from '../../filters/where.js';
import { documentConnection, whereEnv } from '../lists.js';

export interface DocumentsArgs extends PageArgs {
  where?: DocumentWhere | null;
  sort?: Record<string, Direction | null>[] | null;
}

/** Query.documents: filter, sort (cached per graph version), then page. */
export function documents(_: unknown, args: DocumentsArgs, ctx: ApiContext) {
  const key = `documents:${JSON.stringify([args.where ?? null, args.sort ?? null])}`;
  const ids = ctx.state.caches.list(key, () => {
    const test = documentTest(args.where, whereEnv(ctx));
    const records = [...ctx.store.documents.values()].filter(test);
    records.sort(comparator<DocumentRecord>('documents', args.sort, DOCUMENT_SORT_KEYS, [{ ingestedAt: 'ASC' }], (d) => d.id));
    return records.map((d) => d.id);
  });
  return documentConnection(ctx, 'documents', ids, args);
}
