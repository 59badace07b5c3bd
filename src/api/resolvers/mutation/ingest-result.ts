import type { DocumentInput } from '../../../core/types.js';
import type { IngestOutcome } from '../../../persist/types.js';
import type { ApiContext } from '../../context.js';
import { badInput } from '../../errors.js';
import { existingEntities, existingRelations } from '../../graph/refs.js';

export type DocumentInputArg = { text: string } & { [K in Exclude<keyof DocumentInput, 'text'>]?: DocumentInput[K] | null };

/** GraphQL input (where absent fields may be null) to the workspace's DocumentInput, checking the size limit. */
export function toDocumentInput(where: string, input: DocumentInputArg, maxChars: number): DocumentInput {
  if (input.text.length > maxChars) {
    throw badInput(`${where}: document text is ${input.text.length} characters, limit ${maxChars}${input.id ? ` (id "${input.id}")` : ''}`);
  }
  const out: DocumentInput = { text: input.text };
  for (const key of ['id', 'title', 'url', 'publishedAt', 'source'] as const) {
    const value = input[key];
    if (value != null) out[key] = value;
  }
  return out;
}

/** The IngestResult type of the schema. */
export function ingestResult(ctx: ApiContext, outcome: IngestOutcome) {
  const { store } = ctx;
  const { change } = outcome;
  return {
    documentId: outcome.document.id,
    document: store.documents.get(outcome.document.id) ?? null,
    duplicate: outcome.duplicate,
    addedEntities: existingEntities(store, change.addedEntities),
    updatedEntities: existingEntities(store, change.updatedEntities),
    addedRelations: existingRelations(store, change.addedRelations),
    updatedRelations: existingRelations(store, change.updatedRelations),
    warnings: [...(outcome.extraction.warnings ?? []), ...change.warnings],
  };
}
