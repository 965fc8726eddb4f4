// Called by the review when a document's review is approved: redact the current revision, then (enqueued by the
// redaction itself once the file exists) run the leak gate over it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document } from '@woo/db';
import { documentRedact, enqueueViaOutbox } from '@woo/queue';

export interface RedactionRequest {
  revision: number;
  /** The outbox job id of document.redact for this revision. */
  jobId: string;
  /** False when this revision was requested before (a no-op). */
  created: boolean;
}

/** Inside the caller's transaction (the outbox row commits with the approval). */
export async function requestRedaction(em: EntityManager, documentId: string): Promise<RedactionRequest> {
  const document = await em.findOneOrFail(Document, documentId, { fields: ['id', 'reviewRevision'] });
  const revision = document.reviewRevision;
  const { jobId, created } = await enqueueViaOutbox(em, documentRedact, { documentId, revision });
  if (created) {
    await em.nativeUpdate(
      Document,
      { id: documentId, reviewRevision: revision },
      { updatedAt: new Date(), redactStatus: 'pending', publicBlobKey: null, leakGatePassed: null, leakReport: null },
    );
  }
  return { revision, jobId, created };
}
