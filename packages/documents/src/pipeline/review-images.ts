// The review screen's page images: made when the review screen first asks for a page and then kept in the blob store,
// not for every page in the pipeline: the public version is rendered from the original by the burn-in itself, so
// nothing downstream needs them, and the pages nobody opens cost nothing. Only a page the pipeline has read
// (renderStatus 'done') is asked for; the page job proved the file readable.
//
// Requests for the same page at the same time share one render (blobOnce), which runs in a render thread
// (render-threads.ts): a few at once, a bounded queue, never on the caller's thread.
import { blobOnce, type BlobStore } from '@woo/storage';
import { pageRenderBlobKey } from './pipeline-blob-keys.js';
import type { RenderThreads } from './render-threads.js';

export interface ReviewImages {
  /**
   * The JPEG of a page of the document's original, rendered on the first request and kept. Throws
   * RenderThreadsBusyError when every thread is busy and the queue is full, DocumentReadError when the page cannot be
   * drawn, BlobNotFoundError when the original is gone.
   */
  get(document: { id: string; blobKey: string }, pageNumber: number): Promise<Buffer>;
}

/** Review images over a blob store, rendered in the render threads (which open the original with their limits). */
export function createReviewImages(blobs: BlobStore, threads: RenderThreads): ReviewImages {
  const once = blobOnce(blobs);
  return {
    get: (document, pageNumber) =>
      once(pageRenderBlobKey(document.id, pageNumber), () =>
        threads.run(async () => ({ kind: 'review-image', original: await blobs.get(document.blobKey), pageNumber })),
      ),
  };
}
