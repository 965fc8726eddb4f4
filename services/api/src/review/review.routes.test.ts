// The redaction review over HTTP against the real PostgreSQL and Redis: regions per page, every decision with its
// audit event and revision bump, refusals, one decision for the whole case across two documents, submit and
// four-eyes approval (which queues the burn-in through the outbox), the round's changes, and the outcome per document.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aDocument, aPage, aRedactionRegion } from '@woo/db/testing';
import {
  CaseEvent,
  Document,
  Organisation,
  Outbox,
  RedactionRegion,
  type Case,
  type Page,
  type PageWord,
  type User,
} from '@woo/db';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';

let api: TestApi;
let organisation: Organisation;
let coordinator: { user: User; cookie: string };
let reviewer: { user: User; cookie: string };
let secondReviewer: { user: User; cookie: string };
let foreignCoordinator: { user: User; cookie: string };

beforeAll(async () => {
  api = await startTestApi({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', today: '2026-03-10' });
  organisation = await api.organisation();
  coordinator = await api.staff(organisation, 'coordinator');
  reviewer = await api.staff(organisation, 'reviewer');
  secondReviewer = await api.staff(organisation, 'reviewer');
  foreignCoordinator = await api.staff(await api.organisation(), 'coordinator');
});
afterAll(async () => api?.close());

/** Words laid out on one line from x = 72, 6 points per character and a space between words. */
function line(text: string, y: number, x0 = 72): PageWord[] {
  let x = x0;
  return text.split(' ').map((word) => {
    const placed = { text: word, x, y, width: word.length * 6, height: 12 };
    x += word.length * 6 + 4;
    return placed;
  });
}

/** The box of words `from`..`to` (inclusive) of a line. */
function boxOf(words: PageWord[], from: number, to: number) {
  const x = words[from]!.x;
  return { x, y: words[from]!.y, width: words[to]!.x + words[to]!.width - x, height: 12 };
}

interface World {
  kase: Case;
  doc1: Document;
  doc2: Document;
  page1: Page;
  /** 'Jan Jansen' on document 1 and on document 2, and a BSN on document 1: all proposed. */
  name1: RedactionRegion;
  bsn1: RedactionRegion;
  name2: RedactionRegion;
}

const text1 = 'Gesprek met Jan Jansen over de brug, BSN 123456782.';
const text2 = 'Brief van Jan Jansen, Dorpsstraat.';
const text2page2 = 'Later belde jan  JANSEN opnieuw.';

async function world(): Promise<World> {
  const em = api.db.orm.em.fork();
  const kase = aCase(em, { organisation: em.getReference(Organisation, organisation.id), receivedOn: '2026-03-02' });
  const doc1 = aDocument(em, { case: kase, pageCount: 1, detectStatus: 'done', status: 'ready' });
  const doc2 = aDocument(em, { case: kase, pageCount: 2, detectStatus: 'done', status: 'ready' });
  const words1 = line(text1, 100);
  const words2 = line(text2, 200);
  const page1 = aPage(em, { document: doc1, pageNumber: 1, words: words1, text: text1 });
  const page21 = aPage(em, { document: doc2, pageNumber: 1, words: words2, text: text2 });
  aPage(em, { document: doc2, pageNumber: 2, words: line(text2page2.replace('  ', ' '), 300), text: text2page2 });
  const name1 = aRedactionRegion(em, { document: doc1, page: page1, ...boxOf(words1, 2, 3), text: 'Jan Jansen' });
  const bsn1 = aRedactionRegion(em, {
    document: doc1,
    page: page1,
    ...boxOf(words1, 8, 8),
    text: '123456782',
    ground: '5.1.1e',
    recogniser: 'bsn',
    confidence: 1,
  });
  const name2 = aRedactionRegion(em, { document: doc2, page: page21, ...boxOf(words2, 2, 3), text: 'Jan Jansen,' });
  await em.flush();
  return { kase, doc1, doc2, page1, name1, bsn1, name2 };
}

async function fresh<T extends object>(entity: new (...args: never[]) => T, id: string): Promise<T> {
  return api.db.orm.em.fork().findOneOrFail(entity as never, { id } as never) as Promise<T>;
}

async function eventsOf(kase: Case, type?: string) {
  return api.db.orm.em.fork().find(CaseEvent, { case: kase.id, ...(type && { type }) }, { orderBy: { id: 'asc' } });
}

describe('GET /api/v1/documents/:id/regions', () => {
  it('lists the regions per page with their ground labels, the counts and the legend', async () => {
    const { doc1, doc2, name1 } = await world();
    const response = await api.request('GET', `/api/v1/documents/${doc1.id}/regions`, { cookie: reviewer.cookie });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.review).toMatchObject({ documentId: doc1.id, reviewStatus: 'open', reviewRevision: 0 });
    expect(response.body.pages).toHaveLength(1);
    const [page] = response.body.pages;
    expect(page).toMatchObject({ page: 1, width: 595.28, height: 841.89 });
    // Reading order: top to bottom, then left to right.
    expect(page.regions.map((region: { text: string }) => region.text)).toEqual(['Jan Jansen', '123456782']);
    expect(page.regions[0]).toMatchObject({
      id: name1.id,
      page: 1,
      box: { x: name1.x, y: 100, width: name1.width, height: 12 },
      ground: '5.1.2e',
      groundLabel: { nl: 'Eerbiediging van de persoonlijke levenssfeer', en: 'Respect for privacy' },
      recogniser: 'known_person',
      confidence: 0.9,
      status: 'proposed',
      origin: 'detected',
      createdBy: null,
      changedBy: null,
    });
    expect(response.body.counts).toEqual({ proposed: 2, accepted: 0, rejected: 0 });
    expect(response.body.legend.map((entry: { code: string }) => entry.code)).toEqual(['5.1.1e', '5.1.2e']);
    expect(response.body.legend[0].labelNl).toBe('Nationale identificatienummers');

    const second = await api.request('GET', `/api/v1/documents/${doc2.id}/regions?page=2`, {
      cookie: coordinator.cookie,
    });
    expect(second.status).toBe(200);
    expect(second.body.pages).toEqual([{ page: 2, width: 595.28, height: 841.89, regions: [] }]);
    expect(second.body.legend).toEqual([]);
  });

  it('refuses a page the document does not have, and a page that is no number', async () => {
    const { doc1 } = await world();
    const missing = await api.request('GET', `/api/v1/documents/${doc1.id}/regions?page=9`, {
      cookie: reviewer.cookie,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'document.page.not_found', details: { page: 9, pageCount: 1 } });
    const invalid = await api.request('GET', `/api/v1/documents/${doc1.id}/regions?page=first`, {
      cookie: reviewer.cookie,
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.fields[0].field).toBe('page');
  });
});

describe('deciding on one region', () => {
  it('accepts with a ground in any spelling, writes one audit event and bumps the revision; a repeat writes nothing', async () => {
    const { kase, doc1, bsn1 } = await world();
    const response = await api.request('POST', `/api/v1/regions/${bsn1.id}/accept`, {
      cookie: coordinator.cookie,
      body: { ground: '5.1, eerste lid, onder e' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      changed: true,
      region: { id: bsn1.id, status: 'accepted', ground: '5.1.1e', changedBy: { id: coordinator.user.id } },
      review: { documentId: doc1.id, reviewRevision: 1, reviewStatus: 'open' },
    });
    const events = await eventsOf(kase, 'document.region_accepted');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ isPublic: false, actorKind: 'coordinator', occurredOn: '2026-03-10' });
    expect(events[0]!.actor?.id).toBe(coordinator.user.id);
    expect(events[0]!.data).toEqual({
      documentId: doc1.id,
      regionId: bsn1.id,
      page: 1,
      from: { status: 'proposed', ground: '5.1.1e' },
      to: { status: 'accepted', ground: '5.1.1e' },
      revision: 1,
    });
    // The audit log keeps no copy of the redacted text.
    expect(JSON.stringify(events[0]!.data)).not.toContain('123456782');

    const again = await api.request('POST', `/api/v1/regions/${bsn1.id}/accept`, { cookie: reviewer.cookie, body: {} });
    expect(again.body).toMatchObject({ changed: false, review: { reviewRevision: 1 } });
    expect(await eventsOf(kase, 'document.region_accepted')).toHaveLength(1);
    expect((await fresh(Document, doc1.id)).reviewRevision).toBe(1);
  });

  it('gives two decisions at the same moment a revision each: the document is locked per change', async () => {
    const { kase, doc1, name1, bsn1 } = await world();
    const [first, second] = await Promise.all([
      api.request('POST', `/api/v1/regions/${name1.id}/accept`, { cookie: coordinator.cookie, body: {} }),
      api.request('POST', `/api/v1/regions/${bsn1.id}/reject`, { cookie: reviewer.cookie, body: {} }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.body.review.reviewRevision, second.body.review.reviewRevision].sort()).toEqual([1, 2]);
    expect((await fresh(Document, doc1.id)).reviewRevision).toBe(2);
    const revisions = (await eventsOf(kase)).map((event) => event.data.revision);
    expect(revisions).toEqual([1, 2]);
  });

  it('rejects, and records who did', async () => {
    const { kase, name1 } = await world();
    const response = await api.request('POST', `/api/v1/regions/${name1.id}/reject`, {
      cookie: reviewer.cookie,
      body: {},
    });
    expect(response.status).toBe(200);
    expect(response.body.region).toMatchObject({
      status: 'rejected',
      ground: '5.1.2e',
      changedBy: { id: reviewer.user.id },
    });
    const region = await fresh(RedactionRegion, name1.id);
    expect(region.status).toBe('rejected');
    expect(region.reviewedBy?.id).toBe(reviewer.user.id);
    expect(await eventsOf(kase, 'document.region_rejected')).toHaveLength(1);
  });

  it('changes the ground (normalised) and the box; the text follows the box', async () => {
    const { kase, doc1, name1, page1 } = await world();
    const words = page1.words!;
    const response = await api.request('PATCH', `/api/v1/regions/${name1.id}`, {
      cookie: coordinator.cookie,
      body: { ground: '10.2e', box: boxOf(words, 2, 2) },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.region).toMatchObject({
      ground: '5.1.2e',
      text: 'Jan',
      box: boxOf(words, 2, 2),
      status: 'proposed',
    });
    const ground = await api.request('PATCH', `/api/v1/regions/${name1.id}`, {
      cookie: coordinator.cookie,
      body: { ground: '5.1.2.d' },
    });
    expect(ground.body.region).toMatchObject({ ground: '5.1.2d', text: 'Jan' });
    expect(ground.body.review.reviewRevision).toBe(2);
    const events = await eventsOf(kase, 'document.region_changed');
    expect(events.map((event) => event.data.revision)).toEqual([1, 2]);
    expect(events[1]!.data).toMatchObject({ from: { ground: '5.1.2e' }, to: { ground: '5.1.2d' } });
    expect((await fresh(Document, doc1.id)).reviewRevision).toBe(2);
  });

  it('refuses an unknown ground with the coded error in Dutch and English, and writes nothing', async () => {
    const { kase, name1 } = await world();
    for (const [ground, code] of [
      ['5.3', 'ground.unknown'],
      ['privacy', 'ground.unknown'],
      ['dubbel', 'ground.not_for_region'],
    ]) {
      const response = await api.request('PATCH', `/api/v1/regions/${name1.id}`, {
        cookie: coordinator.cookie,
        body: { ground },
      });
      expect(response.status, ground).toBe(422);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.message.nl).toContain(ground);
      expect(response.body.error.message.en).toContain(ground);
    }
    const accept = await api.request('POST', `/api/v1/regions/${name1.id}/accept`, {
      cookie: coordinator.cookie,
      body: { ground: '5.1.9' },
    });
    expect(accept.status).toBe(422);
    expect(await eventsOf(kase)).toEqual([]);
    expect((await fresh(RedactionRegion, name1.id)).status).toBe('proposed');
  });

  it('refuses a box outside the page and a change without a ground or box', async () => {
    const { name1 } = await world();
    const outside = await api.request('PATCH', `/api/v1/regions/${name1.id}`, {
      cookie: coordinator.cookie,
      body: { box: { x: 500, y: 100, width: 200, height: 12 } },
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error).toMatchObject({ code: 'region.box_outside_page', details: { page: 1 } });
    const empty = await api.request('PATCH', `/api/v1/regions/${name1.id}`, { cookie: coordinator.cookie, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message.nl).toBeTruthy();
  });
});

describe('regions added by hand', () => {
  it('needs a page, a box and a ground; is accepted at once with the words under it as its text', async () => {
    const { kase, doc1, page1 } = await world();
    const path = `/api/v1/documents/${doc1.id}/regions`;
    const noBox = await api.request('POST', path, { cookie: coordinator.cookie, body: { page: 1, ground: '5.1.2e' } });
    expect(noBox.status).toBe(400);
    expect(noBox.body.error.details.fields.map((field: { field: string }) => field.field)).toEqual(['box']);
    const noGround = await api.request('POST', path, {
      cookie: coordinator.cookie,
      body: { page: 1, box: { x: 72, y: 100, width: 50, height: 12 } },
    });
    expect(noGround.status).toBe(400);
    expect(noGround.body.error.details.fields.map((field: { field: string }) => field.field)).toEqual(['ground']);
    const noPage = await api.request('POST', path, {
      cookie: coordinator.cookie,
      body: { page: 3, box: { x: 72, y: 100, width: 50, height: 12 }, ground: '5.1.2e' },
    });
    expect(noPage.status).toBe(404);
    expect(noPage.body.error.code).toBe('document.page.not_found');

    const box = boxOf(page1.words!, 5, 6);
    const added = await api.request('POST', path, {
      cookie: coordinator.cookie,
      body: { page: 1, box, ground: '5.1.2.i' },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.region).toMatchObject({
      page: 1,
      box,
      text: 'de brug,',
      ground: '5.1.2i',
      recogniser: 'manual',
      status: 'accepted',
      origin: 'manual',
      createdBy: { id: coordinator.user.id },
    });
    expect(added.body.review.reviewRevision).toBe(1);
    expect(await eventsOf(kase, 'document.region_added')).toHaveLength(1);

    const removed = await api.request('DELETE', `/api/v1/regions/${added.body.region.id}`, {
      cookie: reviewer.cookie,
    });
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ region: null, review: { reviewRevision: 2 } });
    expect(await api.db.orm.em.fork().count(RedactionRegion, { id: added.body.region.id })).toBe(0);
    const [deleted] = await eventsOf(kase, 'document.region_deleted');
    expect(deleted!.data).toMatchObject({ regionId: added.body.region.id, from: { ground: '5.1.2i', box } });
  });

  it('refuses to delete a detected region: it is rejected instead', async () => {
    const { name1 } = await world();
    const response = await api.request('DELETE', `/api/v1/regions/${name1.id}`, { cookie: coordinator.cookie });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('region.not_manual');
    expect(await api.db.orm.em.fork().count(RedactionRegion, { id: name1.id })).toBe(1);
  });
});

describe('POST /api/v1/regions/:id/apply-to-case', () => {
  it('accepts every region with the same text in the case, and adds one where the name stood without', async () => {
    const { kase, doc1, doc2, name1, name2, bsn1 } = await world();
    const response = await api.request('POST', `/api/v1/regions/${name1.id}/apply-to-case`, {
      cookie: reviewer.cookie,
      body: { decision: 'accept', ground: '5.1.2e', addMissing: true },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      decision: 'accept',
      ground: '5.1.2e',
      changedRegions: 2,
      unchangedRegions: 0,
      addedRegions: 1,
    });
    expect(response.body.documents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ documentId: doc1.id, changedRegions: 1, addedRegions: 0, reviewRevision: 1 }),
        expect.objectContaining({ documentId: doc2.id, changedRegions: 1, addedRegions: 1, reviewRevision: 1 }),
      ]),
    );
    const em = api.db.orm.em.fork();
    expect((await em.findOneOrFail(RedactionRegion, name2.id)).status).toBe('accepted');
    // The BSN has other text and stays as it was.
    expect((await em.findOneOrFail(RedactionRegion, bsn1.id)).status).toBe('proposed');
    const added = await em.find(RedactionRegion, { document: doc2.id, origin: 'manual' }, { populate: ['page'] });
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      text: 'jan JANSEN',
      ground: '5.1.2e',
      status: 'accepted',
      recogniser: 'apply_to_case',
    });
    expect(added[0]!.page.pageNumber).toBe(2);
    const expected = boxOf(line('Later belde jan JANSEN opnieuw.', 300), 2, 3);
    expect({ x: added[0]!.x, y: added[0]!.y, width: added[0]!.width, height: added[0]!.height }).toEqual(expected);

    const events = await eventsOf(kase, 'document.regions_applied_to_case');
    expect(events.map((event) => event.data.documentId).sort()).toEqual([doc1.id, doc2.id].sort());
    expect(events.find((event) => event.data.documentId === doc2.id)!.data).toMatchObject({
      sourceRegionId: name1.id,
      decision: 'accept',
      ground: '5.1.2e',
      changedRegionIds: [name2.id],
      addedRegionIds: [added[0]!.id],
    });

    // Applying it again finds everything as decided: nothing changes, nothing is added twice.
    const again = await api.request('POST', `/api/v1/regions/${name2.id}/apply-to-case`, {
      cookie: reviewer.cookie,
      body: { decision: 'accept', addMissing: true },
    });
    expect(again.body).toMatchObject({ changedRegions: 0, unchangedRegions: 3, addedRegions: 0, documents: [] });
  });

  it('rejects every occurrence and leaves each region its own ground', async () => {
    const { doc2, name1, name2 } = await world();
    const em = api.db.orm.em.fork();
    await em.nativeUpdate(RedactionRegion, { id: name2.id }, { ground: '5.1.2d', status: 'accepted' });
    const response = await api.request('POST', `/api/v1/regions/${name1.id}/apply-to-case`, {
      cookie: coordinator.cookie,
      body: { decision: 'reject' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ decision: 'reject', ground: null, changedRegions: 2, addedRegions: 0 });
    const second = await api.db.orm.em.fork().findOneOrFail(RedactionRegion, name2.id);
    expect(second).toMatchObject({ status: 'rejected', ground: '5.1.2d' });
    expect((await fresh(Document, doc2.id)).reviewRevision).toBe(1);
  });

  it('needs a decision, and text under the region', async () => {
    const { doc1, page1 } = await world();
    const em = api.db.orm.em.fork();
    const blank = aRedactionRegion(em, {
      document: em.getReference(Document, doc1.id),
      page: em.getReference(page1.constructor as typeof Page, page1.id) as Page,
      text: null,
    });
    await em.flush();
    const noDecision = await api.request('POST', `/api/v1/regions/${blank.id}/apply-to-case`, {
      cookie: coordinator.cookie,
      body: { decision: 'maybe' },
    });
    expect(noDecision.status).toBe(400);
    const noText = await api.request('POST', `/api/v1/regions/${blank.id}/apply-to-case`, {
      cookie: coordinator.cookie,
      body: { decision: 'reject' },
    });
    expect(noText.status).toBe(422);
    expect(noText.body.error.code).toBe('region.no_text');
  });
});

describe('submit, approve (four eyes) and reopen', () => {
  it('runs the whole round: refusals, approval with the burn-in queued, the changes, a change after approval', async () => {
    const { kase, doc1, name1, bsn1 } = await world();
    const review = (step: string, cookie: string, body: unknown = {}) =>
      api.request('POST', `/api/v1/documents/${doc1.id}/review/${step}`, { cookie, body });

    // Two regions still open.
    const early = await review('submit', coordinator.cookie);
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'review.transition_not_allowed',
      details: { reason: 'open_regions', openRegions: 2, pages: [1] },
    });
    expect(early.body.error.message.nl).toContain('Nog 2 lakkingen');
    expect(early.body.error.message.en).toContain('2 redactions have not been decided');

    await api.request('POST', `/api/v1/regions/${bsn1.id}/accept`, { cookie: coordinator.cookie, body: {} });
    await api.request('POST', `/api/v1/regions/${name1.id}/reject`, { cookie: coordinator.cookie, body: {} });
    const notSubmitted = await review('approve', secondReviewer.cookie);
    expect(notSubmitted.status).toBe(409);
    expect(notSubmitted.body.error.details.reason).toBe('not_submitted');

    const submitted = await review('submit', reviewer.cookie);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({
      reviewStatus: 'submitted',
      submittedBy: reviewer.user.id,
      reviewRevision: 2,
    });
    expect((await review('submit', reviewer.cookie)).body.error.details.reason).toBe('not_open');

    // The submitter cannot approve; a coordinator has no say in approval at all.
    const own = await review('approve', reviewer.cookie);
    expect(own.status).toBe(403);
    expect(own.body.error).toMatchObject({ code: 'review.forbidden', details: { reason: 'four_eyes' } });
    const byCoordinator = await review('approve', coordinator.cookie);
    expect(byCoordinator.status).toBe(403);
    expect(byCoordinator.body.error.code).toBe('auth.forbidden');

    // What the second reviewer sees before approving.
    const changes = await api.request('GET', `/api/v1/documents/${doc1.id}/review/changes`, {
      cookie: secondReviewer.cookie,
    });
    expect(changes.status).toBe(200);
    expect(changes.body.submission).toMatchObject({ by: reviewer.user.id, revision: 2 });
    expect(changes.body.roundStartedAt).toBeNull();
    expect(changes.body.changes.map((change: { type: string }) => change.type)).toEqual([
      'document.region_accepted',
      'document.region_rejected',
    ]);
    expect(changes.body.changes[1]).toMatchObject({
      actor: { id: coordinator.user.id, displayName: coordinator.user.displayName, role: 'coordinator' },
      occurredOn: '2026-03-10',
      data: { regionId: name1.id, from: { status: 'proposed' }, to: { status: 'rejected' } },
    });

    const approved = await review('approve', secondReviewer.cookie);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({
      review: { reviewStatus: 'approved', approvedBy: secondReviewer.user.id, reviewRevision: 2 },
      redaction: { revision: 2, jobId: expect.stringContaining(`${doc1.id}/r2`), created: true },
    });
    // Nobody chose an outcome: the approval takes the one the regions give (one accepted region: deels openbaar).
    const assessed = await api.request('GET', `/api/v1/documents/${doc1.id}/outcome`, { cookie: coordinator.cookie });
    expect(assessed.body).toMatchObject({ outcome: 'deels_openbaar', derived: { suggestedOutcome: 'deels_openbaar' } });
    expect((await eventsOf(kase, 'document.review_approved'))[0]!.data).toMatchObject({
      outcomeFromRegions: 'deels_openbaar',
    });
    const outbox = await api.db.orm.em.fork().find(Outbox, { jobId: approved.body.redaction.jobId });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ jobName: 'document.redact', payload: { documentId: doc1.id, revision: 2 } });

    // A change after approval reopens the review and bumps the revision.
    const late = await api.request('PATCH', `/api/v1/regions/${bsn1.id}`, {
      cookie: coordinator.cookie,
      body: { ground: '5.1.2e' },
    });
    expect(late.status).toBe(200);
    expect(late.body.review).toMatchObject({
      reviewStatus: 'open',
      reviewRevision: 3,
      submittedBy: null,
      approvedBy: null,
    });
    const reopened = await eventsOf(kase, 'document.review_reopened');
    expect(reopened).toHaveLength(1);
    expect(reopened[0]!.data).toMatchObject({ documentId: doc1.id, from: 'approved', cause: 'changed', revision: 2 });
    const round = await api.request('GET', `/api/v1/documents/${doc1.id}/review/changes`, {
      cookie: secondReviewer.cookie,
    });
    expect(round.body.roundStartedAt).not.toBeNull();
    expect(round.body.submission).toBeNull();
    expect(round.body.changes.map((change: { type: string }) => change.type)).toEqual(['document.region_changed']);

    // Reopen by hand: only a submitted or approved review.
    expect((await review('reopen', coordinator.cookie)).body.error.details.reason).toBe('already_open');
    await review('submit', coordinator.cookie);
    const byHand = await review('reopen', reviewer.cookie, { reason: 'Naam op pagina 1 toch zichtbaar laten.' });
    expect(byHand.status).toBe(200);
    expect(byHand.body).toMatchObject({ reviewStatus: 'open', reviewRevision: 3 });
    const last = (await eventsOf(kase, 'document.review_reopened')).at(-1)!;
    expect(last).toMatchObject({ reason: 'Naam op pagina 1 toch zichtbaar laten.', isPublic: false });
    expect(last.data).toMatchObject({ from: 'submitted', cause: 'requested' });
    // Every review event is internal: nothing of it reaches the requester's timeline.
    expect((await eventsOf(kase)).every((event) => !event.isPublic)).toBe(true);
  });

  it('refuses to submit while detection still runs', async () => {
    const { doc1, name1, bsn1 } = await world();
    const em = api.db.orm.em.fork();
    await em.nativeUpdate(RedactionRegion, { id: { $in: [name1.id, bsn1.id] } }, { status: 'rejected' });
    await em.nativeUpdate(Document, { id: doc1.id }, { detectStatus: 'running' });
    const response = await api.request('POST', `/api/v1/documents/${doc1.id}/review/submit`, {
      cookie: coordinator.cookie,
      body: {},
    });
    expect(response.status).toBe(409);
    expect(response.body.error.details.reason).toBe('detection_running');
  });
});

describe('the outcome per document', () => {
  it('derives the grounds and suggested outcome from the accepted regions', async () => {
    const { doc1, name1, bsn1 } = await world();
    const path = `/api/v1/documents/${doc1.id}/outcome`;
    const before = await api.request('GET', path, { cookie: reviewer.cookie });
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      outcome: null,
      alreadyPublicUrl: null,
      derived: { grounds: [], groundList: '', suggestedOutcome: 'openbaar', acceptedRegions: 0, openRegions: 2 },
      legend: [],
      notices: [],
    });
    await api.request('POST', `/api/v1/regions/${name1.id}/accept`, { cookie: coordinator.cookie, body: {} });
    await api.request('POST', `/api/v1/regions/${bsn1.id}/accept`, { cookie: coordinator.cookie, body: {} });
    const after = await api.request('GET', path, { cookie: reviewer.cookie });
    expect(after.body.derived).toEqual({
      grounds: ['5.1.1e', '5.1.2e'],
      groundList: '5.1.1e; 5.1.2e',
      suggestedOutcome: 'deels_openbaar',
      acceptedRegions: 2,
      openRegions: 0,
    });
    expect(after.body.legend.map((entry: { code: string }) => entry.code)).toEqual(['5.1.1e', '5.1.2e']);

    const openbaar = await api.request('PUT', path, { cookie: coordinator.cookie, body: { outcome: 'openbaar' } });
    expect(openbaar.status).toBe(200);
    expect(openbaar.body).toMatchObject({
      outcome: 'openbaar',
      outcomeLabel: { nl: 'openbaar', en: 'disclosed' },
      review: { reviewRevision: 3 },
    });
    expect(openbaar.body.notices.map((notice: { code: string }) => notice.code)).toEqual([
      'outcome.openbaar_with_redactions',
    ]);
  });

  it('needs a valid http(s) link with reeds openbaar, and none with the others', async () => {
    const { kase, doc1 } = await world();
    const path = `/api/v1/documents/${doc1.id}/outcome`;
    const put = (body: unknown) => api.request('PUT', path, { cookie: coordinator.cookie, body });
    const noLink = await put({ outcome: 'reeds_openbaar' });
    expect(noLink.status).toBe(422);
    expect(noLink.body.error.code).toBe('document.outcome_link_required');
    for (const link of ['ftp://example.nl/besluit.pdf', 'javascript:alert(1)', 'geen link']) {
      const wrong = await put({ outcome: 'reeds_openbaar', alreadyPublicUrl: link });
      expect(wrong.status, link).toBe(400);
      expect(wrong.body.error.details.fields[0].field).toBe('alreadyPublicUrl');
    }
    const unknown = await put({ outcome: 'half_openbaar' });
    expect(unknown.status).toBe(400);
    const stray = await put({ outcome: 'niet_openbaar', alreadyPublicUrl: 'https://open.overheid.nl/documenten/1' });
    expect(stray.status).toBe(422);
    expect(stray.body.error.code).toBe('document.outcome_link_not_expected');

    const link = 'https://open.overheid.nl/documenten/ronl-123';
    const ok = await put({ outcome: 'reeds_openbaar', alreadyPublicUrl: link });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ outcome: 'reeds_openbaar', alreadyPublicUrl: link, review: { reviewRevision: 1 } });
    const stored = await fresh(Document, doc1.id);
    expect(stored).toMatchObject({ outcome: 'reeds_openbaar', alreadyPublicUrl: link });
    const [event] = await eventsOf(kase, 'document.outcome_set');
    expect(event!.data).toMatchObject({
      from: { outcome: null, alreadyPublicUrl: null },
      to: { outcome: 'reeds_openbaar', alreadyPublicUrl: link },
    });
    // The same outcome again changes nothing.
    expect((await put({ outcome: 'reeds_openbaar', alreadyPublicUrl: link })).body.review.reviewRevision).toBe(1);
  });
});

describe('access', () => {
  it('answers 404 to another organisation, exactly as for a document or region that does not exist', async () => {
    const { doc1, name1 } = await world();
    const calls: [string, (id: string) => string, unknown][] = [
      ['GET', (id) => `/api/v1/documents/${id}/regions`, undefined],
      [
        'POST',
        (id) => `/api/v1/documents/${id}/regions`,
        { page: 1, box: { x: 1, y: 1, width: 5, height: 5 }, ground: '5.1.2e' },
      ],
      ['POST', (id) => `/api/v1/regions/${id}/accept`, {}],
      ['POST', (id) => `/api/v1/regions/${id}/reject`, {}],
      ['PATCH', (id) => `/api/v1/regions/${id}`, { ground: '5.1.2e' }],
      ['DELETE', (id) => `/api/v1/regions/${id}`, undefined],
      ['POST', (id) => `/api/v1/regions/${id}/apply-to-case`, { decision: 'reject' }],
      ['PUT', (id) => `/api/v1/regions/${id}/namesake`, { namesake: true }],
      ['POST', (id) => `/api/v1/documents/${id}/review/submit`, {}],
      ['POST', (id) => `/api/v1/documents/${id}/review/reopen`, {}],
      ['GET', (id) => `/api/v1/documents/${id}/review/changes`, undefined],
      ['GET', (id) => `/api/v1/documents/${id}/outcome`, undefined],
      ['PUT', (id) => `/api/v1/documents/${id}/outcome`, { outcome: 'openbaar' }],
    ];
    for (const [method, path, body] of calls) {
      const id = path('x').includes('/regions/x') ? name1.id : doc1.id;
      const foreign = await api.request(method, path(id), { cookie: foreignCoordinator.cookie, body });
      const missing = await api.request(method, path(randomUUID()), { cookie: foreignCoordinator.cookie, body });
      expect(foreign.status, `${method} ${path(':id')}`).toBe(404);
      expect(foreign.body).toEqual(missing.body);
    }
    expect((await fresh(RedactionRegion, name1.id)).status).toBe('proposed');
    expect((await fresh(Document, doc1.id)).reviewRevision).toBe(0);
  });

  it('needs the CSRF header on PATCH, PUT and DELETE as on POST', async () => {
    const { doc1, name1 } = await world();
    for (const [method, path, body] of [
      ['PATCH', `/api/v1/regions/${name1.id}`, { ground: '5.1.2e' }],
      ['PUT', `/api/v1/documents/${doc1.id}/outcome`, { outcome: 'openbaar' }],
      ['DELETE', `/api/v1/regions/${name1.id}`, undefined],
    ] as const) {
      const response = await api.request(method, path, { cookie: coordinator.cookie, body, csrf: false });
      expect(response.status, method).toBe(403);
      expect(response.body.error.code).toBe('csrf.forbidden');
    }
  });

  it('answers 401 without a session', async () => {
    const { doc1 } = await world();
    const response = await api.request('GET', `/api/v1/documents/${doc1.id}/regions`);
    expect(response.status).toBe(401);
  });
});
