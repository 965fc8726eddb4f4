import type { EntityManager } from '@mikro-orm/postgresql';
import { Outbox } from '@woo/db';

/**
 * Records in PostgreSQL that the job with this id finished. Idempotent: a second call, or a job that never had an
 * outbox row (one enqueued by a step source), changes nothing.
 */
export async function markOutboxCompleted(em: EntityManager, jobId: string): Promise<boolean> {
  const changed = await em.nativeUpdate(
    Outbox,
    { jobId, completedAt: null },
    { completedAt: new Date(), lastError: null },
  );
  return changed > 0;
}

/** Keeps the latest failure reason on the outbox row, so PostgreSQL shows why a job is not done. */
export async function recordOutboxFailure(em: EntityManager, jobId: string, reason: string): Promise<void> {
  await em.nativeUpdate(Outbox, { jobId, completedAt: null }, { lastError: reason });
}
