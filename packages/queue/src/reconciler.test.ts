import { randomUUID } from 'node:crypto';
import { Outbox } from '@woo/db';
import { createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueueViaOutbox } from './enqueue-via-outbox.js';
import { defineHandler } from './handler.js';
import { caseDeadlineScan } from './jobs/case-deadline-scan.js';
import { systemPing } from './jobs/system-ping.js';
import { createOutboxRelay } from './outbox-relay.js';
import { reconcile } from './reconciler.js';
import { createRedisConnection } from './redis-connection.js';
import type { StepSource } from './step-source.js';
import { defaultStepSources } from './step-sources.js';
import { eventually } from './testing/eventually.js';
import { deleteKeysWithPrefix, uniqueTestPrefix } from './testing/redis-prefix.js';
import { createWorkerHost, type WorkerHost } from './worker-host.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = uniqueTestPrefix();
const logger = pino({ level: 'silent' });
const redis = createRedisConnection(redisUrl, { forWorker: false });
const systemQueue = new Queue('system', { connection: redis, prefix });
const schedulerQueue = new Queue('scheduler', { connection: redis, prefix });
let db: TestDatabase;
const hosts: WorkerHost[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});

beforeEach(async () => {
  await db.orm.em.fork().nativeDelete(Outbox, {});
  await deleteKeysWithPrefix(redis, prefix);
});

afterAll(async () => {
  await Promise.all(hosts.map((host) => host.close({ force: true })));
  await Promise.all([systemQueue.close(), schedulerQueue.close()]);
  await deleteKeysWithPrefix(redis, prefix);
  await redis.quit();
  await db?.drop();
});

const reconcileNow = () => reconcile({ orm: db.orm, connection: redis, prefix, logger });
const outboxRow = (jobId: string) => db.orm.em.fork().findOneOrFail(Outbox, { jobId });

async function relayOnce() {
  const relay = createOutboxRelay({ orm: db.orm, connection: redis, prefix, logger });
  try {
    return await relay.runOnce();
  } finally {
    await relay.stop();
  }
}

function startPingWorker(handle: (requestId: string) => Promise<unknown>) {
  const host = createWorkerHost({
    connection: redisUrl,
    prefix,
    orm: db.orm,
    logger,
    handlers: [defineHandler(systemPing, async ({ requestId }) => handle(requestId))],
  });
  hosts.push(host);
  return host;
}

describe('reconciler', () => {
  it('rebuilds a lost Redis from PostgreSQL: nothing lost, nothing run twice', async () => {
    const requestIds = [randomUUID(), randomUUID(), randomUUID()];
    await db.orm.em.fork().transactional(async (em) => {
      for (const requestId of requestIds) await enqueueViaOutbox(em, systemPing, { requestId });
    });
    expect(await relayOnce()).toEqual({ dispatched: 3, failed: 0 });
    expect(await systemQueue.getJobCountByTypes('waiting')).toBe(3);

    // Redis loses everything of ours before any worker ran.
    expect(await deleteKeysWithPrefix(redis, prefix)).toBeGreaterThan(0);
    expect(await systemQueue.getJobCountByTypes('waiting')).toBe(0);
    // The relay has nothing to do: the rows are dispatched as far as it knows.
    expect(await relayOnce()).toEqual({ dispatched: 0, failed: 0 });

    const report = await reconcileNow();
    expect(report).toMatchObject({ unfinished: 3, requeued: 3, live: 0, completedInQueue: 0, failedInQueue: 0 });
    expect(report.bySource['outbox']).toMatchObject({ unfinished: 3, requeued: 3 });

    // A second pass finds the jobs live and adds nothing.
    expect(await reconcileNow()).toMatchObject({ unfinished: 3, live: 3, requeued: 0 });

    const runs: string[] = [];
    const host = startPingWorker(async (requestId) => {
      runs.push(requestId);
    });
    for (const requestId of requestIds) {
      await eventually(async () => (await systemQueue.getJobState(`system.ping/${requestId}`)) === 'completed', {
        what: `job ${requestId} to complete`,
      });
      expect((await outboxRow(`system.ping/${requestId}`)).completedAt).not.toBeNull();
    }
    await host.close();
    expect(runs.sort()).toEqual([...requestIds].sort());

    // Once done in PostgreSQL, neither the reconciler nor the relay puts anything back.
    expect(await reconcileNow()).toMatchObject({ unfinished: 0, requeued: 0 });
    expect(await relayOnce()).toEqual({ dispatched: 0, failed: 0 });
    expect(runs).toHaveLength(3);
  });

  it('also puts back rows the relay never dispatched, delayed ones with their delay', async () => {
    const day = '2026-03-02';
    const later = new Date(Date.now() + 60 * 60_000);
    await db.orm.em.fork().transactional(async (em) => {
      await enqueueViaOutbox(em, caseDeadlineScan, { day });
      await enqueueViaOutbox(em, caseDeadlineScan, { day: '2026-03-03' }, { delayUntil: later });
    });
    expect(await reconcileNow()).toMatchObject({ unfinished: 2, requeued: 2 });
    expect(await schedulerQueue.getJobState(`case.deadline-scan/all/${day}`)).toBe('waiting');
    expect(await schedulerQueue.getJobState('case.deadline-scan/all/2026-03-03')).toBe('delayed');
    const row = await outboxRow(`case.deadline-scan/all/${day}`);
    expect(row.dispatchedAt).not.toBeNull();
  });

  it('leaves a failed job failed and visible, records why, and does not loop it', async () => {
    const requestId = randomUUID();
    const jobId = `system.ping/${requestId}`;
    await db.orm.em.fork().transactional((em) => enqueueViaOutbox(em, systemPing, { requestId }));
    await relayOnce();
    let runs = 0;
    const host = startPingWorker(async () => {
      runs += 1;
      throw new Error('document store unreachable');
    });
    await eventually(async () => (await systemQueue.getJobState(jobId)) === 'failed', { what: 'the job to fail' });
    await host.close();
    // The worker host wrote the reason already; the reconciler must not clear it either.
    await eventually(async () => (await outboxRow(jobId)).lastError, { what: 'the reason in the outbox' });

    expect(await reconcileNow()).toMatchObject({ unfinished: 1, failedInQueue: 1, requeued: 0 });
    expect(await systemQueue.getJobState(jobId)).toBe('failed');
    expect(await outboxRow(jobId)).toMatchObject({ completedAt: null, lastError: 'document store unreachable' });
    expect(runs).toBe(1);
  });

  it('records as done a job BullMQ completed whose completion PostgreSQL missed', async () => {
    const requestId = randomUUID();
    const jobId = `system.ping/${requestId}`;
    await db.orm.em.fork().transactional((em) => enqueueViaOutbox(em, systemPing, { requestId }));
    await relayOnce();
    let runs = 0;
    const host = startPingWorker(async () => {
      runs += 1;
    });
    await eventually(async () => (await systemQueue.getJobState(jobId)) === 'completed', { what: 'completed' });
    await host.close();
    await db.orm.em.fork().nativeUpdate(Outbox, { jobId }, { completedAt: null });

    expect(await reconcileNow()).toMatchObject({ unfinished: 1, completedInQueue: 1, requeued: 0 });
    expect((await outboxRow(jobId)).completedAt).not.toBeNull();
    expect(runs).toBe(1);
  });

  it('skips and counts steps whose payload no longer fits the contract', async () => {
    await db.orm.em.fork().transactional(async (em) => {
      em.create(Outbox, {
        queueName: 'system',
        jobName: 'system.ping',
        jobId: 'system.ping/old-shape',
        payload: { request: 'old shape' },
        attempts: 0,
      });
    });
    expect(await reconcileNow()).toMatchObject({ unfinished: 1, invalid: 1, requeued: 0 });
    expect(await systemQueue.getJob('system.ping/old-shape')).toBeUndefined();
  });

  it('takes extra step sources without changing the reconciler', async () => {
    const organisationId = randomUUID();
    const requeued: string[][] = [];
    const scansNeverRun: StepSource = {
      name: 'test.scans-never-run',
      listUnfinished: async () => [{ jobName: 'case.deadline-scan', payload: { organisationId, day: '2026-04-01' } }],
      onRequeued: async (_em, jobIds) => {
        requeued.push([...jobIds]);
      },
    };
    const report = await reconcile({
      orm: db.orm,
      connection: redis,
      prefix,
      logger,
      sources: [...defaultStepSources, scansNeverRun],
    });
    const jobId = `case.deadline-scan/${organisationId}/2026-04-01`;
    expect(report.bySource['test.scans-never-run']).toMatchObject({ unfinished: 1, requeued: 1 });
    expect(requeued).toEqual([[jobId]]);
    expect(await schedulerQueue.getJobState(jobId)).toBe('waiting');
  });
});
