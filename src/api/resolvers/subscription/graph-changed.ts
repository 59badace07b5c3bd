import { filter, pipe } from 'graphql-yoga';
import type { ApiContext } from '../../context.js';
import type { ChangeEvent, ChangeKind } from '../../change-feed.js';

/** Subscription.graphChanged, narrowed to `kinds` when given. */
export const graphChanged = {
  subscribe: (_: unknown, args: { kinds?: ChangeKind[] | null }, ctx: ApiContext) => {
    const kinds = args.kinds && args.kinds.length ? new Set(args.kinds) : null;
    const events = ctx.state.feed.subscribe();
    return kinds ? pipe(events, filter((e: ChangeEvent) => kinds.has(e.kind))) : events;
  },
  resolve: (event: ChangeEvent) => event,
};
