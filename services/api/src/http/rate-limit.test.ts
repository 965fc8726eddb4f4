// The rate-limit counters on the real Redis: one window per key, set on the first hit only, repaired on a key that
// lost it, and still counted after Redis forgot the script (SCRIPT FLUSH, as after a restart).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countHit, currentCount } from './rate-limit.js';

let redis: Redis;
const prefix = `woo-test-rate-${randomUUID().slice(0, 8)}`;
beforeAll(() => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe('countHit', () => {
  it('counts hits in one window that starts at the first hit and is not moved by later ones', async () => {
    const key = `${prefix}:a`;
    expect(await currentCount(redis, key)).toEqual({ count: 0, ttl: 1 });
    expect(await countHit(redis, key, 60)).toEqual({ count: 1, ttl: 60 });
    await redis.expire(key, 30);
    // A later hit keeps the window (30 s left), it does not start a new one of 60.
    const second = await countHit(redis, key, 60);
    expect(second.count).toBe(2);
    expect(second.ttl).toBeGreaterThan(25);
    expect(second.ttl).toBeLessThanOrEqual(30);
    const now = await currentCount(redis, key);
    expect(now.count).toBe(2);
    expect(now.ttl).toBeLessThanOrEqual(30);
  });

  it('gives a key without a window (a crash between the two steps of old) one, so it can never block forever', async () => {
    const key = `${prefix}:b`;
    await redis.set(key, '7');
    expect(await countHit(redis, key, 60)).toEqual({ count: 8, ttl: 60 });
    expect(await redis.ttl(key)).toBeGreaterThan(55);
  });

  it('counts every one of many concurrent hits once', async () => {
    const key = `${prefix}:d`;
    const results = await Promise.all(Array.from({ length: 50 }, () => countHit(redis, key, 60)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('goes on counting after Redis forgot the script (SCRIPT FLUSH, as after a restart)', async () => {
    // SCRIPT FLUSH empties the script cache of the whole (shared) Redis; every ioredis client, BullMQ's included,
    // answers NOSCRIPT by sending the script in full, so other tests running now only lose a round trip.
    const key = `${prefix}:e`;
    expect((await countHit(redis, key, 60)).count).toBe(1);
    await redis.script('FLUSH');
    expect(await countHit(redis, key, 60)).toMatchObject({ count: 2 });
    expect(await countHit(redis, key, 60)).toMatchObject({ count: 3 });
  });
});
