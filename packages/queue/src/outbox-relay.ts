import { LockMode, raw } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Outbox, runPooledStatement } from '@woo/db';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AnyJobContract } from './contract.js';
import { allJobs, findJobContract } from './jobs/all-jobs.js';

export interface OutboxRelayOptions {
  orm: MikroORM;
  /** A producer connection (`createRedisConnection(url, { forWorker: false })`); the caller closes it. */
  connection: Redis;
  prefix: string;
  logger: Logger;
  /** Rows claimed per round. */
  batchSize?: number;
  /** Pause between rounds when the last one left nothing due. */
  intervalMs?: number;
  /** How long one add to Redis may take before the row is left for a later round. */
  addTimeoutMs?: number;
  contracts?: readonly AnyJobContract[];
}

export interface RelayRound {
  dispatched: number;
  failed: number;
}

export interface OutboxRelay {
  /** Claims due rows (FOR UPDATE SKIP LOCKED), adds them to their queues, marks them dispatched. */
  runOnce(): Promise<RelayRound>;
  /** Polls every `intervalMs`; a full batch is followed by the next round at once. */
  start(): void;
  /** Runs a round soon instead of waiting for the next poll (e.g. right after a commit in this process). */
  wake(): void;
  /** Stops polling, waits for a running round, closes its queues (not the connection). */
  stop(): Promise<void>;
}

/** Whether a round would find a row to claim (the same condition as its query, without the lock). */
const ANY_DUE_SQL = `select exists (select 1 from outbox
  where dispatched_at is null and completed_at is null and available_at <= now()) as due`;

/** Delay before a row whose dispatch failed is tried again: 1 s, 2 s, 4 s… at most 5 minutes. */
function retryDelayMs(attempts: number): number {
  return Math.min(1_000 * 2 ** Math.max(0, attempts - 1), 300_000);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Moves committed outbox rows to BullMQ. Several relays (in several processes) may run: each claims rows with
 * `FOR UPDATE SKIP LOCKED`, so a row is handled by one relay at a time, and the deterministic job id makes even
 * a repeated add a no-op in BullMQ. Polling only: a LISTEN/NOTIFY wake-up needs a dedicated pg connection outside
 * the ORM pool, and a one-second poll is fast enough for documents that wait days.
 */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const batchSize = options.batchSize ?? 100;
  const intervalMs = options.intervalMs ?? 1_000;
  const addTimeoutMs = options.addTimeoutMs ?? 10_000;
  const contracts = options.contracts ?? allJobs;
  const queues = new Map<string, Queue>();
  const queueFor = (name: string) => {
    let queue = queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: options.connection, prefix: options.prefix });
      queue.on('error', (error) => options.logger.error({ queue: name, reason: error.message }, 'relay queue error'));
      queues.set(name, queue);
    }
    return queue;
  };

  const runOnce = async (): Promise<RelayRound> => {
    const round: RelayRound = { dispatched: 0, failed: 0 };
    // Most rounds find nothing due: one prepared statement says so, without a transaction and an EntityManager.
    const [due] = await runPooledStatement<{ due: boolean }>(options.orm.em, ANY_DUE_SQL, []);
    if (!due?.due) return round;
    await options.orm.em.fork().transactional(async (em) => {
      const rows = await em.find(
        Outbox,
        { dispatchedAt: null, completedAt: null, availableAt: { $lte: raw('now()') } },
        { orderBy: { id: 'asc' }, limit: batchSize, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      for (const row of rows) {
        try {
          const contract = findJobContract(row.jobName, contracts);
          if (!contract) throw new Error(`no contract for job "${row.jobName}"`);
          await withTimeout(
            queueFor(row.queueName).add(row.jobName, row.payload, { ...contract.options, jobId: row.jobId }),
            addTimeoutMs,
            'adding the job to Redis',
          );
          row.dispatchedAt = new Date();
          row.lastError = null;
          round.dispatched += 1;
        } catch (error) {
          row.attempts += 1;
          row.lastError = error instanceof Error ? error.message : String(error);
          row.availableAt = new Date(Date.now() + retryDelayMs(row.attempts));
          round.failed += 1;
          options.logger.warn(
            { jobId: row.jobId, jobName: row.jobName, attempts: row.attempts, reason: row.lastError },
            'outbox dispatch failed',
          );
          // Redis is probably unreachable: leave the rest of the batch for the next round, untouched.
          break;
        }
      }
    });
    if (round.dispatched + round.failed > 0) options.logger.debug(round, 'outbox relay round');
    return round;
  };

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let started = false;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    if (started) timer = setTimeout(tick, delayMs);
  };
  const tick = () => {
    if (running) return;
    running = runOnce()
      .then((round) => schedule(round.dispatched === batchSize ? 0 : intervalMs))
      .catch((error: unknown) => {
        options.logger.error({ reason: error instanceof Error ? error.message : String(error) }, 'outbox relay error');
        schedule(intervalMs);
      })
      .finally(() => {
        running = undefined;
      });
  };

  return {
    runOnce,
    start() {
      if (started) return;
      started = true;
      schedule(0);
    },
    wake() {
      if (started && !running) schedule(0);
    },
    async stop() {
      started = false;
      clearTimeout(timer);
      await running;
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      queues.clear();
    },
  };
}
