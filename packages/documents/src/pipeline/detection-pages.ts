// The stored words of a document's pages as the recognisers read them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@woo/db';
import type { PageText } from '@woo/domain';

export interface DetectionPage {
  pageId: string;
  text: PageText;
}

/** Every page in order, or null while a page has no text yet. */
export async function loadDetectionPages(em: EntityManager, documentId: string): Promise<DetectionPage[] | null> {
  const pages = await em.find(Page, { document: documentId }, { orderBy: { pageNumber: 'asc' } });
  if (pages.length === 0 || pages.some((page) => page.ocrStatus !== 'done')) return null;
  return pages.map((page) => ({
    pageId: page.id,
    text: {
      page: page.pageNumber,
      width: Number(page.widthPt),
      height: Number(page.heightPt),
      source: page.hasTextLayer ? 'text-layer' : 'ocr',
      words: page.words ?? [],
    },
  }));
}
