import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDatabase } from '@woo/db';
import { createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { createLogger } from '@woo/logging';
import { createRedisConnection, pingRedis } from '@woo/queue';
import { createApp } from '../app.js';

// Real PostgreSQL and Redis, as in production; the "down" cases point at a port where nothing listens.
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = createLogger({ name: 'test', level: 'silent' });

interface HealthBody {
  status: string;
  database: { ok: boolean; error?: string };
  redis: { ok: boolean; error?: string };
  error: { code: string; message: { nl: string; en: string } };
}

let db: TestDatabase;
const servers: Server[] = [];
const connections: ReturnType<typeof createRedisConnection>[] = [];

async function serve(redisTarget: string): Promise<string> {
  const redis = createRedisConnection(redisTarget, { forWorker: false });
  redis.on('error', () => {});
  connections.push(redis);
  const app = createApp({
    orm: db.orm,
    logger,
    redis,
    now: () => new Date(),
    redisKeyPrefix: 'woo-test-health',
    publicBaseUrl: 'http://localhost',
    checkDatabase: () => checkDatabase(db.orm),
    checkRedis: () => pingRedis(redis, 1_000),
  });
  const server = app.listen(0);
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  for (const server of servers) server.close();
  for (const connection of connections) connection.disconnect();
  await db.drop();
});

describe('GET /healthz', () => {
  it('is 200 with both dependencies up', async () => {
    const base = await serve(redisUrl);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as HealthBody;
    expect(body).toMatchObject({ status: 'ok', database: { ok: true }, redis: { ok: true } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is 503 and names Redis when Redis does not answer', async () => {
    const base = await serve('redis://127.0.0.1:1');
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as HealthBody;
    expect(body.status).toBe('degraded');
    expect(body.database.ok).toBe(true);
    expect(body.redis.ok).toBe(false);
    expect(body.redis.error).toEqual(expect.any(String));
  });
});

describe('errors at the edge', () => {
  it('answers an unknown path with 404 JSON in Dutch and English', async () => {
    const base = await serve(redisUrl);
    const response = await fetch(`${base}/api/v1/nothing-here`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as HealthBody;
    expect(body.error.code).toBe('http.not_found');
    expect(body.error.message.nl).toBeTruthy();
    expect(body.error.message.en).toBeTruthy();
  });

  it('refuses malformed JSON with 400 without echoing the body', async () => {
    const base = await serve(redisUrl);
    const response = await fetch(`${base}/healthz`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": "Jan Jansen", broken',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain('Jan Jansen');
    expect(JSON.parse(text).error.code).toBe('http.bad_request');
  });

  it('refuses a body over the size limit with 413', async () => {
    const base = await serve(redisUrl);
    const response = await fetch(`${base}/healthz`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(200_000) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('http.body_too_large');
  });
});
