// The render threads' other tasks and their warm-up: the third party's preview (burn-in and page PNG) drawn in a thread
// is byte for byte what @woo/pdf draws on this thread at the preview's resolutions (150 and 110 dpi); the original a
// task reads moves to the thread while a shared preview PDF is copied; warm() starts every thread and loads what
// drawing needs, so the first page after it is drawn without the seconds a thread takes to start.
// (review-images.test.ts covers the pool itself: the queue, busy, close, the limits, the tsx loader.) Each test starts
// a thread or two: seconds each, more on a busy machine.
import { afterEach, describe, expect, it } from 'vitest';
import type { PageText } from '@woo/domain';
import {
  defaultDocumentLimits,
  openDocument,
  readDocumentText,
  redactDocument,
  type RedactionRegionInput,
} from '@woo/pdf';
import { textPdf } from '@woo/pdf/testing';
import {
  createRenderThreads,
  RenderThreadsClosedError,
  type RenderThreads,
  type RenderThreadsOptions,
} from './render-threads.js';

const opened: RenderThreads[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((threads) => threads.close()));
});

function pool(options: Partial<RenderThreadsOptions> = {}): RenderThreads {
  const threads = createRenderThreads({ threads: 1, queue: 4, limits: defaultDocumentLimits, ...options });
  opened.push(threads);
  return threads;
}

/** The worker threads of this process, as Node's diagnostic report lists them. */
function threadsOfProcess(): number {
  return (process.report.getReport() as { workers: unknown[] }).workers.length;
}

/** A letter with its stored words and one region over a name, as the third-party preview gets them. */
async function previewInput(): Promise<{
  original: Uint8Array;
  regions: RedactionRegionInput[];
  originalWords: PageText[];
}> {
  const original = await textPdf();
  const originalWords = await readDocumentText(original);
  const name = originalWords[0]!.words.find((word) => word.text === 'Vries,')!;
  const regions: RedactionRegionInput[] = [
    { page: 1, box: [name.x, name.y, name.width, name.height], ground: '5.1.2e' },
  ];
  return { original, regions, originalWords };
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

describe('the third-party preview in a render thread', { timeout: 120_000 }, () => {
  it('burns in and draws the page as this thread does: the same PDF and the same PNG, byte for byte', async () => {
    const { original, regions, originalWords } = await previewInput();
    const threads = pool();
    const pdf = await threads.run(async () => ({
      kind: 'preview-pdf',
      original: Uint8Array.from(original),
      regions,
      originalWords,
    }));
    // What the API drew on its main thread before: the burn-in at 150 dpi with @woo/pdf's limits, the page at 110.
    const here = await redactDocument(original, regions, { dpi: 150, originalWords, limits: defaultDocumentLimits });
    expect(pdf.equals(Buffer.from(here.pdf))).toBe(true);

    const png = await threads.run(async () => ({ kind: 'preview-page', pdf, pageNumber: 1 }));
    const document = await openDocument(Buffer.from(here.pdf), defaultDocumentLimits);
    const hereImage = await (await (await document.page(1)).render({ dpi: 110 })).png();
    await document.close();
    expect(png.subarray(0, 4).toString('hex')).toBe('89504e47');
    expect(png.equals(hereImage)).toBe(true);
    expect(threads.liveThreads).toBe(1);
  });

  it('copies the preview PDF to the thread (others are sending it) but moves an original read for the task', async () => {
    const { original, regions, originalWords } = await previewInput();
    const threads = pool();
    const pdf = await threads.run(async () => ({ kind: 'preview-pdf', original, regions, originalWords }));
    // The original filled a buffer of its own: it went to the thread, nothing is left of it here.
    expect(original.byteLength).toBe(0);
    const shared = Buffer.from(Uint8Array.from(pdf).buffer);
    const before = Buffer.from(shared);
    await threads.run(async () => ({ kind: 'preview-page', pdf: shared, pageNumber: 1 }));
    expect(shared.byteLength).toBe(before.byteLength);
    expect(shared.equals(before)).toBe(true);
  });
});

describe('warm()', { timeout: 120_000 }, () => {
  it('starts every thread and loads what drawing needs: the first page after it starts no thread and waits for none', async () => {
    const pdf = await textPdf();
    const threads = pool({ threads: 2 });
    const before = threadsOfProcess();
    // The start of the threads, measured apart: the tsx loader, the modules, pdf.js, a small page drawn.
    const start = await timed(() => threads.warm());
    expect(threads.liveThreads).toBe(2);
    expect(threadsOfProcess()).toBe(before + 2);
    const first = await timed(() =>
      threads.run(async () => ({ kind: 'review-image', original: Uint8Array.from(pdf), pageNumber: 1 })),
    );
    expect(first.result.subarray(0, 3).toString('hex')).toBe('ffd8ff');
    expect(threadsOfProcess()).toBe(before + 2);
    // Not a tight timing: without the warm-up the first page would take at least the whole start.
    expect(first.ms, `first page ${Math.round(first.ms)} ms after a start of ${Math.round(start.ms)} ms`).toBeLessThan(
      start.ms / 2,
    );
  });

  it('gives up quietly when the threads are closed while it runs', async () => {
    const threads = pool();
    const warming = threads.warm();
    await threads.close();
    await expect(warming).rejects.toBeInstanceOf(RenderThreadsClosedError);
    expect(threads.liveThreads).toBe(0);
  });
});

describe('a task that takes too long', { timeout: 120_000 }, () => {
  it('fails with a reason in words, stops its thread, and the next task gets a new one', async () => {
    // 1 ms: no thread starts, let alone draws, that fast; the task's own time includes its thread's start.
    const threads = pool({ timeoutMs: 1 });
    const original = await textPdf();
    const slow = threads.run(async () => ({ kind: 'review-image', original: original.slice(), pageNumber: 1 }));
    await expect(slow).rejects.toMatchObject({
      name: 'DocumentReadError',
      code: 'document.render_timeout',
      nl: expect.stringContaining('duurde langer dan'),
    });
    await expect.poll(() => threads.liveThreads, { timeout: 30_000 }).toBe(0);

    const patient = pool({ timeoutMs: 100_000 });
    const jpeg = await patient.run(async () => ({ kind: 'review-image', original: original.slice(), pageNumber: 1 }));
    expect(jpeg.subarray(0, 3).toString('hex')).toBe('ffd8ff');
  });
});
