// What turns a process into a worker: the outbox relay, a warm OCR pool, the detection flow producer and the worker
// host with every handler. main.ts adds the reconciler, the daily deadline scan and the signals around it; the browser
// tests run the same inside their own process so an upload goes all the way.
import type { MikroORM } from '@mikro-orm/postgresql';
import { defaultHolidayCalendar, type IsoDate } from '@woo/domain';
import type { MailTransport } from '@woo/mail';
import { createOcrPool, type OcrLanguage } from '@woo/ocr';
import { createOpenDocumentCache } from '@woo/ocr-worker';
import type { DocumentLimits } from '@woo/pdf';
import { createOutboxRelay, createWorkerHost, type WorkerHost } from '@woo/queue';
import type { BlobStore } from '@woo/storage';
import { FlowProducer } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createHandlers } from './handlers/index.js';

export interface WorkerOptions {
  orm: MikroORM;
  /** For the worker host, which opens its own connections. */
  redisUrl: string;
  /** The caller's connection for the relay and the flow producer (the caller closes it). */
  producer: Redis;
  prefix: string;
  blobs: BlobStore;
  logger: Logger;
  /** The caller's mail transport (the caller closes it). */
  mail: MailTransport;
  /** Base of the links in mail (the third party's zienswijze page); without it the mail asks for an e-mail answer. */
  publicBaseUrl?: string | undefined;
  /** Today in Europe/Amsterdam. */
  today: () => IsoDate;
  limits: DocumentLimits;
  maxEmailDepth: number;
  ocrPoolSize: number;
  /** The OCR models (default: the pool's, Dutch and English). */
  ocrLanguages?: readonly OcrLanguage[];
  /** Jobs at the same time per queue. */
  concurrency: number;
  outboxPollMs: number;
}

export interface Workers {
  host: WorkerHost;
  /**
   * Stops the relay, then the host (`force`: without waiting for running jobs), the OCR pool, the flow producer and
   * the page jobs' open documents.
   */
  close(options?: { force?: boolean }): Promise<void>;
}

export async function startWorkers(options: WorkerOptions): Promise<Workers> {
  const { orm, producer, prefix, blobs, logger, limits } = options;
  // Warm OCR workers, once per process (starting one costs 0.25–0.4 s); the detection flow's producer.
  const ocr = await createOcrPool({
    size: options.ocrPoolSize,
    ...(options.ocrLanguages && { languages: options.ocrLanguages }),
  });
  const flows = new FlowProducer({ connection: producer, prefix });
  // The page jobs of one document share one opening of its original instead of each reading and parsing all of it.
  const documents = createOpenDocumentCache({ blobs, limits });
  const host = createWorkerHost({
    connection: options.redisUrl,
    prefix,
    orm,
    logger,
    handlers: createHandlers({
      mail: options.mail,
      ...(options.publicBaseUrl && { publicBaseUrl: options.publicBaseUrl }),
      calendar: defaultHolidayCalendar(),
      today: options.today,
      ingest: { blobs, limits, maxEmailDepth: options.maxEmailDepth },
      pipeline: { blobs, ocr, flows, limits, documents },
    }),
    concurrency: options.concurrency,
  });
  await host.waitUntilReady();
  // Only now the relay: a pool or host that failed to start leaves no relay polling behind it.
  const relay = createOutboxRelay({ orm, connection: producer, prefix, logger, intervalMs: options.outboxPollMs });
  relay.start();
  return {
    host,
    async close({ force = false } = {}) {
      await relay.stop();
      await host.close({ force });
      await Promise.allSettled([ocr.close(), flows.close(), documents.close()]);
    },
  };
}
