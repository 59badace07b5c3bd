import type { EvidenceRecord } from '../../../graph/types.js';
import type { ApiContext } from '../../context.js';

/** Evidence: the stored record, with its document looked up. */
export const Evidence = {
  document: (e: EvidenceRecord, _: unknown, ctx: ApiContext) => ctx.store.documents.get(e.documentId),
  cameo: (e: EvidenceRecord) => e.cameo ?? null,
  claimant: (e: EvidenceRecord) => e.claimant ?? null,
  trigger: (e: EvidenceRecord) => e.trigger ?? null,
};
