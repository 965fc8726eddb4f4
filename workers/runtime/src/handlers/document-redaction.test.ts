// Redact and verify per review revision, through the outbox, Redis and the redact queue's worker: the public version
// holds none of the accepted regions' texts and passes the leak gate; stale and withheld revisions are skipped.
import { Document, RedactionRegion } from '@woo/db';
import {
  detectGround,
  processPage,
  publicVersionBlobKey,
  redactRevision,
  requestRedaction,
  verifyRevision,
} from '@woo/documents';
import { detectionQueueGrounds } from '@woo/queue';
import { eventually } from '@woo/queue/testing';
import { createDocumentRedactHandler, createDocumentVerifyHandler } from '@woo/redact-worker';
import { openDocument } from '@woo/pdf';
import { textPdf } from '@woo/pdf/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aStoredDocument, createPipelineTestWorld, type PipelineTestWorld } from './pipeline-test-world.js';

const LETTER = [
  { text: 'Besluit op uw Woo-verzoek', x: 72, y: 770, size: 18 },
  { text: 'Geachte heer Jansen, hierbij ontvangt u het besluit.', x: 72, y: 700, size: 12 },
  { text: 'Uw BSN 111222333 staat in ons dossier.', x: 72, y: 670, size: 12 },
  { text: 'Mail pieter.bakker@gmail.com voor vragen.', x: 72, y: 640, size: 12 },
];

let world: PipelineTestWorld;

beforeAll(async () => {
  world = await createPipelineTestWorld(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  world.relay.start();
});

afterAll(async () => {
  await world?.close();
});

const em = () => world.db.orm.em.fork();
const documentRow = (id: string) => em().findOneOrFail(Document, id);

/** A text document read and detected (directly, without queues), with every proposed region accepted. */
async function aReviewedDocument(): Promise<{ documentId: string; accepted: string[] }> {
  const { document, pageIds } = await aStoredDocument(world, await textPdf({ lines: LETTER }), 1);
  for (const pageId of pageIds) await processPage(em(), { blobs: world.blobs }, pageId);
  for (const ground of detectionQueueGrounds) await detectGround(em(), document.id, ground);
  await em().nativeUpdate(RedactionRegion, { document: document.id }, { status: 'accepted' });
  const regions = await em().find(RedactionRegion, { document: document.id });
  return { documentId: document.id, accepted: regions.map((region) => region.text!).filter(Boolean) };
}

async function textLayerOf(pdf: Uint8Array): Promise<string> {
  const opened = await openDocument(pdf);
  try {
    const words: string[] = [];
    for (let n = 1; n <= opened.pageCount; n += 1) {
      const layer = await (await opened.page(n)).textLayer();
      words.push(...(layer?.words.map((word) => word.text) ?? []));
    }
    return words.join(' ');
  } finally {
    await opened.close();
  }
}

describe('document.redact and document.verify', () => {
  it('burns the accepted regions out, passes the leak gate and only then sets the public version', async () => {
    const { documentId, accepted } = await aReviewedDocument();
    expect(accepted).toEqual(expect.arrayContaining(['111222333', 'pieter.bakker@gmail.com']));
    const host = await world.startHost([
      createDocumentRedactHandler({ blobs: world.blobs }),
      createDocumentVerifyHandler({ blobs: world.blobs }),
    ]);
    const request = await em().transactional((tem) => requestRedaction(tem, documentId));
    expect(request).toMatchObject({ revision: 0, created: true });

    const verified = await eventually(
      async () => {
        const document = await documentRow(documentId);
        return document.leakGatePassed === null ? undefined : document;
      },
      { timeoutMs: 20_000, what: 'the leak gate' },
    );
    await host.close();
    expect(verified).toMatchObject({
      leakGatePassed: true,
      leakReport: [],
      redactStatus: 'done',
      redactedRevision: 0,
      publicBlobKey: publicVersionBlobKey(documentId, 0),
    });

    // Read as pdftotext would (pdf.js's text layer; readDocumentText would OCR this image page instead): none of
    // the accepted texts, but the rest of the letter is still searchable.
    const text = await textLayerOf(await world.blobs.get(verified.publicBlobKey!));
    for (const secret of accepted) expect(text).not.toContain(secret);
    expect(text).not.toContain('111222333');
    expect(text).toContain('Besluit');
    expect(text).toContain('5.1.1e');
  });

  it('skips a revision the review has moved past, and stores nothing for it', async () => {
    const { documentId } = await aReviewedDocument();
    await em().nativeUpdate(Document, { id: documentId }, { reviewRevision: 2 });
    const result = await redactRevision(em(), { blobs: world.blobs }, { documentId, revision: 1 });
    expect(result).toEqual({ status: 'skipped', documentId, revision: 1, reason: 'stale_revision' });
    expect(await world.blobs.exists(publicVersionBlobKey(documentId, 1))).toBe(false);
    expect(await documentRow(documentId)).toMatchObject({ redactStatus: 'pending', redactedRevision: null });
  });

  it('does not redact a document that is withheld as a whole (niet openbaar)', async () => {
    const { documentId } = await aReviewedDocument();
    await em().nativeUpdate(Document, { id: documentId }, { outcome: 'niet_openbaar' });
    const result = await redactRevision(em(), { blobs: world.blobs }, { documentId, revision: 0 });
    expect(result).toEqual({ status: 'skipped', documentId, revision: 0, reason: 'withheld' });
    expect(await world.blobs.exists(publicVersionBlobKey(documentId, 0))).toBe(false);
    expect(await documentRow(documentId)).toMatchObject({ redactedRevision: 0, publicBlobKey: null });
  });

  it('fails the gate when a found BSN was left unreviewed, and keeps the version unpublished', async () => {
    const { documentId } = await aReviewedDocument();
    // The reviewer never decided on the BSN: it is not burnt out, and as an absolute ground it may never survive.
    await em().nativeUpdate(RedactionRegion, { document: documentId, ground: '5.1.1e' }, { status: 'proposed' });
    const deps = { blobs: world.blobs };
    expect(await redactRevision(em(), deps, { documentId, revision: 0 })).toMatchObject({ status: 'done' });
    expect(await verifyRevision(em(), deps, { documentId, revision: 0 })).toMatchObject({ passed: false });

    const document = await documentRow(documentId);
    expect(document).toMatchObject({ leakGatePassed: false, redactStatus: 'failed', publicBlobKey: null });
    expect(document.leakReport).toContainEqual(expect.objectContaining({ route: 'text-layer', page: 1 }));
    // The report says where, never what.
    expect(JSON.stringify(document.leakReport)).not.toContain('111222333');
  });
});
