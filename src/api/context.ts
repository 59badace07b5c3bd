import type { GraphStore } from '../graph/store.js';
import type { Workspace } from '../persist/types.js';
import type { ApiOptions } from './options.js';
import type { GraphCaches } from './graph/caches.js';
import type { ChangeFeed } from './change-feed.js';

/** Shared by every request of one server. */
export interface ApiState {
  workspace: Workspace;
  options: ApiOptions;
  caches: GraphCaches;
  feed: ChangeFeed;
  /** Requests the HTTP fast path answered itself, and those it handed to yoga (shown by /healthz). */
  fastPath: { served: number; delegated: number };
  /** The layout run in progress, if any: runs are serialised (see graph/positions.ts). */
  layout: Promise<unknown>;
}

/** What every resolver gets. */
export interface ApiContext {
  workspace: Workspace;
  store: GraphStore;
  state: ApiState;
  /** The request carried the configured bearer token (or none is configured). */
  authorised: boolean;
  /** Why `authorised` is false, for the UNAUTHENTICATED message. */
  authProblem?: string;
}
