import { EDGE_FIELDS, NODE_FIELDS, type Field } from './fields.js';
import { clean, rgb } from './text.js';

// Helpers for the JSON formats: field values as JSON values, strings cleaned like every
// other format's, undefined fields left out.

export function fieldObject<A>(fields: readonly Field<A>[], attrs: A, into: Record<string, unknown>): Record<string, unknown> {
  for (const f of fields) {
    const v = f.get(attrs);
    if (v === undefined) continue;
    into[f.name] = typeof v === 'string' ? (f.plain ? v : clean(v)) : typeof v === 'number' ? v : v.map(clean);
  }
  return into;
}

export const nodeFields = <A>(attrs: A, into: Record<string, unknown>) => fieldObject(NODE_FIELDS as readonly Field<A>[], attrs, into);
export const edgeFields = <A>(attrs: A, into: Record<string, unknown>) => fieldObject(EDGE_FIELDS as readonly Field<A>[], attrs, into);

/** A position or size rounded as the XML formats write it, so that every format agrees. */
export function rounded(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : 0;
}

/** CSS `rgba()` for colours with opacity, which Sigma and browsers read. */
export function rgba(hex: string, alpha: number): string {
  if (alpha >= 1) return hex;
  const c = rgb(hex);
  return `rgba(${c.r},${c.g},${c.b},${alpha})`;
}
