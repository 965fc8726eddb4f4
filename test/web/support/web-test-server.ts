// The API with the built web app, in this process: a fresh database with the migrations, the real Redis under a
// prefix of its own, a folder blob store, and a legal "today" the test moves by hand (the clock has to move for a
// suspension to show). With `pipeline: true` the workers run in this process too (ingest, OCR, detection, burn-in,
// leak gate, notifications to a real test SMTP server), so uploaded documents go all the way.
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDatabase, Organisation, User } from '@woo/db';
import { createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { createRedisConnection, pingRedis } from '@woo/queue';
import { deleteKeysWithPrefix, uniqueTestPrefix } from '@woo/queue/testing';
import { createApp } from '../../../services/api/src/app.js';
import { hashPassword } from '../../../services/api/src/auth/password.js';
import { createLogger } from '../../../packages/logging/src/index.js';
import { webDist } from '../../../infra/local/web-build.js';
import { freePort } from '../../support/processes.js';
import { createFolderBlobStore } from '../../../packages/storage/src/index.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../../packages/mail/src/testing/index.js';
import { createMailTransport, type MailTransport } from '../../../packages/mail/src/index.js';
import { defaultDocumentLimits } from '../../../packages/pdf/src/index.js';
import { startWorkers, type Workers } from '../../../workers/runtime/src/index.js';

export interface WebTestServer {
  base: string;
  clock: { today: string };
  coordinator: StaffAccount;
  /** A second pair of eyes: approves a reviewed document (four-eyes rule). */
  reviewer: StaffAccount;
  /** Sees the queues and retries failed jobs. */
  admin: StaffAccount;
  /** The test SMTP server the workers send to (only with `pipeline: true`). */
  mailbox: TestSmtpServer | null;
  db: TestDatabase;
  /** Ends every staff session, as if they expired. */
  expireSessions(): Promise<void>;
  close(): Promise<void>;
}

export interface StaffAccount {
  email: string;
  password: string;
  displayName: string;
}

export async function startWebTestServer(options: {
  today: string;
  pipeline?: boolean;
  /** The API's upload limit per file (its default: 200 MB). */
  maxFileBytes?: number;
}): Promise<WebTestServer> {
  const db: TestDatabase = await createTestDatabase();
  const redis = createRedisConnection(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { forWorker: false });
  const prefix = uniqueTestPrefix();
  const clock = { today: options.today };
  const coordinator = {
    email: 'coordinator@voorbeeldstad.example',
    password: 'een lang en geheim wachtwoord',
    displayName: 'Co Ördinator',
  };
  const reviewer = {
    email: 'toetser@voorbeeldstad.example',
    password: 'nog een lang en geheim wachtwoord',
    displayName: 'Tineke Toetser',
  };
  const admin = {
    email: 'beheer@voorbeeldstad.example',
    password: 'een heel lang beheerderswachtwoord',
    displayName: 'Bert Beheer',
  };
  const blobDir = mkdtempSync(join(tmpdir(), 'woo-web-blobs-'));
  const blobs = createFolderBlobStore(blobDir);

  const em = db.orm.em.fork();
  const organisation = em.create(Organisation, {
    slug: 'voorbeeldstad',
    name: 'Gemeente Voorbeeldstad',
    tooiIdentifier: null,
    firstContactNormWorkingDays: 3,
  });
  for (const [account, role] of [
    [coordinator, 'coordinator'],
    [reviewer, 'reviewer'],
    [admin, 'admin'],
  ] as const) {
    em.create(User, {
      organisation,
      email: account.email,
      displayName: account.displayName,
      passwordHash: await hashPassword(account.password),
      role,
      active: true,
      lastLoginAt: null,
    });
  }
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
    blobs,
    // As the API's start does: the first page image need not wait seconds for a render thread to start.
    renderThreads: { warm: true },
    ...(options.maxFileBytes !== undefined && { uploadLimits: { maxFileBytes: options.maxFileBytes } }),
  });
  const server: Server = app.listen(port, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));

  let mailbox: TestSmtpServer | null = null;
  let mail: MailTransport | null = null;
  let workers: Workers | null = null;
  if (options.pipeline) {
    mailbox = await startTestSmtpServer();
    mail = createMailTransport({ smtpUrl: mailbox.url, from: 'woo@voorbeeldstad.example' });
    workers = await startWorkers({
      orm: db.orm,
      redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      producer: redis,
      prefix,
      blobs,
      logger: createLogger({ name: 'web-test-workers', level: 'silent' }),
      mail,
      publicBaseUrl: base,
      today: () => clock.today,
      limits: defaultDocumentLimits,
      maxEmailDepth: 3,
      // One OCR worker: the tests share two cores with the browser.
      ocrPoolSize: 1,
      concurrency: 2,
      outboxPollMs: 100,
    });
  }

  return {
    base,
    clock,
    coordinator,
    reviewer,
    admin,
    mailbox,
    db,
    async expireSessions() {
      const keys = await redis.keys(`${prefix}:api:session:*`);
      if (keys.length > 0) await redis.del(...keys);
    },
    async close() {
      await workers?.close({ force: true });
      mail?.close();
      await mailbox?.stop();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await app.close();
      await deleteKeysWithPrefix(redis, prefix);
      redis.disconnect();
      await db.drop();
      rmSync(blobDir, { recursive: true, force: true });
    },
  };
}
