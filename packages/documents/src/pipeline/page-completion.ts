// The fan-in after the pages: when the LAST page of a document has its text, detection is enqueued — exactly once,
// even when two pages finish at the same moment in two workers.
import type { EntityManager } from '@mikro-orm/postgresql';
import { runStatement } from '@woo/db';
import { documentDetect, enqueueViaOutbox } from '@woo/queue';

/** The document's pages not done yet, and all its stored pages ($1 the document). */
const PAGE_COUNTS_SQL = `select count(*) filter (where ocr_status <> 'done')::int as not_done, count(*)::int as stored
  from page where document_id = $1`;

/**
 * Inside the transaction that marks a page done. The document row is locked first, so two page transactions of one
 * document run this one after the other and the second sees the first one's page as done (no lost fan-in); the
 * outbox's unique job id makes a second enqueue a no-op (no double fan-in). Returns whether a row was written.
 */
export async function enqueueDetectionIfLastPage(tem: EntityManager, documentId: string): Promise<boolean> {
  const [document] = await tem.execute<{ status: string; page_count: number | null }[]>(
    'select status, page_count from document where id = ? for update',
    [documentId],
  );
  if (!document || document.status === 'failed') return false;
  const [pages] = await runStatement<{ not_done: number; stored: number }>(tem, PAGE_COUNTS_SQL, [documentId]);
  if (!pages || pages.not_done > 0) return false;
  // Ingest may still be adding pages: all pages the document has must exist and be done.
  if (document.page_count !== null && pages.stored < document.page_count) return false;
  const { created } = await enqueueViaOutbox(tem, documentDetect, { documentId });
  return created;
}
