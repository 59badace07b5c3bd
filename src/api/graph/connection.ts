import { badInput, bounded } from '../errors.js';

// Relay connections over an already filtered and sorted list. Cursors are
// opaque offsets (as in graphql-relay's arrayconnection), so a page is a slice;
// the list itself is cached per graph version (see caches.ts), which keeps
// paging through a big result cheap and stable while the graph is unchanged.

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
  /** Counts over all items, computed by the `aggregate` field resolver only when asked for. */
  aggregate?: () => unknown;
}

const PREFIX = 'ng:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(where: string, cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const offset = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw badInput(`${where}: "after" is not a cursor this API issued ("${cursor.slice(0, 40)}")`);
  }
  return offset;
}

/** Start offset and page size for `args`, checked against the page limit. */
export function pageWindow(where: string, args: PageArgs, defaultFirst: number, maxPage: number): { start: number; first: number } {
  const first = bounded(where, 'first', args.first, defaultFirst, 0, maxPage);
  const start = args.after ? decodeCursor(where, args.after) + 1 : 0;
  return { start, first };
}

/** One page of `items`, converting only the page's items with `toNode`. */
export function connection<I, T>(
  where: string,
  items: readonly I[],
  args: PageArgs,
  maxPage: number,
  toNode: (item: I) => T,
  aggregate?: () => unknown,
  defaultFirst = 20,
): Connection<T> {
  const { start, first } = pageWindow(where, args, defaultFirst, maxPage);
  const end = Math.min(items.length, start + first);
  const edges: { cursor: string; node: T }[] = [];
  for (let i = start; i < end; i++) edges.push({ cursor: encodeCursor(i), node: toNode(items[i]!) });
  const result: Connection<T> = {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
  if (aggregate) result.aggregate = aggregate;
  return result;
}
