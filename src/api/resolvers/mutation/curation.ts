import type { GraphChange } from '../../../graph/types.js';
import type { ApiContext } from '../../context.js';
import type { ChangeKind } from '../../change-feed.js';
import { toEvent } from '../../change-feed.js';
import { entityRef } from '../../graph/refs.js';

/** The CurationResult type: the entity as it is after the change, and the change. */
export function curationResult(ctx: ApiContext, id: string, kind: ChangeKind, change: GraphChange) {
  return { entity: entityRef(ctx.store, id), change: toEvent(change, kind, new Date().toISOString(), ctx.store.version) };
}

