// The decision letter and publication over HTTP against the real PostgreSQL, Redis and a folder blob store: the draft
// with its inventory and grounds, edited motivations (and text the letter cannot print), the CONCEPT preview, taking
// the decision (which fixes the letter), every reason publication is blocked, publishing, and what a requester can
// download — read as an attacker would: the served bytes and their extracted text hold no redacted personal data.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDocument, aPage, aRedactionRegion } from '@woo/db/testing';
import { Case, CaseEvent, Document, Organisation, Publication, type User } from '@woo/db';
import { redactDocument } from '@woo/pdf';
import { textPdf } from '@woo/pdf/testing';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';

const run = promisify(execFile);

let api: TestApi;
let organisation: Organisation;
let coordinator: { user: User; cookie: string };
let reviewer: { user: User; cookie: string };
let foreign: { user: User; cookie: string };

const BSN = '123456782';
const NAME = 'Pietersen';

beforeAll(async () => {
  api = await startTestApi({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', today: '2026-03-10' });
  organisation = await api.organisation();
  const em = api.db.orm.em.fork();
  const org = await em.findOneOrFail(Organisation, organisation.id);
  org.letterTemplate = {
    letterheadName: 'Gemeente Proefstad',
    addressLines: ['Postbus 12', '1234 AB Proefstad'],
    signatoryName: 'mr. A. de Wit',
    signatoryFunction: 'Burgemeester en wethouders van Proefstad, namens dezen, de Woo-coördinator',
    closingText: 'Heeft u vragen? Bel ons op 14 012 en noem het kenmerk.',
  };
  await em.flush();
  coordinator = await api.staff(organisation, 'coordinator');
  reviewer = await api.staff(organisation, 'reviewer');
  foreign = await api.staff(await api.organisation(), 'coordinator');
});
afterAll(async () => api?.close());

async function pdfText(bytes: Uint8Array): Promise<string> {
  const child = run('pdftotext', ['-layout', '-', '-'], { encoding: 'buffer', maxBuffer: 20_000_000 });
  child.child.stdin!.end(Buffer.from(bytes));
  return (await child).stdout.toString('utf8');
}

async function getBytes(path: string, cookie?: string) {
  const response = await fetch(`${api.base}${path}`, { headers: cookie ? { cookie } : {} });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function act(caseId: string, type: string, body: object = {}, cookie = coordinator.cookie) {
  const response = await api.request('POST', `/api/v1/cases/${caseId}/actions/${type}`, { body, cookie });
  expect(response.status, `${type}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body;
}

async function register() {
  const response = await api.request('POST', '/api/v1/cases', {
    cookie: coordinator.cookie,
    body: {
      channel: 'letter',
      receivedOn: '2026-03-02',
      question: 'Alle stukken over de nieuwe brug over de Vaart.',
      requester: { name: 'Jan Jansen', postalAddress: 'Dorpsstraat 1, 1234 AB Voorbeeldstad' },
    },
  });
  expect(response.status).toBe(201);
  return { caseId: response.body.case.id as string, trackingCode: response.body.trackingCode as string };
}

/** A text PDF with a BSN and a name, its regions accepted, burnt in by the real redaction, stored as public version. */
async function redactedDocument(caseId: string, number: number, options: Partial<Document> = {}) {
  const em = api.db.orm.em.fork();
  const kase = await em.findOneOrFail(Case, caseId);
  const original = await textPdf({
    lines: [
      { text: 'Brief over de brug', x: 72, y: 770, size: 14 },
      { text: `BSN ${BSN} van de heer ${NAME}`, x: 72, y: 700, size: 12 },
    ],
  });
  // Boxes in points from the top-left: the BSN and the name on the line at baseline 700 (top ≈ 842 - 712).
  const regions = [
    { page: 1, box: [96, 128, 62, 16] as [number, number, number, number], ground: '5.1.1e' as const, text: BSN },
    { page: 1, box: [222, 128, 60, 16] as [number, number, number, number], ground: '5.1.2e' as const, text: NAME },
  ];
  const redacted = await redactDocument(original, regions);
  const document = aDocument(em, {
    case: kase,
    documentNumber: number,
    originalFilename: `brief-${number}.pdf`,
    status: 'ready',
    pageCount: 1,
    reviewStatus: 'approved',
    reviewRevision: 2,
    redactedRevision: 2,
    leakGatePassed: true,
    outcome: 'deels_openbaar',
    ...options,
  });
  const page = aPage(em, { document, pageNumber: 1 });
  for (const region of regions) {
    const [x, y, width, height] = region.box;
    aRedactionRegion(em, {
      document,
      page,
      x,
      y,
      width,
      height,
      ground: region.ground,
      text: region.text,
      status: 'accepted',
    });
  }
  await api.deps.blobs!.put(`documents/${document.id}/original`, original);
  const publicKey = `documents/${document.id}/public-2.pdf`;
  await api.deps.blobs!.put(publicKey, redacted.pdf);
  if (options.publicBlobKey !== null) document.publicBlobKey = publicKey;
  document.blobKey = `documents/${document.id}/original`;
  await em.flush();
  return { document, original };
}

async function withheldDocument(caseId: string, number: number) {
  const em = api.db.orm.em.fork();
  const kase = await em.findOneOrFail(Case, caseId);
  const document = aDocument(em, {
    case: kase,
    documentNumber: number,
    originalFilename: 'advies-vertrouwelijk.pdf',
    status: 'ready',
    reviewStatus: 'approved',
    outcome: 'niet_openbaar',
    // Even a public version lying around must never be served for a document that is not disclosed.
    reviewRevision: 1,
    redactedRevision: 1,
    leakGatePassed: true,
    publicBlobKey: 'documents/withheld/public.pdf',
  });
  await api.deps.blobs!.put('documents/withheld/public.pdf', await textPdf());
  const page = aPage(em, { document, pageNumber: 1 });
  aRedactionRegion(em, { document, page, ground: '5.1.2i', status: 'accepted' });
  await em.flush();
  return document;
}

async function setDocument(id: string, changes: Partial<Document>) {
  const em = api.db.orm.em.fork();
  Object.assign(await em.findOneOrFail(Document, id), changes);
  await em.flush();
}

async function readiness(caseId: string) {
  const response = await api.request('GET', `/api/v1/cases/${caseId}/publication`, { cookie: coordinator.cookie });
  expect(response.status).toBe(200);
  return response.body;
}

async function toDecisionDrafted(caseId: string) {
  await act(caseId, 'decision_drafted');
  await act(caseId, 'submitted_for_review');
  await act(caseId, 'review_approved', {}, reviewer.cookie);
}

// These render several letters and public versions: minutes on a loaded machine. A test that timed out would go on
// in the background, moving the shared clock under the next one, so they get time enough.
describe('decision letter, publication and the requester’s downloads', { timeout: 120_000 }, () => {
  it('drafts, previews, decides, is blocked per reason, publishes, and serves only redacted, disclosed files', async () => {
    const { caseId, trackingCode } = await register();
    await act(caseId, 'documents_collected');
    const doc1 = await redactedDocument(caseId, 1);
    await withheldDocument(caseId, 2);
    const doc3 = await redactedDocument(caseId, 3, { outcome: 'openbaar', leakGatePassed: false, publicBlobKey: null });

    // The draft: inventory and the grounds in use with their standard motivation.
    const draft = await api.request('GET', `/api/v1/cases/${caseId}/decision`, { cookie: coordinator.cookie });
    expect(draft.status).toBe(200);
    expect(draft.body.outcome).toBe('deels_openbaar');
    expect(draft.body.documents.map((d: { grounds: string[] }) => d.grounds)).toEqual([
      ['5.1.1e', '5.1.2e'],
      ['5.1.2i'],
      ['5.1.1e', '5.1.2e'],
    ]);
    expect(draft.body.grounds.map((g: { code: string }) => g.code)).toEqual(['5.1.1e', '5.1.2e', '5.1.2i']);
    expect(draft.body.grounds[1].edited).toBe(false);

    // Motivations: edited with Dutch diacritics and the ĳ ligature; a character the letter cannot print is refused.
    const motivation =
      'Het belang van de persoonlijke levenssfeer weegt zwaarder dan openbaarheid; dat geldt ook voor de coördinator en de ĳsvereniging.';
    const saved = await api.request('POST', `/api/v1/cases/${caseId}/decision/motivations`, {
      cookie: coordinator.cookie,
      body: { motivations: { '5.1.2.e': motivation } },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.grounds[1]).toMatchObject({ code: '5.1.2e', text: motivation, edited: true });
    const unprintable = await api.request('POST', `/api/v1/cases/${caseId}/decision/motivations`, {
      cookie: coordinator.cookie,
      body: { motivations: { '5.1.2i': 'Zie 漢字.' } },
    });
    expect(unprintable.status).toBe(422);
    expect(unprintable.body.error.code).toBe('letter.unsupported_character');
    // The field it came from, so the form shows the message next to that motivation.
    expect(unprintable.body.error.details).toMatchObject({ character: 'U+6F22', field: 'motivations.5.1.2i' });
    expect(unprintable.body.error.message.nl).toContain('"漢" (U+6F22)');
    expect(unprintable.body.error.message.nl).toContain('in de motivering bij 5.1.2i');
    expect(unprintable.body.error.message.en).toContain('in the motivation for 5.1.2i');
    const unused = await api.request('POST', `/api/v1/cases/${caseId}/decision/motivations`, {
      cookie: coordinator.cookie,
      body: { motivations: { '5.1.1a': 'Kroon.' } },
    });
    expect(unused.body.error.code).toBe('decision.ground_not_used');
    const after = await api.request('GET', `/api/v1/cases/${caseId}/decision`, { cookie: coordinator.cookie });
    expect(after.body.grounds[2].text).not.toContain('漢');

    // Preview: an inline PDF marked CONCEPT with the facts, the inventory and the edited motivation.
    const preview = await getBytes(`/api/v1/cases/${caseId}/decision/preview`, coordinator.cookie);
    expect(preview.response.status).toBe(200);
    expect(preview.response.headers.get('content-type')).toBe('application/pdf');
    expect(preview.response.headers.get('content-disposition')).toMatch(/^inline;/);
    const previewText = (await pdfText(preview.bytes)).replace(/\s+/g, ' ');
    expect(previewText).toContain('CONCEPT');
    expect(previewText).toContain('Gemeente Proefstad');
    expect(previewText).toContain('2 maart 2026');
    expect(previewText).toContain('5.1.1e; 5.1.2e');
    expect(previewText).toContain('advies-vertrouwelijk.pdf');
    expect(previewText).toContain('coördinator en de ijsvereniging');
    expect(previewText).toContain('Algemene wet bestuursrecht');
    expect(previewText).not.toMatch(/\uFFFD|co\?rdinator/);

    // Publication before any decision; deciding before the review is refused by the state machine.
    expect((await readiness(caseId)).reasons).toEqual([
      { code: 'no_decision', nl: 'Er is nog geen besluit.', en: 'There is no decision yet.' },
    ]);
    const early = await api.request('POST', `/api/v1/cases/${caseId}/decision/decide`, {
      cookie: coordinator.cookie,
      body: {},
    });
    expect(early.status).toBe(409);
    await toDecisionDrafted(caseId);
    const noLetter = await api.request('GET', `/api/v1/requests/${trackingCode}/downloads`);
    expect(noLetter.body).toEqual({ letter: false, published: false, documents: [] });

    // Decide: the letter is fixed and stored; the draft can no longer change.
    const decided = await api.request('POST', `/api/v1/cases/${caseId}/decision/decide`, {
      cookie: coordinator.cookie,
      body: {},
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({ editable: false, decided: { outcome: 'deels_openbaar', hasLetter: true } });
    // The decided view shows the motivations the letter was made with.
    expect(decided.body.grounds[1]).toMatchObject({ code: '5.1.2e', text: motivation, edited: true });
    const letter = await getBytes(`/api/v1/cases/${caseId}/decision/letter`, coordinator.cookie);
    expect(letter.response.status).toBe(200);
    const letterText = (await pdfText(letter.bytes)).replace(/\s+/g, ' ');
    expect(letterText).not.toContain('CONCEPT');
    expect(letterText).toContain('Datum: dinsdag 10 maart 2026');
    // Six weeks from the day after 10 March: 21 April 2026 (a Tuesday).
    expect(letterText).toContain('uiterlijk op dinsdag 21 april 2026');
    const fixed = await api.request('POST', `/api/v1/cases/${caseId}/decision/motivations`, {
      cookie: coordinator.cookie,
      body: { motivations: { '5.1.2e': 'Anders.' } },
    });
    expect(fixed.body.error.code).toBe('decision.draft_fixed');
    expect(fixed.status).toBe(422);
    api.clock.today = '2026-03-11';
    const again = await getBytes(`/api/v1/cases/${caseId}/decision/letter`, coordinator.cookie);
    expect(Buffer.from(again.bytes).equals(Buffer.from(letter.bytes))).toBe(true);

    // The requester gets the letter now, and no document before publication.
    const listed = await api.request('GET', `/api/v1/requests/${trackingCode}/downloads`);
    expect(listed.body).toEqual({ letter: true, published: false, documents: [] });
    const requesterLetter = await getBytes(`/api/v1/requests/${trackingCode}/decision`);
    expect(requesterLetter.response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(requesterLetter.bytes).equals(Buffer.from(letter.bytes))).toBe(true);
    expect((await getBytes(`/api/v1/requests/${trackingCode}/documents/1`)).response.status).toBe(404);

    // Blocked: leak gate failed on document 3; the generic action is refused the same way.
    let state = await readiness(caseId);
    expect(state.ready).toBe(false);
    expect(state.reasons).toEqual([
      expect.objectContaining({
        code: 'leak_gate_failed',
        nl: "Lektoets mislukt op document 3 'brief-3.pdf'.",
        documentNumber: 3,
      }),
    ]);
    const refused = await api.request('POST', `/api/v1/cases/${caseId}/publication`, {
      cookie: coordinator.cookie,
      body: {},
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('publication.blocked');
    expect(refused.body.error.message.nl).toContain("Lektoets mislukt op document 3 'brief-3.pdf'.");
    const generic = await api.request('POST', `/api/v1/cases/${caseId}/actions/published`, {
      cookie: coordinator.cookie,
      body: {},
    });
    expect(generic.body.error.code).toBe('publication.blocked');

    // Review reopened on document 3, then a change without a new public version.
    await setDocument(doc3.document.id, { reviewStatus: 'submitted' });
    state = await readiness(caseId);
    expect(state.reasons[0]).toMatchObject({
      code: 'review_not_finished',
      nl: "Beoordeling niet af: document 3 'brief-3.pdf'.",
    });
    await setDocument(doc3.document.id, { reviewStatus: 'approved', reviewRevision: 3 });
    expect((await readiness(caseId)).reasons[0].code).toBe('not_redacted');
    await setDocument(doc3.document.id, {
      redactedRevision: 3,
      leakGatePassed: true,
      publicBlobKey: `documents/${doc3.document.id}/public-2.pdf`,
    });
    expect(await readiness(caseId)).toMatchObject({ ready: true, reasons: [] });

    // Publish.
    const published = await api.request('POST', `/api/v1/cases/${caseId}/publication`, {
      cookie: coordinator.cookie,
      body: {},
    });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(published.body.publication.publicSlug).toMatch(/-1$/);
    expect(published.body.publication.publishedOn).toBe('2026-03-11');
    expect((await readiness(caseId)).reasons[0].code).toBe('already_published');
    const em = api.db.orm.em.fork();
    expect((await em.findOneOrFail(Case, caseId)).status).toBe('published');
    expect(await em.count(Publication, { decision: decided.body.decided.decisionId, status: 'published' })).toBe(1);
    expect(await em.count(CaseEvent, { case: caseId, type: 'published' })).toBe(1);

    // The requester: documents 1 and 3, never 2 (niet openbaar), never an original, never the personal data.
    const downloads = await api.request('GET', `/api/v1/requests/${trackingCode}/downloads`);
    expect(downloads.body.published).toBe(true);
    expect(downloads.body.documents.map((d: { documentNumber: number }) => d.documentNumber)).toEqual([1, 3]);
    const served = await getBytes(`/api/v1/requests/${trackingCode}/documents/1`);
    expect(served.response.status).toBe(200);
    expect(served.response.headers.get('content-disposition')).toContain('document-1.pdf');
    expect(Buffer.from(served.bytes).equals(Buffer.from(doc1.original))).toBe(false);
    const raw = Buffer.from(served.bytes).toString('latin1');
    expect(raw).not.toContain(BSN);
    expect(raw).not.toContain(NAME);
    const servedText = await pdfText(served.bytes);
    expect(servedText).toContain('brug');
    expect(servedText).not.toContain(BSN);
    expect(servedText).not.toContain(NAME);
    expect((await getBytes(`/api/v1/requests/${trackingCode}/documents/2`)).response.status).toBe(404);
    expect((await getBytes(`/api/v1/requests/${trackingCode}/documents/4`)).response.status).toBe(404);
    const wrong = await api.request('GET', `/api/v1/requests/${'x'.repeat(32)}/documents/1`);
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.code).toBe('request.not_found');

    // Another organisation's coordinator sees none of it.
    for (const path of ['decision', 'decision/preview', 'decision/letter', 'publication']) {
      const response = await api.request('GET', `/api/v1/cases/${caseId}/${path}`, { cookie: foreign.cookie });
      expect(response.status, path).toBe(404);
    }
    api.clock.today = '2026-03-10';
  });

  it('holds disclosure when a third party objected, and publishes once the hold has ended', async () => {
    const { caseId } = await register();
    await act(caseId, 'documents_collected');
    await redactedDocument(caseId, 1);
    const asked = await act(caseId, 'zienswijze_asked', {
      periodEnd: '2026-03-20',
      thirdParty: { name: 'Bouwbedrijf Noord B.V.' },
    });
    await act(caseId, 'zienswijze_received', { thirdPartyId: asked.thirdParties[0].id, objected: true });
    await toDecisionDrafted(caseId);
    const decided = await api.request('POST', `/api/v1/cases/${caseId}/decision/decide`, {
      cookie: coordinator.cookie,
      body: {},
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const letterText = (
      await pdfText((await getBytes(`/api/v1/cases/${caseId}/decision/letter`, coordinator.cookie)).bytes)
    ).replace(/\s+/g, ' ');
    // 10 March + 2 weeks = 24 March; disclosure from the day after.
    expect(letterText).toContain('niet eerder openbaar dan op woensdag 25 maart 2026');
    expect((await readiness(caseId)).reasons).toEqual([
      {
        code: 'disclosure_hold',
        nl: 'Openbaarmaking opgeschort tot woensdag 25 maart 2026.',
        en: 'Disclosure on hold until Wednesday 25 March 2026.',
        until: '2026-03-25',
      },
    ]);
    const refused = await api.request('POST', `/api/v1/cases/${caseId}/publication`, {
      cookie: coordinator.cookie,
      body: {},
    });
    expect(refused.body.error.details.reasons[0].code).toBe('disclosure_hold');
    api.clock.today = '2026-03-25';
    const published = await api.request('POST', `/api/v1/cases/${caseId}/publication`, {
      cookie: coordinator.cookie,
      body: {},
    });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const em = api.db.orm.em.fork();
    expect(
      (await em.find(CaseEvent, { case: caseId }, { orderBy: { id: 'asc' } })).map((e) => e.type).slice(-2),
    ).toEqual(['disclosure_hold_ended', 'published']);
    api.clock.today = '2026-03-10';
  });

  it('refuses to decide while a document is not assessed, naming it', async () => {
    const { caseId } = await register();
    await act(caseId, 'documents_collected');
    await redactedDocument(caseId, 1, { outcome: null });
    await toDecisionDrafted(caseId);
    const refused = await api.request('POST', `/api/v1/cases/${caseId}/decision/decide`, {
      cookie: coordinator.cookie,
      body: {},
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('decision.documents_not_assessed');
    expect(refused.body.error.message.nl).toContain("document 1 'brief-1.pdf'");
    const em = api.db.orm.em.fork();
    expect((await em.findOneOrFail(Case, caseId)).status).toBe('decision_drafted');
  });

  it('checks only the edited motivation for characters the letter cannot print, not the rest of the letter', async () => {
    const { caseId } = await register();
    await act(caseId, 'documents_collected');
    // A document title the letter cannot print: deciding will name it, but it does not block a motivation edit.
    await redactedDocument(caseId, 1, { description: 'Notitie 漢字' });
    const saved = await api.request('POST', `/api/v1/cases/${caseId}/decision/motivations`, {
      cookie: coordinator.cookie,
      body: { motivations: { '5.1.2e': 'De namen van omwonenden blijven weg.' } },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.grounds.find((g: { code: string }) => g.code === '5.1.2e')).toMatchObject({ edited: true });

    const refused = await api.request('POST', `/api/v1/cases/${caseId}/decision/motivations`, {
      cookie: coordinator.cookie,
      body: { motivations: { '5.1.1.e': 'Het BSN ✓ blijft weg.' } },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('letter.unsupported_character');
    expect(refused.body.error.details).toMatchObject({ character: 'U+2713', field: 'motivations.5.1.1e' });
    expect(refused.body.error.message.nl).toContain('in de motivering bij 5.1.1e');
    expect(refused.body.error.message.en).toContain('in the motivation for 5.1.1e');
    const after = await api.request('GET', `/api/v1/cases/${caseId}/decision`, { cookie: coordinator.cookie });
    expect(after.body.grounds.find((g: { code: string }) => g.code === '5.1.1e')).toMatchObject({ edited: false });
  });

  it('slows a client that guesses tracking codes on the download routes, sharing the status route’s counter', async () => {
    const limited = await startTestApi({
      redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      rateLimits: { trackingCodeMisses: { limit: 2, windowSeconds: 60 } },
    });
    try {
      const guess = (n: number) => `${'A'.repeat(31)}${n}`;
      expect((await limited.request('GET', `/api/v1/requests/${guess(1)}/downloads`)).status).toBe(404);
      expect((await limited.request('GET', `/api/v1/requests/${guess(2)}`)).status).toBe(404);
      const third = await limited.request('GET', `/api/v1/requests/${guess(3)}/documents/1`);
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await limited.request('GET', `/api/v1/requests/${guess(4)}/decision`)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
