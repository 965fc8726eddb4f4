// The review screen's image of one page: a JPEG of the ORIGINAL page (internal, never published). It is made when the
// review screen first asks for it and then kept in the blob store, not for every page in the pipeline: the public
// version is rendered from the original by the burn-in itself, so nothing downstream needs it, and the pages nobody
// opens cost nothing. Only a page the pipeline has read (renderStatus 'done') is rendered; the page job proved the
// file readable.
import { defaultDocumentLimits, openDocument, type DocumentLimits, type DocumentPage } from '@woo/pdf';
import { blobOnce, type BlobStore } from '@woo/storage';
import { pageRenderBlobKey } from './pipeline-blob-keys.js';

export const REVIEW_IMAGE_DPI = 150;
const REVIEW_JPEG_QUALITY = 80;

/** The review image of a page already opened (150 dpi unless asked). */
export async function reviewImageOf(page: DocumentPage, dpi = REVIEW_IMAGE_DPI): Promise<Buffer> {
  const image = await page.render({ dpi });
  return image.jpeg(REVIEW_JPEG_QUALITY);
}

export interface ReviewImages {
  /** The JPEG of a page of the document's original, rendered on the first request and kept. */
  get(document: { id: string; blobKey: string }, pageNumber: number): Promise<Buffer>;
}

/** Review images over a blob store; requests for the same page at the same time share one render. */
export function createReviewImages(blobs: BlobStore, limits: DocumentLimits = defaultDocumentLimits): ReviewImages {
  const once = blobOnce(blobs);
  return {
    get: (document, pageNumber) =>
      once(pageRenderBlobKey(document.id, pageNumber), () => render(blobs, limits, document.blobKey, pageNumber)),
  };
}

async function render(blobs: BlobStore, limits: DocumentLimits, blobKey: string, pageNumber: number): Promise<Buffer> {
  const opened = await openDocument(await blobs.get(blobKey), limits);
  try {
    return await reviewImageOf(await opened.page(pageNumber));
  } finally {
    await opened.close();
  }
}
