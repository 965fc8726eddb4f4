import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document, Organisation, Outbox, Page, uuidV7, type Case } from '@woo/db';
import { aCase, anOrganisation, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { defaultDocumentLimits, openDocument, pageTextString } from '@woo/pdf';
import {
  encryptedPdf,
  jpegImage,
  manyPagesPdf,
  pngHeaderOnly,
  textPdf,
  truncatedPdf,
  zeroPagePdf,
  zipFile,
} from '@woo/pdf/testing';
import { createFolderBlobStore } from '@woo/storage';
import { addDocumentsToCase } from '../upload/add-documents-to-case.js';
import { originalBlobKey, originalBlobKeyOf, workingBlobKey } from '../upload/document-blob-keys.js';
import { storeOriginal } from '../upload/store-original.js';
import { buildEml } from './email/test-eml.js';
import type { IngestDeps } from './ingest-deps.js';
import { ingestDocument } from './ingest-document.js';
import { uploadedDocumentsStepSource } from './ingest-step-source.js';

let db: TestDatabase;
let blobDir: string;
let deps: IngestDeps;
let organisation: Organisation;

beforeAll(async () => {
  db = await createTestDatabase();
  blobDir = mkdtempSync(join(tmpdir(), 'woo-ingest-'));
  deps = {
    blobs: createFolderBlobStore(blobDir),
    limits: { ...defaultDocumentLimits, maxPages: 20 },
    maxEmailDepth: 1,
  };
  const em = db.orm.em.fork();
  organisation = anOrganisation(em);
  await em.flush();
});
afterAll(async () => {
  await db?.drop();
  if (blobDir) rmSync(blobDir, { recursive: true, force: true });
});

async function newCase(): Promise<Case> {
  const em = db.orm.em.fork();
  const kase = aCase(em, { organisation: em.getReference(Organisation, organisation.id) });
  await em.flush();
  return kase;
}

/** What the upload route does for one file: stream it to the blob store, then add it to the case. */
async function upload(kase: Case, filename: string, bytes: Uint8Array | string): Promise<Document> {
  const content = typeof bytes === 'string' ? new Uint8Array(Buffer.from(bytes)) : bytes;
  const stored = await storeOriginal(deps.blobs, uuidV7(), content);
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
  return document!;
}

const ingest = (documentId: string) => ingestDocument(db.orm.em.fork(), deps, documentId);

async function reload(documentId: string): Promise<Document> {
  return db.orm.em.fork().findOneOrFail(Document, { id: documentId }, { populate: ['parent', 'duplicateOf'] });
}

async function jobsFor(em: EntityManager, jobName: string, ids: readonly string[]): Promise<Outbox[]> {
  return em.find(Outbox, { jobName, jobId: { $in: ids.map((id) => `${jobName}/${id}`) } });
}

describe('ingest of readable files', () => {
  it('records the pages of a text PDF and enqueues one page job per page, once however often it runs', async () => {
    const kase = await newCase();
    const document = await upload(kase, 'besluit.pdf', await textPdf());
    expect(await ingest(document.id)).toEqual({ status: 'processing', pages: 1, attachments: 0 });

    const em = db.orm.em.fork();
    const ingested = await reload(document.id);
    expect(ingested).toMatchObject({ status: 'processing', pageCount: 1, mediaType: 'application/pdf' });
    const pages = await em.find(Page, { document: document.id });
    expect(pages.map((page) => [page.pageNumber, page.widthPt, page.heightPt, page.rotation])).toEqual([
      [1, 595, 842, 0],
    ]);
    expect(
      await jobsFor(
        em,
        'page.process',
        pages.map((page) => page.id),
      ),
    ).toHaveLength(1);

    expect(await ingest(document.id)).toEqual({ status: 'skipped', reason: 'already_ingested' });
    // Two runs at once: one claims the document, the other finds it claimed.
    const again = await upload(kase, 'nog-een.pdf', await manyPagesPdf(3));
    const results = await Promise.all([ingest(again.id), ingest(again.id)]);
    expect(results.map((result) => result.status).sort()).toEqual(['processing', 'skipped']);
    expect(await em.count(Page, { document: again.id })).toBe(3);
    expect(await em.count(Page, { document: document.id })).toBe(1);
  });

  it('decides the type by content: a PDF named .jpg is a PDF, a JPEG named .pdf an image', async () => {
    const kase = await newCase();
    const pdf = await upload(kase, 'foto.jpg', await textPdf());
    const jpeg = await upload(kase, 'scan.pdf', await jpegImage(600, 400));
    expect(pdf.mediaType).toBe('application/pdf');
    expect(jpeg.mediaType).toBe('image/jpeg');
    expect(await ingest(pdf.id)).toMatchObject({ status: 'processing', pages: 1 });
    expect(await ingest(jpeg.id)).toMatchObject({ status: 'processing', pages: 1 });
    // 600 × 400 pixels at the assumed 300 dpi: 144 × 96 points.
    const [page] = await db.orm.em.fork().find(Page, { document: jpeg.id });
    expect([page?.widthPt, page?.heightPt]).toEqual([144, 96]);
  });

  it('marks a second identical file in the case as a duplicate of the first, not in another case', async () => {
    const kase = await newCase();
    const bytes = await textPdf();
    const first = await upload(kase, 'a.pdf', bytes);
    const second = await upload(kase, 'b.pdf', bytes);
    const elsewhere = await upload(await newCase(), 'a.pdf', bytes);
    expect((await reload(second.id)).duplicateOf?.id).toBe(first.id);
    expect((await reload(first.id)).duplicateOf).toBeNull();
    expect((await reload(elsewhere.id)).duplicateOf).toBeNull();
    expect([first.documentNumber, second.documentNumber]).toEqual([1, 2]);
  });
});

describe('files that cannot be read fail their own document, with the reason', () => {
  const cases: [name: string, filename: string, bytes: () => Promise<Uint8Array>, reason: RegExp][] = [
    ['a ZIP named .pdf', 'notulen.pdf', async () => zipFile('notulen.txt', 'Notulen'), /geen PDF maar een ZIP-bestand/],
    ['an encrypted PDF', 'geheim.pdf', encryptedPdf, /PDF is versleuteld/],
    ['a truncated PDF', 'half.pdf', () => truncatedPdf(0.5), /beschadigd of onvolledig/],
    ['a PDF without pages', 'leeg.pdf', zeroPagePdf, /geen pagina's/],
    ['too many pages', 'dik.pdf', () => manyPagesPdf(21), /te veel pagina's \(21; maximaal 20\)/],
    ['a 30,000 × 30,000 image', 'kaart.png', async () => pngHeaderOnly(30_000, 30_000), /Afbeelding is te groot/],
    ['an empty file', 'niets.pdf', async () => new Uint8Array(), /Het bestand is leeg/],
  ];

  it.each(cases)('%s', async (_name, filename, bytes, reason) => {
    const kase = await newCase();
    const bad = await upload(kase, filename, await bytes());
    const good = await upload(kase, 'goed.pdf', await textPdf());
    const result = await ingest(bad.id);
    expect(result.status).toBe('failed');
    const failed = await reload(bad.id);
    expect(failed.status).toBe('failed');
    expect(failed.failureReason).toMatch(reason);
    expect(await db.orm.em.fork().count(Page, { document: bad.id })).toBe(0);
    // The other document of the case is not touched by it.
    expect(await ingest(good.id)).toMatchObject({ status: 'processing', pages: 1 });
    // And a failed document stays failed: a second run does nothing.
    expect(await ingest(bad.id)).toEqual({ status: 'skipped', reason: 'already_ingested' });
  });
});

describe('e-mail', () => {
  it('becomes a readable PDF of its own, and each attachment a document linked to it', async () => {
    const kase = await newCase();
    const pdf = await textPdf();
    const jpeg = await jpegImage(300, 200);
    const eml = buildEml({
      from: 'Pieter Jansen <p.jansen@example.nl>',
      cc: 'Sanne de Vries <s.devries@example.nl>',
      subject: 'Stukken Stationsplein',
      body: 'Beste collega,\n\nHierbij de stukken over het Stationsplein.\n\nMet vriendelijke groet,\nPieter',
      attachments: [
        { filename: 'besluit.pdf', contentType: 'application/pdf', content: pdf },
        // The name says PDF, the content says JPEG: the content wins.
        { filename: 'foto.pdf', contentType: 'application/octet-stream', content: jpeg },
      ],
    });
    const email = await upload(kase, 'bericht.eml', eml);
    expect(email.mediaType).toBe('message/rfc822');
    expect(await ingest(email.id)).toEqual({ status: 'processing', pages: 1, attachments: 2 });
    // Idempotent: no second set of attachments.
    expect(await ingest(email.id)).toEqual({ status: 'skipped', reason: 'already_ingested' });

    const em = db.orm.em.fork();
    const family = await em.find(Document, { case: kase.id }, { orderBy: { documentNumber: 'asc' } });
    expect(family.map((d) => [d.documentNumber, d.originalFilename, d.mediaType, d.parent?.id ?? null])).toEqual([
      [1, 'bericht.eml', 'message/rfc822', null],
      [2, 'besluit.pdf', 'application/pdf', email.id],
      [3, 'foto.pdf', 'image/jpeg', email.id],
    ]);
    expect(new Set(family.map((d) => d.familyId))).toEqual(new Set([email.familyId]));
    expect(family[1]?.byteSize).toBe(pdf.length);

    // The e-mail reads its pages from the working PDF; the original .eml is kept for download.
    const ingested = await reload(email.id);
    expect(ingested.blobKey).toBe(workingBlobKey(email.id));
    expect(originalBlobKeyOf(ingested)).toBe(originalBlobKey(email.id));
    expect((await deps.blobs.get(originalBlobKey(email.id))).toString()).toBe(eml);
    const working = await openDocument(await deps.blobs.get(ingested.blobKey));
    const text = pageTextString((await (await working.page(1)).textLayer())!);
    await working.close();
    expect(text).toContain('Van: Pieter Jansen <p.jansen@example.nl>');
    expect(text).toContain('Cc: Sanne de Vries <s.devries@example.nl>');
    expect(text).toContain('Onderwerp: Stukken Stationsplein');
    expect(text).toContain('Hierbij de stukken over het Stationsplein.');
    expect(text).toContain('Bijlagen: besluit.pdf, foto.pdf');

    // Each attachment is ingested the same way, by its own job.
    const attachmentIds = family.slice(1).map((d) => d.id);
    expect(await jobsFor(em, 'document.ingest', attachmentIds)).toHaveLength(2);
    for (const id of attachmentIds) expect(await ingest(id)).toMatchObject({ status: 'processing', pages: 1 });
  });

  it('reads an HTML-only e-mail as text', async () => {
    const kase = await newCase();
    const email = await upload(
      kase,
      'html.eml',
      buildEml({ html: '<p>Beste <b>Jan</b>,</p><p>Zie&nbsp;bijlage &amp; groet.<br>Sanne</p><style>p{}</style>' }),
    );
    expect(await ingest(email.id)).toMatchObject({ status: 'processing', attachments: 0 });
    const working = await openDocument(await deps.blobs.get(workingBlobKey(email.id)));
    const text = pageTextString((await (await working.page(1)).textLayer())!);
    await working.close();
    expect(text).toContain('Beste Jan,');
    expect(text).toContain('Zie bijlage & groet.');
    expect(text).toMatch(/Beste Jan,\nZie bijlage & groet\.\nSanne$/);
    expect(text).not.toMatch(/<p>|<b>|p\{\}/);
  });

  it('splits e-mails attached to e-mails down to the depth limit, and fails a deeper one with the reason', async () => {
    const kase = await newCase();
    const innermost = buildEml({ subject: 'Derde', body: 'Te diep.' });
    const inner = buildEml({
      subject: 'Tweede',
      body: 'Doorgestuurd.',
      attachments: [{ filename: 'derde.eml', contentType: 'message/rfc822', content: innermost }],
    });
    const outer = buildEml({
      subject: 'Eerste',
      body: 'Zie bijlage.',
      attachments: [{ filename: 'tweede.eml', contentType: 'message/rfc822', content: inner }],
    });
    const top = await upload(kase, 'eerste.eml', outer);
    expect(await ingest(top.id)).toMatchObject({ status: 'processing', attachments: 1 });
    const em = db.orm.em.fork();
    const second = await em.findOneOrFail(Document, { parent: top.id });
    expect(second.mediaType).toBe('message/rfc822');
    expect(await ingest(second.id)).toMatchObject({ status: 'processing', attachments: 1 });
    const third = await em.findOneOrFail(Document, { parent: second.id });
    expect(third.familyId).toBe(top.familyId);
    expect(await ingest(third.id)).toEqual({ status: 'failed', code: 'document.unsupported_type' });
    expect((await reload(third.id)).failureReason).toMatch(/te diep in andere e-mails \(2 niveaus; maximaal 1\)/);
  });
});

describe('reconciler step source', () => {
  it('lists documents still waiting for ingest, and fails one whose job failed for good', async () => {
    const kase = await newCase();
    const waiting = await upload(kase, 'wacht.pdf', await textPdf());
    const em = db.orm.em.fork();
    const steps = await uploadedDocumentsStepSource.listUnfinished(em);
    expect(steps).toContainEqual({ jobName: 'document.ingest', payload: { documentId: waiting.id } });

    await uploadedDocumentsStepSource.onFinishedInQueue!(em, `document.ingest/${waiting.id}`, {
      state: 'failed',
      reason: 'connect ECONNREFUSED',
    });
    const failed = await reload(waiting.id);
    expect(failed.status).toBe('failed');
    expect(failed.failureReason).toMatch(/technische storing/);
    expect(failed.failureReason).not.toContain('ECONNREFUSED');
    const after = await uploadedDocumentsStepSource.listUnfinished(em);
    expect(after.map((step) => (step.payload as { documentId: string }).documentId)).not.toContain(waiting.id);
  });
});
