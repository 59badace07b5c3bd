import { createPubSub } from 'graphql-yoga';
import type { GraphChange } from '../graph/types.js';
import type { JournalEntry, Workspace } from '../persist/types.js';

export type ChangeKind = 'INGEST' | 'REMOVE' | 'MERGE' | 'RENAME' | 'SET_TYPE' | 'LAYOUT';

/** The GraphChange type of the schema. */
export interface ChangeEvent extends Omit<GraphChange, 'documentId'> {
  kind: ChangeKind;
  at: string;
  version: number;
  documentId: string | null;
}

const KIND_OF: Record<JournalEntry['op'], ChangeKind> = {
  ingest: 'INGEST',
  remove: 'REMOVE',
  merge: 'MERGE',
  rename: 'RENAME',
  setType: 'SET_TYPE',
};

export function toEvent(change: GraphChange, kind: ChangeKind, at: string, version: number): ChangeEvent {
  return { ...change, kind, at, version, documentId: change.documentId || null };
}

/**
 * Bridges workspace.onChange to the graphChanged subscription: every change
 * the workspace applies, whoever asked for it, reaches every subscriber.
 */
export class ChangeFeed {
  private readonly pubsub = createPubSub<{ graphChanged: [ChangeEvent] }>();
  private readonly stop: () => void;

  constructor(workspace: Workspace) {
    this.stop = workspace.onChange((change, entry) => {
      this.pubsub.publish('graphChanged', toEvent(change, KIND_OF[entry.op], entry.at, workspace.store.version));
    });
  }

  /** For changes that do not go through the workspace (layout positions). */
  publish(event: ChangeEvent): void {
    this.pubsub.publish('graphChanged', event);
  }

  subscribe(): AsyncIterable<ChangeEvent> {
    return this.pubsub.subscribe('graphChanged');
  }

  close(): void {
    this.stop();
  }
}
