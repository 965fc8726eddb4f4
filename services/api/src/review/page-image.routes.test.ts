// The page image of the review screen over HTTP: the JPEG for staff of the document's organisation, never cached;
// rendered from the original on the first request (once for requests at the same time) and kept; "not found" in the
// same words for another organisation and for a document that does not exist; a page that is not read yet is a 404 in
// words. Rendering runs in a worker thread: other requests are answered meanwhile, a full queue is a 503 with
// Retry-After, and closing the app stops the thread. And the grounds a region may carry (without 'dubbel').
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aDocument, aPage } from '@woo/db/testing';
import { Organisation, type Document } from '@woo/db';
import { pageRenderBlobKey } from '@woo/documents';
import { openDocument } from '@woo/pdf';
import { jpegImage, manyPagesPdf, textPdf } from '@woo/pdf/testing';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';
import { heldBlobReads, threadsOfProcess } from '../testing/held-blob-reads.js';

let api: TestApi;
let cookie: string;
let reviewerCookie: string;
let foreignCookie: string;
let document: Document;
let unrendered: Document;
let jpeg: Uint8Array;
let threadsBefore: number;

/** Reads of each blob key; a held read waits until the test releases it. */
const blobReads = heldBlobReads();

/** A document of one page the pipeline has read, its original stored. */
async function readDocument(original: Uint8Array, pageCount = 1): Promise<Document> {
  const em = api.db.orm.em.fork();
  const kase = aCase(em, {
    organisation: em.getReference(Organisation, document.case.organisation.id),
    receivedOn: '2026-03-02',
  });
  const made = aDocument(em, { case: kase, pageCount, status: 'ready' });
  aPage(em, { document: made, pageNumber: 1, renderStatus: 'done' });
  await em.flush();
  await api.deps.blobs!.put(made.blobKey, original);
  return made;
}

/** An A4 page of dense small text: drawing it takes a while. */
function densePdf(): Promise<Uint8Array> {
  const text = 'Geachte mevrouw De Vries, hierbij ontvangt u het besluit op uw verzoek van 2 maart 2026. '.repeat(2);
  return textPdf({ lines: Array.from({ length: 60 }, (_, i) => ({ text, x: 10, y: 830 - i * 13.5, size: 8 })) });
}

beforeAll(async () => {
  threadsBefore = threadsOfProcess();
  api = await startTestApi({
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    today: '2026-03-10',
    // One thread and two waiting at most, so the tests can fill the queue; the workers' page limit set low.
    renderThreads: { threads: 1, queue: 2 },
    documentLimits: { maxPages: 2 },
    wrapBlobs: blobReads.wrap,
  });
  const organisation = await api.organisation();
  cookie = (await api.staff(organisation, 'coordinator')).cookie;
  reviewerCookie = (await api.staff(organisation, 'reviewer')).cookie;
  foreignCookie = (await api.staff(await api.organisation(), 'admin')).cookie;
  const em = api.db.orm.em.fork();
  const kase = aCase(em, { organisation: em.getReference(Organisation, organisation.id), receivedOn: '2026-03-02' });
  document = aDocument(em, { case: kase, pageCount: 2, status: 'ready' });
  aPage(em, { document, pageNumber: 1, renderStatus: 'done' });
  aPage(em, { document, pageNumber: 2, renderStatus: 'pending' });
  // A one-page PDF whose page the pipeline has read, but whose review image nobody asked for yet.
  unrendered = aDocument(em, { case: kase, pageCount: 1, status: 'ready' });
  aPage(em, { document: unrendered, pageNumber: 1, renderStatus: 'done' });
  await em.flush();
  jpeg = await jpegImage(120, 170);
  await api.deps.blobs!.put(pageRenderBlobKey(document.id, 1), jpeg);
  await api.deps.blobs!.put(unrendered.blobKey, await textPdf());
});
afterAll(async () => api?.close());

async function raw(path: string, cookieHeader: string | null) {
  const response = await fetch(`${api.base}${path}`, { headers: cookieHeader ? { cookie: cookieHeader } : {} });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('GET /api/v1/documents/:id/page-image', () => {
  it('sends the JPEG of the page to staff of the organisation, not to be cached or sniffed', async () => {
    for (const who of [cookie, reviewerCookie]) {
      const { response, bytes } = await raw(`/api/v1/documents/${document.id}/page-image?page=1`, who);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(bytes).equals(Buffer.from(jpeg))).toBe(true);
    }
    // Page 1 when no page is named.
    const first = await raw(`/api/v1/documents/${document.id}/page-image`, cookie);
    expect(first.response.status).toBe(200);
  });

  it('renders the image of a page on its first request, at 150 dpi from the original, and keeps it', async () => {
    const key = pageRenderBlobKey(unrendered.id, 1);
    expect(await api.deps.blobs!.exists(key)).toBe(false);
    const [first, second] = await Promise.all([
      raw(`/api/v1/documents/${unrendered.id}/page-image?page=1`, cookie),
      raw(`/api/v1/documents/${unrendered.id}/page-image?page=1`, reviewerCookie),
    ]);
    for (const { response } of [first, second]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
    // One render for both: the original was read once, in the one thread of the app.
    expect(blobReads.readsOf(unrendered.blobKey)).toBe(1);
    expect(threadsOfProcess()).toBe(threadsBefore + 1);
    expect(Buffer.from(first.bytes.subarray(0, 3)).toString('hex')).toBe('ffd8ff');
    // Its pixels are the original page's size at 150 dpi (a JPEG without a resolution opens as 300 dpi).
    const image = await openDocument(first.bytes);
    const original = await openDocument(await api.deps.blobs!.get(unrendered.blobKey));
    const [imagePage, originalPage] = [await image.page(1), await original.page(1)];
    expect(Math.round((imagePage.widthPt * 300) / 72)).toBe(Math.round((originalPage.widthPt * 150) / 72));
    expect(Math.round((imagePage.heightPt * 300) / 72)).toBe(Math.round((originalPage.heightPt * 150) / 72));
    await Promise.all([image.close(), original.close()]);
    expect(Buffer.from(await api.deps.blobs!.get(key)).equals(Buffer.from(first.bytes))).toBe(true);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    // The kept image is sent from then on, without reading the original again.
    const readsBefore = blobReads.readsOf(unrendered.blobKey);
    const again = await raw(`/api/v1/documents/${unrendered.id}/page-image?page=1`, cookie);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(blobReads.readsOf(unrendered.blobKey)).toBe(readsBefore);
  });

  it('answers other requests while pages are being rendered', async () => {
    const pdf = await densePdf();
    const documents = await Promise.all([1, 2, 3].map(() => readDocument(pdf)));
    const started = performance.now();
    let rendering = true;
    const renders = Promise.all(
      documents.map((each) => raw(`/api/v1/documents/${each.id}/page-image?page=1`, cookie)),
    ).finally(() => (rendering = false));
    // A cheap request after another, for as long as the renders run: the slowest answer is what a user would wait.
    const waits: number[] = [];
    while (rendering) {
      const asked = performance.now();
      const grounds = await api.request('GET', '/api/v1/exemption-grounds', { cookie: reviewerCookie });
      expect(grounds.status).toBe(200);
      waits.push(performance.now() - asked);
    }
    const renderMs = performance.now() - started;
    for (const { response, bytes } of await renders) {
      expect(response.status).toBe(200);
      expect(Buffer.from(bytes.subarray(0, 3)).toString('hex')).toBe('ffd8ff');
    }
    // Drawn on the main thread, a cheap request waits for a whole page (a third of the time here); in the thread it
    // waits for nothing. Generous: a sixth of the time the three renders took.
    const slowest = Math.max(...waits);
    expect(
      slowest,
      `slowest of ${waits.length} answers ${Math.round(slowest)} ms during ${Math.round(renderMs)} ms of rendering`,
    ).toBeLessThan(renderMs / 6);
  });

  it('refuses a page at once, with Retry-After and in words, when the thread is busy and the queue is full', async () => {
    const pdf = await textPdf();
    const [busy, ...others] = await Promise.all([1, 2, 3, 4].map(() => readDocument(pdf)));
    const hold = blobReads.hold(busy!.blobKey);
    const running = raw(`/api/v1/documents/${busy!.id}/page-image?page=1`, cookie);
    await hold.reached; // the one thread is taken
    const asked = others.map((each) => raw(`/api/v1/documents/${each.id}/page-image?page=1`, cookie));
    // Two wait for the thread; the third is refused at once, so it is answered first.
    const first = await Promise.race(asked);
    expect(first.response.status).toBe(503);
    expect(first.response.headers.get('retry-after')).toBe('2');
    expect(first.response.headers.get('content-type')).toContain('application/json');
    const body = JSON.parse(Buffer.from(first.bytes).toString('utf8'));
    expect(body.error).toMatchObject({
      code: 'document.page_image.busy',
      message: {
        nl: 'Het is nu erg druk. De afbeelding van pagina 1 kan even niet worden gemaakt. Probeer het over een paar seconden opnieuw.',
        en: 'It is very busy right now. The image of page 1 cannot be made at the moment. Try again in a few seconds.',
      },
    });
    hold.release();
    const answers = await Promise.all([running, ...asked]);
    expect(answers.map(({ response }) => response.status).sort()).toEqual([200, 200, 200, 503]);
    // The refused page is made when asked again.
    const refused = others[answers.slice(1).findIndex(({ response }) => response.status === 503)]!;
    const again = await raw(`/api/v1/documents/${refused.id}/page-image?page=1`, cookie);
    expect(again.response.status).toBe(200);
  });

  it('answers another organisation exactly as for a document that does not exist, and sends no image', async () => {
    const foreign = await api.request('GET', `/api/v1/documents/${document.id}/page-image?page=1`, {
      cookie: foreignCookie,
    });
    const missing = await api.request('GET', `/api/v1/documents/${randomUUID()}/page-image?page=1`, { cookie });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);
    expect(foreign.body.error.message.nl).toBe('Dit document bestaat niet of u heeft er geen toegang toe.');
    expect(foreign.headers.get('content-type')).toContain('application/json');
  });

  it('says in words that a page is not rendered yet, or does not exist', async () => {
    for (const page of [2, 7]) {
      const response = await api.request('GET', `/api/v1/documents/${document.id}/page-image?page=${page}`, { cookie });
      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({
        code: 'document.page_image.not_found',
        message: { nl: `Er is (nog) geen afbeelding van pagina ${page}. Wacht tot de pagina is verwerkt.` },
      });
    }
    const invalid = await api.request('GET', `/api/v1/documents/${document.id}/page-image?page=nul`, { cookie });
    expect(invalid.status).toBe(400);
  });

  it('says a page cannot be shown, with the reason, when the original cannot be drawn after all (no waiting)', async () => {
    const em = api.db.orm.em.fork();
    const kase = aCase(em, {
      organisation: em.getReference(Organisation, document.case.organisation.id),
      receivedOn: '2026-03-02',
    });
    const broken = aDocument(em, { case: kase, pageCount: 1, status: 'ready' });
    aPage(em, { document: broken, pageNumber: 1, renderStatus: 'done' });
    await em.flush();
    await api.deps.blobs!.put(broken.blobKey, Buffer.from('PK\u0003\u0004 dit is een zip, geen pdf'));
    const response = await api.request('GET', `/api/v1/documents/${broken.id}/page-image?page=1`, { cookie });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('document.page_image.unreadable');
    expect(response.body.error.message.nl).toMatch(/^Pagina 1 kan niet als afbeelding worden getoond: \S/);
  });

  it('opens the original with the limits the workers read it with (DOCUMENT_MAX_PAGES)', async () => {
    const tooLong = await readDocument(await manyPagesPdf(3), 3);
    const response = await api.request('GET', `/api/v1/documents/${tooLong.id}/page-image?page=1`, { cookie });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: 'document.page_image.unreadable',
      message: {
        nl: "Pagina 1 kan niet als afbeelding worden getoond: Het document heeft te veel pagina's (3; maximaal 2)",
      },
    });
  });

  it('asks for a session', async () => {
    const { response } = await raw(`/api/v1/documents/${document.id}/page-image?page=1`, null);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  it('stops its render thread when the app closes; the next app starts its own', async () => {
    expect(threadsOfProcess()).toBe(threadsBefore + 1);
    await api.restart();
    expect(threadsOfProcess()).toBe(threadsBefore);
    const fresh = await readDocument(await textPdf());
    expect((await raw(`/api/v1/documents/${fresh.id}/page-image?page=1`, cookie)).response.status).toBe(200);
    expect(threadsOfProcess()).toBe(threadsBefore + 1);
  });
});

describe('GET /api/v1/exemption-grounds', () => {
  it('lists every ground a region may carry, in the order of the law, without the duplicate marker', async () => {
    const response = await api.request('GET', '/api/v1/exemption-grounds', { cookie: reviewerCookie });
    expect(response.status).toBe(200);
    const codes = response.body.grounds.map((ground: { code: string }) => ground.code);
    expect(codes[0]).toBe('5.1.1a');
    expect(codes).toContain('5.1.2e');
    expect(codes).not.toContain('dubbel');
    expect(response.body.grounds.find((g: { code: string }) => g.code === '5.1.1e')).toMatchObject({
      labelNl: expect.stringMatching(/identificatienummer/i),
      kind: 'absolute',
    });
  });
});
