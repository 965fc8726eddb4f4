// The document's detection state around the flow: begun by `document.detect`, finished by the flow's parent once
// every ground's child is done, failed when a child gives up.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document, Page } from '@woo/db';

export type DetectionStart =
  | { start: true }
  | { start: false; reason: 'document_not_found' | 'document_failed' | 'already_done' | 'pages_not_ready' };

/** Whether detection should (still) run for the document; marks it running when it should. */
export async function beginDetection(em: EntityManager, documentId: string): Promise<DetectionStart> {
  const document = await em.findOne(Document, documentId, { fields: ['id', 'status', 'detectStatus'] });
  if (!document) return { start: false, reason: 'document_not_found' };
  if (document.status === 'failed') return { start: false, reason: 'document_failed' };
  if (document.detectStatus === 'done') return { start: false, reason: 'already_done' };
  const waiting = await em.count(Page, { document: documentId, ocrStatus: { $ne: 'done' } });
  if (waiting > 0) return { start: false, reason: 'pages_not_ready' };
  await em.transactional(async (tem) => {
    await tem.nativeUpdate(
      Document,
      { id: documentId, detectStatus: { $ne: 'done' } },
      { updatedAt: new Date(), detectStatus: 'running' },
    );
    await tem.nativeUpdate(
      Page,
      { document: documentId, detectStatus: { $ne: 'done' } },
      { updatedAt: new Date(), detectStatus: 'running' },
    );
  });
  return { start: true };
}

/** Every ground is done: the document is ready for review. Returns false when it was already finished. */
export async function finishDetection(em: EntityManager, documentId: string): Promise<boolean> {
  return em.transactional(async (tem) => {
    const changed = await tem.nativeUpdate(
      Document,
      { id: documentId, detectStatus: { $ne: 'done' }, status: { $ne: 'failed' } },
      { updatedAt: new Date(), detectStatus: 'done', status: 'ready', failureReason: null },
    );
    await tem.nativeUpdate(
      Page,
      { document: documentId, detectStatus: { $ne: 'done' } },
      { updatedAt: new Date(), detectStatus: 'done' },
    );
    return changed > 0;
  });
}

/** A ground's child gave up after its last attempt: the coordinator sees that detection did not complete. */
export async function failDetection(em: EntityManager, documentId: string): Promise<void> {
  await em.transactional(async (tem) => {
    await tem.nativeUpdate(
      Document,
      { id: documentId, detectStatus: { $ne: 'done' } },
      {
        updatedAt: new Date(),
        detectStatus: 'failed',
        failureReason: 'Het zoeken naar gegevens om te lakken is niet gelukt',
      },
    );
    await tem.nativeUpdate(
      Page,
      { document: documentId, detectStatus: 'running' },
      { updatedAt: new Date(), detectStatus: 'failed' },
    );
  });
}
