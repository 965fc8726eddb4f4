import type { MikroORM } from '@mikro-orm/postgresql';
import { UnrecoverableError, Worker, type Job, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { AnyJobContract } from './contract.js';
import { indexHandlers, type JobHandler } from './handler.js';
import { allJobs } from './jobs/all-jobs.js';
import { markOutboxCompleted, recordOutboxFailure } from './outbox-completion.js';
import { createRedisConnection } from './redis-connection.js';

export interface WorkerHostOptions {
  /** A Redis URL, or a factory returning a fresh connection per queue worker (the host closes what it opened). */
  connection: string | (() => Redis);
  prefix: string;
  orm: MikroORM;
  logger: Logger;
  handlers: readonly JobHandler[];
  /** Jobs processed at the same time, per queue. */
  concurrency?: number;
  /** The known contracts; defaults to `allJobs`. */
  contracts?: readonly AnyJobContract[];
  /** Contracts this process must handle, even on queues it would not otherwise consume. */
  requiredContracts?: readonly AnyJobContract[];
  /** Stall detection: tests shorten these to see a killed worker's job picked up again. */
  stall?: Pick<WorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount'>;
}

export interface WorkerHost {
  /** The queues this host consumes. */
  readonly queues: readonly string[];
  /** Resolves when every queue worker is connected and taking jobs. */
  waitUntilReady(): Promise<void>;
  /**
   * Stops taking jobs, waits for running ones to finish (unless `force`), closes the Redis connections it opened.
   * The ORM belongs to the caller and stays open.
   */
  close(options?: { force?: boolean }): Promise<void>;
}

/**
 * Runs the handlers of one process: one BullMQ worker per queue, a forked EntityManager and a child logger per
 * job. Refuses to start when handlers and contracts do not match one to one (see `indexHandlers`).
 */
export function createWorkerHost(options: WorkerHostOptions): WorkerHost {
  const contracts = options.contracts ?? allJobs;
  const handlers = indexHandlers(options.handlers, contracts, options.requiredContracts);
  const queues = [...new Set([...handlers.values()].map((handler) => handler.contract.queue))];
  const openedConnections: Redis[] = [];
  const openConnection = () => {
    const connection =
      typeof options.connection === 'string'
        ? createRedisConnection(options.connection, { forWorker: true })
        : options.connection();
    openedConnections.push(connection);
    return connection;
  };

  const processJob = async (job: Job, queue: string) => {
    const handler = handlers.get(job.name);
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${queue}"`);
    const jobId = job.id ?? '';
    const logger = options.logger.child({ jobId, jobName: job.name, queue, attempt: job.attemptsStarted });
    const parsed = handler.contract.payload.safeParse(job.data);
    if (!parsed.success) {
      // The issues name fields and rules, not the values, so the reason is safe to keep and to show.
      const reason = `Invalid payload for job "${job.name}": ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`;
      logger.warn({ reason }, 'job rejected');
      throw new UnrecoverableError(reason);
    }
    const em = options.orm.em.fork();
    const started = performance.now();
    const result = await handler.handle(parsed.data, { em, logger, jobId, attempt: job.attemptsStarted });
    await em.flush();
    await markOutboxCompleted(em, jobId);
    logger.info({ durationMs: Math.round(performance.now() - started) }, 'job done');
    return result;
  };

  const workers = queues.map((queue) => {
    const worker = new Worker(queue, (job: Job) => processJob(job, queue), {
      connection: openConnection(),
      prefix: options.prefix,
      concurrency: options.concurrency ?? 1,
      ...options.stall,
    });
    worker.on('failed', (job, error) => {
      options.logger.warn(
        { jobId: job?.id, jobName: job?.name, queue, attempt: job?.attemptsStarted, reason: error.message },
        'job failed',
      );
      if (job?.id) {
        recordOutboxFailure(options.orm.em.fork(), job.id, error.message).catch((cause: unknown) =>
          options.logger.error({ jobId: job.id, reason: String(cause) }, 'could not record the failure in the outbox'),
        );
      }
    });
    // Without a listener an 'error' event would crash the process; BullMQ reconnects by itself.
    worker.on('error', (error) => options.logger.error({ queue, reason: error.message }, 'worker error'));
    return worker;
  });

  options.logger.info({ queues, jobs: [...handlers.keys()] }, 'worker host started');

  return {
    queues,
    async waitUntilReady() {
      await Promise.all(workers.map((worker) => worker.waitUntilReady()));
    },
    async close({ force = false } = {}) {
      await Promise.all(workers.map((worker) => worker.close(force)));
      await Promise.all(openedConnections.map((connection) => connection.quit().catch(() => connection.disconnect())));
      options.logger.info({ queues, force }, 'worker host closed');
    },
  };
}
