import type { EntityManager } from '@mikro-orm/postgresql';
import { Outbox } from '@woo/db';
import type { z } from 'zod';
import type { AnyJobContract } from './contract.js';

export interface EnqueueOptions {
  /** Not before this moment: the relay leaves the row alone until then. */
  delayUntil?: Date;
}

export interface EnqueueResult {
  jobId: string;
  /** False when a row with this job id existed already (the call was a no-op). */
  created: boolean;
}

/**
 * Enqueue after commit: validates the payload with the contract and writes an outbox row inside the caller's
 * transaction, so the job exists exactly when the state change that caused it commits. The relay puts it on the
 * queue. The same job id twice is a no-op (`on conflict do nothing`).
 *
 * The row is written at once (not at flush), so `em` must be inside a transaction: outside one it would commit
 * on its own, before the change it belongs to.
 */
export async function enqueueViaOutbox<C extends AnyJobContract>(
  em: EntityManager,
  contract: C,
  payload: z.input<C['payload']>,
  options: EnqueueOptions = {},
): Promise<EnqueueResult> {
  if (!em.isInTransaction()) {
    throw new Error(`enqueueViaOutbox(${contract.name}) needs a transaction: call it inside em.transactional()`);
  }
  const parsed = contract.payload.parse(payload) as z.output<C['payload']>;
  const jobId = contract.jobId(parsed);
  const result = await em
    .createQueryBuilder(Outbox)
    .insert({
      queueName: contract.queue,
      jobName: contract.name,
      jobId,
      payload: parsed,
      attempts: 0,
      ...(options.delayUntil ? { availableAt: options.delayUntil } : {}),
    })
    .onConflict('jobId')
    .ignore()
    .execute('run');
  return { jobId, created: result.affectedRows > 0 };
}
