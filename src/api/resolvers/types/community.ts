import type { ApiContext } from '../../context.js';
import { bounded } from '../../errors.js';
import { entityRefOf } from '../../graph/refs.js';

const MAX_MEMBERS = 100;

/** Community: members are kept highest degree first (see GraphMetrics.communities). */
export const Community = {
  members: (c: { ids: string[] }, args: { first?: number | null }, ctx: ApiContext) => {
    const first = bounded('Community.members', 'first', args.first, 10, 0, MAX_MEMBERS);
    return c.ids.slice(0, first).map((id) => entityRefOf(ctx.store, id));
  },
};
