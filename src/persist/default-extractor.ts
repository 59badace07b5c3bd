import type { Document, Extraction } from '../core/types.js';

/** The extraction pipeline, loaded on first use: opening a data directory or refusing bad input should not wait for the NLP model and gazetteer. */
export async function defaultExtractor(doc: Document): Promise<Extraction> {
  const { extract } = await import('../extraction/extract.js');
  return extract(doc);
}
