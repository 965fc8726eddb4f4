import { defaultDocumentLimits, type DocumentLimits } from '@woo/pdf';

/** The document limits from the worker's configuration; rendering keeps its default pixel budget. */
export function ingestLimits(config: { maxBytes: number; maxPages: number; maxImagePixels: number }): DocumentLimits {
  return { ...defaultDocumentLimits, ...config };
}
