import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Case, Document, Organisation, Outbox } from '@woo/db';
import { aCase, aDocument, aPage, aRedactionRegion } from '@woo/db/testing';
import { ingestDocument, originalBlobKey, type IngestDeps } from '@woo/documents';
import { startTestApi, type ApiResponse, type TestApi } from '../testing/api-test-harness.js';

/** A one-page PDF written by hand (this package does not depend on the PDF library's fixtures). */
function minimalPdf(text: string): Buffer {
  const content = `BT /F1 12 Tf 72 770 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Starts like a ZIP archive, which is all content sniffing needs to call it one. */
const zipBytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 1)]);

function emlWithAttachments(attachments: { filename: string; content: Buffer }[]): string {
  const boundary = 'woo-api-test';
  return [
    'From: Pieter Jansen <p.jansen@example.nl>',
    'To: Woo-team <woo@gemeente.example.nl>',
    'Subject: Stukken',
    'Date: Mon, 2 Mar 2026 10:15:00 +0100',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Zie de bijlagen.',
    ...attachments.flatMap(({ filename, content }) => [
      `--${boundary}`,
      `Content-Type: application/octet-stream; name="${filename}"`,
      `Content-Disposition: attachment; filename="${filename}"`,
      'Content-Transfer-Encoding: base64',
      '',
      content.toString('base64'),
    ]),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

let api: TestApi;
let orgA: Organisation;
let coordinatorA: string;
let coordinatorB: string;
let reviewerA: string;
let adminA: string;
let ingestDeps: IngestDeps;

beforeAll(async () => {
  api = await startTestApi({
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    uploadLimits: { maxFileBytes: 12 * 1024 * 1024, maxFiles: 6 },
  });
  orgA = await api.organisation();
  coordinatorA = (await api.staff(orgA)).cookie;
  coordinatorB = (await api.staff(await api.organisation())).cookie;
  reviewerA = (await api.staff(orgA, 'reviewer')).cookie;
  adminA = (await api.staff(orgA, 'admin')).cookie;
  ingestDeps = {
    blobs: api.deps.blobs!,
    limits: { maxBytes: 12 * 1024 * 1024, maxPages: 50, maxImagePixels: 100_000_000, maxRenderPixels: 40_000_000 },
    maxEmailDepth: 3,
  };
});
afterAll(async () => api?.close());

async function newCase(): Promise<Case> {
  const em = api.db.orm.em.fork();
  const kase = aCase(em, { organisation: em.getReference(Organisation, orgA.id) });
  await em.flush();
  return kase;
}

async function upload(
  caseId: string,
  files: { name: string; content: Buffer | string }[],
  { cookie = coordinatorA }: { cookie?: string | null } = {},
): Promise<Omit<ApiResponse, 'headers'>> {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([file.content]), file.name);
  const response = await fetch(`${api.base}/api/v1/cases/${caseId}/documents`, {
    method: 'POST',
    headers: { 'x-requested-with': 'test', ...(cookie && { cookie }) },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as ApiResponse['body'] };
}

const get = (path: string, cookie: string | null = coordinatorA) => api.request('GET', path, { cookie });
const ingest = (documentId: string) => ingestDocument(api.db.orm.em.fork(), ingestDeps, documentId);
/** Every file in the blob store's documents folder (partial writes included). */
const storedBlobs = () =>
  readdirSync(join(api.blobDir, 'documents'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

describe('POST /api/v1/cases/{id}/documents', () => {
  it('stores several files of one request, types them by content and marks the duplicate', async () => {
    const kase = await newCase();
    const pdf = minimalPdf('Besluit');
    const response = await upload(kase.id, [
      { name: 'besluit.pdf', content: pdf },
      { name: 'kopie van besluit.pdf', content: pdf },
      { name: 'foto.jpg', content: minimalPdf('Eigenlijk een PDF') },
      { name: 'notulen.pdf', content: zipBytes },
    ]);
    expect(response.status).toBe(201);
    const { documents, rejected } = response.body;
    expect(rejected).toEqual([]);
    expect(documents.map((d: { documentNumber: number; filename: string; mediaType: string }) => d)).toMatchObject([
      { documentNumber: 1, filename: 'besluit.pdf', mediaType: 'application/pdf', status: 'uploaded' },
      { documentNumber: 2, filename: 'kopie van besluit.pdf', mediaType: 'application/pdf', status: 'uploaded' },
      { documentNumber: 3, filename: 'foto.jpg', mediaType: 'application/pdf', duplicateOf: null },
      { documentNumber: 4, filename: 'notulen.pdf', mediaType: 'application/zip', duplicateOf: null },
    ]);
    expect(documents[0].duplicateOf).toBeNull();
    expect(documents[1].duplicateOf).toEqual({ id: documents[0].id, documentNumber: 1 });

    // Stored under the document id with size and hash; every document has its ingest job in the outbox.
    const em = api.db.orm.em.fork();
    const first = await em.findOneOrFail(Document, { id: documents[0].id });
    expect(first).toMatchObject({ byteSize: pdf.length, sha256: sha256(pdf), blobKey: originalBlobKey(first.id) });
    expect(await api.deps.blobs!.get(first.blobKey)).toEqual(pdf);
    expect(storedBlobs().join(' ')).not.toMatch(/besluit|notulen|foto/);
    const jobs = await em.find(Outbox, { jobName: 'document.ingest' });
    for (const document of documents) expect(jobs.map((job) => job.payload.documentId)).toContain(document.id);

    // Ingest decides: the ZIP named .pdf fails with the reason, the others go on.
    for (const document of documents) await ingest(document.id);
    const list = await get(`/api/v1/cases/${kase.id}/documents`);
    expect(list.status).toBe(200);
    expect(list.body.documents.map((d: { status: string }) => d.status)).toEqual([
      'processing',
      'processing',
      'processing',
      'failed',
    ]);
    expect(list.body.documents[3].failureReason).toBe('Het bestand is geen PDF maar een ZIP-bestand');
    expect(list.body.documents[0].progress).toEqual({
      pages: 1,
      textLayer: 0,
      render: { pending: 1, running: 0, done: 0, failed: 0 },
      ocr: { pending: 1, running: 0, done: 0, failed: 0 },
      detect: { pending: 1, running: 0, done: 0, failed: 0 },
    });
  });

  it('streams a large file through, with its hash', async () => {
    const kase = await newCase();
    const large = Buffer.concat([minimalPdf('Groot'), randomBytes(8 * 1024 * 1024)]);
    const response = await upload(kase.id, [{ name: 'groot.pdf', content: large }]);
    expect(response.status).toBe(201);
    const stored = await api.db.orm.em.fork().findOneOrFail(Document, { id: response.body.documents[0].id });
    expect(stored.byteSize).toBe(large.length);
    expect(stored.sha256).toBe(sha256(large));
  });

  it('refuses a file over the size limit, an empty file and files over the count, each on its own', async () => {
    const kase = await newCase();
    const before = storedBlobs().length;
    const files = [
      { name: 'te-groot.pdf', content: Buffer.concat([minimalPdf('X'), Buffer.alloc(13 * 1024 * 1024)]) },
      { name: 'leeg.pdf', content: '' },
      ...Array.from({ length: 5 }, (_, i) => ({ name: `brief-${i + 1}.pdf`, content: minimalPdf(`Brief ${i + 1}`) })),
    ];
    const response = await upload(kase.id, files);
    expect(response.status).toBe(201);
    expect(response.body.documents.map((d: { filename: string }) => d.filename)).toEqual([
      'brief-1.pdf',
      'brief-2.pdf',
      'brief-3.pdf',
      'brief-4.pdf',
    ]);
    expect(response.body.rejected).toEqual([
      {
        filename: 'te-groot.pdf',
        code: 'upload.too_large',
        reason: { nl: 'Het bestand is te groot (maximaal 12 MB)', en: 'The file is too large (at most 12 MB)' },
      },
      { filename: 'leeg.pdf', code: 'upload.empty', reason: { nl: 'Het bestand is leeg', en: 'The file is empty' } },
      expect.objectContaining({ filename: 'brief-5.pdf', code: 'upload.too_many_files' }),
    ]);
    expect(response.body.rejected[2].reason.nl).toMatch(/maximaal 6/);
    // Nothing is left of the refused files: one original per created document.
    expect(storedBlobs().length).toBe(before + response.body.documents.length);
  });

  it('numbers documents of two uploads at the same time one after the other', async () => {
    const kase = await newCase();
    const results = await Promise.all(
      [1, 2, 3].map((n) => upload(kase.id, [{ name: `gelijktijdig-${n}.pdf`, content: minimalPdf(`Stuk ${n}`) }])),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    const numbers = results.map((r) => r.body.documents[0].documentNumber).sort();
    expect(numbers).toEqual([1, 2, 3]);
  });

  it('answers 400 without files or when the body is not multipart', async () => {
    const kase = await newCase();
    const empty = await upload(kase.id, []);
    expect(empty.status).toBe(400);
    expect(empty.body.error.message.nl).toBe('Kies ten minste één bestand.');
    const json = await api.request('POST', `/api/v1/cases/${kase.id}/documents`, { body: {}, cookie: coordinatorA });
    expect(json.status).toBe(400);
    expect(json.body.error.code).toBe('upload.invalid_request');
  });

  it('answers 401 without a session and 404 for a case of another organisation, storing nothing', async () => {
    const kase = await newCase();
    const before = storedBlobs().length;
    const anonymous = await upload(kase.id, [{ name: 'a.pdf', content: minimalPdf('A') }], { cookie: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('auth.unauthenticated');
    const foreign = await upload(kase.id, [{ name: 'a.pdf', content: minimalPdf('A') }], { cookie: coordinatorB });
    const missing = await upload(randomUUID(), [{ name: 'a.pdf', content: minimalPdf('A') }], { cookie: coordinatorB });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);
    expect(storedBlobs().length).toBe(before);
    expect(await api.db.orm.em.fork().count(Document, { case: kase.id })).toBe(0);
  });
});

describe('who may upload (permission document.upload)', () => {
  it('lets coordinators and admins upload, and refuses reviewers without storing anything', async () => {
    const kase = await newCase();
    const before = storedBlobs().length;
    const byReviewer = await upload(kase.id, [{ name: 'notitie.pdf', content: minimalPdf('Notitie') }], {
      cookie: reviewerA,
    });
    expect(byReviewer.status).toBe(403);
    expect(byReviewer.body.error.code).toBe('auth.forbidden');
    expect(storedBlobs().length).toBe(before);
    expect(await api.db.orm.em.fork().count(Document, { case: kase.id })).toBe(0);

    const byAdmin = await upload(kase.id, [{ name: 'notitie.pdf', content: minimalPdf('Notitie') }], {
      cookie: adminA,
    });
    expect(byAdmin.status).toBe(201);
    const byCoordinator = await upload(kase.id, [{ name: 'brief.pdf', content: minimalPdf('Brief') }]);
    expect(byCoordinator.status).toBe(201);
    expect(await api.db.orm.em.fork().count(Document, { case: kase.id })).toBe(2);

    // A reviewer still reads the case's documents.
    const list = await get(`/api/v1/cases/${kase.id}/documents`, reviewerA);
    expect(list.status).toBe(200);
    expect(list.body.documents.map((d: { filename: string }) => d.filename)).toEqual(['notitie.pdf', 'brief.pdf']);
  });

  it('describes the upload in the OpenAPI document: its own permission and the multipart body', async () => {
    const document = (await api.request('GET', '/api/v1/openapi.json')).body;
    const operation = document.paths['/api/v1/cases/{id}/documents'].post;
    expect(operation['x-permission']).toBe('document.upload');
    expect(Object.keys(operation.requestBody.content)).toEqual(['multipart/form-data']);
    const schema = operation.requestBody.content['multipart/form-data'].schema;
    expect(schema.required).toEqual(['files']);
    expect(schema.properties.files).toMatchObject({
      type: 'array',
      minItems: 1,
      items: { type: 'string', contentMediaType: 'application/octet-stream' },
    });
    expect(operation.responses['201'].content['application/json'].schema.properties.rejected).toBeDefined();
  });
});

describe('reading documents', () => {
  it('counts what detection found per ground, and shows the leak gate result', async () => {
    const kase = await newCase();
    const em = api.db.orm.em.fork();
    const document = aDocument(em, { case: em.getReference(Case, kase.id), leakGatePassed: false });
    const page = aPage(em, { document, hasTextLayer: true });
    const named = aRedactionRegion(em, { document, page, ground: '5.1.2e' });
    document.leakReport = [
      { route: 'text-layer', kind: 'region-text', page: 1, regionId: named.id },
      { route: 'info', kind: 'metadata' },
    ];
    aRedactionRegion(em, { document, page, ground: '5.1.2e', status: 'rejected' });
    aRedactionRegion(em, { document, page, ground: '5.1.1e' });
    // Added by hand in the review: no finding of detection.
    aRedactionRegion(em, { document, page, ground: '5.1.1d', origin: 'manual', recogniser: 'manual' });
    await em.flush();

    const list = await get(`/api/v1/cases/${kase.id}/documents`);
    expect(list.body.documents[0]).toMatchObject({
      regionsPerGround: [
        { ground: '5.1.1e', regions: 1 },
        { ground: '5.1.2e', regions: 2 },
      ],
      leakGatePassed: false,
      progress: { pages: 1, textLayer: 1 },
    });
    const detail = await get(`/api/v1/documents/${document.id}`);
    expect(detail.body.regionsPerGround).toEqual(list.body.documents[0].regionsPerGround);
    // Where the gate found what, with the region behind a region-derived leak; never the text itself.
    expect(detail.body.leakReport).toEqual([
      { route: 'text-layer', kind: 'region-text', page: 1, regionId: named.id },
      { route: 'info', kind: 'metadata' },
    ]);
  });

  it('shows one document with the progress of each page, and its e-mail family', async () => {
    const kase = await newCase();
    const attachment = minimalPdf('Bijlage');
    const eml = emlWithAttachments([
      { filename: 'bijlage.pdf', content: attachment },
      { filename: 'archief.pdf', content: zipBytes },
    ]);
    const uploaded = await upload(kase.id, [{ name: 'bericht.eml', content: eml }]);
    const emailId = uploaded.body.documents[0].id;
    expect(uploaded.body.documents[0].mediaType).toBe('message/rfc822');
    await ingest(emailId);

    const list = await get(`/api/v1/cases/${kase.id}/documents`);
    const [email, pdf, zip] = list.body.documents;
    expect([email.filename, pdf.filename, zip.filename]).toEqual(['bericht.eml', 'bijlage.pdf', 'archief.pdf']);
    expect(pdf.parent).toEqual({ id: emailId, documentNumber: 1 });
    expect(zip.parent).toEqual({ id: emailId, documentNumber: 1 });
    expect(new Set([email.familyId, pdf.familyId, zip.familyId]).size).toBe(1);
    expect(email.parent).toBeNull();

    const detail = await get(`/api/v1/documents/${emailId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: emailId, caseId: kase.id, status: 'processing', pageCount: 1 });
    expect(detail.body.pages).toEqual([
      expect.objectContaining({
        pageNumber: 1,
        rotation: 0,
        renderStatus: 'pending',
        ocrStatus: 'pending',
        detectStatus: 'pending',
        failureReason: null,
      }),
    ]);
    expect(detail.body.attachments.map((a: { filename: string }) => a.filename)).toEqual([
      'bijlage.pdf',
      'archief.pdf',
    ]);

    // The original of the e-mail is the .eml as uploaded, not the PDF made of it.
    const original = await fetch(`${api.base}/api/v1/documents/${emailId}/original`, {
      headers: { cookie: coordinatorA },
    });
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toBe('message/rfc822');
    expect(original.headers.get('content-disposition')).toBe(
      `attachment; filename="bericht.eml"; filename*=UTF-8''bericht.eml`,
    );
    expect(original.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await original.text()).toBe(eml);
  });

  it('answers 404 to another organisation and 401 without a session', async () => {
    const kase = await newCase();
    const uploaded = await upload(kase.id, [{ name: 'geheim.pdf', content: minimalPdf('Geheim') }]);
    const id = uploaded.body.documents[0].id;
    for (const path of [`/api/v1/documents/${id}`, `/api/v1/documents/${id}/original`]) {
      const foreign = await get(path, coordinatorB);
      expect(foreign.status, path).toBe(404);
      expect(foreign.body.error.code).toBe('document.not_found');
      expect((await get(path, null)).status).toBe(401);
    }
    expect((await get(`/api/v1/cases/${kase.id}/documents`, coordinatorB)).status).toBe(404);
  });
});
