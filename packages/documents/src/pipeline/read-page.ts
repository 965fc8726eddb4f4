// What a page job reads from the original: the page's size and rotation, and its text (the text layer, or OCR of the
// rendered page). No database here, so bench/pipeline/large-pdf.ts can time exactly this.
import {
  defaultDocumentLimits,
  openDocument,
  readPageText,
  type DocumentLimits,
  type OpenedDocument,
  type PageRecognizer,
} from '@woo/pdf';
import type { PageText } from '@woo/domain';
import type { BlobStore } from '@woo/storage';

export interface PageReadingDeps {
  blobs: BlobStore;
  /** OCR for pages without a usable text layer (the worker's pool). */
  ocr?: PageRecognizer;
  limits?: DocumentLimits;
  /**
   * The worker's open documents (opened with the same limits): the page jobs of one document share one opening.
   * Without it, each job reads and opens the original for its page alone.
   */
  documents?: OpenDocuments;
}

/** Documents kept open across jobs, under their blob key (the page worker's open-document cache). */
export interface OpenDocuments {
  /** Runs `work` on the document stored under `blobKey`; throws what reading or opening it throws. */
  use<T>(blobKey: string, work: (document: OpenedDocument) => Promise<T>): Promise<T>;
}

export interface PageRead {
  widthPt: number;
  heightPt: number;
  rotation: 0 | 90 | 180 | 270;
  text: PageText;
}

export async function readPage(deps: PageReadingDeps, blobKey: string, pageNumber: number): Promise<PageRead> {
  if (deps.documents) return deps.documents.use(blobKey, (document) => readOpenPage(deps, document, pageNumber));
  const bytes = await deps.blobs.get(blobKey);
  const opened = await openDocument(bytes, deps.limits ?? defaultDocumentLimits);
  try {
    return await readOpenPage(deps, opened, pageNumber);
  } finally {
    await opened.close();
  }
}

async function readOpenPage(deps: PageReadingDeps, document: OpenedDocument, pageNumber: number): Promise<PageRead> {
  const page = await document.page(pageNumber);
  try {
    const text = await readPageText(page, deps.ocr ? { ocrPool: deps.ocr } : {});
    return { widthPt: page.widthPt, heightPt: page.heightPt, rotation: page.rotation, text };
  } finally {
    // The document may stay open for the next pages: what this page kept is not needed again.
    page.release();
  }
}
