// The decision and publication in a real browser, with the real pipeline: two text PDFs with personal data are
// uploaded, detected, reviewed (regions accepted, outcome set) and — the first — approved, burnt in and checked by the
// leak gate. The coordinator edits a motivation, opens the CONCEPT preview, makes the decision final, sees the
// publish button blocked with its reason (the second document's review is not finished), and publishes once the
// reviewer approved it and its public version passed the leak gate. The requester downloads the letter and a
// document from the status page; neither holds the redacted personal data. axe on every page; screenshots and the
// letter's pages rendered with pdftoppm in test-results/web/.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document } from '@woo/db';
import { textPdf } from '../../packages/pdf/src/testing/index.js';
import { ensureWebBuild } from '../../infra/local/web-build.js';
import { checkPage, launchBrowser, screenshotDir, type TestBrowser } from './support/browser.js';
import { pdfText } from './support/pdf-text.js';
import { staffApi, type StaffApi } from './support/staff-api.js';
import { until } from './support/until.js';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.js';

const run = promisify(execFile);

let server: WebTestServer;
let browser: TestBrowser;
let staff: StaffApi;

const BSN = '123456782';
const EMAIL = 'p.devries@voorbeeld.nl';
const verslag = [
  { text: 'Verslag overleg over de brug', x: 72, y: 770, size: 16 },
  { text: 'Aanwezig: Pieter de Vries en de wethouder.', x: 72, y: 730, size: 11 },
  { text: `E-mail van de aanvrager: ${EMAIL}`, x: 72, y: 710, size: 11 },
  { text: `BSN van de aanvrager: ${BSN}`, x: 72, y: 690, size: 11 },
  { text: 'De brug wordt in mei vernieuwd.', x: 72, y: 650, size: 11 },
];
const brief = [
  { text: 'Brief aan de bewoners van de Vaartkade', x: 72, y: 770, size: 16 },
  { text: 'Vragen? Mail naar j.bakker@voorbeeld.nl of bel 06 12345678.', x: 72, y: 730, size: 11 },
  { text: 'De werkzaamheden duren zes weken.', x: 72, y: 700, size: 11 },
];

beforeAll(async () => {
  await ensureWebBuild();
  server = await startWebTestServer({ today: '2026-03-10', pipeline: true });
  staff = staffApi(server.base);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Accepts every proposed region, sets the outcome and submits the review (the coordinator's part). */
async function reviewDocument(cookie: string, documentId: string) {
  const regions = await staff.call(cookie, 'GET', `/api/v1/documents/${documentId}/regions`);
  for (const page of regions.pages) {
    for (const region of page.regions) await staff.call(cookie, 'POST', `/api/v1/regions/${region.id}/accept`, {});
  }
  await staff.call(cookie, 'PUT', `/api/v1/documents/${documentId}/outcome`, { outcome: 'deels_openbaar' });
  await staff.call(cookie, 'POST', `/api/v1/documents/${documentId}/review/submit`, {});
}

async function publicVersionReady(documentId: string) {
  await until(
    'the burn-in and the leak gate',
    () => server.db.orm.em.fork().findOneOrFail(Document, documentId),
    (document) => document.leakGatePassed === true && document.redactedRevision === document.reviewRevision,
    180_000,
  );
}

describe('the decision letter, publishing and the requester’s downloads', () => {
  it('drafts, previews, decides, is blocked with its reason, publishes, and the requester downloads', async () => {
    const coordinatorCookie = await staff.login(server.coordinator);
    const reviewerCookie = await staff.login(server.reviewer);

    // A request registered by letter, two documents uploaded, detected and reviewed.
    const registered = await staff.call(coordinatorCookie, 'POST', '/api/v1/cases', {
      channel: 'letter',
      receivedOn: '2026-03-02',
      question: 'Alle verslagen en brieven over de vernieuwing van de brug over de Vaart.',
      requester: { name: 'Pieter de Vries', postalAddress: 'Dorpsstraat 1, 1234 AB Voorbeeldstad' },
    });
    const caseId: string = registered.case.id;
    const trackingCode: string = registered.trackingCode;
    const form = new FormData();
    form.append(
      'files',
      new Blob([await textPdf({ lines: verslag })], { type: 'application/pdf' }),
      'verslag-overleg.pdf',
    );
    form.append(
      'files',
      new Blob([await textPdf({ lines: brief })], { type: 'application/pdf' }),
      'brief-aan-bewoners.pdf',
    );
    const upload = await staff.call(coordinatorCookie, 'POST', `/api/v1/cases/${caseId}/documents`, form);
    const [first, second] = upload.documents.map((d: { id: string }) => d.id) as [string, string];
    for (const id of [first, second]) {
      await until(
        'detection',
        () => staff.call(coordinatorCookie, 'GET', `/api/v1/documents/${id}`),
        (document) => document.detectStatus === 'done' && document.status === 'ready',
      );
      await reviewDocument(coordinatorCookie, id);
    }
    await staff.call(reviewerCookie, 'POST', `/api/v1/documents/${first}/review/approve`, {});
    await publicVersionReady(first);
    await staff.call(coordinatorCookie, 'POST', `/api/v1/cases/${caseId}/actions/documents_collected`, {});
    await staff.call(coordinatorCookie, 'POST', `/api/v1/cases/${caseId}/actions/decision_drafted`, {});
    await staff.call(coordinatorCookie, 'POST', `/api/v1/cases/${caseId}/actions/submitted_for_review`, {});
    await staff.call(reviewerCookie, 'POST', `/api/v1/cases/${caseId}/actions/review_approved`, {});

    // 1. The coordinator opens the case: the Besluit section with the inventory and the grounds.
    const page = await browser.newPage();
    await page.goto(`${server.base}/cases/${caseId}`);
    await page.getByLabel('E-mailadres').fill(server.coordinator.email);
    await page.getByLabel('Wachtwoord').fill(server.coordinator.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const decision = page.locator('section[aria-labelledby="decision-title"]');
    await decision.getByRole('heading', { level: 2, name: 'Besluit' }).waitFor();
    await decision.getByText('Uitkomst van het besluit: deels openbaar').waitFor();
    const inventory = decision.getByRole('table', { name: 'Beoordeling per document' });
    expect(await inventory.locator('tbody tr').count()).toBe(2);
    expect(await inventory.locator('tbody tr').first().innerText()).toContain('verslag-overleg.pdf');
    await decision.scrollIntoViewIfNeeded();
    await checkPage(page, 'decision-01-draft');

    // 2. A motivation edited and saved.
    const motivation = decision.getByLabel(/Motivering bij 5\.1\.2e/);
    const ownText =
      'De namen en contactgegevens van inwoners zijn weggelakt. Hun persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid; dat geldt ook voor de coördinator van het project.';
    // First with a character the letter cannot print: the message stands next to that motivation, the text stays.
    await motivation.fill('Zie 漢字.');
    await decision.getByRole('button', { name: 'Motiveringen opslaan' }).click();
    const motivationId = await motivation.getAttribute('id');
    const motivationError = page.locator(`#${motivationId}-error`);
    await motivationError.waitFor();
    expect(await motivationError.innerText()).toContain('Het teken "漢"');
    expect(await motivation.getAttribute('aria-invalid')).toBe('true');
    expect(await motivation.inputValue()).toBe('Zie 漢字.');
    await motivation.fill(ownText);
    await decision.getByRole('button', { name: 'Motiveringen opslaan' }).click();
    await decision.getByText('De motiveringen zijn opgeslagen.').waitFor();
    expect(await motivationError.count()).toBe(0);

    // 3. The preview opens as a PDF marked CONCEPT, with the edited motivation.
    const previewLink = decision.getByRole('link', { name: /Voorbeeld bekijken/ });
    expect(await previewLink.getAttribute('target')).toBe('_blank');
    const preview = await page.request.get(`${server.base}${await previewLink.getAttribute('href')}`);
    expect(preview.headers()['content-type']).toBe('application/pdf');
    expect(preview.headers()['content-disposition']).toMatch(/^inline/);
    const previewPath = join(screenshotDir, 'decision-preview.pdf');
    await writeFile(previewPath, await preview.body());
    const previewText = (await pdfText(previewPath)).replace(/\s+/g, ' ');
    expect(previewText).toContain('CONCEPT');
    expect(previewText).toContain('coördinator van het project');

    // 4. The decision made final: the letter is fixed; publishing is blocked by document 2's review. A last sentence
    // typed but not saved is saved by deciding, and stands in the letter.
    await motivation.fill(`${ownText} Laatste zin, niet apart opgeslagen.`);
    await decision.getByText(/De voorbeeldbrief toont de opgeslagen motiveringen/).waitFor();
    await decision.getByRole('button', { name: 'Besluit definitief maken' }).click();
    await decision.getByText('Het besluit is definitief gemaakt.').waitFor();
    await decision.getByText(/Het besluit is genomen op dinsdag 10 maart 2026/).waitFor();
    const publication = page.locator('section[aria-labelledby="publication-title"]');
    const reasons = publication.locator('#publication-reasons');
    await reasons.getByText("Beoordeling niet af: document 2 'brief-aan-bewoners.pdf'.").waitFor();
    const publish = publication.getByRole('button', { name: 'Publiceren', exact: true });
    expect(await publish.isDisabled()).toBe(true);
    expect(await publish.getAttribute('aria-describedby')).toBe('publication-reasons');
    await publication.scrollIntoViewIfNeeded();
    await checkPage(page, 'decision-02-publish-blocked');

    // 5. The reviewer approves document 2; its public version passes the leak gate; publishing is possible.
    await staff.call(reviewerCookie, 'POST', `/api/v1/documents/${second}/review/approve`, {});
    await publicVersionReady(second);
    await publication.getByRole('button', { name: 'Opnieuw controleren' }).click();
    await publication.getByText('Alles is klaar. U kunt het besluit met de documenten publiceren.').waitFor();
    await publish.click();
    await publication.getByText('Het besluit is gepubliceerd.').waitFor();
    await publication.getByText(/Gepubliceerd op/).waitFor();
    await page.locator('.woo-status-label', { hasText: /gepubliceerd/i }).waitFor();
    await checkPage(page, 'decision-03-published');

    // 6. The fixed letter, rendered to images for a person to look at.
    const letter = await page.request.get(`${server.base}/api/v1/cases/${caseId}/decision/letter`);
    const letterPath = join(screenshotDir, 'decision-letter.pdf');
    await writeFile(letterPath, await letter.body());
    await run('pdftoppm', ['-png', '-r', '70', letterPath, join(screenshotDir, 'decision-letter')]);
    const letterText = (await pdfText(letterPath)).replace(/\s+/g, ' ');
    expect(letterText).not.toContain('CONCEPT');
    expect(letterText).toContain('Laatste zin, niet apart opgeslagen.');
    expect(letterText).toContain('Gemeente Voorbeeldstad');

    // 7. The requester downloads the letter and the redacted documents from the status page.
    const requester = await browser.newPage();
    await requester.goto(`${server.base}/status/${trackingCode}`);
    const downloads = requester.locator('section[aria-labelledby="downloads-title"]');
    await downloads.getByRole('heading', { name: 'Besluit en documenten' }).waitFor();
    await downloads.scrollIntoViewIfNeeded();
    await checkPage(requester, 'decision-04-requester-downloads');
    const [letterDownload] = await Promise.all([
      requester.waitForEvent('download'),
      downloads.getByRole('link', { name: 'Besluit downloaden (PDF)' }).click(),
    ]);
    const requesterLetter = await readFile((await letterDownload.path())!);
    expect(requesterLetter.equals(await readFile(letterPath))).toBe(true);
    const [documentDownload] = await Promise.all([
      requester.waitForEvent('download'),
      downloads.getByRole('link', { name: /Document 1: verslag-overleg\.pdf/ }).click(),
    ]);
    const downloadedPath = (await documentDownload.path())!;
    const bytes = await readFile(downloadedPath);
    const text = await pdfText(downloadedPath);
    expect(text).toContain('brug');
    for (const secret of [BSN, EMAIL, 'Pieter de Vries']) {
      expect(text, secret).not.toContain(secret);
      expect(bytes.toString('latin1'), secret).not.toContain(secret);
    }
    expect(await downloads.getByRole('link', { name: /Document 2: brief-aan-bewoners\.pdf/ }).count()).toBe(1);
  }, 600_000);
});
