import { randomUUID } from 'node:crypto';
import { Outbox } from '@woo/db';
import { createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueueViaOutbox } from './enqueue-via-outbox.js';
import { caseDeadlineScan } from './jobs/case-deadline-scan.js';
import { systemPing } from './jobs/system-ping.js';
import { createOutboxRelay } from './outbox-relay.js';
import { createRedisConnection } from './redis-connection.js';
import { deleteKeysWithPrefix, uniqueTestPrefix } from './testing/redis-prefix.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = uniqueTestPrefix();
const logger = pino({ level: 'silent' });
const redis = createRedisConnection(redisUrl, { forWorker: false });
const systemQueue = new Queue('system', { connection: redis, prefix });
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

beforeEach(async () => {
  await db.orm.em.fork().nativeDelete(Outbox, {});
  await deleteKeysWithPrefix(redis, prefix);
});

afterAll(async () => {
  await systemQueue.close();
  await deleteKeysWithPrefix(redis, prefix);
  await redis.quit();
  await db?.drop();
});

const outboxRows = () => db.orm.em.fork().find(Outbox, {}, { orderBy: { id: 'asc' } });

describe('enqueueViaOutbox', () => {
  it('writes a validated outbox row in the caller’s transaction', async () => {
    const requestId = randomUUID();
    const result = await db.orm.em.fork().transactional((em) => enqueueViaOutbox(em, systemPing, { requestId }));
    expect(result).toEqual({ jobId: `system.ping/${requestId}`, created: true });
    const [row] = await outboxRows();
    expect(row).toMatchObject({
      queueName: 'system',
      jobName: 'system.ping',
      jobId: `system.ping/${requestId}`,
      payload: { requestId },
      dispatchedAt: null,
      completedAt: null,
      attempts: 0,
    });
  });

  it('makes the same job id twice a no-op', async () => {
    const payload = { day: '2026-03-02' };
    const first = await db.orm.em.fork().transactional((em) => enqueueViaOutbox(em, caseDeadlineScan, payload));
    const second = await db.orm.em.fork().transactional((em) => enqueueViaOutbox(em, caseDeadlineScan, payload));
    expect(first.created).toBe(true);
    expect(second).toEqual({ jobId: first.jobId, created: false });
    expect(await outboxRows()).toHaveLength(1);
  });

  it('rejects an invalid payload before writing anything', async () => {
    await expect(
      db.orm.em.fork().transactional((em) => enqueueViaOutbox(em, systemPing, { requestId: 'not-a-uuid' })),
    ).rejects.toThrow(/UUID/i);
    expect(await outboxRows()).toHaveLength(0);
  });

  it('refuses to write outside a transaction, where it would commit before the change it belongs to', async () => {
    await expect(enqueueViaOutbox(db.orm.em.fork(), systemPing, { requestId: randomUUID() })).rejects.toThrow(
      /needs a transaction/,
    );
    expect(await outboxRows()).toHaveLength(0);
  });
});

describe('outbox relay', () => {
  it('dispatches nothing for a rolled-back transaction', async () => {
    const relay = createOutboxRelay({ orm: db.orm, connection: redis, prefix, logger });
    try {
      await expect(
        db.orm.em.fork().transactional(async (em) => {
          await enqueueViaOutbox(em, systemPing, { requestId: randomUUID() });
          throw new Error('the state change failed');
        }),
      ).rejects.toThrow('the state change failed');
      expect(await relay.runOnce()).toEqual({ dispatched: 0, failed: 0 });
      expect(await outboxRows()).toHaveLength(0);
      expect(await systemQueue.getJobCounts('waiting', 'delayed', 'prioritized')).toEqual({
        waiting: 0,
        delayed: 0,
        prioritized: 0,
      });
    } finally {
      await relay.stop();
    }
  });

  it('dispatches each committed row exactly once while two relays race', async () => {
    const requestIds = Array.from({ length: 40 }, () => randomUUID());
    await db.orm.em.fork().transactional(async (em) => {
      for (const requestId of requestIds) await enqueueViaOutbox(em, systemPing, { requestId });
    });
    const redisB = createRedisConnection(redisUrl, { forWorker: false });
    const relayA = createOutboxRelay({ orm: db.orm, connection: redis, prefix, logger, batchSize: 7 });
    const relayB = createOutboxRelay({ orm: db.orm, connection: redisB, prefix, logger, batchSize: 7 });
    try {
      let dispatched = 0;
      for (;;) {
        const [a, b] = await Promise.all([relayA.runOnce(), relayB.runOnce()]);
        dispatched += a.dispatched + b.dispatched;
        if (a.dispatched + b.dispatched === 0) break;
      }
      // Without row locks both relays would claim the same rows and the sum would exceed the number of rows.
      expect(dispatched).toBe(requestIds.length);

      const rows = await outboxRows();
      expect(rows.every((row) => row.dispatchedAt !== null && row.lastError === null)).toBe(true);
      const jobs = await systemQueue.getJobs(['waiting']);
      expect(jobs.map((job) => job.id).sort()).toEqual(requestIds.map((id) => `system.ping/${id}`).sort());
      expect(jobs.every((job) => job.name === 'system.ping' && job.opts.attempts === 1)).toBe(true);
    } finally {
      await Promise.all([relayA.stop(), relayB.stop()]);
      await redisB.quit();
    }
  });

  it('leaves a row it could not add for a later round and records the error', async () => {
    const requestId = randomUUID();
    await db.orm.em.fork().transactional(async (em) => {
      // A row BullMQ refuses (':' in the id) stands in for a failing add.
      em.create(Outbox, {
        queueName: 'system',
        jobName: 'system.ping',
        jobId: 'broken:id',
        payload: { requestId },
        attempts: 0,
      });
      await em.flush();
      await enqueueViaOutbox(em, systemPing, { requestId });
    });
    const relay = createOutboxRelay({ orm: db.orm, connection: redis, prefix, logger });
    try {
      expect(await relay.runOnce()).toEqual({ dispatched: 0, failed: 1 });
      const [broken, good] = await outboxRows();
      expect(broken).toMatchObject({
        dispatchedAt: null,
        attempts: 1,
        lastError: expect.stringMatching(/cannot contain :/),
      });
      expect(broken!.availableAt.getTime()).toBeGreaterThan(Date.now());
      expect(good!.dispatchedAt).toBeNull();

      // The next round skips the broken row until its retry time and carries on with the rest.
      expect(await relay.runOnce()).toEqual({ dispatched: 1, failed: 0 });
      expect((await outboxRows())[1]!.dispatchedAt).not.toBeNull();
    } finally {
      await relay.stop();
    }
  });

  it('holds a delayed row back until it is due', async () => {
    const relay = createOutboxRelay({ orm: db.orm, connection: redis, prefix, logger });
    try {
      await db.orm.em
        .fork()
        .transactional((em) =>
          enqueueViaOutbox(em, systemPing, { requestId: randomUUID() }, { delayUntil: new Date(Date.now() + 60_000) }),
        );
      expect(await relay.runOnce()).toEqual({ dispatched: 0, failed: 0 });
    } finally {
      await relay.stop();
    }
  });

  it('polls on its own once started', async () => {
    const relay = createOutboxRelay({ orm: db.orm, connection: redis, prefix, logger, intervalMs: 50 });
    relay.start();
    try {
      const requestId = randomUUID();
      await db.orm.em.fork().transactional((em) => enqueueViaOutbox(em, systemPing, { requestId }));
      const deadline = Date.now() + 5_000;
      while (!(await systemQueue.getJob(`system.ping/${requestId}`)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(await systemQueue.getJobState(`system.ping/${requestId}`)).toBe('waiting');
    } finally {
      await relay.stop();
    }
  });
});
