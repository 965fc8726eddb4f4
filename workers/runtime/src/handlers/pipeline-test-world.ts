// What the document pipeline tests share: a fresh database, a queue prefix of their own on the real Redis, a temporary
// blob folder, and documents made directly with factories and blobs (not through ingest).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page, type Document } from '@woo/db';
import {
  aCase,
  aDocument,
  anOrganisation,
  aPage,
  aThirdParty,
  createTestDatabase,
  type TestDatabase,
} from '@woo/db/testing';
import {
  createOutboxRelay,
  createRedisConnection,
  createWorkerHost,
  enqueueViaOutbox,
  pageProcess,
  type JobHandler,
  type OutboxRelay,
  type WorkerHost,
} from '@woo/queue';
import { deleteKeysWithPrefix, uniqueTestPrefix } from '@woo/queue/testing';
import { createFolderBlobStore, type BlobStore } from '@woo/storage';
import { pino, type Logger } from 'pino';

export interface PipelineTestWorld {
  db: TestDatabase;
  redis: ReturnType<typeof createRedisConnection>;
  prefix: string;
  blobs: BlobStore;
  logger: Logger;
  /** A relay polling the outbox every 100 ms (as the workers process runs one). */
  relay: OutboxRelay;
  /** A worker host with these handlers; stall detection is short so a killed worker's job is picked up fast. */
  startHost(handlers: readonly JobHandler[]): Promise<WorkerHost>;
  /** Closes every host started so far: a test that fails half-way must not leave workers taking the next one's jobs. */
  stopHosts(): Promise<void>;
  close(): Promise<void>;
}

/** `redisUrl` comes from the test file (only tests read the environment). */
export async function createPipelineTestWorld(redisUrl: string): Promise<PipelineTestWorld> {
  const db = await createTestDatabase();
  const redis = createRedisConnection(redisUrl, { forWorker: false });
  const prefix = uniqueTestPrefix();
  const blobDir = await mkdtemp(join(tmpdir(), 'woo-pipeline-'));
  const logger: Logger = pino({ level: 'silent' });
  const relay = createOutboxRelay({ orm: db.orm, connection: redis, prefix, logger, intervalMs: 100 });
  const hosts: WorkerHost[] = [];
  return {
    db,
    redis,
    prefix,
    blobs: createFolderBlobStore(blobDir),
    logger,
    relay,
    async startHost(handlers) {
      const host = createWorkerHost({
        connection: redisUrl,
        prefix,
        orm: db.orm,
        logger,
        handlers,
        concurrency: 2,
        stall: { lockDuration: 2_000, stalledInterval: 500 },
      });
      hosts.push(host);
      await host.waitUntilReady();
      return host;
    },
    async stopHosts() {
      await Promise.all(hosts.splice(0).map((host) => host.close({ force: true }).catch(() => undefined)));
    },
    async close() {
      await relay.stop();
      await Promise.all(hosts.splice(0).map((host) => host.close({ force: true }).catch(() => undefined)));
      await deleteKeysWithPrefix(redis, prefix);
      await redis.quit();
      await db.drop();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

export interface StoredDocument {
  document: Document;
  pageIds: string[];
}

/** A document of `pageCount` pages with its file in the blob store and its pages pending, as ingest leaves it. */
export async function aStoredDocument(
  world: PipelineTestWorld,
  file: Uint8Array,
  pageCount: number,
  people: { requesterName?: string; thirdParties?: string[] } = {},
): Promise<StoredDocument> {
  const em = world.db.orm.em.fork();
  const organisation = anOrganisation(em);
  const kase = aCase(em, { organisation, requesterName: people.requesterName ?? 'Jan Jansen' });
  for (const name of people.thirdParties ?? []) aThirdParty(em, { case: kase, name });
  const document = aDocument(em, { case: kase, status: 'processing', pageCount });
  const blobKey = `documents/${document.id}/original`;
  document.blobKey = blobKey;
  const pages = Array.from({ length: pageCount }, (_, i) => aPage(em, { document, pageNumber: i + 1 }));
  await em.flush();
  await world.blobs.put(blobKey, file);
  return { document, pageIds: pages.map((page) => page.id) };
}

/** What ingest does last: one page.process job per page, committed through the outbox. */
export async function enqueuePages(world: PipelineTestWorld, pageIds: readonly string[]): Promise<void> {
  await world.db.orm.em.fork().transactional(async (tem) => {
    for (const pageId of pageIds) await enqueueViaOutbox(tem, pageProcess, { pageId });
  });
}

export async function pagesOf(world: PipelineTestWorld, documentId: string): Promise<Page[]> {
  return world.db.orm.em.fork().find(Page, { document: documentId }, { orderBy: { pageNumber: 'asc' } });
}
