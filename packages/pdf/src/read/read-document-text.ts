// The text of every page: the PDF's own text layer where it has one, OCR of the rendered page where it has none.
// This is what `woo ocr`, `woo detect` and the page workers call. The OCR engine comes in as an argument (the pool
// in @woo/ocr fits this interface), so this package does not depend on tesseract.
import type { PageText } from '@woo/domain';
import { defaultDocumentLimits } from './document-limits.js';
import type { DocumentLimits } from './document-limits.js';
import type { DocumentPage } from './document-types.js';
import { openDocument } from './open-document.js';

export interface PageRecognizer {
  /** Pages it can work on at once (the pool size); readDocumentText keeps that many pages in flight. */
  readonly size?: number;
  /** `image` is a PNG or an 8-bit grey PGM (P5); pages are handed over as PGM (RenderedPage.grey). */
  recognize(image: Buffer, options: { dpi: number; page?: number }): Promise<PageText>;
}

export interface ReadPageTextOptions {
  /** Needed for pages without a text layer (scans, images). */
  ocrPool?: PageRecognizer;
  /** Resolution pages are rendered at for OCR; default 300 (tesseract reads 300 dpi best). */
  dpi?: number;
}

export interface ReadDocumentTextOptions extends ReadPageTextOptions {
  limits?: DocumentLimits;
  /** The uploaded file name, only for the wording of an error. */
  fileName?: string;
}

export const DEFAULT_OCR_DPI = 300;

const round = (n: number) => Math.round(n * 100) / 100;

export class OcrUnavailableError extends Error {
  override readonly name = 'OcrUnavailableError';
}

// A text layer this sparse on a page mostly covered by images is a stamp or page number on a scan, not the text.
const SPARSE_TEXT_WORDS = 30;
const SCANNED_COVERAGE = 0.5;

/** The page's text layer when it carries the page's text; null when the page must be OCR'd. */
async function usableTextLayer(page: DocumentPage): Promise<PageText | null> {
  const fromLayer = await page.textLayer();
  if (!fromLayer) return null;
  if (fromLayer.words.length >= SPARSE_TEXT_WORDS) return fromLayer;
  return (await page.imageCoverage()) >= SCANNED_COVERAGE ? null : fromLayer;
}

/**
 * Text of one page: its text layer, or OCR when it has none — or only a few words on a page that is mostly an
 * image (a scan with a stamp): then the OCR reads the stamp along with the rest.
 */
export async function readPageText(page: DocumentPage, options: ReadPageTextOptions = {}): Promise<PageText> {
  return (await usableTextLayer(page)) ?? ocrPage(page, options);
}

async function ocrPage(page: DocumentPage, options: ReadPageTextOptions): Promise<PageText> {
  if (!options.ocrPool) {
    throw new OcrUnavailableError(`page ${page.pageNumber} has no text layer and no OCR pool was given`);
  }
  const rendered = await page.render({ dpi: options.dpi ?? DEFAULT_OCR_DPI });
  const text = await options.ocrPool.recognize(rendered.grey(), { dpi: rendered.dpi, page: page.pageNumber });
  // The page size is the document's, not the size recovered from rounded pixels.
  return { ...text, page: page.pageNumber, width: round(page.widthPt), height: round(page.heightPt), source: 'ocr' };
}

/**
 * Every page's text, in page order. Throws a DocumentReadError when the file cannot be read. Pages needing OCR are
 * rendered one after another and recognised in parallel, as many at a time as the pool has workers.
 */
export async function readDocumentText(bytes: Uint8Array, options: ReadDocumentTextOptions = {}): Promise<PageText[]> {
  const document = await openDocument(bytes, options.limits ?? defaultDocumentLimits, {
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
  });
  try {
    const inFlight = Math.max(1, options.ocrPool?.size ?? 1);
    const results: Promise<PageText>[] = [];
    const pending = new Set<Promise<PageText>>();
    for (let n = 1; n <= document.pageCount; n += 1) {
      const page = await document.page(n);
      const fromLayer = await usableTextLayer(page);
      if (fromLayer) {
        results.push(Promise.resolve(fromLayer));
        continue;
      }
      while (pending.size >= inFlight) await Promise.race(pending).catch(() => undefined);
      const recognized = ocrPage(page, options);
      pending.add(recognized);
      void recognized.then(
        () => pending.delete(recognized),
        () => pending.delete(recognized),
      );
      results.push(recognized);
    }
    return await Promise.all(results);
  } finally {
    await document.close();
  }
}
