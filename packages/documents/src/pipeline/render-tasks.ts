// The kinds of work the API's render threads do (render-threads.ts hands them out, render.worker.ts runs them): each is
// a function of the bytes and data the task carries, so the thread needs nothing else.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PageText } from '@woo/domain';
import type { DocumentLimits, RedactionRegionInput } from '@woo/pdf';
import { renderReviewImage } from './review-image.js';
import { renderPreviewPage, renderPreviewPdf } from './third-party-preview-render.js';

export type RenderTask =
  /** The review screen's JPEG of a page of the original (review-image.ts). */
  | { kind: 'review-image'; original: Uint8Array; pageNumber: number }
  /** The third party's preview PDF: the original with the regions burnt in (third-party-preview-render.ts). */
  | { kind: 'preview-pdf'; original: Uint8Array; regions: RedactionRegionInput[]; originalWords: PageText[] }
  /** A PNG of one page of that preview PDF. */
  | { kind: 'preview-page'; pdf: Uint8Array; pageNumber: number }
  /** Loads what drawing needs (pdf.js, canvas, fonts, encoders) by doing each of the above on a page made here. */
  | { kind: 'warm-up' };

/**
 * The bytes a task may MOVE to its thread instead of copying them: an original, read for this task alone. A preview
 * PDF is shared by every request that asked for it at the same time, so it is copied.
 */
export function movableBytesOf(task: RenderTask): Uint8Array | undefined {
  return task.kind === 'review-image' || task.kind === 'preview-pdf' ? task.original : undefined;
}

/** Does the task; `limits` are the ones a review image's original is opened with (the workers' DOCUMENT_MAX_*). */
export async function runRenderTask(task: RenderTask, limits: DocumentLimits): Promise<Uint8Array> {
  switch (task.kind) {
    case 'review-image':
      return renderReviewImage(task.original, limits, task.pageNumber);
    case 'preview-pdf':
      return renderPreviewPdf(task.original, task.regions, task.originalWords);
    case 'preview-page':
      return renderPreviewPage(task.pdf, task.pageNumber);
    case 'warm-up':
      await warmUp(limits);
      return new Uint8Array(0);
  }
}

/** A small page with a line of text in a standard font, made with pdf-lib: nothing read from disk or the caller. */
async function warmUpPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  document.addPage([200, 100]).drawText('Woo 5.1.2e', { x: 20, y: 40, size: 18, font });
  return document.save();
}

async function warmUp(limits: DocumentLimits): Promise<void> {
  const pdf = await warmUpPdf();
  await renderReviewImage(pdf, limits, 1);
  const preview = await renderPreviewPdf(pdf, [{ page: 1, box: [20, 40, 50, 24], ground: '5.1.2e' }], []);
  await renderPreviewPage(preview, 1);
}
