import type { MikroORM } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AnyJobContract } from './contract.js';
import { allJobs, findJobContract } from './jobs/all-jobs.js';
import type { StepSource } from './step-source.js';
import { defaultStepSources } from './step-sources.js';

export interface ReconcileOptions {
  orm: MikroORM;
  /** A producer connection; the caller closes it. */
  connection: Redis;
  prefix: string;
  logger: Logger;
  sources?: readonly StepSource[];
  contracts?: readonly AnyJobContract[];
}

export interface ReconcileCounts {
  /** Steps PostgreSQL has as unfinished. */
  unfinished: number;
  /** BullMQ has a live job for it (waiting, active, delayed, prioritized, waiting for children): left alone. */
  live: number;
  /** Put (again) on its queue. */
  requeued: number;
  /** BullMQ has it completed: recorded as done in PostgreSQL. */
  completedInQueue: number;
  /** BullMQ has it failed: left failed and visible, not retried. */
  failedInQueue: number;
  /** Unknown job name or a payload the contract rejects: logged and skipped. */
  invalid: number;
}

export interface ReconcileReport extends ReconcileCounts {
  bySource: Record<string, ReconcileCounts>;
}

const liveStates = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

function noCounts(): ReconcileCounts {
  return { unfinished: 0, live: 0, requeued: 0, completedInQueue: 0, failedInQueue: 0, invalid: 0 };
}

/**
 * Rebuilds the queues from PostgreSQL, at start-up and on demand: every unfinished step of every source goes
 * back on its queue unless BullMQ already holds it. Decisions for jobs BullMQ holds as finished:
 * - completed: the handler ran and the worker host marked the outbox before completing, so the work is done;
 *   the source records that (no second run).
 * - failed: it stays failed and visible for a person to look at and retry; re-enqueuing it here would loop a
 *   job that keeps failing forever. The source records the reason.
 * Safe to run while relays and workers run: adds use the deterministic job id, so a race adds nothing twice.
 */
export async function reconcile(options: ReconcileOptions): Promise<ReconcileReport> {
  const sources = options.sources ?? defaultStepSources;
  const contracts = options.contracts ?? allJobs;
  const queues = new Map<string, Queue>();
  const queueFor = (name: string) => {
    let queue = queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: options.connection, prefix: options.prefix });
      queues.set(name, queue);
    }
    return queue;
  };
  const report: ReconcileReport = { ...noCounts(), bySource: {} };

  try {
    for (const source of sources) {
      const counts = noCounts();
      report.bySource[source.name] = counts;
      const em = options.orm.em.fork();
      const steps = await source.listUnfinished(em);
      const requeued: string[] = [];
      counts.unfinished = steps.length;

      for (const step of steps) {
        const contract = findJobContract(step.jobName, contracts);
        const parsed = contract?.payload.safeParse(step.payload);
        if (!contract || !parsed?.success) {
          counts.invalid += 1;
          options.logger.warn(
            { source: source.name, jobName: step.jobName, jobId: step.jobId },
            'unfinished step is invalid',
          );
          continue;
        }
        const jobId = step.jobId ?? contract.jobId(parsed.data);
        const queue = queueFor(contract.queue);
        const job = await queue.getJob(jobId);
        const state = job ? await job.getState() : 'unknown';

        if (liveStates.has(state)) {
          counts.live += 1;
          continue;
        }
        if (state === 'completed') {
          counts.completedInQueue += 1;
          await source.onFinishedInQueue?.(em, jobId, {
            state: 'completed',
            finishedAt: job?.finishedOn ? new Date(job.finishedOn) : null,
          });
          continue;
        }
        if (state === 'failed') {
          counts.failedInQueue += 1;
          await source.onFinishedInQueue?.(em, jobId, { state: 'failed', reason: job?.failedReason ?? 'failed' });
          continue;
        }
        // A job hash left without a state (a partial loss) would make the add below a silent no-op.
        if (job) await job.remove();
        const delay = step.availableAt ? Math.max(0, step.availableAt.getTime() - Date.now()) : 0;
        await queue.add(contract.name, parsed.data, { ...contract.options, jobId, ...(delay > 0 ? { delay } : {}) });
        requeued.push(jobId);
        counts.requeued += 1;
      }

      await source.onRequeued?.(em, requeued);
      for (const key of Object.keys(counts) as (keyof ReconcileCounts)[]) report[key] += counts[key];
    }
  } finally {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
  }

  const { bySource: _bySource, ...totals } = report;
  options.logger.info(totals, 'reconciled queues with PostgreSQL');
  return report;
}
