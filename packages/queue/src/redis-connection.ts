import { Redis } from 'ioredis';

export interface RedisConnectionOptions {
  /**
   * Workers block on Redis and must keep retrying through outages (`maxRetriesPerRequest: null`, as BullMQ
   * requires). Producers (API, relay) fail a command after a few retries instead, so a request does not hang.
   */
  forWorker: boolean;
}

export function createRedisConnection(url: string, { forWorker }: RedisConnectionOptions): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: forWorker ? null : 2,
    connectionName: forWorker ? 'woo-worker' : 'woo-producer',
  });
}

export interface RedisHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

/** A PING for /healthz; never throws and gives up after `timeoutMs`. */
export async function pingRedis(connection: Redis, timeoutMs = 2_000): Promise<RedisHealth> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from Redis within ${timeoutMs} ms`)), timeoutMs);
    });
    const answer = await Promise.race([connection.ping(), timeout]);
    if (answer !== 'PONG') return { ok: false, latencyMs: elapsed(), error: `unexpected answer ${answer}` };
    return { ok: true, latencyMs: elapsed() };
  } catch (error) {
    return { ok: false, latencyMs: elapsed(), error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
