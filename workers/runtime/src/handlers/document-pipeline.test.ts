// The document pipeline after ingest, through the real PostgreSQL, Redis, blob folder and OCR: pages → detection
// flow → regions; the fan-in after the last page; a worker killed in the middle of a ground; Redis losing everything.
import { Document, Outbox, Page, RedactionRegion } from '@woo/db';
import { aCase, aDocument, anOrganisation, aPage } from '@woo/db/testing';
import { detectionFlowParentJobId } from '@woo/detect-worker';
import { enqueueDetectionIfLastPage, pageRenderBlobKey, pipelineStepSources, processPage } from '@woo/documents';
import { createOcrPool, type OcrPool } from '@woo/ocr';
import { createOpenDocumentCache, type OpenDocumentCache } from '@woo/ocr-worker';
import { mixedPdf, textPdf, truncatedPdf } from '@woo/pdf/testing';
import {
  defaultStepSources,
  defineHandler,
  detectGroundJobs,
  detectionQueueGrounds,
  documentDetect,
  reconcile,
  type JobHandler,
  type StepSource,
} from '@woo/queue';
import { deleteKeysWithPrefix, eventually } from '@woo/queue/testing';
import { FlowProducer, Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPipelineHandlers } from './pipeline-handlers.js';
import {
  aStoredDocument,
  createPipelineTestWorld,
  enqueuePages,
  pagesOf,
  type PipelineTestWorld,
} from './pipeline-test-world.js';

const LETTER = [
  { text: 'Besluit op uw Woo-verzoek', x: 72, y: 770, size: 18 },
  { text: 'Geachte heer Jansen, hierbij ontvangt u het besluit.', x: 72, y: 700, size: 12 },
  { text: 'Uw BSN 111222333 staat in ons dossier.', x: 72, y: 670, size: 12 },
  { text: 'Mail pieter.bakker@gmail.com voor vragen.', x: 72, y: 640, size: 12 },
];

let world: PipelineTestWorld;
let ocr: OcrPool;
let flows: FlowProducer;
// The page jobs share their documents' openings, as in the worker process.
let documents: OpenDocumentCache;
let handlers: JobHandler[];

beforeAll(async () => {
  world = await createPipelineTestWorld(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  ocr = await createOcrPool({ size: 1 });
  flows = new FlowProducer({ connection: world.redis, prefix: world.prefix });
  documents = createOpenDocumentCache({ blobs: world.blobs });
  handlers = createPipelineHandlers({ blobs: world.blobs, ocr, flows, documents });
  world.relay.start();
});

// Each test starts from empty tables and queues: a document left by one test would be detected in the next.
beforeEach(async () => {
  await em().nativeDelete(Outbox, {});
  await em().nativeDelete(Document, {});
  await deleteKeysWithPrefix(world.redis, world.prefix);
});

afterEach(async () => {
  await world?.stopHosts();
});

afterAll(async () => {
  await flows?.close();
  await ocr?.close();
  await documents?.close();
  await world?.close();
});

const em = () => world.db.orm.em.fork();
const documentRow = (id: string) => em().findOneOrFail(Document, id);
const regionsOf = (documentId: string) =>
  em().find(RedactionRegion, { document: documentId }, { orderBy: { ground: 'asc', text: 'asc' } });
const detectOutboxRows = (documentId: string) =>
  em().find(Outbox, { jobName: documentDetect.name, payload: { documentId } });

async function detected(documentId: string, timeoutMs = 20_000) {
  return eventually(
    async () => {
      const document = await documentRow(documentId);
      return document.detectStatus === 'done' ? document : undefined;
    },
    { timeoutMs, what: 'detection to finish' },
  );
}

async function jobState(queueName: string, jobId: string) {
  const queue = new Queue(queueName, { connection: world.redis, prefix: world.prefix });
  try {
    const job = await queue.getJob(jobId);
    return job ? { state: await job.getState(), returnvalue: job.returnvalue as unknown } : undefined;
  } finally {
    await queue.close();
  }
}

describe('page.process → detection flow → regions', () => {
  it('reads a text PDF and stores an e-mail address and a BSN as proposed regions (no review image yet)', async () => {
    const { document, pageIds } = await aStoredDocument(world, await textPdf({ lines: LETTER }), 1);
    const host = await world.startHost(handlers);
    await enqueuePages(world, pageIds);

    const done = await detected(document.id);
    expect(done.status).toBe('ready');
    const [page] = await pagesOf(world, document.id);
    expect(page).toMatchObject({ renderStatus: 'done', ocrStatus: 'done', detectStatus: 'done', hasTextLayer: true });
    expect(page?.text).toContain('pieter.bakker@gmail.com');
    expect(page?.words?.length).toBeGreaterThan(15);
    // The review image is made when the review screen first asks for it, not by the pipeline.
    expect(await world.blobs.exists(pageRenderBlobKey(document.id, 1))).toBe(false);

    const regions = await regionsOf(document.id);
    const bsn = regions.find((region) => region.text === '111222333');
    const email = regions.find((region) => region.text === 'pieter.bakker@gmail.com');
    expect(bsn).toMatchObject({ ground: '5.1.1e', recogniser: 'bsn-elfproef', origin: 'detected', status: 'proposed' });
    expect(email).toMatchObject({ ground: '5.1.2e', recogniser: 'email-address', origin: 'detected' });
    expect(Number(bsn!.width)).toBeGreaterThan(0);
    // The requester is a known person of the case.
    expect(regions.some((region) => region.ground === '5.1.2e' && region.text?.includes('Jansen'))).toBe(true);

    // One detection step, one flow: a parent and a completed child on each ground's queue.
    expect(await detectOutboxRows(document.id)).toHaveLength(1);
    expect((await jobState('detect', detectionFlowParentJobId(document.id)))?.state).toBe('completed');
    for (const ground of detectionQueueGrounds) {
      const child = detectGroundJobs[ground];
      expect((await jobState(child.queue, child.jobId({ documentId: document.id })))?.state).toBe('completed');
    }
    await host.close();
  });

  it('OCRs a scanned page, and the last of two pages processed at once enqueues detection once', async () => {
    const { document, pageIds } = await aStoredDocument(world, await mixedPdf(), 2);
    const deps = { blobs: world.blobs, ocr, documents };
    const results = await Promise.all(pageIds.map((pageId) => processPage(em(), deps, pageId)));

    expect(results.map((result) => result.status)).toEqual(['done', 'done']);
    expect(results.filter((result) => result.status === 'done' && result.detectEnqueued)).toHaveLength(1);
    expect(await detectOutboxRows(document.id)).toHaveLength(1);
    const [textPage, scannedPage] = await pagesOf(world, document.id);
    expect(textPage?.hasTextLayer).toBe(true);
    expect(scannedPage).toMatchObject({ hasTextLayer: false, ocrStatus: 'done', renderStatus: 'done' });
    expect(scannedPage?.text).toMatch(/verzoek/i);
    expect(scannedPage?.words?.every((word) => word.confidence !== undefined)).toBe(true);
  }, 60_000);

  it('fails an unreadable page and its document with a reason the coordinator reads, and detects nothing', async () => {
    const { document, pageIds } = await aStoredDocument(world, await truncatedPdf(), 2);
    const deps = { blobs: world.blobs, documents };
    expect(await processPage(em(), deps, pageIds[0]!)).toMatchObject({ status: 'failed', code: 'document.corrupt' });
    // The other page stops early: its document failed.
    expect(await processPage(em(), deps, pageIds[1]!)).toMatchObject({ status: 'skipped', reason: 'document_failed' });

    const [first] = await pagesOf(world, document.id);
    expect(first).toMatchObject({
      ocrStatus: 'failed',
      renderStatus: 'failed',
      failureReason: 'PDF is beschadigd of onvolledig',
    });
    expect(await documentRow(document.id)).toMatchObject({
      status: 'failed',
      failureReason: 'Pagina 1 kon niet worden gelezen: PDF is beschadigd of onvolledig',
    });
    expect(await detectOutboxRows(document.id)).toHaveLength(0);
  });

  it('serialises the fan-in on the document row: the page that commits second sees the first and enqueues', async () => {
    const setup = em();
    const organisation = anOrganisation(setup);
    const document = aDocument(setup, { case: aCase(setup, { organisation }), pageCount: 2 });
    const [first, second] = [1, 2].map((pageNumber) => aPage(setup, { document, pageNumber }));
    await setup.flush();

    let releaseFirst!: () => void;
    let firstChecked!: (enqueued: boolean) => void;
    const firstCheck = new Promise<boolean>((resolve) => (firstChecked = resolve));
    // Page 1 is marked done and checks while page 2 is not yet done; its transaction stays open.
    const firstTx = em().transactional(async (tem) => {
      await tem.nativeUpdate(Page, { id: first!.id }, { ocrStatus: 'done' });
      firstChecked(await enqueueDetectionIfLastPage(tem, document.id));
      await new Promise<void>((resolve) => (releaseFirst = resolve));
    });
    expect(await firstCheck).toBe(false);

    // Page 2 finishes meanwhile: without the lock it would not see page 1 (uncommitted) and nobody would enqueue.
    let secondSettled = false;
    const secondTx = em()
      .transactional(async (tem) => {
        await tem.nativeUpdate(Page, { id: second!.id }, { ocrStatus: 'done' });
        return enqueueDetectionIfLastPage(tem, document.id);
      })
      .finally(() => (secondSettled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(secondSettled).toBe(false);

    releaseFirst();
    await firstTx;
    expect(await secondTx).toBe(true);
    expect(await detectOutboxRows(document.id)).toHaveLength(1);
  });

  it('finishes a document whose worker was killed during a ground, without duplicate regions', async () => {
    const { document, pageIds } = await aStoredDocument(world, await textPdf({ lines: LETTER }), 1);
    const killedGround = detectGroundJobs['5.1.2e'];
    let regionsWritten!: () => void;
    const regionsStored = new Promise<void>((resolve) => (regionsWritten = resolve));
    const realHandler = handlers.find((handler) => handler.contract.name === killedGround.name)!;
    // Writes its regions, then never completes: the process dies here.
    const dying = defineHandler(killedGround, async (payload, context) => {
      const result = await realHandler.handle(payload, context);
      if (payload.documentId !== document.id) return result;
      regionsWritten();
      return new Promise<never>(() => undefined);
    });
    const first = await world.startHost(handlers.map((handler) => (handler === realHandler ? dying : handler)));
    await enqueuePages(world, pageIds);
    await regionsStored;
    // Only the killed ground's regions: the other grounds run at the same time and may still be adding theirs.
    const ofKilledGround = async () => (await regionsOf(document.id)).filter((region) => region.ground === '5.1.2e');
    const before = await ofKilledGround();
    expect(before.length).toBeGreaterThan(0);
    await first.close({ force: true });
    expect((await documentRow(document.id)).detectStatus).toBe('running');

    const second = await world.startHost(handlers);
    await detected(document.id);
    const after = await ofKilledGround();
    expect(after.map((region) => region.dedupKey)).toEqual(before.map((region) => region.dedupKey));
    // The ground ran again after the stall and found everything already stored.
    const child = await jobState(killedGround.queue, killedGround.jobId({ documentId: document.id }));
    expect(child).toMatchObject({ state: 'completed', returnvalue: { status: 'done', inserted: 0 } });
    await second.close();
  });

  it('gets pages and detection done from PostgreSQL after Redis lost everything twice', async () => {
    const reconcileNow = (sources: readonly StepSource[] = [...defaultStepSources, ...pipelineStepSources]) =>
      reconcile({
        orm: world.db.orm,
        connection: world.redis,
        prefix: world.prefix,
        logger: world.logger,
        sources,
      });
    const { document, pageIds } = await aStoredDocument(world, await textPdf({ lines: LETTER }), 1);
    await enqueuePages(world, pageIds);
    await eventually(
      async () =>
        (await em().findOne(Outbox, { jobName: 'page.process', payload: { pageId: pageIds[0] } }))?.dispatchedAt,
    );
    await deleteKeysWithPrefix(world.redis, world.prefix);

    // The pipeline's own sources alone put the page back (the outbox would too; here it is left out).
    const afterFirstLoss = await reconcileNow(pipelineStepSources);
    expect(afterFirstLoss.bySource.pages).toMatchObject({ unfinished: 1, requeued: 1 });
    expect(afterFirstLoss.bySource.detection?.unfinished).toBe(0);

    // Only pages and the start of detection run: the flow is added, its children wait on their queues.
    const pagesOnly = handlers.filter((handler) => ['page.process', 'document.detect'].includes(handler.contract.name));
    const partial = await world.startHost(pagesOnly);
    await eventually(async () => (await detectOutboxRows(document.id))[0]?.completedAt, { what: 'the flow added' });
    await partial.close();
    expect((await documentRow(document.id)).detectStatus).toBe('running');

    // Redis loses the flow; the outbox has nothing left to do, so only the detection source knows.
    await deleteKeysWithPrefix(world.redis, world.prefix);
    const afterSecondLoss = await reconcileNow();
    expect(afterSecondLoss.bySource.outbox?.unfinished).toBe(0);
    expect(afterSecondLoss.bySource.detection).toMatchObject({ unfinished: 1, requeued: 1 });

    const host = await world.startHost(handlers);
    await detected(document.id);
    expect((await regionsOf(document.id)).some((region) => region.text === '111222333')).toBe(true);
    await host.close();
  });
});
