// Every worker of the pipeline inside the calling process, for browser tests and benches that need documents to go
// from upload to verified without a second process: the outbox relay, the worker host with every handler, an OCR
// pool and the detection flow producer. Production runs main.ts instead (reconciler, scheduler, signals).
import type { MikroORM } from '@mikro-orm/postgresql';
import { defaultHolidayCalendar, type IsoDate } from '@woo/domain';
import { createMailTransport } from '@woo/mail';
import { createOcrPool } from '@woo/ocr';
import { defaultDocumentLimits } from '@woo/pdf';
import { createOutboxRelay, createRedisConnection, createWorkerHost } from '@woo/queue';
import type { BlobStore } from '@woo/storage';
import { FlowProducer } from 'bullmq';
import type { Logger } from 'pino';
import { createHandlers } from './handlers/index.js';

export interface InProcessWorkersOptions {
  orm: MikroORM;
  redisUrl: string;
  prefix: string;
  blobs: BlobStore;
  logger: Logger;
  /** Where notifications are sent (a test SMTP server). */
  smtpUrl: string;
  /** Base of the links in mail (the zienswijze request's link to the third party's page). */
  publicBaseUrl?: string;
  today: () => IsoDate;
  /** OCR workers (default 1: tests share two cores with the browser). */
  ocrPoolSize?: number;
  outboxPollMs?: number;
}

export interface InProcessWorkers {
  close(): Promise<void>;
}

export async function startInProcessWorkers(options: InProcessWorkersOptions): Promise<InProcessWorkers> {
  const producer = createRedisConnection(options.redisUrl, { forWorker: false });
  const relay = createOutboxRelay({
    orm: options.orm,
    connection: producer,
    prefix: options.prefix,
    logger: options.logger,
    intervalMs: options.outboxPollMs ?? 100,
  });
  const mail = createMailTransport({ smtpUrl: options.smtpUrl, from: 'woo@voorbeeldstad.example' });
  const ocr = await createOcrPool({ size: options.ocrPoolSize ?? 1 });
  const flows = new FlowProducer({ connection: producer, prefix: options.prefix });
  const limits = defaultDocumentLimits;
  const host = createWorkerHost({
    connection: options.redisUrl,
    prefix: options.prefix,
    orm: options.orm,
    logger: options.logger,
    handlers: createHandlers({
      mail,
      ...(options.publicBaseUrl && { publicBaseUrl: options.publicBaseUrl }),
      calendar: defaultHolidayCalendar(),
      today: options.today,
      ingest: { blobs: options.blobs, limits, maxEmailDepth: 3 },
      pipeline: { blobs: options.blobs, ocr, flows, limits },
    }),
    concurrency: 2,
  });
  await host.waitUntilReady();
  relay.start();
  return {
    async close() {
      await relay.stop();
      await host.close({ force: true }).catch(() => undefined);
      await Promise.allSettled([ocr.close(), flows.close()]);
      mail.close();
      producer.disconnect();
    },
  };
}
