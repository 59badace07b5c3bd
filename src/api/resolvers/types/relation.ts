import type { ApiContext } from '../../context.js';
import type { PageArgs } from '../../graph/connection.js';
import { connection } from '../../graph/connection.js';
import type { RelationRef } from '../../graph/refs.js';

/** Relation: the plain fields are RelationRef's getters. */
export const Relation = {
  evidence: (r: RelationRef, args: PageArgs, ctx: ApiContext) =>
    connection('Relation.evidence', r.a.evidence, args, ctx.state.options.limits.maxPageSize, (e) => e),
};
