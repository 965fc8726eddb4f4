// The third party's zienswijze pages, tested as an attacker would: what they get is burnt in (pixels under a region
// are dark, `pdftotext` of the PDF does not hold the redacted words), a token of one case does not open another
// case's documents, wrong tokens are 404 and slowed, and the token rests nowhere in plain text: not in PostgreSQL,
// not in Redis (job data), not in the logs. The preview is drawn in the app's render thread, byte for byte as the main
// thread would draw it, and a preview asked for while the thread is busy and no place waits is a 503 with Retry-After.
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Case, Document, Notification, Page, RedactionRegion, ThirdParty, type Organisation } from '@woo/db';
import { createLogger } from '@woo/logging';
import { defaultDocumentLimits, openDocument, readDocumentText, redactDocument } from '@woo/pdf';
import { textPdf } from '@woo/pdf/testing';
import { notificationSend } from '@woo/queue';
import { createFolderBlobStore } from '@woo/storage';
import { createMailTransport } from '../../../../packages/mail/src/index.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../packages/mail/src/testing/index.js';
import { createNotificationSendHandler } from '../../../../workers/runtime/src/handlers/notification-send.handler.js';
import { createApp } from '../app.js';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';
import { heldBlobReads, threadsOfProcess } from '../testing/held-blob-reads.js';
import { loadPreviewInput } from './third-party-preview.js';

const run = promisify(execFile);

let api: TestApi;
let smtp: TestSmtpServer;
const logLines: string[] = [];
const logSink = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});

/** A held read of an original (its burn-in keeps the one render thread) waits until the test releases it. */
const blobReads = heldBlobReads();

let threadsBefore: number;

beforeAll(async () => {
  threadsBefore = threadsOfProcess();
  api = await startTestApi({
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    today: '2026-03-02',
    // One render thread and no place to wait, so a second preview at the same time is refused.
    renderThreads: { threads: 1, queue: 0 },
    wrapBlobs: blobReads.wrap,
  });
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp?.stop();
  await api?.close();
});

const SECRET_NAME = 'Vries,';
const letter = [
  { text: 'Besluit over de bouwvergunning Stationsplein', x: 72, y: 770, size: 16 },
  { text: 'Geachte mevrouw De Vries, hierbij ontvangt u de offerte.', x: 72, y: 700, size: 12 },
  { text: 'Bouwbedrijf Noord rekent op een vergunning in april.', x: 72, y: 660, size: 12 },
];

interface World {
  organisation: Organisation;
  coordinatorCookie: string;
  caseId: string;
  documentId: string;
  thirdPartyId: string;
  token: string;
  /** The region's box in points, from the top-left. */
  box: { x: number; y: number; width: number; height: number };
}

/** A case in assessment with one processed document (text layer, one proposed region over a name). */
async function caseWithDocument(organisation: Organisation, coordinatorCookie: string) {
  const registered = await api.request('POST', '/api/v1/cases', {
    cookie: coordinatorCookie,
    body: {
      channel: 'email',
      receivedOn: api.clock.today,
      question: 'Alle stukken over de bouwvergunning van het Stationsplein.',
      requester: { name: 'Pieter Verzoeker', email: 'pieter.verzoeker@example.org' },
    },
  });
  expect(registered.status, JSON.stringify(registered.body)).toBe(201);
  const em = api.db.orm.em.fork();
  // By id, and within this organisation: references are numbered per organisation, so another's can be the same.
  const kase = await em.findOneOrFail(Case, { id: registered.body.case.id, organisation: organisation.id });
  const act = async (type: string, body: Record<string, unknown>) => {
    const response = await api.request('POST', `/api/v1/cases/${kase.id}/actions/${type}`, {
      body: { on: api.clock.today, ...body },
      cookie: coordinatorCookie,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  };
  await act('contact_logged', { channel: 'phone', contactPerson: 'Pieter', outcome: 'continues_formally' });
  await act('documents_collected', {});

  const pdf = await textPdf({ lines: letter });
  const [text] = await readDocumentText(pdf);
  const blobs = createFolderBlobStore(api.blobDir);
  const document = em.create(Document, {
    case: kase,
    familyId: kase.id,
    documentNumber: 1,
    originalFilename: 'offerte-bouwbedrijf.pdf',
    mediaType: 'application/pdf',
    byteSize: pdf.length,
    sha256: 'a'.repeat(64),
    blobKey: `documents/${kase.id}/original`,
    status: 'ready',
    detectStatus: 'done',
    pageCount: 1,
  });
  await blobs.put(document.blobKey, pdf);
  const page = em.create(Page, {
    document,
    pageNumber: 1,
    widthPt: text!.width,
    heightPt: text!.height,
    hasTextLayer: true,
    renderStatus: 'done',
    ocrStatus: 'done',
    detectStatus: 'done',
    words: text!.words,
    text: text!.words.map((word) => word.text).join(' '),
  });
  const word = text!.words.find((candidate) => candidate.text === SECRET_NAME)!;
  const box = { x: word.x, y: word.y, width: word.width, height: word.height };
  em.create(RedactionRegion, {
    document,
    page,
    ...box,
    text: 'Vries',
    ground: '5.1.2e',
    recogniser: 'known_person',
    confidence: 1,
    status: 'proposed',
    origin: 'detected',
    dedupKey: 'vries',
  });
  // A rejected region stays readable: the third party sees the proposal as it stands.
  const keep = text!.words.find((candidate) => candidate.text === 'offerte.')!;
  em.create(RedactionRegion, {
    document,
    page,
    x: keep.x,
    y: keep.y,
    width: keep.width,
    height: keep.height,
    text: 'offerte.',
    ground: '5.1.2e',
    recogniser: 'names',
    confidence: 0.4,
    status: 'rejected',
    origin: 'detected',
    dedupKey: 'offerte',
  });
  await em.flush();
  return { caseId: kase.id, documentId: document.id, box, act };
}

/** Sends the zienswijze request as the worker does, and reads the token from the link in the mail. */
async function sendZienswijzeRequest(thirdPartyId: string): Promise<string> {
  const em = api.db.orm.em.fork();
  const notification = await em.findOneOrFail(Notification, {
    recipientThirdParty: thirdPartyId,
    template: 'zienswijze.requested',
  });
  const before = smtp.messages.length;
  const handler = createNotificationSendHandler({
    mail: createMailTransport({ smtpUrl: smtp.url, from: 'woo@voorbeeldstad.example' }),
    thirdPartyLink: (token) => `https://woo.example.nl/zienswijze/${token}`,
  });
  const logger = createLogger({ name: 'zienswijze-test', level: 'trace' }, logSink);
  await handler.handle({ notificationId: notification.id }, { em, logger, jobId: 'test', attempt: 1 });
  await em.flush();
  const [mail] = (await smtp.waitForMessages(before + 1)).slice(before);
  const token = /\/zienswijze\/([A-Za-z0-9_-]{32})/.exec(mail!.text)?.[1];
  expect(token, mail!.text).toBeDefined();
  return token!;
}

async function askZienswijze(organisation: Organisation, coordinatorCookie: string): Promise<World> {
  const { caseId, documentId, box, act } = await caseWithDocument(organisation, coordinatorCookie);
  const detail = await act('zienswijze_asked', {
    periodEnd: '2026-03-16',
    thirdParty: { name: 'Bouwbedrijf Noord B.V.', email: 'info@bouwbedrijf-noord.example', documentIds: [documentId] },
  });
  const thirdPartyId: string = detail.thirdParties.at(-1).id;
  const token = await sendZienswijzeRequest(thirdPartyId);
  return { organisation, coordinatorCookie, caseId, documentId, thirdPartyId, token, box };
}

async function fetchBytes(path: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(`${api.base}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe('the third party zienswijze pages', () => {
  let a: World;
  let b: World;

  beforeAll(async () => {
    const organisation = await api.organisation();
    const coordinator = await api.staff(organisation, 'coordinator');
    a = await askZienswijze(organisation, coordinator.cookie);
    b = await askZienswijze(organisation, coordinator.cookie);
  });

  it('names the typed document number the request does not have, and refuses more than 500 numbers', async () => {
    const { organisation, coordinatorCookie } = a;
    const { caseId } = await caseWithDocument(organisation, coordinatorCookie);
    const ask = (documentNumbers: string[]) =>
      api.request('POST', `/api/v1/cases/${caseId}/actions/zienswijze_asked`, {
        cookie: coordinatorCookie,
        body: { on: api.clock.today, periodEnd: '2026-03-16', thirdParty: { name: 'Derde B.V.', documentNumbers } },
      });
    const missing = await ask(['1, 7']);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({
      code: 'case.document.not_found',
      message: { nl: 'Dit verzoek heeft geen document met nummer 7.' },
      details: { documentNumbers: [7] },
    });
    const tooMany = await ask([Array.from({ length: 501 }, (_, i) => i + 1).join(',')]);
    expect(tooMany.status).toBe(400);
  });

  it('shows the case reference, the organisation, the period and the documents — nothing of the requester', async () => {
    const view = await api.request('GET', `/api/v1/zienswijze/${a.token}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      organisation: { name: a.organisation.name },
      name: 'Bouwbedrijf Noord B.V.',
      periodEndsOn: '2026-03-16',
      form: 'open',
      answer: null,
      documents: [
        {
          id: a.documentId,
          documentNumber: 1,
          state: 'ready',
          pages: [{ pageNumber: 1 }],
          redactions: [{ ground: '5.1.2e', count: 1 }],
        },
      ],
    });
    const text = JSON.stringify(view.body);
    for (const secret of ['Pieter', 'Verzoeker', 'pieter.verzoeker', 'Stationsplein', 'offerte-bouwbedrijf']) {
      expect(text).not.toContain(secret);
    }
  });

  it('serves page images with the redacted area painted dark', async () => {
    const image = await fetchBytes(`/api/v1/zienswijze/${a.token}/documents/${a.documentId}/pages/1/image`);
    expect(image.status).toBe(200);
    expect(image.type).toBe('image/png');
    // A PNG without a declared resolution opens as 300 dpi: render it at 300 to get its own pixels back.
    const opened = await openDocument(image.bytes);
    const page = await opened.page(1);
    const rendered = await page.render({ dpi: 300 });
    // The preview shows the A4 page (595 points wide) across the image's width.
    const pixelsPerPoint = rendered.width / 595;
    const rgba = rendered.rgba();
    const at = (xPt: number, yPt: number) => {
      const offset = (Math.round(yPt * pixelsPerPoint) * rendered.width + Math.round(xPt * pixelsPerPoint)) * 4;
      return (rgba[offset]! + rgba[offset + 1]! + rgba[offset + 2]!) / 3;
    };
    // Samples near the top and bottom edge of the box (the ground code is printed in its middle band).
    const { x, y, width, height } = a.box;
    const samples = [0.1, 0.3, 0.5, 0.7, 0.9].flatMap((fx) =>
      [0.12, 0.88].map((fy) => at(x + width * fx, y + height * fy)),
    );
    for (const value of samples) expect(value).toBeLessThan(60);
    // And paper where nothing is redacted (left margin beside the line).
    expect(at(40, y + height / 2)).toBeGreaterThan(200);
    await opened.close();
  });

  it('lets them download a PDF whose text does not hold the redacted name (pdftotext)', async () => {
    const pdf = await fetchBytes(`/api/v1/zienswijze/${a.token}/documents/${a.documentId}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const folder = mkdtempSync(join(tmpdir(), 'woo-zienswijze-'));
    try {
      writeFileSync(join(folder, 'preview.pdf'), pdf.bytes);
      const { stdout } = await run('pdftotext', [join(folder, 'preview.pdf'), '-']);
      expect(stdout).toContain('Bouwbedrijf');
      // The rejected proposal stays readable; the proposed one is gone.
      expect(stdout).toContain('offerte.');
      expect(stdout).not.toMatch(/Vries/i);
      expect(pdf.bytes.toString('latin1')).not.toMatch(/Vries/i);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('draws the preview in the render thread: the same PDF and PNG as drawn on the main thread, byte for byte', async () => {
    const image = await fetchBytes(`/api/v1/zienswijze/${a.token}/documents/${a.documentId}/pages/1/image`);
    const pdf = await fetchBytes(`/api/v1/zienswijze/${a.token}/documents/${a.documentId}/pdf`);
    expect([image.status, pdf.status]).toEqual([200, 200]);
    // What the API drew on its main thread before: the burn-in at 150 dpi, its page at 110 dpi, @woo/pdf's limits.
    const em = api.db.orm.em.fork();
    const document = await em.findOneOrFail(Document, a.documentId);
    const input = await loadPreviewInput(em, document);
    const original = await createFolderBlobStore(api.blobDir).get(document.blobKey);
    const burnt = await redactDocument(original, input.regions, {
      dpi: 150,
      originalWords: input.originalWords,
      limits: defaultDocumentLimits,
    });
    expect(pdf.bytes.equals(Buffer.from(burnt.pdf))).toBe(true);
    const opened = await openDocument(Buffer.from(burnt.pdf), defaultDocumentLimits);
    const png = await (await (await opened.page(1)).render({ dpi: 110 })).png();
    await opened.close();
    expect(image.bytes.equals(png)).toBe(true);
    // Drawn in the app's one render thread, not here.
    expect(threadsOfProcess()).toBe(threadsBefore + 1);
  });

  it('refuses a preview at once, with Retry-After and in words, while the render thread is busy', async () => {
    const busy = await askZienswijze(a.organisation, a.coordinatorCookie);
    const other = await askZienswijze(a.organisation, a.coordinatorCookie);
    const hold = blobReads.hold(`documents/${busy.caseId}/original`);
    const running = fetchBytes(`/api/v1/zienswijze/${busy.token}/documents/${busy.documentId}/pages/1/image`);
    try {
      await hold.reached; // the burn-in has the one thread
      const refusedPdf = await api.request(
        'GET',
        `/api/v1/zienswijze/${other.token}/documents/${other.documentId}/pdf`,
      );
      expect(refusedPdf.status).toBe(503);
      expect(refusedPdf.headers.get('retry-after')).toBe('2');
      expect(refusedPdf.body.error).toMatchObject({
        code: 'document.pdf.busy',
        message: {
          nl: 'Het is nu erg druk. De PDF van het document kan even niet worden gemaakt. Probeer het over een paar seconden opnieuw.',
        },
      });
      const refusedImage = await api.request(
        'GET',
        `/api/v1/zienswijze/${other.token}/documents/${other.documentId}/pages/1/image`,
      );
      expect(refusedImage.status).toBe(503);
      expect(refusedImage.headers.get('retry-after')).toBe('2');
      expect(refusedImage.body.error).toMatchObject({
        code: 'document.page_image.busy',
        message: {
          nl: 'Het is nu erg druk. De afbeelding van pagina 1 kan even niet worden gemaakt. Probeer het over een paar seconden opnieuw.',
        },
      });
    } finally {
      hold.release();
    }
    const drawn = await running;
    expect([drawn.status, drawn.type]).toEqual([200, 'image/png']);
    // Asked again once the thread is free, it is made.
    const again = await fetchBytes(`/api/v1/zienswijze/${other.token}/documents/${other.documentId}/pdf`);
    expect([again.status, again.type]).toEqual([200, 'application/pdf']);
  });

  it("does not open another case's document with a token, nor anything with a wrong one", async () => {
    const crossed = await fetchBytes(`/api/v1/zienswijze/${b.token}/documents/${a.documentId}/pages/1/image`);
    expect(crossed.status).toBe(404);
    const crossedPdf = await fetchBytes(`/api/v1/zienswijze/${b.token}/documents/${a.documentId}/pdf`);
    expect(crossedPdf.status).toBe(404);
    const own = await fetchBytes(`/api/v1/zienswijze/${b.token}/documents/${b.documentId}/pdf`);
    expect(own.status).toBe(200);

    const wrong = await api.request('GET', `/api/v1/zienswijze/${'x'.repeat(32)}`);
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.code).toBe('zienswijze.not_found');
    expect(wrong.body.error.message.nl).toContain('Deze link werkt niet');
    const malformed = await api.request('GET', '/api/v1/zienswijze/kort');
    expect(malformed.status).toBe(404);
  });

  it('refuses the answer field by field in Dutch, then records it through the case service and confirms it', async () => {
    api.clock.today = '2026-03-10';
    const bad = await api.request('POST', `/api/v1/zienswijze/${a.token}`, {
      body: { view: 'kort', contact: '06 1234 5678' },
      csrf: false,
    });
    expect(bad.status).toBe(400);
    const fields = Object.fromEntries(
      bad.body.error.details.fields.map((field: { field: string; message: { nl: string } }) => [
        field.field,
        field.message.nl,
      ]),
    );
    expect(fields).toEqual({ view: 'Gebruik minstens 10 tekens.', objected: 'Dit veld is verplicht.' });

    const good = await api.request('POST', `/api/v1/zienswijze/${a.token}`, {
      body: {
        view: 'Wij maken bezwaar: de offerte bevat onze prijsopbouw.',
        objected: true,
        contact: '06 1234 5678',
      },
      csrf: false,
    });
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body).toMatchObject({ form: 'answered', answer: { receivedOn: '2026-03-10', objected: true } });

    const em = api.db.orm.em.fork();
    const party = await em.findOneOrFail(ThirdParty, a.thirdPartyId, { populate: ['case'] });
    expect(party).toMatchObject({ viewReceivedOn: '2026-03-10', objected: true, viewContact: '06 1234 5678' });
    // The other third party (case B) is a different case; case A waits for nobody else: the clock runs again.
    expect(party.case.status).toBe('assessing');
    const confirmation = await em.findOneOrFail(Notification, {
      recipientThirdParty: a.thirdPartyId,
      template: 'zienswijze.received',
    });
    expect(confirmation.data).toMatchObject({ receivedOn: '2026-03-10', objected: true });

    const coordinatorView = await api.request('GET', `/api/v1/cases/${a.caseId}/events`, {
      cookie: a.coordinatorCookie,
    });
    const received = JSON.stringify(coordinatorView.body);
    expect(received).toContain('zienswijze_received');
    expect(received).toContain('third_party');

    const again = await api.request('POST', `/api/v1/zienswijze/${a.token}`, {
      body: { view: 'Nog een keer onze zienswijze.', objected: false, contact: '06 1234 5678' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message.nl).toContain('al ontvangen');
  });

  it('says the period has ended after its last day, and takes no answer then', async () => {
    api.clock.today = '2026-03-17';
    const view = await api.request('GET', `/api/v1/zienswijze/${b.token}`);
    expect(view.body.form).toBe('period_ended');
    const late = await api.request('POST', `/api/v1/zienswijze/${b.token}`, {
      body: { view: 'Te laat, maar toch onze mening.', objected: false, contact: 'info@bouwbedrijf-noord.example' },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message.nl).toContain('termijn');
  });

  it('keeps the token out of PostgreSQL, Redis and the logs', async () => {
    // The API's own request log, on a second instance of the app that logs everything.
    const app = createApp({ ...api.deps, logger: createLogger({ name: 'api-logs', level: 'trace' }, logSink) });
    const server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect((await fetch(`${base}/api/v1/zienswijze/${a.token}`)).status).toBe(200);
      expect((await fetch(`${base}/api/v1/zienswijze/${a.token}/documents/${a.documentId}/pdf`)).status).toBe(200);
      expect((await fetch(`${base}/api/v1/zienswijze/${'q'.repeat(32)}`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await app.close();
    }
    const em = api.db.orm.em.fork();
    const connection = em.getConnection();
    const tables = (await connection.execute(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )) as { table_name: string }[];
    let dump = '';
    for (const { table_name } of tables) {
      const rows = await connection.execute(`select * from "${table_name}"`);
      dump += JSON.stringify(rows);
    }
    expect(dump.length).toBeGreaterThan(1000);
    const keys = await api.redis.keys(`${api.prefix}*`);
    let redisDump = '';
    for (const key of keys) {
      const type = await api.redis.type(key);
      if (type === 'string') redisDump += await api.redis.get(key);
      if (type === 'hash') redisDump += JSON.stringify(await api.redis.hgetall(key));
      if (type === 'list') redisDump += JSON.stringify(await api.redis.lrange(key, 0, -1));
      if (type === 'zset') redisDump += JSON.stringify(await api.redis.zrange(key, 0, -1));
      if (type === 'set') redisDump += JSON.stringify(await api.redis.smembers(key));
    }
    const logs = logLines.join('\n');
    expect(logs).toContain('mail sent');
    expect(logs).toContain('/api/v1/zienswijze/:token/documents/:documentId/pdf');
    for (const token of [a.token, b.token]) {
      expect(dump).not.toContain(token);
      expect(redisDump).not.toContain(token);
      expect(logs).not.toContain(token);
    }
    // What is stored is the hash, and the notification row holds no link.
    const party = await em.findOneOrFail(ThirdParty, a.thirdPartyId);
    expect(party.accessTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(dump).not.toContain('/zienswijze/');
    // The job that sends the mail carries the notification's id only.
    expect(Object.keys(notificationSend.payload.shape)).toEqual(['notificationId']);
  });

  it('slows down guessing: after too many wrong tokens even a right one waits', async () => {
    const guesser = await startTestApi({
      redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      rateLimits: { trackingCodeMisses: { limit: 3, windowSeconds: 60 } },
    });
    try {
      for (let i = 0; i < 3; i += 1) {
        const miss = await guesser.request('GET', `/api/v1/zienswijze/${String(i).repeat(32)}`);
        expect(miss.status).toBe(404);
      }
      const blocked = await guesser.request('GET', `/api/v1/zienswijze/${'z'.repeat(32)}`);
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toBeTruthy();
    } finally {
      await guesser.close();
    }
  });
});
