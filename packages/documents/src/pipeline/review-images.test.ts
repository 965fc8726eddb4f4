// The review images in their render threads: the JPEG a thread draws is the one this thread would draw, the original
// is opened there with the limits it was given (a file over them is a DocumentReadError here, with its words), the
// same page asked twice at once is drawn once and kept, a full queue is refused at once, close() leaves no thread —
// and the threads also start (and warm) when the process runs the way `npm start` starts the API (node --import tsx).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { defaultDocumentLimits, isDocumentReadError } from '@woo/pdf';
import { manyPagesPdf, textPdf } from '@woo/pdf/testing';
import { createFolderBlobStore, type BlobStore } from '@woo/storage';
import { pageRenderBlobKey } from './pipeline-blob-keys.js';
import {
  createRenderThreads,
  defaultRenderThreads,
  RenderThreadsBusyError,
  RenderThreadsClosedError,
  type RenderThreads,
  type RenderThreadsOptions,
} from './render-threads.js';
import { renderReviewImage } from './review-image.js';
import { createReviewImages, type ReviewImages } from './review-images.js';

const folders: string[] = [];
const opened: RenderThreads[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((threads) => threads.close()));
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'woo-review-images-'));
  folders.push(folder);
  return folder;
}

function folderStore(): BlobStore {
  return createFolderBlobStore(newFolder());
}

/** The blob store, counting the reads of each key; reads of `held` wait until release(). */
function watchedStore(blobs: BlobStore, held?: string) {
  const reads = new Map<string, number>();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let reached = () => {};
  const heldReached = new Promise<void>((resolve) => (reached = resolve));
  const store: BlobStore = {
    ...blobs,
    async get(key) {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      if (key === held) {
        reached();
        await released;
      }
      return blobs.get(key);
    },
  };
  return { store, reads, release, heldReached };
}

/** Review images over render threads of their own (closed after the test), and how many threads run. */
function images(
  blobs: BlobStore,
  options: Partial<RenderThreadsOptions> = {},
): ReviewImages & { readonly liveThreads: number } {
  const threads = createRenderThreads({ ...defaultRenderThreads, limits: defaultDocumentLimits, ...options });
  opened.push(threads);
  const reviewImages = createReviewImages(blobs, threads);
  return {
    get: reviewImages.get,
    get liveThreads() {
      return threads.liveThreads;
    },
  };
}

function reviewImageTask(pdf: Uint8Array) {
  return { kind: 'review-image', original: Uint8Array.from(pdf), pageNumber: 1 } as const;
}

/** The worker threads of this process, as Node's diagnostic report lists them. */
function threadsOfProcess(): number {
  return (process.report.getReport() as { workers: unknown[] }).workers.length;
}

async function storedPdf(blobs: BlobStore, key: string, pdf: Uint8Array) {
  await blobs.put(key, pdf);
  return { id: key.split('/')[1]!, blobKey: key };
}

// Every test starts a thread or two (the tsx loader and pdf.js, seconds each; more on a busy machine).
describe('createReviewImages', { timeout: 120_000 }, () => {
  it('draws the page in a thread: the same JPEG as drawn here, kept under the page key; the same page asked for twice at the same time is drawn once', async () => {
    const watched = watchedStore(folderStore());
    const pdf = await textPdf();
    const document = await storedPdf(watched.store, 'documents/d1/original', pdf);
    const reviewImages = images(watched.store);
    expect(reviewImages.liveThreads).toBe(0);
    const [jpeg, same] = await Promise.all([reviewImages.get(document, 1), reviewImages.get(document, 1)]);
    expect(reviewImages.liveThreads).toBe(1);
    expect(jpeg.equals(await renderReviewImage(pdf, defaultDocumentLimits, 1))).toBe(true);
    expect(same.equals(jpeg)).toBe(true);
    expect(watched.reads.get(document.blobKey)).toBe(1);
    expect((await watched.store.get(pageRenderBlobKey('d1', 1))).equals(jpeg)).toBe(true);
    // Kept: asked again, nothing is drawn.
    expect((await reviewImages.get(document, 1)).equals(jpeg)).toBe(true);
    expect(watched.reads.get(document.blobKey)).toBe(1);
  });

  it('opens the original in the thread with the limits it was given; a refusal arrives as a DocumentReadError', async () => {
    const blobs = folderStore();
    const document = await storedPdf(blobs, 'documents/d2/original', await manyPagesPdf(3));
    const reviewImages = images(blobs, { limits: { ...defaultDocumentLimits, maxPages: 2 } });
    const error = await reviewImages.get(document, 1).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(isDocumentReadError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'document.too_many_pages', details: { pages: 3, maxPages: 2 } });
    expect((error as { nl: string }).nl).toBe("Het document heeft te veel pagina's (3; maximaal 2)");
    // A file that is no document at all: the same kind of reason, and the thread goes on with the next page.
    const zip = await storedPdf(blobs, 'documents/d3/original', Buffer.from('PK\u0003\u0004 geen pdf'));
    await expect(reviewImages.get(zip, 1)).rejects.toSatisfy(isDocumentReadError);
    const fine = await storedPdf(blobs, 'documents/d4/original', await textPdf());
    expect((await reviewImages.get(fine, 1)).subarray(0, 3).toString('hex')).toBe('ffd8ff');
    expect(reviewImages.liveThreads).toBe(1);
  });

  it('refuses a page at once when every thread is busy and the queue is full, and draws the others after', async () => {
    const blobs = folderStore();
    const pdf = await textPdf();
    const documents = await Promise.all(
      ['d6', 'd7', 'd8', 'd9'].map((id) => storedPdf(blobs, `documents/${id}/original`, pdf)),
    );
    const watched = watchedStore(blobs, documents[0]!.blobKey);
    const reviewImages = images(watched.store, { threads: 1, queue: 2 });
    const running = reviewImages.get(documents[0]!, 1);
    await watched.heldReached; // the one thread is taken
    const waiting = [reviewImages.get(documents[1]!, 1), reviewImages.get(documents[2]!, 1)];
    await expect(reviewImages.get(documents[3]!, 1)).rejects.toBeInstanceOf(RenderThreadsBusyError);
    // The waiting renders have not read their originals: that happens once a thread is free.
    expect(watched.reads.get(documents[1]!.blobKey)).toBeUndefined();
    watched.release();
    for (const jpeg of await Promise.all([running, ...waiting])) {
      expect(jpeg.subarray(0, 3).toString('hex')).toBe('ffd8ff');
    }
    expect(reviewImages.liveThreads).toBe(1);
    // Room again.
    expect((await reviewImages.get(documents[3]!, 1)).subarray(0, 3).toString('hex')).toBe('ffd8ff');
  });

  it('runs up to `threads` renders at once, each in a thread of its own', async () => {
    const blobs = folderStore();
    const pdf = await textPdf();
    const documents = await Promise.all(['e1', 'e2'].map((id) => storedPdf(blobs, `documents/${id}/original`, pdf)));
    const reviewImages = images(blobs, { threads: 2, queue: 1 });
    await Promise.all(documents.map((document) => reviewImages.get(document, 1)));
    expect(reviewImages.liveThreads).toBe(2);
  });

  it('close() stops every thread and refuses what is still running or waiting', async () => {
    const before = threadsOfProcess();
    const pdf = await textPdf();
    const threads = createRenderThreads({ threads: 1, queue: 1, limits: defaultDocumentLimits });
    await threads.run(async () => reviewImageTask(pdf));
    expect(threadsOfProcess()).toBe(before + 1);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const outcome = (render: Promise<Buffer>) =>
      render.then(
        () => 'drawn',
        (error: unknown) => error,
      );
    const running = outcome(threads.run(() => held.then(() => reviewImageTask(pdf))));
    const waiting = outcome(threads.run(async () => reviewImageTask(pdf)));
    await threads.close();
    expect(await waiting).toBeInstanceOf(RenderThreadsClosedError);
    release();
    expect(await running).toBeInstanceOf(RenderThreadsClosedError);
    await expect(threads.run(async () => reviewImageTask(pdf))).rejects.toBeInstanceOf(RenderThreadsClosedError);
    expect(threads.liveThreads).toBe(0);
    expect(threadsOfProcess()).toBe(before);
  });

  it('starts and warms its threads in a process run the way npm start runs the API (node --import tsx)', async () => {
    const blobFolder = newFolder();
    const pdf = await textPdf();
    const key = 'documents/g1/original';
    await createFolderBlobStore(blobFolder).put(key, pdf);
    const script = join(newFolder(), 'render.mjs');
    const module = (file: string) => JSON.stringify(pathToFileURL(join(import.meta.dirname, file)).href);
    const storageModule = pathToFileURL(createRequire(import.meta.url).resolve('@woo/storage')).href;
    const pdfModule = pathToFileURL(createRequire(import.meta.url).resolve('@woo/pdf')).href;
    writeFileSync(
      script,
      [
        `import { createRenderThreads } from ${module('render-threads.ts')};`,
        `import { createReviewImages } from ${module('review-images.ts')};`,
        `import { createFolderBlobStore } from ${JSON.stringify(storageModule)};`,
        `import { defaultDocumentLimits } from ${JSON.stringify(pdfModule)};`,
        `const threads = createRenderThreads({ threads: 1, queue: 1, limits: defaultDocumentLimits });`,
        `await threads.warm();`,
        `const images = createReviewImages(createFolderBlobStore(process.argv[2]), threads);`,
        `const jpeg = await images.get({ id: 'g1', blobKey: ${JSON.stringify(key)} }, 1);`,
        `console.log(JSON.stringify({ threads: threads.liveThreads, jpeg: jpeg.toString('base64') }));`,
        `await threads.close();`,
      ].join('\n'),
    );
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawnSync(process.execPath, ['--import', tsx, script, blobFolder], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const out = JSON.parse(child.stdout) as { threads: number; jpeg: string };
    expect(out.threads).toBe(1);
    expect(Buffer.from(out.jpeg, 'base64').equals(await renderReviewImage(pdf, defaultDocumentLimits, 1))).toBe(true);
  }, 120_000);
});
