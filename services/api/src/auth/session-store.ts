// Sessions in Redis: a random id in the cookie, and under the SHA-256 of that id the user it belongs to. A copy of
// Redis therefore holds no usable session ids. Sessions end after `ttlSeconds` whatever happens (no sliding renewal),
// on logout, and when the user logs in again (rotation).
import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface SessionRecord {
  userId: string;
  createdAt: string;
}

export interface SessionStore {
  create(userId: string, now: Date): Promise<string>;
  get(sessionId: string): Promise<SessionRecord | null>;
  destroy(sessionId: string): Promise<void>;
  readonly ttlSeconds: number;
}

const sessionIdPattern = /^[A-Za-z0-9_-]{43}$/;

export function createRedisSessionStore(
  redis: Redis,
  options: { keyPrefix: string; ttlSeconds: number },
): SessionStore {
  const keyOf = (sessionId: string) =>
    `${options.keyPrefix}:session:${createHash('sha256').update(sessionId).digest('hex')}`;
  return {
    ttlSeconds: options.ttlSeconds,
    async create(userId, now) {
      const sessionId = randomBytes(32).toString('base64url');
      const record: SessionRecord = { userId, createdAt: now.toISOString() };
      await redis.set(keyOf(sessionId), JSON.stringify(record), 'EX', options.ttlSeconds);
      return sessionId;
    },
    async get(sessionId) {
      if (!sessionIdPattern.test(sessionId)) return null;
      const raw = await redis.get(keyOf(sessionId));
      return raw ? (JSON.parse(raw) as SessionRecord) : null;
    },
    async destroy(sessionId) {
      if (sessionIdPattern.test(sessionId)) await redis.del(keyOf(sessionId));
    },
  };
}
