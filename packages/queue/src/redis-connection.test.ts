import { afterAll, describe, expect, it } from 'vitest';
import { createRedisConnection, pingRedis } from './redis-connection.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('pingRedis', () => {
  const connection = createRedisConnection(redisUrl, { forWorker: false });
  // Port 1 on loopback: nothing listens there, so every attempt is refused.
  const nowhere = createRedisConnection('redis://127.0.0.1:1', { forWorker: false });
  nowhere.on('error', () => {});

  afterAll(async () => {
    await connection.quit();
    nowhere.disconnect();
  });

  it('reports a reachable Redis with its latency', async () => {
    const health = await pingRedis(connection);
    expect(health.ok).toBe(true);
    expect(health.latencyMs).toBeGreaterThanOrEqual(0);
    expect(health.error).toBeUndefined();
  });

  it('reports an unreachable Redis without throwing, within the timeout', async () => {
    const health = await pingRedis(nowhere, 1_000);
    expect(health.ok).toBe(false);
    expect(health.error).toEqual(expect.any(String));
    expect(health.latencyMs).toBeLessThan(2_000);
  });

  it('sets maxRetriesPerRequest to null only for workers', () => {
    const worker = createRedisConnection(redisUrl, { forWorker: true });
    try {
      expect(worker.options.maxRetriesPerRequest).toBeNull();
      expect(connection.options.maxRetriesPerRequest).toBe(2);
    } finally {
      worker.disconnect();
    }
  });
});
