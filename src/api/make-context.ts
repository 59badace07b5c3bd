import type { ApiContext, ApiState } from './context.js';
import { authorise } from './plugins/auth.js';

/** The context of one request, from its Authorization header; shared by yoga and the fast path. */
export function makeContext(state: ApiState, authorization: string | null | undefined): ApiContext {
  const { workspace, options } = state;
  return { workspace, store: workspace.store, state, ...authorise(options.token, authorization ?? null) };
}
