// The workers process: `node --import tsx workers/runtime/src/main.ts`. Runs the reconciler (at start-up and every
// RECONCILE_INTERVAL_MS), the daily deadline scan, and the workers themselves (start-workers.ts: the outbox relay, the
// OCR pool and a BullMQ worker per queue that has handlers).
import { loadConfigOrExit, workerConfigSchema } from '@woo/config';
import { createOrmConfig, migrateToLatest, openOrm } from '@woo/db';
import { createLogger } from '@woo/logging';
import { amsterdamDate } from '@woo/cases';
import { createMailTransport } from '@woo/mail';
import { caseDeadlineScan, createRedisConnection, defaultStepSources, enqueueViaOutbox, reconcile } from '@woo/queue';
import { ingestLimits, ingestStepSources } from '@woo/ingest-worker';
import { detectionStepSources } from '@woo/detect-worker';
import { pageStepSources } from '@woo/ocr-worker';
import { createFolderBlobStore } from '@woo/storage';
import { scheduleDailyDeadlineScan } from '@woo/scheduler';
import { startWorkers } from './start-workers.js';

const config = loadConfigOrExit(workerConfigSchema);
const logger = createLogger({ name: 'workers', level: config.LOG_LEVEL });

const orm = await openOrm(createOrmConfig({ databaseUrl: config.DATABASE_URL }));
await migrateToLatest(orm);
const producer = createRedisConnection(config.REDIS_URL, { forWorker: false });
const prefix = config.QUEUE_PREFIX;
const blobs = createFolderBlobStore(config.BLOB_DIR);
const sources = [...defaultStepSources, ...ingestStepSources, ...pageStepSources, ...detectionStepSources];

// Redis may have lost everything since we last ran: put every unfinished step recorded in PostgreSQL back first.
// (reconcile logs its own counts.)
await reconcile({ orm, connection: producer, prefix, logger, sources });

// And again now and then: a safety net for a Redis that was flushed or failed over while we ran.
const reconcileTimer = setInterval(() => {
  reconcile({ orm, connection: producer, prefix, logger, sources })
    .then((r) => r.requeued > 0 && logger.warn({ requeued: r.requeued }, 'reconciler re-enqueued lost jobs'))
    .catch((error: unknown) => logger.error({ reason: String(error) }, 'reconcile failed'));
}, config.RECONCILE_INTERVAL_MS);

// A mail server that is down is no reason not to start: notification jobs retry until it is back.
const mail = createMailTransport({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
const today = () => amsterdamDate(new Date());

// The daily deadline scan, and today's scan now in case the worker was down at the scheduled hour (once a day:
// the job id carries the day).
await scheduleDailyDeadlineScan({ connection: producer, prefix });
await orm.em.fork().transactional((em) => enqueueViaOutbox(em, caseDeadlineScan, { day: today() }));

const workers = await startWorkers({
  orm,
  redisUrl: config.REDIS_URL,
  producer,
  prefix,
  blobs,
  logger,
  mail,
  publicBaseUrl: config.PUBLIC_BASE_URL,
  today,
  limits: ingestLimits({
    maxBytes: config.UPLOAD_MAX_FILE_BYTES,
    maxPages: config.DOCUMENT_MAX_PAGES,
    maxImagePixels: config.DOCUMENT_MAX_IMAGE_PIXELS,
  }),
  maxEmailDepth: config.EMAIL_MAX_DEPTH,
  ocrPoolSize: config.OCR_POOL_SIZE,
  ocrLanguages: config.OCR_LANGUAGES,
  concurrency: config.WORKER_CONCURRENCY,
  outboxPollMs: config.OUTBOX_POLL_MS,
});
logger.info({ queues: workers.host.queues }, 'workers ready');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: no new jobs, finishing running ones');
  clearInterval(reconcileTimer);
  await workers.close();
  mail.close();
  await Promise.allSettled([producer.quit(), orm.close()]);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
