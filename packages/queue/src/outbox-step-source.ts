import type { EntityManager } from '@mikro-orm/postgresql';
import { Outbox } from '@woo/db';
import type { FinishedInQueue, StepSource, UnfinishedStep } from './step-source.js';

/** Every outbox row not completed, dispatched or not. */
export const outboxStepSource: StepSource = {
  name: 'outbox',

  async listUnfinished(em: EntityManager): Promise<UnfinishedStep[]> {
    const rows = await em.find(Outbox, { completedAt: null }, { orderBy: { id: 'asc' } });
    return rows.map((row) => ({
      jobName: row.jobName,
      payload: row.payload,
      jobId: row.jobId,
      availableAt: row.availableAt,
    }));
  },

  async onRequeued(em: EntityManager, jobIds: readonly string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await em.nativeUpdate(Outbox, { jobId: { $in: [...jobIds] }, completedAt: null }, { dispatchedAt: new Date() });
  },

  async onFinishedInQueue(em: EntityManager, jobId: string, outcome: FinishedInQueue): Promise<void> {
    if (outcome.state === 'completed') {
      // The worker host marks the row before it lets BullMQ complete the job, so this is a completion whose
      // mark got lost (or a job completed by an older host): the work is done, record it.
      await em.nativeUpdate(Outbox, { jobId, completedAt: null }, { completedAt: outcome.finishedAt ?? new Date() });
    } else {
      // A failed job stays failed and visible in BullMQ; PostgreSQL shows why.
      await em.nativeUpdate(Outbox, { jobId, completedAt: null }, { lastError: outcome.reason });
    }
  },
};
