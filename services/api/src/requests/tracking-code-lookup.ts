// Finding something by a requester's tracking code, for every route that takes one (status, actions, downloads).
// Wrong codes are counted per client IP in one counter for all of them; once there are too many, every lookup from
// that client is refused until the window ends, so guessing is slowed to a crawl. A miss is a 404 that says nothing
// about how close the code was.
import type { Request } from 'express';
import type { ApiContext } from '../api-context.js';
import { countHit, currentCount, keyPart, tooManyRequests } from '../http/rate-limit.js';
import { requestNotFound } from './requester-status.service.js';

export async function lookupByTrackingCode<T>(
  ctx: ApiContext,
  req: Request,
  find: () => Promise<T | null>,
): Promise<T> {
  const { limit, windowSeconds } = ctx.rateLimits.trackingCodeMisses;
  const key = `${ctx.keyPrefix}:rate:tracking-miss:${keyPart(req.ip ?? 'unknown')}`;
  const misses = await currentCount(ctx.redis, key);
  if (misses.count >= limit) throw tooManyRequests(misses.ttl);
  const found = await find();
  if (found === null) {
    await countHit(ctx.redis, key, windowSeconds);
    throw requestNotFound();
  }
  return found;
}
