// The stored words of a document's pages as the recognisers read them.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PageText } from '@woo/domain';
import { loadPageWords } from './page-words.js';

export interface DetectionPage {
  pageId: string;
  text: PageText;
}

/** Every page in order, or null while a page has no text yet. */
export async function loadDetectionPages(em: EntityManager, documentId: string): Promise<DetectionPage[] | null> {
  const pages = await loadPageWords(em, documentId);
  if (pages.length === 0 || pages.some((page) => !page.done)) return null;
  return pages.map((page) => ({ pageId: page.pageId, text: page.text }));
}
