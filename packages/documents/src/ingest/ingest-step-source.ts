// What the reconciler needs to know about ingest beyond the outbox.
//
// The outbox already covers every ingest job: the only code that creates an 'uploaded' document
// (addDocumentsToCase, for uploads and for e-mail attachments) writes its `document.ingest` outbox row in the same
// transaction, and a row is completed only after the handler moved the document on (processing or failed). So a job
// lost with Redis is put back by the outbox source. What the outbox cannot do is make a job that FAILED for good
// visible on the document: the reconciler rightly leaves failed jobs failed, and the document would stay
// 'uploaded' — looking busy — for ever. The handler marks the document on its last attempt; this source catches
// the rest (a worker killed during that last attempt, a job failed by stalling).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document } from '@woo/db';
import { documentIngest, type FinishedInQueue, type StepSource, type UnfinishedStep } from '@woo/queue';
import { failIngestForGood } from './ingest-failure.js';

export const uploadedDocumentsStepSource: StepSource = {
  name: 'ingest',

  async listUnfinished(em: EntityManager): Promise<UnfinishedStep[]> {
    // The same job ids the outbox uses: what the outbox source already re-added counts as live here.
    const documents = await em.find(Document, { status: 'uploaded' }, { fields: ['id'], orderBy: { id: 'asc' } });
    return documents.map((document) => ({ jobName: documentIngest.name, payload: { documentId: document.id } }));
  },

  async onFinishedInQueue(em: EntityManager, jobId: string, outcome: FinishedInQueue): Promise<void> {
    if (outcome.state !== 'failed') return;
    await failIngestForGood(em, jobId.slice(`${documentIngest.name}/`.length));
  },
};
