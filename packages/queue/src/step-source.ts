import type { EntityManager } from '@mikro-orm/postgresql';

/** A step PostgreSQL says is not finished, as a job to put on a queue. */
export interface UnfinishedStep {
  jobName: string;
  payload: unknown;
  /** Defaults to the contract's job id for the payload. */
  jobId?: string;
  /** Not before this moment (the job is added delayed). */
  availableAt?: Date | null;
}

export type FinishedInQueue = { state: 'completed'; finishedAt: Date | null } | { state: 'failed'; reason: string };

/**
 * Somewhere in PostgreSQL that records work which may have been lost with Redis: the outbox, and later e.g. pages
 * whose OCR never finished. The reconciler asks each source for its unfinished steps and puts back on the queue
 * those BullMQ does not know; a source only has to describe its steps, and may record what the reconciler did.
 */
export interface StepSource {
  readonly name: string;
  listUnfinished(em: EntityManager): Promise<UnfinishedStep[]>;
  /** The job ids that were put (again) on their queue. */
  onRequeued?(em: EntityManager, jobIds: readonly string[]): Promise<void>;
  /** BullMQ still holds this job as completed or failed although PostgreSQL has it unfinished. */
  onFinishedInQueue?(em: EntityManager, jobId: string, outcome: FinishedInQueue): Promise<void>;
}
