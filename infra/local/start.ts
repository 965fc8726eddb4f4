// `npm start`: the whole system on this machine, with demo data.
//
// PostgreSQL: DATABASE_URL when set; otherwise an embedded PostgreSQL (PGlite) whose data stays in .data/pglite, served
// over a local socket so the API and worker processes connect with the ordinary PostgreSQL driver.
// Redis: REDIS_URL when set; otherwise a private redis-server child process (data in .data/redis) when the binary
// exists; otherwise it stops and says how to get Redis.
// Mail: SMTP_URL when set; otherwise a local demo mailbox that keeps every message in .data/mail/.
// Then: migrations, demo data, the web app's build (when missing or older than its sources), the API process (which
// serves the web app) and the workers process; it prints where to open it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createOrmConfig, migrateToLatest, openOrm } from '@woo/db';
import { hashPassword } from '@woo/api';
import { seedDemoData } from './demo-data.js';
import { startDemoMailbox, type DemoMailbox } from './demo-mailbox.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { findRedisServer, redisInstallHelp, startPrivateRedis, type PrivateRedis } from './private-redis.js';
import { waitForHealth } from './wait-for-health.js';
import { ensureWebBuild } from './web-build.js';

const root = resolve(import.meta.dirname, '../..');
// WOO_DATA_DIR moves the demo data elsewhere (the tests use a scratch folder).
const dataDir = resolve(process.env.WOO_DATA_DIR ?? join(root, '.data'));
const say = (message: string) => process.stderr.write(`[start] ${message}\n`);

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  say(`PORT must be a port number (1–65535), not "${process.env.PORT}".`);
  process.exit(2);
}

const children: ChildProcess[] = [];
let embeddedPostgres: EmbeddedPostgres | undefined;
let privateRedis: PrivateRedis | undefined;
let demoMailbox: DemoMailbox | undefined;
let stopping = false;

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null ? once(child) : Promise.resolve())));
  await privateRedis?.stop();
  await demoMailbox?.stop();
  await embeddedPostgres?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

function once(child: ChildProcess) {
  return new Promise<void>((done) => child.once('exit', () => done()));
}

try {
  mkdirSync(dataDir, { recursive: true });

  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    say('PostgreSQL: using DATABASE_URL.');
  } else {
    embeddedPostgres = await startEmbeddedPostgres(join(dataDir, 'pglite'));
    databaseUrl = embeddedPostgres.url;
    say(`PostgreSQL: embedded (PGlite), data in ${join(dataDir, 'pglite')}, serving ${embeddedPostgres.url}`);
  }

  let redisUrl = process.env.REDIS_URL;
  if (redisUrl) {
    say('Redis: using REDIS_URL.');
  } else {
    const binary = findRedisServer();
    if (!binary) {
      say(redisInstallHelp);
      await stopAll(1);
    }
    privateRedis = await startPrivateRedis(binary!, join(dataDir, 'redis'));
    redisUrl = privateRedis.url;
    say(`Redis: private redis-server, data in ${join(dataDir, 'redis')}, serving ${privateRedis.url}`);
  }

  let smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    say('Mail: using SMTP_URL.');
  } else {
    demoMailbox = await startDemoMailbox(join(dataDir, 'mail'), say);
    smtpUrl = demoMailbox.url;
    say(`Mail: demo mailbox, every message kept as .eml in ${demoMailbox.folder}`);
  }

  // Migrations and demo data before the processes start, so both find the schema ready.
  const orm = await openOrm(createOrmConfig({ databaseUrl, pool: { min: 0, max: 2 } }));
  const applied = await migrateToLatest(orm);
  say(applied.length > 0 ? `database: applied ${applied.length} migration(s)` : 'database: schema up to date');
  const demo = await seedDemoData(orm.em.fork(), { hashPassword });
  say(demo.created ? 'demo data: created' : 'demo data: kept from the last run');
  await orm.close();
  await ensureWebBuild(say);

  // Both processes share one blob store folder (uploads, pages, public versions) under the data folder.
  const blobDir = process.env.BLOB_DIR ?? join(dataDir, 'blobs');
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    SMTP_URL: smtpUrl,
    PORT: String(port),
    BLOB_DIR: blobDir,
    // The workers write links into mail (the third party's zienswijze page).
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://localhost:${port}`,
  };
  const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
  for (const [name, entry] of [
    ['api', 'services/api/src/main.ts'],
    ['workers', 'workers/runtime/src/main.ts'],
  ] as const) {
    const child = spawn(process.execPath, ['--import', tsx, join(root, entry)], { env, stdio: 'inherit' });
    child.once('exit', (code) => {
      if (!stopping) {
        say(`the ${name} process stopped (exit code ${code}); stopping the rest.`);
        void stopAll(code || 1);
      }
    });
    children.push(child);
  }

  const base = `http://localhost:${port}`;
  await waitForHealth(`${base}/healthz`, 60_000);
  process.stdout.write(
    [
      '',
      'Woo is running.',
      `  App:          ${base}/`,
      `  Request form: ${base}/verzoek`,
      `  Work list:    ${base}/cases  (log in with the coordinator below)`,
      `  API:          ${base}/api/v1`,
      `  Health:       ${base}/healthz`,
      `  Organisation: ${demo.organisation.name} (slug "${demo.organisation.slug}")`,
      `  Coordinator:  ${demo.coordinator.email} / ${demo.coordinator.password}`,
      `  Reviewer:     ${demo.reviewer.email} / ${demo.reviewer.password}  (approves what the coordinator submits)`,
      `  Admin:        ${demo.admin.email} / ${demo.admin.password}  (queues: ${base}/admin/queues)`,
      ...(demoMailbox ? [`  Mail:         every message the system sends is kept in ${demoMailbox.folder}`] : []),
      '',
      'Stop with Ctrl+C. Demo data stays in .data/ (delete that folder to start afresh).',
      '',
    ].join('\n'),
  );
} catch (error) {
  say(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  await stopAll(1);
}
