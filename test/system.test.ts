// The real processes, started as production starts them, against a fresh PostgreSQL database and a private queue
// prefix on the real Redis: the API answers /healthz, and a job committed to the outbox travels through the relay,
// Redis and a worker — even when Redis loses everything in between.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Outbox } from '@woo/db';
import { createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { enqueueViaOutbox, systemPing } from '@woo/queue';
import { eventually, freePort, startProcess, type RunningProcess } from './support/processes.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `woo-e2e-${randomUUID().slice(0, 8)}`;

let db: TestDatabase;
let redis: Redis;
let api: RunningProcess;
let workers: RunningProcess | undefined;
let base: string;

async function deletePrefixKeys() {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
}

async function completedAt(jobId: string) {
  const row = await db.orm.em.fork().findOne(Outbox, { jobId });
  return row?.completedAt ?? undefined;
}

function workerEnv() {
  return { DATABASE_URL: db.databaseUrl, REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, OUTBOX_POLL_MS: '200' };
}

beforeAll(async () => {
  db = await createTestDatabase();
  redis = new Redis(redisUrl);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  api = startProcess('services/api/src/main.ts', { ...workerEnv(), PORT: String(port) });
}, 60_000);

afterAll(async () => {
  await api?.stop();
  await workers?.stop();
  await deletePrefixKeys();
  redis?.disconnect();
  await db?.drop();
});

describe('the running system', () => {
  it('serves /healthz with PostgreSQL and Redis up', async () => {
    const body = await eventually('a healthy API', async () => {
      const response = await fetch(`${base}/healthz`);
      return response.status === 200 ? response.json() : undefined;
    });
    expect(body).toMatchObject({ status: 'ok', database: { ok: true }, redis: { ok: true } });
  });

  it('runs a job committed to the outbox', async () => {
    const { jobId } = await db.orm.em
      .fork()
      .transactional((tem) => enqueueViaOutbox(tem, systemPing, { requestId: randomUUID() }));
    workers = startProcess('workers/runtime/src/main.ts', workerEnv());
    await eventually('the ping to complete', () => completedAt(jobId));
  }, 60_000);

  it('still runs a dispatched job after Redis lost everything', async () => {
    await workers!.stop();
    const { jobId: lostId } = await db.orm.em
      .fork()
      .transactional((tem) => enqueueViaOutbox(tem, systemPing, { requestId: randomUUID() }));
    // The relay had put it on the queue, and then Redis lost all its data before a worker took it.
    await db.orm.em.fork().nativeUpdate(Outbox, { jobId: lostId }, { dispatchedAt: new Date() });
    await deletePrefixKeys();

    workers = startProcess('workers/runtime/src/main.ts', workerEnv());
    await eventually('the lost ping to complete after the reconciler re-enqueued it', () => completedAt(lostId));
    expect(workers.output()).toContain('reconciled queues with PostgreSQL');
  }, 60_000);

  it('stops cleanly on SIGTERM', async () => {
    expect(await api.stop('SIGTERM')).toBe(0);
    if (workers) expect(await workers.stop('SIGTERM')).toBe(0);
  });
});
