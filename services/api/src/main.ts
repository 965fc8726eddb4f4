// The API process: `node --import tsx services/api/src/main.ts`. Configuration comes from the environment (README).
import { resolve } from 'node:path';
import { apiConfigSchema, loadConfigOrExit } from '@woo/config';
import { checkDatabase, createOrmConfig, migrateToLatest, openOrm } from '@woo/db';
import { createLogger } from '@woo/logging';
import { createRedisConnection, pingRedis } from '@woo/queue';
import { createFolderBlobStore } from '@woo/storage';
import { createApp } from './app.js';

const config = loadConfigOrExit(apiConfigSchema);
const logger = createLogger({ name: 'api', level: config.LOG_LEVEL });

const orm = await openOrm(createOrmConfig({ databaseUrl: config.DATABASE_URL }));
await migrateToLatest(orm);
const redis = createRedisConnection(config.REDIS_URL, { forWorker: false });

const app = createApp({
  orm,
  logger,
  redis,
  now: () => new Date(),
  redisKeyPrefix: config.QUEUE_PREFIX,
  publicBaseUrl: config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`,
  checkDatabase: () => checkDatabase(orm),
  checkRedis: () => pingRedis(redis),
  blobs: createFolderBlobStore(config.BLOB_DIR),
  uploadLimits: { maxFileBytes: config.UPLOAD_MAX_FILE_BYTES, maxFiles: config.UPLOAD_MAX_FILES },
  documentLimits: { maxPages: config.DOCUMENT_MAX_PAGES, maxImagePixels: config.DOCUMENT_MAX_IMAGE_PIXELS },
  // Warmed in the background: the first page image after a start does not wait seconds for a thread to start.
  renderThreads: { threads: config.REVIEW_IMAGE_THREADS, queue: config.REVIEW_IMAGE_QUEUE, warm: true },
  ...(config.OPERATOR_ORGANISATION && { operatorOrganisation: config.OPERATOR_ORGANISATION }),
  // The web app's build (npm start builds it when it is missing or older than its sources).
  webRoot: resolve(import.meta.dirname, '../../web/dist'),
});

const server = app.listen(config.PORT, () => {
  logger.info({ port: config.PORT }, 'API listening');
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing open requests');
  server.close();
  server.closeIdleConnections();
  await new Promise((resolve) => server.once('close', resolve));
  await Promise.allSettled([app.close(), orm.close(), redis.quit()]);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
