import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AnyJobContract, JobPayload } from './contract.js';

/** What a handler gets besides its payload: its own scope for this one job. */
export interface JobContext {
  /** An EntityManager forked for this job; the host flushes it after the handler returns. */
  em: EntityManager;
  /** Child logger carrying the job id and name. Log ids and counts, never payload text. */
  logger: Logger;
  jobId: string;
  /** 1 for the first run, 2 for the first retry… */
  attempt: number;
}

export interface JobHandler<C extends AnyJobContract = AnyJobContract, R = unknown> {
  readonly contract: C;
  /** Its result is kept in Redis as the job's return value: ids, counts and statuses only, like payloads. */
  readonly handle: (payload: JobPayload<C>, context: JobContext) => Promise<R>;
}

export function defineHandler<C extends AnyJobContract, R>(
  contract: C,
  handle: (payload: JobPayload<C>, context: JobContext) => Promise<R>,
): JobHandler<C, R> {
  return Object.freeze({ contract, handle });
}

/**
 * One handler per job name, each for a known contract; a handler for every contract on the queues this worker
 * consumes and for every required contract. Throws with every problem found, so a worker refuses to start instead of dropping jobs later.
 */
export function indexHandlers(
  handlers: readonly JobHandler[],
  contracts: readonly AnyJobContract[],
  requiredContracts: readonly AnyJobContract[] = [],
): Map<string, JobHandler> {
  const problems: string[] = [];
  const byName = new Map<string, JobHandler>();
  for (const handler of handlers) {
    const name = handler.contract.name;
    const known = contracts.find((contract) => contract.name === name);
    if (!known) problems.push(`no contract for job "${name}"`);
    else if (known.queue !== handler.contract.queue) problems.push(`job "${name}" is on queue "${known.queue}"`);
    if (byName.has(name)) problems.push(`two handlers for job "${name}"`);
    byName.set(name, handler);
  }
  // A worker on a queue takes every job of that queue, so each job name on it needs a handler here.
  const consumedQueues = new Set(handlers.map((handler) => handler.contract.queue));
  const needed = [...requiredContracts, ...contracts.filter((contract) => consumedQueues.has(contract.queue))];
  for (const name of new Set(needed.map((contract) => contract.name))) {
    if (!byName.has(name)) problems.push(`no handler for job "${name}"`);
  }
  if (problems.length > 0) throw new Error(`Worker refuses to start: ${problems.join('; ')}`);
  return byName;
}
