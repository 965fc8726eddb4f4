// One real API per test file: a fresh PostgreSQL database with the migrations, the real Redis under a key prefix of
// its own, the app listening on a free port, and a clock the test moves by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { checkDatabase } from '@woo/db';
import { anOrganisation, aUser, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import type { IsoDate } from '@woo/domain';
import { createLogger } from '@woo/logging';
import { createRedisConnection, pingRedis } from '@woo/queue';
import { deleteKeysWithPrefix, uniqueTestPrefix } from '@woo/queue/testing';
import { createFolderBlobStore, type BlobStore } from '@woo/storage';
import { Organisation, type User, type UserRole } from '@woo/db';
import { createApp, type App, type AppDeps } from '../app.js';
import { hashPassword } from '../auth/password.js';

export const TEST_PASSWORD = 'correct horse battery staple';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON bodies freely
export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestApi {
  base: string;
  db: TestDatabase;
  redis: ReturnType<typeof createRedisConnection>;
  prefix: string;
  /** The legal date the app sees as today; tests move it. */
  clock: { today: IsoDate };
  deps: AppDeps;
  /** The folder of this API's blob store (removed by close). */
  blobDir: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON bodies freely
  request<T = any>(
    method: string,
    path: string,
    options?: { body?: unknown; cookie?: string | null; csrf?: boolean; headers?: Record<string, string> },
  ): Promise<ApiResponse<T>>;
  /** A user with the test password; returns the user and a logged-in session cookie. */
  staff(organisation: Organisation, role?: UserRole): Promise<{ user: User; cookie: string }>;
  /** A new organisation, with a unique slug unless one is given. */
  organisation(slug?: string): Promise<Organisation>;
  /** A second app on the same database and Redis (a restart, or a second instance). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestApi(options: {
  redisUrl: string;
  today?: IsoDate;
  rateLimits?: AppDeps['rateLimits'];
  uploadLimits?: AppDeps['uploadLimits'];
  operatorOrganisation?: string;
  documentLimits?: AppDeps['documentLimits'];
  renderThreads?: AppDeps['renderThreads'];
  /** Wraps the folder blob store, e.g. to count or hold reads. */
  wrapBlobs?: (blobs: BlobStore) => BlobStore;
}): Promise<TestApi> {
  const db = await createTestDatabase();
  const redis = createRedisConnection(options.redisUrl, { forWorker: false });
  const prefix = uniqueTestPrefix();
  const clock = { today: options.today ?? '2026-03-02' };
  const blobDir = mkdtempSync(join(tmpdir(), 'woo-api-blobs-'));
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const deps: AppDeps = {
    orm: db.orm,
    logger: createLogger({ name: 'api-test', level: 'silent' }),
    redis,
    // Noon in Amsterdam on the test's today, so the Amsterdam date of now() is today as well.
    now: () => new Date(`${clock.today}T11:00:00Z`),
    today: () => clock.today,
    redisKeyPrefix: prefix,
    publicBaseUrl: 'https://woo.example.nl',
    checkDatabase: () => checkDatabase(db.orm),
    checkRedis: () => pingRedis(redis),
    blobs: (options.wrapBlobs ?? ((blobs) => blobs))(createFolderBlobStore(blobDir)),
    ...(options.uploadLimits && { uploadLimits: options.uploadLimits }),
    ...(options.documentLimits && { documentLimits: options.documentLimits }),
    ...(options.renderThreads && { renderThreads: options.renderThreads }),
    ...(options.operatorOrganisation && { operatorOrganisation: options.operatorOrganisation }),
    // Generous unless a test is about the limits: every staff() logs in once.
    rateLimits: {
      intake: { limit: 1000, windowSeconds: 60 },
      login: { limit: 1000, windowSeconds: 60 },
      trackingCodeMisses: { limit: 1000, windowSeconds: 60 },
      requesterActions: { limit: 1000, windowSeconds: 60 },
      ...options.rateLimits,
    },
  };

  let server: Server;
  let app: App;
  let base = '';
  async function listen() {
    app = createApp(deps);
    server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    api.base = base;
  }
  async function stop() {
    await new Promise((resolve) => server.close(resolve));
    await app.close();
  }

  const api: TestApi = {
    base,
    db,
    redis,
    prefix,
    clock,
    deps,
    blobDir,
    async request(method, path, { body, cookie, csrf = true, headers = {} } = {}) {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(body !== undefined && { 'content-type': 'application/json' }),
          ...(cookie && { cookie }),
          ...(csrf && method !== 'GET' && { 'x-requested-with': 'test' }),
          ...headers,
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
    },
    async organisation(slug?: string) {
      const em = db.orm.em.fork();
      const organisation = anOrganisation(em, slug ? { slug } : {});
      await em.flush();
      return organisation;
    },
    async staff(organisation, role = 'coordinator') {
      const em = db.orm.em.fork();
      const user = aUser(em, { organisation: em.getReference(Organisation, organisation.id), role, passwordHash });
      await em.flush();
      const login = await api.request('POST', '/api/v1/auth/login', {
        body: { email: user.email, password: TEST_PASSWORD },
      });
      if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      return { user, cookie };
    },
    async restart() {
      await stop();
      await listen();
    },
    async close() {
      await stop();
      await deleteKeysWithPrefix(redis, prefix);
      redis.disconnect();
      await db.drop();
      rmSync(blobDir, { recursive: true, force: true });
    },
  };
  await listen();
  return api;
}
