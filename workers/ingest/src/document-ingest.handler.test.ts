// document.ingest through the real outbox relay, Redis and worker host: a readable and an unreadable document in one
// case both end their jobs as completed (the bad file fails its document, never the queue), and a document whose
// bytes cannot be fetched is retried and then failed so nobody waits for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Document, Organisation, Outbox, Page, uuidV7, type Case } from '@woo/db';
import { aCase, anOrganisation, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { addDocumentsToCase, storeOriginal } from '@woo/documents';
import { defaultDocumentLimits } from '@woo/pdf';
import { encryptedPdf, textPdf } from '@woo/pdf/testing';
import {
  allJobs,
  createOutboxRelay,
  createRedisConnection,
  createWorkerHost,
  documentIngest,
  type AnyJobContract,
  type WorkerHost,
  type WorkerHostOptions,
} from '@woo/queue';
import { deleteKeysWithPrefix, eventually, uniqueTestPrefix } from '@woo/queue/testing';
import { createFolderBlobStore, type BlobStore } from '@woo/storage';
import { createDocumentIngestHandler } from './document-ingest.handler.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = uniqueTestPrefix();
const redis = createRedisConnection(redisUrl, { forWorker: false });
const queue = new Queue(documentIngest.queue, { connection: redis, prefix });

// This package has no logger of its own; the host and relay only need these methods.
const logger = {
  child: () => logger,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
} as unknown as WorkerHostOptions['logger'];

// Retries after 100 ms instead of 5 s, 10 s…, to see the last attempt within a test.
const fastRetries: readonly AnyJobContract[] = allJobs.map((contract) =>
  contract.name === documentIngest.name
    ? { ...contract, options: { ...contract.options, backoff: { type: 'fixed', delay: 100 } } }
    : contract,
);

let db: TestDatabase;
let blobDir: string;
let blobs: BlobStore;
let kase: Case;
const hosts: WorkerHost[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  blobDir = mkdtempSync(join(tmpdir(), 'woo-ingest-worker-'));
  blobs = createFolderBlobStore(blobDir);
  const em = db.orm.em.fork();
  const organisation = anOrganisation(em);
  kase = aCase(em, { organisation: em.getReference(Organisation, organisation.id) });
  await em.flush();
});
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close({ force: true })));
});
afterAll(async () => {
  await queue.close();
  await deleteKeysWithPrefix(redis, prefix);
  await redis.quit();
  await db?.drop();
  if (blobDir) rmSync(blobDir, { recursive: true, force: true });
});

async function startHost() {
  const host = createWorkerHost({
    connection: redisUrl,
    prefix,
    orm: db.orm,
    logger,
    handlers: [createDocumentIngestHandler({ blobs, limits: defaultDocumentLimits, maxEmailDepth: 3 })],
    contracts: fastRetries,
  });
  hosts.push(host);
  await host.waitUntilReady();
}

async function upload(filename: string, bytes: Uint8Array): Promise<string> {
  const stored = await storeOriginal(blobs, uuidV7(), bytes);
  const [document] = await db.orm.em.fork().transactional((tem) =>
    addDocumentsToCase(tem, kase.id, [
      {
        id: stored.documentId,
        blobKey: stored.blobKey,
        originalFilename: filename,
        mediaType: stored.detected.mediaType,
        byteSize: stored.byteSize,
        sha256: stored.sha256,
      },
    ]),
  );
  return document!.id;
}

async function dispatch() {
  const relay = createOutboxRelay({ orm: db.orm, connection: redis, prefix, logger, contracts: fastRetries });
  try {
    return await relay.runOnce();
  } finally {
    await relay.stop();
  }
}

const documentOf = (id: string) => db.orm.em.fork().findOneOrFail(Document, { id });
const settled = (id: string) =>
  eventually(async () => {
    const document = await documentOf(id);
    return document.status === 'uploaded' ? undefined : document;
  });

describe('document.ingest', () => {
  it('ingests a good document and fails an unreadable one, both jobs completing', async () => {
    await startHost();
    const good = await upload('besluit.pdf', await textPdf());
    const bad = await upload('geheim.pdf', await encryptedPdf());
    expect(await dispatch()).toEqual({ dispatched: 2, failed: 0 });

    expect(await settled(good)).toMatchObject({ status: 'processing', pageCount: 1 });
    expect(await settled(bad)).toMatchObject({ status: 'failed', failureReason: expect.stringMatching(/versleuteld/) });
    const em = db.orm.em.fork();
    expect(await em.count(Page, { document: good })).toBe(1);
    for (const id of [good, bad]) {
      const jobId = documentIngest.jobId({ documentId: id });
      await eventually(async () => (await em.fork().findOneOrFail(Outbox, { jobId })).completedAt);
      expect(await (await queue.getJob(jobId))?.getState()).toBe('completed');
    }
    // The good document's page job is waiting in the outbox for the relay.
    expect(await em.count(Outbox, { jobName: 'page.process', completedAt: null })).toBe(1);
  });

  it('retries when the original cannot be fetched, then fails the document with a reason', async () => {
    await startHost();
    const id = await upload('weg.pdf', await textPdf());
    const document = await documentOf(id);
    await blobs.delete(document.blobKey);
    await dispatch();

    const failed = await settled(id);
    expect(failed.status).toBe('failed');
    expect(failed.failureReason).toMatch(/technische storing/);
    const job = await eventually(async () => {
      const current = await queue.getJob(documentIngest.jobId({ documentId: id }));
      return (await current?.getState()) === 'failed' ? current : undefined;
    });
    expect(job.attemptsMade).toBe(documentIngest.options.attempts);
  });
});
