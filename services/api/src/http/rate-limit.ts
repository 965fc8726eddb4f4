// Fixed-window counters in Redis (INCR, and EXPIRE on the first hit): shared by every API process, so a client cannot
// spread its attempts over them. Keys carry the client IP, never a tracking code or an e-mail address in clear.
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { DomainError } from '@woo/domain';

export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export function tooManyRequests(retryAfterSeconds: number): DomainError {
  return new DomainError(
    'http.too_many_requests',
    {
      nl: `U heeft dit te vaak geprobeerd. Probeer het over ${retryAfterSeconds} seconden opnieuw.`,
      en: `You have tried this too often. Please try again in ${retryAfterSeconds} seconds.`,
    },
    { retryAfterSeconds },
  );
}

/** Short, stable, not reversible: for keys that would otherwise hold personal data. */
export function keyPart(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}

/**
 * Counts one hit; returns the count in the current window and the seconds until it ends. One round trip: INCR, then
 * EXPIRE NX (sets the window only on a key without one, so a crash can never leave a key that blocks forever), TTL.
 */
export async function countHit(
  redis: Redis,
  key: string,
  windowSeconds: number,
): Promise<{ count: number; ttl: number }> {
  const replies = await redis.multi().incr(key).expire(key, windowSeconds, 'NX').ttl(key).exec();
  const failed = replies?.find(([error]) => error);
  if (!replies || failed) throw failed?.[0] ?? new Error('rate limit: Redis transaction aborted');
  const count = Number(replies[0]![1]);
  const ttl = Number(replies[2]![1]);
  return { count, ttl: ttl > 0 ? ttl : windowSeconds };
}

/** The current count without counting (0 when the window is over). */
export async function currentCount(redis: Redis, key: string): Promise<{ count: number; ttl: number }> {
  const [count, ttl] = await Promise.all([redis.get(key), redis.ttl(key)]);
  return { count: Number(count ?? 0), ttl: Math.max(ttl, 1) };
}

/** Middleware: at most `limit` requests per window per key (by default per client IP); then 429 with Retry-After. */
export function rateLimit(options: {
  redis: Redis;
  keyPrefix: string;
  name: string;
  limit: () => RateLimit;
}): RequestHandler {
  return async (req, _res, next) => {
    const { limit, windowSeconds } = options.limit();
    const key = `${options.keyPrefix}:rate:${options.name}:${keyPart(req.ip ?? 'unknown')}`;
    const { count, ttl } = await countHit(options.redis, key, windowSeconds);
    if (count > limit) throw tooManyRequests(ttl);
    next();
  };
}
