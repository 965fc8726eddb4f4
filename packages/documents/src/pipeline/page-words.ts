// The stored words of a document's pages, read with one statement and without MikroORM entities: detection (once per
// ground) and redaction and the leak gate (once each) read every page's words, and as managed entities each job's
// flush compared every page's words with their snapshot again. The page's plain text is not read: nobody here uses it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { runStatement } from '@woo/db';
import type { PageText, PageWord } from '@woo/domain';

export interface StoredPageWords {
  pageId: string;
  /** Whether the page has its words yet (the page step is done). */
  done: boolean;
  text: PageText;
}

const PAGE_WORDS_SQL = `select id, page_number, width_pt, height_pt, has_text_layer, ocr_status, words
  from page where document_id = $1 order by page_number`;

interface PageRow {
  id: string;
  page_number: number;
  width_pt: number;
  height_pt: number;
  has_text_layer: boolean;
  ocr_status: string;
  words: PageWord[] | null;
}

/** Every page of the document in order. */
export async function loadPageWords(em: EntityManager, documentId: string): Promise<StoredPageWords[]> {
  const rows = await runStatement<PageRow>(em, PAGE_WORDS_SQL, [documentId]);
  return rows.map((row) => ({
    pageId: row.id,
    done: row.ocr_status === 'done',
    text: {
      page: row.page_number,
      width: Number(row.width_pt),
      height: Number(row.height_pt),
      source: row.has_text_layer ? 'text-layer' : 'ocr',
      words: row.words ?? [],
    },
  }));
}
