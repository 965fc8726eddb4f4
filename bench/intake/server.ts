// One server for the intake benchmark, in its own process so the load generator does not share its event loop.
// `node --import tsx bench/intake/server.ts api|bare <databaseUrl> <redisUrl> <prefix>` prints `PORT <n>` when ready.
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Redis } from 'ioredis';
import { createApp } from '@woo/api';
import { checkDatabase, createOrmConfig, openOrm } from '@woo/db';
import { createLogger } from '@woo/logging';
import { pingRedis } from '@woo/queue';

const [kind, databaseUrl, redisUrl, prefix] = process.argv.slice(2);

async function buildApi() {
  const orm = await openOrm(
    createOrmConfig({ databaseUrl: databaseUrl!, pool: { min: 2, max: Number(process.env.BENCH_POOL_MAX ?? 10) } }),
  );
  const redis = new Redis(redisUrl!);
  const unlimited = { limit: 1_000_000_000, windowSeconds: 3600 };
  return createApp({
    orm,
    redis,
    logger: createLogger({ name: 'bench', level: 'silent' }),
    now: () => new Date(),
    redisKeyPrefix: prefix!,
    publicBaseUrl: 'http://localhost',
    // The benchmark measures the handler, not the per-client limiter (all clients share one IP here).
    rateLimits: { intake: unlimited, trackingCodeMisses: unlimited, requesterActions: unlimited, login: unlimited },
    checkDatabase: () => checkDatabase(orm),
    checkRedis: () => pingRedis(redis),
  });
}

/** The reference: express with the same JSON body parser, answering at once without any work. */
function buildBare() {
  const app = express();
  app.use(express.json({ limit: '100kb' }));
  app.post('/api/v1/requests', (_req, res) => {
    res.status(201).json({ trackingCode: 'x'.repeat(43), receivedOn: '2026-03-02', deadline: '2026-03-30' });
  });
  app.get('/api/v1/requests/:code', (_req, res) => {
    res.json({ status: 'received', deadline: '2026-03-30' });
  });
  return app;
}

// The same outer app for both: a bench-only route with the process's CPU time, then the server under test.
const app = express();
app.get('/__bench/cpu', (_req, res) => {
  res.json(process.cpuUsage());
});
app.use(kind === 'api' ? await buildApi() : buildBare());
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`PORT ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
