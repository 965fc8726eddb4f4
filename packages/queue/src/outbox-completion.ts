import type { EntityManager } from '@mikro-orm/postgresql';
import { Outbox, runStatement } from '@woo/db';

/**
 * Records in PostgreSQL that the job with this id finished. Idempotent: a second call, or a job that never had an
 * outbox row (one enqueued by a step source), changes nothing.
 */
export async function markOutboxCompleted(em: EntityManager, jobId: string): Promise<boolean> {
  // After every job: one prepared statement instead of MikroORM's query building (runStatement).
  const rows = await runStatement(em, MARK_COMPLETED_SQL, [jobId, new Date()]);
  return rows.length > 0;
}

const MARK_COMPLETED_SQL = `update outbox set completed_at = $2, last_error = null
  where job_id = $1 and completed_at is null returning id`;

/** Keeps the latest failure reason on the outbox row, so PostgreSQL shows why a job is not done. */
export async function recordOutboxFailure(em: EntityManager, jobId: string, reason: string): Promise<void> {
  await em.nativeUpdate(Outbox, { jobId, completedAt: null }, { lastError: reason });
}
