// A page that cannot be read fails that page and its document, with reasons a coordinator can act on. The other
// pages stop early (see processPage) and detection never starts for the document.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document, Page } from '@woo/db';
import { documentFailureReason } from './failure-reason.js';

export async function failPage(em: EntityManager, pageId: string, reason: string): Promise<void> {
  await em.transactional(async (tem) => {
    const page = await tem.findOne(Page, pageId, { fields: ['id', 'pageNumber', 'document'] });
    if (!page) return;
    await tem.nativeUpdate(
      Page,
      { id: pageId },
      {
        updatedAt: new Date(),
        renderStatus: 'failed',
        ocrStatus: 'failed',
        detectStatus: 'failed',
        failureReason: reason,
      },
    );
    // The first failing page names the reason; a later one does not overwrite it.
    await tem.nativeUpdate(
      Document,
      { id: page.document.id, status: { $ne: 'failed' } },
      {
        updatedAt: new Date(),
        status: 'failed',
        detectStatus: 'failed',
        failureReason: documentFailureReason(page.pageNumber, reason),
      },
    );
  });
}
