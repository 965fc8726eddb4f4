// A document whose ingest job gave up (every attempt failed on something other than the file itself: the blob
// store or the database was away). It must not stay 'uploaded' for ever: it fails with a reason a coordinator can
// act on, and the technical cause stays in the logs and on the outbox row.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document } from '@woo/db';

export const ingestGaveUpReason = {
  nl: 'Het document kon door een technische storing niet worden verwerkt. Upload het opnieuw.',
  en: 'The document could not be processed because of a technical fault. Please upload it again.',
};

/** True when the document was still waiting and is now failed. */
export async function failIngestForGood(em: EntityManager, documentId: string): Promise<boolean> {
  const changed = await em.nativeUpdate(
    Document,
    { id: documentId, status: 'uploaded' },
    { status: 'failed', failureReason: ingestGaveUpReason.nl, updatedAt: new Date() },
  );
  return changed > 0;
}
