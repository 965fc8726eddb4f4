// The page jobs' open documents: one opening per document shared by its jobs, bounded by count, bytes and idle time,
// never closed under a job that reads it, and a file that cannot be read is not kept.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDocumentLimits, openDocument, type DocumentLimits, type OpenedDocument } from '@woo/pdf';
import { manyPagesPdf, textPdf, truncatedPdf } from '@woo/pdf/testing';
import { BlobNotFoundError, createFolderBlobStore, type BlobStore } from '@woo/storage';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenDocumentCache, type OpenDocumentCacheOptions } from './open-document-cache.js';

let folder: string;
let store: BlobStore;
let reads: string[];
let opened: string[];
let closed: string[];
/** Every stored file is different: its digest tells which blob key was opened. */
const keyOf = new Map<string, string>();
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function put(key: string, bytes: Uint8Array) {
  keyOf.set(digest(bytes), key);
  await store.put(key, bytes);
}
const letter = (text: string) => textPdf({ lines: [{ text, x: 72, y: 770, size: 12 }] });

/** The real folder store, counting reads; the real openDocument, counting openings and closings by blob key. */
function cacheWith(options: Partial<OpenDocumentCacheOptions> = {}) {
  const blobs: BlobStore = {
    ...store,
    get: (key) => {
      reads.push(key);
      return store.get(key);
    },
  };
  const open = async (bytes: Uint8Array, limits: DocumentLimits): Promise<OpenedDocument> => {
    const key = keyOf.get(digest(bytes)) ?? '?';
    const document = await openDocument(bytes, limits);
    opened.push(key);
    return {
      ...document,
      close: async () => {
        closed.push(key);
        await document.close();
      },
    };
  };
  return createOpenDocumentCache({ blobs, open, ...options });
}

function gate() {
  let open!: () => void;
  const shut = new Promise<void>((resolve) => (open = resolve));
  return { shut, open };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'woo-open-documents-'));
  store = createFolderBlobStore(folder);
  await put('a', await letter('Besluit op uw Woo-verzoek van 2 maart 2026 over de gemeenteraad'));
  await put('b', await letter('Besluit op uw Woo-verzoek van 9 maart 2026 over de begroting'));
  await put('c', await letter('Besluit op uw Woo-verzoek van 16 maart 2026 over het college'));
  await put('three-pages', await manyPagesPdf(3));
  await put('truncated', await truncatedPdf());
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

beforeEach(() => {
  reads = [];
  opened = [];
  closed = [];
});

describe('open-document cache', () => {
  it('opens a document once for the page jobs that use it, at the same time and one after another', async () => {
    const cache = cacheWith();
    const words = (document: OpenedDocument) =>
      document.page(1).then(async (page) => (await page.textLayer())?.words.length);
    const together = await Promise.all([cache.use('a', words), cache.use('a', words), cache.use('a', words)]);
    const later = await cache.use('a', words);
    expect(together).toEqual([later, later, later]);
    expect(later).toBe(11);
    expect(reads).toEqual(['a']);
    expect(opened).toEqual(['a']);
    expect(closed).toEqual([]);
    await cache.close();
    expect(closed).toEqual(['a']);
  });

  it('closes the least recently used idle document beyond maxDocuments, never one a job is reading', async () => {
    const cache = cacheWith({ maxDocuments: 1 });
    const reading = gate();
    const started = gate();
    const readingA = cache.use('a', async (document) => {
      started.open();
      await reading.shut;
      return (await document.page(1)).widthPt;
    });
    await started.shut; // 'a' is open before 'b' is asked for
    await cache.use('b', async () => undefined);
    // b came last, but a is being read: b, idle, is the one closed.
    expect(closed).toEqual(['b']);
    expect(cache.openKeys()).toEqual(['a']);

    reading.open();
    expect(await readingA).toBe(595);
    expect(closed).toEqual(['b']);
    await cache.use('a', async () => undefined);
    expect(opened).toEqual(['a', 'b']);

    await cache.use('c', async () => undefined);
    expect(closed).toEqual(['b', 'a']);
    expect(cache.openKeys()).toEqual(['c']);
    await cache.close();
  });

  it('keeps no more bytes of originals open than maxBytes', async () => {
    const size = (await store.get('a')).length;
    const cache = cacheWith({ maxBytes: size * 2 });
    await cache.use('a', async () => undefined);
    await cache.use('b', async () => undefined);
    expect(closed).toEqual([]);
    await cache.use('c', async () => undefined);
    expect(closed).toEqual(['a']);
    expect(cache.openKeys()).toEqual(['b', 'c']);
    await cache.close();
  });

  it('closes a document nobody used for idleMs', async () => {
    const cache = cacheWith({ idleMs: 30 });
    await cache.use('a', async () => undefined);
    expect(cache.openKeys()).toEqual(['a']);
    await sleep(120);
    expect(closed).toEqual(['a']);
    expect(cache.openKeys()).toEqual([]);
    await cache.use('a', async () => undefined);
    expect(opened).toEqual(['a', 'a']);
    await cache.close();
  });

  it('gives every waiting job the reason a file cannot be read, and does not keep it', async () => {
    const cache = cacheWith();
    const failures = await Promise.allSettled([
      cache.use('truncated', async () => 'read'),
      cache.use('truncated', async () => 'read'),
    ]);
    expect(failures.map((failure) => failure.status)).toEqual(['rejected', 'rejected']);
    for (const failure of failures) {
      expect((failure as PromiseRejectedResult).reason).toMatchObject({ code: 'document.corrupt' });
    }
    expect(reads).toEqual(['truncated']);
    expect(cache.openKeys()).toEqual([]);

    await expect(cache.use('missing', async () => 'read')).rejects.toBeInstanceOf(BlobNotFoundError);
    await put('missing', await letter('Een brief die later kwam'));
    // Not kept: once the blob is there, the next job opens it.
    expect(await cache.use('missing', async (document) => document.pageCount)).toBe(1);
    await cache.close();
  });

  it('opens with the limits it was given', async () => {
    const cache = cacheWith({ limits: { ...defaultDocumentLimits, maxPages: 2 } });
    await expect(cache.use('three-pages', async () => 'read')).rejects.toMatchObject({
      code: 'document.too_many_pages',
    });
    await cache.close();
  });

  it('closes a document a job is reading when that job ends, and opens it again for the next', async () => {
    const cache = cacheWith();
    const reading = gate();
    const started = gate();
    const readingA = cache.use('a', async (document) => {
      started.open();
      await reading.shut;
      return (await (await document.page(1)).textLayer())?.words.length;
    });
    // 'a' is open before 'b' is asked for: the order of the openings is then the order of the uses.
    await started.shut;
    await cache.use('b', async () => undefined);
    const closing = cache.close();
    await closing;
    expect(closed).toEqual(['b']);
    reading.open();
    expect(await readingA).toBe(11);
    expect(closed).toEqual(['b', 'a']);
    await cache.use('a', async () => undefined);
    expect(opened).toEqual(['a', 'b', 'a']);
    await cache.close();
  });
});
