import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

/** A BullMQ key prefix of its own for one test file, so files share Redis db 0 without seeing each other. */
export function uniqueTestPrefix(): string {
  return `woo-test-${randomBytes(5).toString('hex')}`;
}

/**
 * Deletes every key under `prefix` (and nothing else): the stand-in for "Redis lost its data" in tests, and the
 * clean-up after them. Returns the number of keys deleted.
 */
export async function deleteKeysWithPrefix(redis: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}
