export { openWorkspace } from './open-workspace.js';
export { WORKSPACE_DEFAULTS } from './workspace.js';
export { LockedError } from './lock.js';
export type { IngestFailure, IngestOutcome, JournalEntry, Workspace, WorkspaceOptions } from './types.js';
