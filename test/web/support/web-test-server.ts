// The API with the built web app, in this process: a fresh database with the migrations, the real Redis under a
// prefix of its own, and a legal "today" the test moves by hand (the clock has to move for a suspension to show).
import type { Server } from 'node:http';
import { checkDatabase, Organisation, User } from '@woo/db';
import { createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { createRedisConnection, pingRedis } from '@woo/queue';
import { deleteKeysWithPrefix, uniqueTestPrefix } from '@woo/queue/testing';
import { createApp } from '../../../services/api/src/app.js';
import { hashPassword } from '../../../services/api/src/auth/password.js';
import { createLogger } from '../../../packages/logging/src/index.js';
import { webDist } from '../../../infra/local/web-build.js';
import { freePort } from '../../support/processes.js';

export interface WebTestServer {
  base: string;
  clock: { today: string };
  coordinator: { email: string; password: string; displayName: string };
  /** Ends every staff session, as if they expired. */
  expireSessions(): Promise<void>;
  close(): Promise<void>;
}

export async function startWebTestServer(options: { today: string }): Promise<WebTestServer> {
  const db: TestDatabase = await createTestDatabase();
  const redis = createRedisConnection(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { forWorker: false });
  const prefix = uniqueTestPrefix();
  const clock = { today: options.today };
  const coordinator = {
    email: 'coordinator@voorbeeldstad.example',
    password: 'een lang en geheim wachtwoord',
    displayName: 'Co Ördinator',
  };

  const em = db.orm.em.fork();
  const organisation = em.create(Organisation, {
    slug: 'voorbeeldstad',
    name: 'Gemeente Voorbeeldstad',
    tooiIdentifier: null,
    firstContactNormWorkingDays: 3,
  });
  em.create(User, {
    organisation,
    email: coordinator.email,
    displayName: coordinator.displayName,
    passwordHash: await hashPassword(coordinator.password),
    role: 'coordinator',
    active: true,
    lastLoginAt: null,
  });
  await em.flush();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = createApp({
    orm: db.orm,
    logger: createLogger({ name: 'web-test', level: 'silent' }),
    redis,
    // Noon in Amsterdam on the test's today.
    now: () => new Date(`${clock.today}T11:00:00Z`),
    today: () => clock.today,
    redisKeyPrefix: prefix,
    publicBaseUrl: base,
    checkDatabase: () => checkDatabase(db.orm),
    checkRedis: () => pingRedis(redis),
    webRoot: webDist,
  });
  const server: Server = app.listen(port, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));

  return {
    base,
    clock,
    coordinator,
    async expireSessions() {
      const keys = await redis.keys(`${prefix}:api:session:*`);
      if (keys.length > 0) await redis.del(...keys);
    },
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await deleteKeysWithPrefix(redis, prefix);
      redis.disconnect();
      await db.drop();
    },
  };
}
