import type { Document, Extraction } from '../core/types.js';
import { analyse } from '../text/analyse.js';

// Work in progress: the stages (mentions -> entities/coreference -> relations) are being written.
export function extract(doc: Document): Extraction {
  analyse(doc.text);
  return { document: { id: doc.id, title: doc.title, chars: doc.text.length }, entities: [], mentions: [], relations: [] };
}
