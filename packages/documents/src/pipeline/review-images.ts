// The review screen's page images: made when the review screen first asks for a page and then kept in the blob store,
// not for every page in the pipeline: the public version is rendered from the original by the burn-in itself, so
// nothing downstream needs them, and the pages nobody opens cost nothing. Only a page the pipeline has read
// (renderStatus 'done') is asked for; the page job proved the file readable.
//
// Requests for the same page at the same time share one render (blobOnce), which runs in a review-image thread
// (review-image-threads.ts): a few at once, a bounded queue, never on the caller's thread.
import { defaultDocumentLimits } from '@woo/pdf';
import { blobOnce, type BlobStore } from '@woo/storage';
import { pageRenderBlobKey } from './pipeline-blob-keys.js';
import { createReviewImageThreads, type ReviewImageThreadsOptions } from './review-image-threads.js';

export interface ReviewImages {
  /**
   * The JPEG of a page of the document's original, rendered on the first request and kept. Throws
   * ReviewImagesBusyError when every thread is busy and the queue is full, DocumentReadError when the page cannot be
   * drawn, BlobNotFoundError when the original is gone.
   */
  get(document: { id: string; blobKey: string }, pageNumber: number): Promise<Buffer>;
  /** Threads running now. */
  readonly liveThreads: number;
  /** Stops the threads (the app is closing); renders still waiting are refused. */
  close(): Promise<void>;
}

export const defaultReviewImageThreads = { threads: 1, queue: 16 } as const;

/** Review images over a blob store, rendered in `threads` worker threads with at most `queue` waiting. */
export function createReviewImages(blobs: BlobStore, options: Partial<ReviewImageThreadsOptions> = {}): ReviewImages {
  const once = blobOnce(blobs);
  const threads = createReviewImageThreads({
    ...defaultReviewImageThreads,
    limits: defaultDocumentLimits,
    ...options,
  });
  return {
    get: (document, pageNumber) =>
      once(pageRenderBlobKey(document.id, pageNumber), () =>
        threads.render(() => blobs.get(document.blobKey), pageNumber),
      ),
    get liveThreads() {
      return threads.liveThreads;
    },
    close: () => threads.close(),
  };
}
