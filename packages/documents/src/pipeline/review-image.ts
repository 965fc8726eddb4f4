// The review screen's image of one page: a JPEG of the ORIGINAL page (internal, never published), drawn from the
// original's bytes. It runs in a render thread (render.worker.ts), not on the API's main thread; the bench times it
// directly.
import { openDocument, type DocumentLimits, type DocumentPage } from '@woo/pdf';

export const REVIEW_IMAGE_DPI = 150;
const REVIEW_JPEG_QUALITY = 80;

/** The review image of a page already opened (150 dpi unless asked). */
export async function reviewImageOf(page: DocumentPage, dpi = REVIEW_IMAGE_DPI): Promise<Buffer> {
  const image = await page.render({ dpi });
  return image.jpeg(REVIEW_JPEG_QUALITY);
}

/** Opens the original with the workers' limits and draws one page: a file they accepted opens the same way here. */
export async function renderReviewImage(
  original: Uint8Array,
  limits: DocumentLimits,
  pageNumber: number,
): Promise<Buffer> {
  const opened = await openDocument(original, limits);
  try {
    return await reviewImageOf(await opened.page(pageNumber));
  } finally {
    await opened.close();
  }
}
