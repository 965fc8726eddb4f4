// Fixed-window counters in Redis (INCR, and EXPIRE on the first hit, in one script): shared by every API process, so
// a client cannot spread its attempts over them. Keys carry the client IP, never a tracking code or an e-mail address
// in clear.
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
 * INCR, then the window on a key without one (so a crash can never leave a key that blocks forever), then its TTL —
 * as one script: one command, one reply, atomic like the MULTI it replaces (five commands and six replies). Defined as
 * an ioredis command, which sends it by hash and in full only when Redis does not have it (first use, a restart,
 * SCRIPT FLUSH).
 */
const countHitScript = `local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;
const countHitCommand = 'wooRateLimitCountHit';

type WithCountHit = Redis & {
  [countHitCommand](key: string, windowSeconds: number): Promise<[number, number]>;
};

/** The client with the script defined on it (once per client). */
function withCountHit(redis: Redis): WithCountHit {
  if (!(countHitCommand in redis)) redis.defineCommand(countHitCommand, { numberOfKeys: 1, lua: countHitScript });
  return redis as WithCountHit;
}

/** Counts one hit; returns the count in the current window and the seconds until it ends. One round trip. */
export async function countHit(
  redis: Redis,
  key: string,
  windowSeconds: number,
): Promise<{ count: number; ttl: number }> {
  const reply = await withCountHit(redis)[countHitCommand](key, windowSeconds);
  const [count, ttl] = reply.map(Number) as [number, number];
  return { count, ttl: ttl > 0 ? ttl : windowSeconds };
}

/** The current count without counting (0 when the window is over). One round trip (a pipeline of GET and TTL). */
export async function currentCount(redis: Redis, key: string): Promise<{ count: number; ttl: number }> {
  const replies = await redis.pipeline().get(key).ttl(key).exec();
  const failed = replies?.find(([error]) => error);
  if (!replies || failed) throw failed?.[0] ?? new Error('rate limit: Redis pipeline aborted');
  return { count: Number(replies[0]![1] ?? 0), ttl: Math.max(Number(replies[1]![1]), 1) };
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
