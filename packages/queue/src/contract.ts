import type { BackoffOptions, KeepJobs } from 'bullmq';
import type { z } from 'zod';
import { findFreeTextFields } from './payload-policy.js';

/** The options every job carries; a contract may override any of them. */
export interface JobContractOptions {
  attempts: number;
  backoff: BackoffOptions;
  removeOnComplete: KeepJobs;
  removeOnFail: KeepJobs;
  priority?: number;
}

export const defaultJobOptions: JobContractOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  // Completed jobs stay a while so a re-add with the same id is a no-op; PostgreSQL keeps the lasting record.
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  // Failed jobs stay visible for a month: the reconciler never re-enqueues them on its own.
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** Payloads are objects of ids, dates and enums; see payload-policy.ts. */
export type PayloadSchema = z.ZodObject;

/** A job as producers and workers both see it: where it goes, what it carries, how it is retried. */
export interface JobContract<TName extends string = string, TSchema extends PayloadSchema = PayloadSchema> {
  readonly queue: string;
  readonly name: TName;
  readonly payload: TSchema;
  /**
   * The BullMQ job id for a payload: `<name>/<key>`, where the key comes from the contract. Equal payloads give
   * equal ids, so a second add is a no-op in BullMQ and in the outbox (its jobId column is unique).
   */
  readonly jobId: (payload: z.output<TSchema>) => string;
  readonly options: JobContractOptions;
}

// Any contract, whatever its payload: used by registries and the worker host.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobContract = JobContract<string, any>;

export type JobPayload<C extends AnyJobContract> = z.output<C['payload']>;

export interface JobDefinition<TName extends string, TSchema extends PayloadSchema> {
  queue: string;
  name: TName;
  payload: TSchema;
  /** The deterministic part of the job id, derived from the payload only. */
  jobId: (payload: z.output<TSchema>) => string;
  options?: Partial<JobContractOptions>;
}

// Dots are allowed: the detection queues are named after their ground (`detect.5.1.2e`).
const queueNamePattern = /^[a-z][a-z0-9.-]*$/;
const jobNamePattern = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/;

export function defineJob<TName extends string, TSchema extends PayloadSchema>(
  definition: JobDefinition<TName, TSchema>,
): JobContract<TName, TSchema> {
  const { queue, name } = definition;
  // BullMQ forbids ':' in queue names; keeping names to this alphabet also keeps Redis keys readable.
  if (!queueNamePattern.test(queue))
    throw new Error(`Job ${name}: queue name "${queue}" must match ${queueNamePattern}`);
  if (!jobNamePattern.test(name))
    throw new Error(`Job name "${name}" must look like "area.action" (${jobNamePattern})`);
  const freeText = findFreeTextFields(definition.payload);
  if (freeText.length > 0) {
    throw new Error(
      `Job ${name}: payload fields ${freeText.join(', ')} accept free text; payloads carry ids, dates and enums only`,
    );
  }
  return Object.freeze({
    queue,
    name,
    payload: definition.payload,
    jobId: (payload: z.output<TSchema>) => {
      const key = definition.jobId(payload);
      // BullMQ rejects ids with ':' and ids that are plain integers; the name prefix rules out the latter.
      if (key.length === 0 || key.includes(':'))
        throw new Error(`Job ${name}: job id key "${key}" is empty or has ':'`);
      return `${name}/${key}`;
    },
    options: { ...defaultJobOptions, ...definition.options },
  });
}
