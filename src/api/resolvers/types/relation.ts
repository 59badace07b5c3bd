import type { ApiContext } from '../../context.js';
import type { PageArgs } from '../../graph/connection.js';
import { connection } from '../../graph/connection.js';
import type { RelationRef } from '../../graph/refs.js';
import { entityRefOf } from '../../graph/refs.js';

/** Relation: reads the live edge attributes. */
export const Relation = {
  id: (r: RelationRef) => r.id,
  type: (r: RelationRef) => r.a.type,
  source: (r: RelationRef, _: unknown, ctx: ApiContext) => entityRefOf(ctx.store, r.source),
  target: (r: RelationRef, _: unknown, ctx: ApiContext) => entityRefOf(ctx.store, r.target),
  status: (r: RelationRef) => r.a.status,
  confidence: (r: RelationRef) => r.a.confidence,
  documentCount: (r: RelationRef) => r.a.documentCount,
  cameo: (r: RelationRef) => r.a.cameo ?? null,
  firstSeen: (r: RelationRef) => r.a.firstSeen ?? null,
  lastSeen: (r: RelationRef) => r.a.lastSeen ?? null,
  evidence: (r: RelationRef, args: PageArgs, ctx: ApiContext) =>
    connection('Relation.evidence', r.a.evidence, args, ctx.state.options.limits.maxPageSize, (e) => e),
};
