// The SQL statements one public intake and one status read send to PostgreSQL, as the pg driver sends them.
//   node --import tsx bench/intake/statements.ts
// A fresh database with one organisation; the real API (createApp) in this process. Every statement passes through
// pg's Client#query, whether it came through MikroORM's query builder or as a prepared statement on its pool, so the
// bench wraps that one method to list them (name of a prepared statement, text, number of parameters).
// The first request of each kind warms the caches (organisation, metadata); the second is the one counted.
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createApp } from '@woo/api';
import { checkDatabase, createOrmConfig, openOrm, Organisation } from '@woo/db';
import { createTestDatabase } from '@woo/db/testing';
import { createLogger } from '@woo/logging';
import { pingRedis } from '@woo/queue';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `woo-bench-${randomUUID().slice(0, 8)}`;
const db = await createTestDatabase();
const redis = new Redis(redisUrl);
const logged: string[] = [];
const sendQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [first, second] = args;
  const config: { text: string; values?: unknown; name?: string } =
    typeof first === 'string' ? { text: first, values: second } : (first as pg.QueryConfig);
  const values = Array.isArray(config.values) ? config.values.length : 0;
  const prepared = config.name ? `prepared "${config.name}", ` : '';
  logged.push(`[${prepared}${values} parameter(s)] ${config.text}`);
  return sendQuery.apply(this, args);
} as typeof pg.Client.prototype.query;
const orm = await openOrm(createOrmConfig({ databaseUrl: db.databaseUrl }));
try {
  const em = db.orm.em.fork();
  em.create(Organisation, {
    slug: 'bench',
    name: 'Gemeente Bench',
    tooiIdentifier: null,
    firstContactNormWorkingDays: 3,
  });
  await em.flush();
  const unlimited = { limit: 1_000_000_000, windowSeconds: 3600 };
  const app = createApp({
    orm,
    redis,
    logger: createLogger({ name: 'bench', level: 'silent' }),
    now: () => new Date(),
    redisKeyPrefix: prefix,
    publicBaseUrl: 'http://localhost',
    rateLimits: { intake: unlimited, trackingCodeMisses: unlimited, requesterActions: unlimited, login: unlimited },
    checkDatabase: () => checkDatabase(orm),
    checkRedis: () => pingRedis(redis),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const intake = async () => {
    const response = await fetch(`${base}/api/v1/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        organisation: 'bench',
        question: 'Alle documenten over de herinrichting van het Stationsplein.',
        requester: { name: 'Bench Verzoeker', email: 'verzoeker@example.org' },
      }),
    });
    if (response.status !== 201) throw new Error(`intake answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { trackingCode: string }).trackingCode;
  };
  const status = async (code: string) => {
    const response = await fetch(`${base}/api/v1/requests/${code}`);
    if (response.status !== 200) throw new Error(`status answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  // Warm-up, then count.
  await status(await intake());
  const show = (title: string, from: number) => {
    const statements = logged.slice(from);
    console.log(`${title}: ${statements.length} statement(s)`);
    // The text without its parameters' values (ids, hashes).
    for (const line of statements) console.log(`  ${line.replace(/\s+/g, ' ')}`);
  };
  let from = logged.length;
  const code = await intake();
  show('POST /api/v1/requests', from);
  from = logged.length;
  await status(code);
  show('GET /api/v1/requests/{code}', from);
  server.close();
} finally {
  await orm.close(true);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await db.drop();
}
