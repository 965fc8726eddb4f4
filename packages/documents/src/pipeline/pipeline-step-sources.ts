// Where PostgreSQL records pipeline work that Redis may have lost, for the reconciler (packages/queue): pages whose
// text was never stored, and documents whose detection never finished. The outbox already covers jobs that were
// committed and not completed; these cover what the outbox calls complete although its follow-up work was lost —
// above all the detection flow, which `document.detect` adds to Redis directly (its outbox row completes when the
// flow has been added, not when the flow is done).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@woo/db';
import { documentDetect, pageProcess, type FinishedInQueue, type StepSource, type UnfinishedStep } from '@woo/queue';
import { failureReasonOf } from './failure-reason.js';
import { failPage } from './page-failure.js';

/** Pages of live documents without their text (pending or running, not failed). */
export const unprocessedPagesStepSource: StepSource = {
  name: 'pages',

  async listUnfinished(em: EntityManager): Promise<UnfinishedStep[]> {
    const pages = await em.find(
      Page,
      { ocrStatus: { $in: ['pending', 'running'] }, document: { status: { $ne: 'failed' } } },
      { fields: ['id'], orderBy: { id: 'asc' } },
    );
    return pages.map((page) => ({ jobName: pageProcess.name, payload: { pageId: page.id } }));
  },

  async onFinishedInQueue(em: EntityManager, jobId: string, outcome: FinishedInQueue): Promise<void> {
    // A page job that used up its attempts: the page (and so the document) failed, and shows why.
    if (outcome.state !== 'failed') return;
    const pageId = jobId.slice(`${pageProcess.name}/`.length);
    await failPage(em, pageId, failureReasonOf(new Error(outcome.reason)));
  },
};

/**
 * Documents whose pages all have their text but whose detection is not done (pending or running; a failed one waits
 * for a person). Re-running `document.detect` is safe: it adds the same flow with the same job ids, which BullMQ
 * ignores while the flow exists, and the regions' dedupKey keeps a re-run of a ground from adding regions twice.
 */
export const unfinishedDetectionStepSource: StepSource = {
  name: 'detection',

  async listUnfinished(em: EntityManager): Promise<UnfinishedStep[]> {
    const rows = await em.execute<{ id: string }[]>(
      `select d.id from document d
        where d.status <> 'failed' and d.detect_status in ('pending', 'running')
          and exists (select 1 from page p where p.document_id = d.id)
          and not exists (select 1 from page p where p.document_id = d.id and p.ocr_status <> 'done')
        order by d.id`,
    );
    return rows.map((row) => ({ jobName: documentDetect.name, payload: { documentId: row.id } }));
  },
};

/** The pipeline's sources, registered next to the defaults by the workers process. */
export const pipelineStepSources: readonly StepSource[] = [unprocessedPagesStepSource, unfinishedDetectionStepSource];
