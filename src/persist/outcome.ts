import type { Document, Extraction } from '../core/types.js';
import type { GraphChange } from '../graph/types.js';
import type { IngestOutcome } from './types.js';

/** What a duplicate ingest returns: nothing extracted, nothing changed. */
export function duplicate(doc: Document, existingId: string): IngestOutcome {
  const change: GraphChange = {
    documentId: existingId,
    addedEntities: [],
    updatedEntities: [],
    removedEntities: [],
    addedRelations: [],
    updatedRelations: [],
    removedRelations: [],
    warnings: [`document "${existingId}" is already in the graph; skipped`],
  };
  const extraction: Extraction = { document: { id: existingId, title: doc.title, chars: doc.text.length }, entities: [], mentions: [], relations: [] };
  return { document: { ...doc, id: existingId }, extraction, change, duplicate: true };
}
