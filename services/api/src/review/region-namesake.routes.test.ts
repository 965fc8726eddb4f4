// PUT /api/v1/regions/:id/namesake against the real PostgreSQL and Redis: the reviewer records that where a region's
// text stands openly elsewhere in the document, that is another person ("Geachte mevrouw Meindertsma" redacted,
// "Minister Meindertsma" open). Set and clear with their audit events and revision bumps, the refusals (rejected
// region, identifiers, no text), another organisation's 404, and the burn-in and leak gate of the new revision: the
// document that failed the gate on that region passes once the decision is taken and approved again.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aDocument, aPage, aRedactionRegion } from '@woo/db/testing';
import { CaseEvent, Document, Organisation, Outbox, Page, RedactionRegion, type User } from '@woo/db';
import { publicVersionBlobKey, redactRevision, verifyRevision } from '@woo/documents';
import type { PageText, PageWord } from '@woo/domain';
import { openDocument } from '@woo/pdf';
import { textPdf } from '@woo/pdf/testing';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';

let api: TestApi;
let organisation: Organisation;
let coordinator: { user: User; cookie: string };
let reviewer: { user: User; cookie: string };
let secondReviewer: { user: User; cookie: string };
let foreignReviewer: { user: User; cookie: string };

beforeAll(async () => {
  api = await startTestApi({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', today: '2026-03-10' });
  organisation = await api.organisation();
  coordinator = await api.staff(organisation, 'coordinator');
  reviewer = await api.staff(organisation, 'reviewer');
  secondReviewer = await api.staff(organisation, 'reviewer');
  foreignReviewer = await api.staff(await api.organisation(), 'reviewer');
});
afterAll(async () => api?.close());

const LETTER = [
  { text: 'Besluit op uw Woo-verzoek', x: 72, y: 770, size: 18 },
  { text: 'Geachte mevrouw Meindertsma, hierbij ontvangt u het besluit.', x: 72, y: 700, size: 12 },
  { text: 'Minister Meindertsma heeft het voorstel besproken met het college.', x: 72, y: 680, size: 12 },
  { text: 'Uw BSN 123456782 staat in ons dossier.', x: 72, y: 660, size: 12 },
  { text: 'Mail m.meindertsma@example.nl voor vragen.', x: 72, y: 640, size: 12 },
];

async function textLayer(pdf: Uint8Array): Promise<PageText> {
  const opened = await openDocument(pdf);
  try {
    const text = await (await opened.page(1)).textLayer();
    if (!text) throw new Error('the letter has no text layer');
    return text;
  } finally {
    await opened.close();
  }
}

/** The box of the first word of the page that reads `word` (punctuation after it ignored). */
function boxOfWord(words: readonly PageWord[], word: string) {
  const found = words.find((candidate) => candidate.text.replace(/[.,]+$/, '') === word);
  if (!found) throw new Error(`"${word}" is not on the page`);
  return { x: found.x, y: found.y, width: found.width, height: found.height };
}

/**
 * The letter stored as a read document (its words on the page row) with the regions detection would have proposed,
 * accepted: the private person's surname, the BSN and the e-mail address; and one manual region over the BSN whose
 * ground was set to 5.1.2e by hand.
 */
async function world() {
  const original = await textPdf({ lines: LETTER });
  const text = await textLayer(original);
  const em = api.db.orm.em.fork();
  const kase = aCase(em, { organisation: em.getReference(Organisation, organisation.id), receivedOn: '2026-03-02' });
  const document = aDocument(em, { case: kase, pageCount: 1, detectStatus: 'done', status: 'ready' });
  document.blobKey = `documents/${document.id}/original`;
  const page = aPage(em, {
    document,
    pageNumber: 1,
    widthPt: text.width,
    heightPt: text.height,
    hasTextLayer: true,
    words: text.words,
    text: LETTER.map((line) => line.text).join('\n'),
  });
  const accepted = { document, page, status: 'accepted' as const, confidence: 0.9 };
  const surname = aRedactionRegion(em, {
    ...accepted,
    ...boxOfWord(text.words, 'Meindertsma'),
    text: 'Meindertsma',
    recogniser: 'dutch-person-name',
  });
  const bsn = aRedactionRegion(em, {
    ...accepted,
    ...boxOfWord(text.words, '123456782'),
    text: '123456782',
    ground: '5.1.1e',
    recogniser: 'bsn-elfproef',
  });
  const email = aRedactionRegion(em, {
    ...accepted,
    ...boxOfWord(text.words, 'm.meindertsma@example.nl'),
    text: 'm.meindertsma@example.nl',
    recogniser: 'email-address',
  });
  await em.flush();
  await api.deps.blobs!.put(document.blobKey, original);
  return { kase, document, page, surname, bsn, email };
}

const namesake = (regionId: string, value: boolean, cookie: string) =>
  api.request('PUT', `/api/v1/regions/${regionId}/namesake`, { cookie, body: { namesake: value } });

const documentRow = (id: string) => api.db.orm.em.fork().findOneOrFail(Document, id);

async function eventsOf(caseId: string, type: string) {
  return api.db.orm.em.fork().find(CaseEvent, { case: caseId, type }, { orderBy: { id: 'asc' } });
}

describe('PUT /api/v1/regions/:id/namesake', () => {
  it('sets and clears the decision, with who and when, an audit event and a new revision each; a repeat writes nothing', async () => {
    const { kase, document, surname } = await world();
    const set = await namesake(surname.id, true, reviewer.cookie);
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({
      changed: true,
      review: { reviewStatus: 'open', reviewRevision: 1 },
      region: {
        id: surname.id,
        status: 'accepted',
        namesake: { by: { id: reviewer.user.id, displayName: reviewer.user.displayName } },
      },
    });
    expect(Date.parse(set.body.region.namesake.at)).not.toBeNaN();

    const again = await namesake(surname.id, true, coordinator.cookie);
    expect(again.body).toMatchObject({ changed: false, review: { reviewRevision: 1 } });
    expect(again.body.region.namesake.by.id).toBe(reviewer.user.id);

    const regions = await api.request('GET', `/api/v1/documents/${document.id}/regions`, {
      cookie: coordinator.cookie,
    });
    const listed = regions.body.pages[0].regions.find((region: { id: string }) => region.id === surname.id);
    expect(listed.namesake).toEqual(set.body.region.namesake);

    const [event] = await eventsOf(kase.id, 'document.region_namesake_set');
    expect(event!.data).toEqual({
      documentId: document.id,
      regionId: surname.id,
      page: 1,
      status: 'accepted',
      ground: '5.1.2e',
      from: { namesake: false },
      to: { namesake: true },
      revision: 1,
    });
    // The audit log holds no text of the region.
    expect(JSON.stringify(event!.data)).not.toContain('Meindertsma');

    const cleared = await namesake(surname.id, false, coordinator.cookie);
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ changed: true, review: { reviewRevision: 2 }, region: { namesake: null } });
    const stored = await api.db.orm.em.fork().findOneOrFail(RedactionRegion, surname.id);
    expect(stored.namesakeAt ?? null).toBeNull();
    expect(stored.namesakeBy ?? null).toBeNull();

    // What the second reviewer sees before approving.
    const changes = await api.request('GET', `/api/v1/documents/${document.id}/review/changes`, {
      cookie: reviewer.cookie,
    });
    expect(changes.body.changes.map((change: { type: string }) => change.type)).toEqual([
      'document.region_namesake_set',
      'document.region_namesake_cleared',
    ]);
    expect(changes.body.changes[1]).toMatchObject({
      actor: { id: coordinator.user.id, role: 'coordinator' },
      data: { regionId: surname.id, from: { namesake: true }, to: { namesake: false }, revision: 2 },
    });
  });

  it('is forgotten when the region changes afterwards: another ground, or rejected and accepted again', async () => {
    const { surname } = await world();
    const stored = () => api.db.orm.em.fork().findOneOrFail(RedactionRegion, surname.id);
    expect((await namesake(surname.id, true, reviewer.cookie)).status).toBe(200);
    const toBsnGround = await api.request('PATCH', `/api/v1/regions/${surname.id}`, {
      cookie: reviewer.cookie,
      body: { ground: '5.1.1e' },
    });
    expect(toBsnGround.status, JSON.stringify(toBsnGround.body)).toBe(200);
    expect(toBsnGround.body.region.namesake).toBeNull();
    expect((await stored()).namesakeAt ?? null).toBeNull();

    await api.request('PATCH', `/api/v1/regions/${surname.id}`, {
      cookie: reviewer.cookie,
      body: { ground: '5.1.2e' },
    });
    expect((await namesake(surname.id, true, reviewer.cookie)).status).toBe(200);
    await api.request('POST', `/api/v1/regions/${surname.id}/reject`, { cookie: reviewer.cookie, body: {} });
    await api.request('POST', `/api/v1/regions/${surname.id}/accept`, { cookie: reviewer.cookie, body: {} });
    expect((await stored()).namesakeAt ?? null).toBeNull();
  });

  it('refuses identifiers, a rejected region and a region without text, with coded errors, and writes nothing', async () => {
    const { document, page, surname, bsn, email } = await world();
    const byBsn = await namesake(bsn.id, true, reviewer.cookie);
    expect(byBsn.status).toBe(422);
    expect(byBsn.body.error).toMatchObject({ code: 'region.namesake.identifier', details: { reason: 'identifier' } });
    expect(byBsn.body.error.message.nl).toContain('BSN');
    expect(byBsn.body.error.message.en).toContain('never belongs to another person');
    expect((await namesake(email.id, true, reviewer.cookie)).body.error.code).toBe('region.namesake.identifier');

    // Drawn by hand over the BSN, with a ground of its own: its text still is an identifier.
    const em = api.db.orm.em.fork();
    const manual = aRedactionRegion(em, {
      document: em.getReference(Document, document.id),
      page: em.getReference(Page, page.id),
      text: 'BSN 123456782',
      recogniser: 'manual',
      origin: 'manual',
      status: 'accepted',
    });
    const empty = aRedactionRegion(em, {
      document: em.getReference(Document, document.id),
      page: em.getReference(Page, page.id),
      text: null,
      recogniser: 'manual',
      origin: 'manual',
      status: 'accepted',
    });
    await em.flush();
    expect((await namesake(manual.id, true, reviewer.cookie)).body.error.code).toBe('region.namesake.identifier');
    const noText = await namesake(empty.id, true, reviewer.cookie);
    expect(noText.status).toBe(422);
    expect(noText.body.error.code).toBe('region.namesake.no_text');

    const reject = await api.request('POST', `/api/v1/regions/${surname.id}/reject`, {
      cookie: coordinator.cookie,
      body: {},
    });
    expect(reject.body.review.reviewRevision).toBe(1);
    const rejected = await namesake(surname.id, true, reviewer.cookie);
    expect(rejected.status).toBe(409);
    expect(rejected.body.error).toMatchObject({ code: 'region.namesake.conflict', details: { reason: 'rejected' } });

    const noBody = await api.request('PUT', `/api/v1/regions/${surname.id}/namesake`, {
      cookie: reviewer.cookie,
      body: {},
    });
    expect(noBody.status).toBe(400);
    expect((await documentRow(document.id)).reviewRevision).toBe(1);
  });

  it('answers 404 to another organisation exactly as for a region that does not exist, 401 without a session', async () => {
    const { document, surname } = await world();
    const foreign = await namesake(surname.id, true, foreignReviewer.cookie);
    const missing = await namesake(randomUUID(), true, foreignReviewer.cookie);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);
    expect(
      (await api.request('PUT', `/api/v1/regions/${surname.id}/namesake`, { body: { namesake: true } })).status,
    ).toBe(401);
    expect((await documentRow(document.id)).reviewRevision).toBe(0);
    expect((await api.db.orm.em.fork().findOneOrFail(RedactionRegion, surname.id)).namesakeAt ?? null).toBeNull();
  });

  it('the document that failed the leak gate on the region passes on the new revision, once approved again', async () => {
    const { document, surname } = await world();
    const review = (action: 'submit' | 'approve', cookie: string) =>
      api.request('POST', `/api/v1/documents/${document.id}/review/${action}`, { cookie, body: {} });
    /** The burn-in and the leak gate of the revision the approval queued, as the redact worker runs them. */
    async function redactApproved(jobId: string) {
      const [row] = await api.db.orm.em.fork().find(Outbox, { jobId });
      expect(row).toMatchObject({ jobName: 'document.redact', payload: { documentId: document.id } });
      const job = row!.payload as { documentId: string; revision: number };
      const deps = { blobs: api.deps.blobs! };
      expect(await redactRevision(api.db.orm.em.fork(), deps, job)).toMatchObject({ status: 'done' });
      return verifyRevision(api.db.orm.em.fork(), deps, job);
    }

    expect((await review('submit', coordinator.cookie)).status).toBe(200);
    const first = await review('approve', reviewer.cookie);
    expect(first.body.redaction).toMatchObject({ revision: 0, created: true });
    expect(await redactApproved(first.body.redaction.jobId)).toMatchObject({ passed: false });
    const failed = await api.request('GET', `/api/v1/documents/${document.id}`, { cookie: coordinator.cookie });
    expect(failed.body).toMatchObject({ leakGatePassed: false, redactStatus: 'failed' });
    // The open "Minister Meindertsma" failed the gate on the surname's region, and the report says which one.
    expect(failed.body.leakReport).toContainEqual({
      route: 'text-layer',
      kind: 'region-text',
      page: 1,
      regionId: surname.id,
    });
    expect(JSON.stringify(failed.body.leakReport)).not.toContain('Meindertsma');

    const set = await namesake(surname.id, true, reviewer.cookie);
    expect(set.body.review).toMatchObject({ reviewStatus: 'open', reviewRevision: 1, approvedBy: null });
    expect((await review('submit', reviewer.cookie)).status).toBe(200);
    // Four eyes: the reviewer who submitted this round cannot approve it; a second reviewer does.
    const second = await review('approve', secondReviewer.cookie);
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.redaction).toMatchObject({ revision: 1, created: true });
    expect(await redactApproved(second.body.redaction.jobId)).toMatchObject({ passed: true, leaks: 0 });
    expect(await documentRow(document.id)).toMatchObject({
      leakGatePassed: true,
      leakReport: [],
      redactStatus: 'done',
      redactedRevision: 1,
      publicBlobKey: publicVersionBlobKey(document.id, 1),
    });
  });
});
