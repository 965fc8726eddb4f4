// What a third party is shown of a document (their zienswijze page): a PDF with the PROPOSED redactions burnt in, made
// with the same burn-in as the public version (@woo/pdf redactDocument: the page rendered, the regions painted opaque
// with their ground code, a new PDF built from the images with a text layer of only the words wholly outside every
// box), and PNG images of its pages drawn from that PDF, never from the original. Both run in a render thread
// (render.worker.ts), not on the API's main thread; services/api's third-party-preview.ts decides what to burn in and
// keeps the results. The original is opened with @woo/pdf's default limits.
import type { PageText } from '@woo/domain';
import { defaultDocumentLimits, openDocument, redactDocument, type RedactionRegionInput } from '@woo/pdf';

/** Resolution of the preview: readable on screen, and cheap enough to make on demand. */
export const PREVIEW_PDF_DPI = 150;
export const PREVIEW_IMAGE_DPI = 110;

/** The original with the regions burnt in; `originalWords` are the stored words of its pages. */
export async function renderPreviewPdf(
  original: Uint8Array,
  regions: readonly RedactionRegionInput[],
  originalWords: readonly PageText[],
): Promise<Uint8Array> {
  const result = await redactDocument(original, regions, {
    dpi: PREVIEW_PDF_DPI,
    originalWords,
    limits: defaultDocumentLimits,
  });
  return result.pdf;
}

/** One page of the burnt-in preview PDF as a PNG. */
export async function renderPreviewPage(pdf: Uint8Array, pageNumber: number): Promise<Buffer> {
  const opened = await openDocument(pdf, defaultDocumentLimits);
  try {
    const page = await opened.page(pageNumber);
    return await (await page.render({ dpi: PREVIEW_IMAGE_DPI })).png();
  } finally {
    await opened.close();
  }
}
