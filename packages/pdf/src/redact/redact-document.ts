// Burn-in redaction (DESIGN §4 step 6). A redaction must remove the information, not cover it, so the public version
// is a NEW PDF built from pictures of the pages:
//   1. render every page of the original to an image (as displayed: /Rotate and CropBox applied);
//   2. paint each region opaque, with its ground code in the box;
//   3. put the images, one per page, as JPEG into a fresh pdf-lib document with the displayed page size;
//   4. write an invisible text layer: the original words that lie wholly outside every painted box, or, for a page
//      without words, OCR of the REDACTED image (never of the original image).
// Nothing else of the original is copied: no metadata, annotations, attachments, bookmarks, form fields, JavaScript,
// and — since the file is written once, from scratch — no earlier revisions. Annotations and form fields are not
// even rendered into the image (see without-annotations.ts).
import { PDFDocument, PDFName } from 'pdf-lib';
import type { Box, PageText, PageWord } from '@woo/domain';
import { defaultDocumentLimits } from '../read/document-limits.js';
import type { DocumentLimits } from '../read/document-limits.js';
import { openDocument } from '../read/open-document.js';
import { createInvisibleTextWriter } from './invisible-text-layer.js';
import { paintRegions } from './paint-regions.js';
import { withoutAnnotations } from './without-annotations.js';
import type { PaintedRegion } from './paint-regions.js';
import { paintedBox, touchesBox } from './painted-box.js';
import type { PaintedBoxOptions } from './painted-box.js';
import type { RedactionRegionInput } from './redaction-region.js';

/** Resolution of the public version's page images (see RedactOptions.dpi). */
export const DEFAULT_PUBLIC_DPI = 150;

/**
 * What the redactor needs from an OCR pool (@woo/ocr's OcrPool fits): the words of a page image in points. It is
 * handed an 8-bit grey PGM (RenderedPage.grey), as the page jobs hand theirs: nothing to compress and decompress.
 */
export interface PageOcr {
  recognize(image: Buffer, options: { dpi: number; page?: number }): Promise<PageText>;
}

export interface RedactOptions {
  /**
   * Resolution of the page images: 150 dpi by default — at 100% zoom text looks the same as at 200 dpi, 6-point type
   * is still 12 pixels high, and a page costs about half the pixels to render, encode and (leak gate) decode again.
   */
  dpi?: number;
  /** JPEG quality 1–100, default 85. */
  jpegQuality?: number;
  /** OCR for pages that have no words of their own; it only ever sees the redacted image. */
  ocrPool?: PageOcr;
  /**
   * The original's words per page (text layer or OCR), as the pipeline already has them. Without them the
   * original's own text layer is read; pages without any fall back to OCR of the redacted image, when an ocrPool is
   * given, or get no text layer.
   */
  originalWords?: readonly PageText[];
  /** How boxes are padded and widened (see PaintedBoxOptions). */
  box?: PaintedBoxOptions;
  limits?: DocumentLimits;
}

export type TextLayerSource = 'original' | 'ocr' | 'none';

export interface RedactedPageSummary {
  /** 1-based. */
  page: number;
  /** Displayed size in points: the size of the new page. */
  width: number;
  height: number;
  /** Resolution the page image was rendered at (lower than asked for a huge page). */
  dpi: number;
  /** The boxes as painted (padded, widened), in points from the top-left, one per region on this page. */
  boxes: Box[];
  textSource: TextLayerSource;
  /** Words written to the invisible text layer. */
  keptWords: number;
}

export interface RemovedWord extends PageWord {
  page: number;
}

export interface RedactionResult {
  pdf: Uint8Array;
  pages: RedactedPageSummary[];
  /** Words of the text layer left out because they touch or overlap a painted box. */
  removedWords: RemovedWord[];
}

/** A region that cannot be applied to this document (its page does not exist). */
export class RedactionInputError extends Error {
  override readonly name = 'RedactionInputError';
}

export async function redactDocument(
  bytes: Uint8Array,
  regions: readonly RedactionRegionInput[],
  options: RedactOptions = {},
): Promise<RedactionResult> {
  const dpi = options.dpi ?? DEFAULT_PUBLIC_DPI;
  const quality = options.jpegQuality ?? 85;
  const original = await openDocument(await withoutAnnotations(bytes), options.limits ?? defaultDocumentLimits);
  try {
    for (const region of regions) {
      if (region.page > original.pageCount) {
        throw new RedactionInputError(
          `region on page ${region.page}, but the document has ${original.pageCount} page${original.pageCount === 1 ? '' : 's'}`,
        );
      }
    }
    const output = await PDFDocument.create({ updateMetadata: false });
    clearMetadata(output);
    const textWriter = await createInvisibleTextWriter(output);
    const pages: RedactedPageSummary[] = [];
    const removedWords: RemovedWord[] = [];

    for (let number = 1; number <= original.pageCount; number += 1) {
      const page = await original.page(number);
      const size = { width: page.widthPt, height: page.heightPt };
      const painted: PaintedRegion[] = regions
        .filter((region) => region.page === number)
        .map((region) => ({ box: paintedBox(region.box, size, options.box), ground: region.ground }));
      const image = await page.render({ dpi });
      paintRegions(image.canvas, image.dpi, painted);

      let source: TextLayerSource = 'none';
      let words: readonly PageWord[] = [];
      const given = options.originalWords ? options.originalWords.find((text) => text.page === number) : undefined;
      const originalText = given ?? (options.originalWords ? null : await page.textLayer());
      if (originalText && originalText.words.length > 0) {
        source = 'original';
        words = scaleWords(originalText, size);
      } else if (options.ocrPool) {
        source = 'ocr';
        // The painted image: OCR never sees what was under a box.
        const recognized = await options.ocrPool.recognize(image.grey(), { dpi: image.dpi, page: number });
        words = scaleWords(recognized, size);
      }
      const kept: PageWord[] = [];
      for (const word of words) {
        if (painted.some((region) => touchesBox(word, region.box))) removedWords.push({ ...word, page: number });
        else kept.push(word);
      }

      const jpeg = await image.jpeg(quality);
      const embedded = await output.embedJpg(jpeg);
      const newPage = output.addPage([page.widthPt, page.heightPt]);
      newPage.drawImage(embedded, { x: 0, y: 0, width: page.widthPt, height: page.heightPt });
      // The ground codes are in the text layer too, so a reader can search for "5.1.2e".
      const labels = painted.map(({ box, ground }) => ({
        text: ground,
        x: box[0],
        y: box[1],
        width: box[2],
        height: box[3],
      }));
      textWriter.write(newPage, [...kept, ...labels]);
      pages.push({
        page: number,
        width: page.widthPt,
        height: page.heightPt,
        dpi: image.dpi,
        boxes: painted.map(({ box }) => box),
        textSource: source,
        keptWords: kept.length,
      });
    }
    // pdf-lib gives every new page an empty /Annots array; a page of the public version has no annotations at all.
    for (const page of output.getPages()) page.node.delete(PDFName.of('Annots'));
    const pdf = await output.save({ useObjectStreams: false, addDefaultPage: false });
    return { pdf, pages, removedWords };
  } finally {
    await original.close();
  }
}

/** Empty values instead of pdf-lib's defaults ("pdf-lib" as producer and creator, creation dates). */
function clearMetadata(document: PDFDocument): void {
  document.setTitle('');
  document.setAuthor('');
  document.setSubject('');
  document.setKeywords([]);
  document.setProducer('');
  document.setCreator('');
}

/** Words given for a page of another size (OCR at another scale) are scaled to the page as displayed. */
function scaleWords(text: PageText, size: { width: number; height: number }): PageWord[] {
  const sx = text.width > 0 ? size.width / text.width : 1;
  const sy = text.height > 0 ? size.height / text.height : 1;
  if (Math.abs(sx - 1) < 1e-6 && Math.abs(sy - 1) < 1e-6) return text.words;
  return text.words.map((word) => ({
    ...word,
    x: word.x * sx,
    y: word.y * sy,
    width: word.width * sx,
    height: word.height * sy,
  }));
}
