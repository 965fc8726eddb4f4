// Steps 2–3 of the pipeline for one page (DESIGN §4): take the page's text layer or OCR it, store the words, and
// enqueue detection when it was the document's last page. The review screen's image of the page is not made here but
// on its first request (review-image.ts): nothing in the pipeline needs it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Page, runStatement } from '@woo/db';
import { isDocumentReadError, pageTextString } from '@woo/pdf';
import type { PageText } from '@woo/domain';
import { BlobNotFoundError } from '@woo/storage';
import { isDomainError } from '@woo/domain';
import { failureReasonOf } from './failure-reason.js';
import { enqueueDetectionIfLastPage } from './page-completion.js';
import { failPage } from './page-failure.js';
import { readPage, type PageRead, type PageReadingDeps } from './read-page.js';

export type PageProcessingDeps = PageReadingDeps;

/** Kept in Redis as the job's result: ids, counts and codes only. */
export type PageProcessResult =
  | { status: 'done'; pageId: string; source: PageText['source']; words: number; detectEnqueued: boolean }
  | { status: 'skipped'; pageId: string; reason: 'page_not_found' | 'already_done' | 'document_failed' }
  | { status: 'failed'; pageId: string; code: string };

const PAGE_RUNNING_SQL = `update page set updated_at = $2, render_status = 'running', ocr_status = 'running'
  where id = $1`;

const PAGE_DONE_SQL = `update page set updated_at = $2, width_pt = $3, height_pt = $4, rotation = $5, has_text_layer = $6,
  text = $7, words = $8::jsonb, render_status = 'done', ocr_status = 'done', failure_reason = null where id = $1`;

/** Errors that running the page again will not cure: the page fails instead of retrying. */
function isPermanent(error: unknown): boolean {
  if (isDocumentReadError(error) || error instanceof BlobNotFoundError || error instanceof RangeError) return true;
  // One pathological page that overran the OCR time limit would overrun it again.
  return isDomainError(error) && error.code === 'ocr.timeout';
}

function codeOf(error: unknown): string {
  if (isDomainError(error)) return error.code;
  return error instanceof BlobNotFoundError ? 'document.blob_missing' : 'page.unreadable';
}

export async function processPage(
  em: EntityManager,
  deps: PageProcessingDeps,
  pageId: string,
): Promise<PageProcessResult> {
  const page = await em.findOne(Page, pageId, { populate: ['document'] });
  if (!page) return { status: 'skipped', pageId, reason: 'page_not_found' };
  const document = page.document;
  if (document.status === 'failed') return { status: 'skipped', pageId, reason: 'document_failed' };
  if (page.ocrStatus === 'done' && page.renderStatus === 'done') {
    // A re-run after the page committed: the fan-in ran in that same transaction; running it again is harmless.
    await em.transactional((tem) => enqueueDetectionIfLastPage(tem, document.id));
    return { status: 'skipped', pageId, reason: 'already_done' };
  }

  // Progress the API shows per page; committed at once.
  await runStatement(em, PAGE_RUNNING_SQL, [pageId, new Date()]);

  let read: PageRead;
  try {
    read = await readPage(deps, document.blobKey, page.pageNumber);
  } catch (error) {
    if (!isPermanent(error)) throw error;
    await failPage(em, pageId, failureReasonOf(error));
    return { status: 'failed', pageId, code: codeOf(error) };
  }

  const detectEnqueued = await em.transactional(async (tem) => {
    // The words travel as one JSON parameter, not inlined into the SQL text by MikroORM.
    await runStatement(tem, PAGE_DONE_SQL, [
      pageId,
      new Date(),
      read.widthPt,
      read.heightPt,
      read.rotation,
      read.text.source === 'text-layer',
      pageTextString(read.text),
      JSON.stringify(read.text.words),
    ]);
    return enqueueDetectionIfLastPage(tem, document.id);
  });
  return { status: 'done', pageId, source: read.text.source, words: read.text.words.length, detectEnqueued };
}
