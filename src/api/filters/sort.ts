import type { RelationStatus } from '../../core/types.js';
import type { DocumentRecord } from '../../graph/types.js';
import { badInput } from '../errors.js';

// `sort: [{field: ASC}, ...]` compiled to one comparator. Each element names
// one field; later elements break ties; the id breaks any tie left so that
// pages are stable. Missing values sort last whatever the direction.

export type Direction = 'ASC' | 'DESC';
type Key<T> = (item: T) => string | number | undefined;

export function comparator<T>(where: string, sort: readonly Record<string, Direction | null | undefined>[] | null | undefined, keys: Record<string, Key<T>>, fallback: readonly Record<string, Direction>[], idOf: (item: T) => string): (a: T, b: T) => number {
  const steps: { key: Key<T>; sign: number }[] = [];
  for (const element of sort && sort.length ? sort : fallback) {
    for (const [field, direction] of Object.entries(element)) {
      if (direction == null) continue;
      const key = keys[field];
      if (!key) throw badInput(`${where}: cannot sort by "${field}"`);
      steps.push({ key, sign: direction === 'DESC' ? -1 : 1 });
    }
  }
  return (a, b) => {
    for (const { key, sign } of steps) {
      const x = key(a);
      const y = key(b);
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      return (x < y ? -1 : 1) * sign;
    }
    const ia = idOf(a);
    const ib = idOf(b);
    return ia === ib ? 0 : ia < ib ? -1 : 1;
  };
}

export const STATUS_ORDER: Record<RelationStatus, number> = { ASSERTED: 0, CLAIMED: 1, DENIED: 2, NEGATED: 3, HYPOTHETICAL: 4 };

export const DOCUMENT_SORT_KEYS: Record<string, Key<DocumentRecord>> = {
  id: (d) => d.id,
  title: (d) => d.title,
  source: (d) => d.source,
  publishedAt: (d) => d.publishedAt,
  ingestedAt: (d) => d.ingestedAt,
  chars: (d) => d.chars,
};
