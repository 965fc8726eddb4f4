// The fan-in after the pages: when the LAST page of a document has its text, detection is enqueued — exactly once,
// even when two pages finish at the same moment in two workers.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@woo/db';
import { documentDetect, enqueueViaOutbox } from '@woo/queue';

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
  const notDone = await tem.count(Page, { document: documentId, ocrStatus: { $ne: 'done' } });
  if (notDone > 0) return false;
  // Ingest may still be adding pages: all pages the document has must exist and be done.
  const done = await tem.count(Page, { document: documentId });
  if (document.page_count !== null && done < document.page_count) return false;
  const { created } = await enqueueViaOutbox(tem, documentDetect, { documentId });
  return created;
}
