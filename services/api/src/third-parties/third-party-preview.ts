// What the third party sees of a document: the page images and a PDF with the PROPOSED redactions burnt in, made on
// the server with the same burn-in as the public version (@woo/pdf redactDocument: the page rendered, the regions
// painted opaque with their ground code, a new PDF built from the images with a text layer of only the words wholly
// outside every box). The original page image never leaves the server, so nothing under a box can reach them.
// Proposed and accepted regions count (only rejected ones do not): they see what the organisation means to black out.
// The result is cached in the blob store under the hash of the regions, so a review change makes a fresh one.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Page, RedactionRegion, type Document } from '@woo/db';
import { normalizeGroundCode, type Box, type PageText } from '@woo/domain';
import { defaultDocumentLimits, openDocument, redactDocument, type RedactionRegionInput } from '@woo/pdf';
import { blobOnce, type BlobStore } from '@woo/storage';

/** Resolution of the preview: readable on screen, and cheap enough to make on demand. */
const PREVIEW_PDF_DPI = 150;
const PREVIEW_IMAGE_DPI = 110;

export interface PreviewInput {
  regions: RedactionRegionInput[];
  originalWords: PageText[];
  /** Ids and boxes of the regions: what the cached preview depends on. */
  key: string;
}

/** The regions not rejected, and the stored words of each page. */
export async function loadPreviewInput(em: EntityManager, document: Document): Promise<PreviewInput> {
  const pages = await em.find(Page, { document: document.id }, { orderBy: { pageNumber: 'asc' } });
  const pageNumbers = new Map(pages.map((page) => [page.id, page.pageNumber]));
  const stored = await em.find(
    RedactionRegion,
    { document: document.id, status: { $ne: 'rejected' } },
    { orderBy: { id: 'asc' } },
  );
  const regions: RedactionRegionInput[] = [];
  for (const region of stored) {
    const page = pageNumbers.get(region.page.id);
    if (page === undefined) continue;
    const box: Box = [Number(region.x), Number(region.y), Number(region.width), Number(region.height)];
    regions.push({ page, box, ground: normalizeGroundCode(region.ground) });
  }
  const originalWords: PageText[] = pages.map((page) => ({
    page: page.pageNumber,
    width: Number(page.widthPt),
    height: Number(page.heightPt),
    source: page.hasTextLayer ? 'text-layer' : 'ocr',
    words: page.words ?? [],
  }));
  const key = createHash('sha256')
    .update(JSON.stringify({ document: document.id, sha256: document.sha256, regions }))
    .digest('hex')
    .slice(0, 32);
  return { regions, originalWords, key };
}

function previewPdfKey(documentId: string, key: string): string {
  return `third-party-previews/${documentId}/${key}.pdf`;
}

function previewPageKey(documentId: string, key: string, pageNumber: number): string {
  return `third-party-previews/${documentId}/${key}-p${pageNumber}.png`;
}

export interface ThirdPartyPreviews {
  /** The burnt-in preview PDF of a document (made once per set of regions). */
  pdf(em: EntityManager, document: Document): Promise<Buffer>;
  /** One page of the burnt-in preview as a PNG, rendered from the redacted PDF (never from the original); null
   * when the page does not exist. */
  pageImage(em: EntityManager, document: Document, pageNumber: number): Promise<Buffer | null>;
}

/** Previews over a blob store. The page images of one document are asked for at once: one burn-in serves them all. */
export function createThirdPartyPreviews(blobs: BlobStore): ThirdPartyPreviews {
  const once = blobOnce(blobs);

  async function pdfOf(document: Document, input: PreviewInput): Promise<Buffer> {
    return once(previewPdfKey(document.id, input.key), async () => {
      const original = await blobs.get(document.blobKey);
      const result = await redactDocument(original, input.regions, {
        dpi: PREVIEW_PDF_DPI,
        originalWords: input.originalWords,
        limits: defaultDocumentLimits,
      });
      return Buffer.from(result.pdf);
    });
  }

  return {
    async pdf(em, document) {
      return pdfOf(document, await loadPreviewInput(em, document));
    },
    async pageImage(em, document, pageNumber) {
      if (typeof document.pageCount === 'number' && pageNumber > document.pageCount) return null;
      const input = await loadPreviewInput(em, document);
      return once(previewPageKey(document.id, input.key, pageNumber), async () => {
        const opened = await openDocument(await pdfOf(document, input), defaultDocumentLimits);
        try {
          const page = await opened.page(pageNumber);
          return await (await page.render({ dpi: PREVIEW_IMAGE_DPI })).png();
        } finally {
          await opened.close();
        }
      });
    },
  };
}
