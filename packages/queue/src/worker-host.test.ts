import { randomUUID } from 'node:crypto';
import { Outbox } from '@woo/db';
import { createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueueViaOutbox } from './enqueue-via-outbox.js';
import { defineHandler } from './handler.js';
import { systemPing } from './jobs/system-ping.js';
import { createOutboxRelay } from './outbox-relay.js';
import { createRedisConnection } from './redis-connection.js';
import { eventually } from './testing/eventually.js';
import { deleteKeysWithPrefix, uniqueTestPrefix } from './testing/redis-prefix.js';
import { createWorkerHost, type WorkerHost } from './worker-host.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = uniqueTestPrefix();
const logger = pino({ level: 'silent' });
const redis = createRedisConnection(redisUrl, { forWorker: false });
const systemQueue = new Queue('system', { connection: redis, prefix });
let db: TestDatabase;
const hosts: WorkerHost[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});

beforeEach(async () => {
  await db.orm.em.fork().nativeDelete(Outbox, {});
  await deleteKeysWithPrefix(redis, prefix);
});

// A test that fails half-way must not leave its worker taking the next test's jobs.
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close({ force: true })));
});

afterAll(async () => {
  await systemQueue.close();
  await deleteKeysWithPrefix(redis, prefix);
  await redis.quit();
  await db?.drop();
});

function startHost(
  handle: (requestId: string) => Promise<unknown>,
  stall?: { lockDuration: number; stalledInterval: number },
) {
  const host = createWorkerHost({
    connection: redisUrl,
    prefix,
    orm: db.orm,
    logger,
    handlers: [defineHandler(systemPing, async ({ requestId }) => handle(requestId))],
    ...(stall ? { stall } : {}),
  });
  hosts.push(host);
  return host;
}

async function enqueueAndDispatch(requestId: string) {
  await db.orm.em.fork().transactional((em) => enqueueViaOutbox(em, systemPing, { requestId }));
  const relay = createOutboxRelay({ orm: db.orm, connection: redis, prefix, logger });
  try {
    expect(await relay.runOnce()).toEqual({ dispatched: 1, failed: 0 });
  } finally {
    await relay.stop();
  }
  return `system.ping/${requestId}`;
}

const outboxRow = (jobId: string) => db.orm.em.fork().findOneOrFail(Outbox, { jobId });

describe('worker host', () => {
  it('processes a job with a parsed payload and its own scope, then marks the outbox row completed', async () => {
    const seen: { requestId: string; jobId: string; attempt: number; forked: boolean }[] = [];
    const host = createWorkerHost({
      connection: redisUrl,
      prefix,
      orm: db.orm,
      logger,
      handlers: [
        defineHandler(systemPing, async ({ requestId }, context) => {
          seen.push({
            requestId,
            jobId: context.jobId,
            attempt: context.attempt,
            forked: context.em !== db.orm.em,
          });
          return { pong: requestId };
        }),
      ],
    });
    hosts.push(host);
    expect(host.queues).toEqual(['system']);

    const requestId = randomUUID();
    const jobId = await enqueueAndDispatch(requestId);
    const row = await eventually(
      async () => {
        const current = await outboxRow(jobId);
        return current.completedAt ? current : undefined;
      },
      { what: 'the outbox row to be completed' },
    );

    expect(row.lastError).toBeNull();
    expect(seen).toEqual([{ requestId, jobId, attempt: 1, forked: true }]);
    // The outbox is marked first, then BullMQ completes the job.
    await eventually(async () => (await systemQueue.getJobState(jobId)) === 'completed', { what: 'completed' });
    expect((await systemQueue.getJob(jobId))?.returnvalue).toEqual({ pong: requestId });
    await host.close();
  });

  it('fails a job with a bad payload at once, unrecoverably, with a readable reason', async () => {
    let calls = 0;
    const host = startHost(async () => {
      calls += 1;
    });
    // Only a producer that bypasses the contract can do this; the worker must still refuse it.
    await systemQueue.add('system.ping', { requestId: 'not-a-uuid' }, { jobId: 'system.ping/bad', attempts: 5 });

    const job = await eventually(
      // State first, then the job: a job object fetched before it failed would carry no failedReason.
      async () =>
        (await systemQueue.getJobState('system.ping/bad')) === 'failed'
          ? systemQueue.getJob('system.ping/bad')
          : undefined,
      { what: 'the bad job to fail' },
    );

    expect(job).toBeDefined();
    expect(job!.failedReason).toMatch(/^Invalid payload for job "system.ping": .*Invalid UUID.*requestId/);
    expect(job!.failedReason).not.toContain('not-a-uuid');
    expect(job!.attemptsMade).toBe(1);
    expect(calls).toBe(0);
    await host.close();
  });

  it('gets the job of a worker killed mid-job done after a restart', async () => {
    const stall = { lockDuration: 1_000, stalledInterval: 300 };
    let release: () => void = () => {};
    const blocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    let startedFirst: () => void = () => {};
    const firstStarted = new Promise<void>((resolve) => {
      startedFirst = resolve;
    });
    const runs: string[] = [];

    const first = startHost(async () => {
      runs.push('first');
      startedFirst();
      await blocked; // hangs like a process that died mid-job
    }, stall);
    const requestId = randomUUID();
    const jobId = await enqueueAndDispatch(requestId);
    await firstStarted;
    await first.close({ force: true }); // no waiting, no lock renewal: the job is left active without an owner
    expect(await systemQueue.getJobState(jobId)).toBe('active');
    expect((await outboxRow(jobId)).completedAt).toBeNull();

    const second = startHost(async () => {
      runs.push('second');
    }, stall);
    try {
      await eventually(async () => (await systemQueue.getJobState(jobId)) === 'completed', {
        timeoutMs: 15_000,
        what: 'the restarted worker to complete the job',
      });
      expect((await outboxRow(jobId)).completedAt).not.toBeNull();
      expect(runs).toEqual(['first', 'second']);
    } finally {
      release();
      await second.close();
    }
  });

  it('closes gracefully: a running job finishes before close resolves', async () => {
    let finished = false;
    let startedJob: () => void = () => {};
    const jobStarted = new Promise<void>((resolve) => {
      startedJob = resolve;
    });
    const host = startHost(async () => {
      startedJob();
      await new Promise((resolve) => setTimeout(resolve, 300));
      finished = true;
    });
    const jobId = await enqueueAndDispatch(randomUUID());
    await jobStarted;
    await host.close();
    expect(finished).toBe(true);
    expect(await systemQueue.getJobState(jobId)).toBe('completed');
    expect((await outboxRow(jobId)).completedAt).not.toBeNull();
  });
});
