// What the third party sees of a document: the page images and a PDF with the PROPOSED redactions burnt in, made on
// the server with the same burn-in as the public version (@woo/pdf redactDocument: the page rendered, the regions
// painted opaque with their ground code, a new PDF built from the images with a text layer of only the words wholly
// outside every box). The original page image never leaves the server, so nothing under a box can reach them.
// Proposed and accepted regions count (only rejected ones do not): they see what the organisation means to black out.
// The result is cached in the blob store under the hash of the regions, so a review change makes a fresh one. The
// burn-in and the page images are drawn in the API's render threads (@woo/documents third-party-preview-render.ts),
// never on its main thread; when every thread is busy and the queue is full, RenderThreadsBusyError says so.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Page, RedactionRegion, type Document } from '@woo/db';
import type { RenderThreads } from '@woo/documents';
import { normalizeGroundCode, type Box, type PageText } from '@woo/domain';
import type { RedactionRegionInput } from '@woo/pdf';
import { blobOnce, type BlobStore } from '@woo/storage';

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

/**
 * Previews over a blob store, drawn in the render threads. The page images of one document are asked for at once: one
 * burn-in serves them all.
 */
export function createThirdPartyPreviews(blobs: BlobStore, threads: RenderThreads): ThirdPartyPreviews {
  const once = blobOnce(blobs);

  async function pdfOf(document: Document, input: PreviewInput): Promise<Buffer> {
    return once(previewPdfKey(document.id, input.key), () =>
      threads.run(async () => ({
        kind: 'preview-pdf',
        original: await blobs.get(document.blobKey),
        regions: input.regions,
        originalWords: input.originalWords,
      })),
    );
  }

  return {
    async pdf(em, document) {
      return pdfOf(document, await loadPreviewInput(em, document));
    },
    async pageImage(em, document, pageNumber) {
      if (typeof document.pageCount === 'number' && pageNumber > document.pageCount) return null;
      const input = await loadPreviewInput(em, document);
      return once(previewPageKey(document.id, input.key, pageNumber), async () => {
        // The burn-in first, as a task of its own: a page task waiting for it would hold a thread meanwhile. The PDF
        // is copied to the thread, not moved: whoever asked for it at the same time is sending it too.
        const pdf = await pdfOf(document, input);
        return threads.run(async () => ({ kind: 'preview-page', pdf, pageNumber }));
      });
    },
  };
}
