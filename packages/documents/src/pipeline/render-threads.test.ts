// The render threads' other tasks and their warm-up: the third party's preview (burn-in and page PNG) drawn in a thread
// is byte for byte what @woo/pdf draws on this thread at the preview's resolutions (150 and 110 dpi); the original a
// task reads moves to the thread while a shared preview PDF is copied.
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
import { createRenderThreads, type RenderThreads, type RenderThreadsOptions } from './render-threads.js';

const opened: RenderThreads[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((threads) => threads.close()));
});

function pool(options: Partial<RenderThreadsOptions> = {}): RenderThreads {
  const threads = createRenderThreads({ threads: 1, queue: 4, limits: defaultDocumentLimits, ...options });
  opened.push(threads);
  return threads;
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
