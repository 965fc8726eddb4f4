// The redaction review in a real browser. By keyboard only: a text PDF with personal data goes through the real
// pipeline (ingest, detection), the coordinator decides every proposed region with the keys of the list (accept,
// reject, another ground), draws a new box with the arrow keys and gives it a ground, applies it to every occurrence,
// and submits; the reviewer (a second person) sees what changed and approves; the burn-in and the leak gate follow
// and the document gets its public version. By mouse: a click on a box, a drag for a new box, a review sent back with
// its reason, the codes hidden, English. Page to page by keyboard over a text page and a scanned (OCR) page.
// axe on every state; screenshots in test-results/web/review-*.png.
//
// The first page (A4, 595 × 842 points): the detectors propose the requester's name, an e-mail address, a BSN, a
// phone number, an IBAN and a sentence about a hospital stay (special category). "Zwaluw", the project's code name,
// stands twice and is found by nobody: the coordinator draws it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CaseEvent, Document } from '@woo/db';
import { helveticaWidth, mixedPdf } from '../../packages/pdf/src/testing/index.js';
import { ensureWebBuild } from '../../infra/local/web-build.js';
import { checkPage, launchBrowser, type TestBrowser } from './support/browser.js';
import { isButton, isListbox, press, tabTo } from './support/keyboard.js';
import { staffApi, type StaffApi } from './support/staff-api.js';
import { uploadToNewCase as uploadDocument } from './support/review-document.js';
import { keyboardLogin } from './support/staff-login.js';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.js';

let server: WebTestServer;
let browser: TestBrowser;
let staff: StaffApi;

const title = { text: 'Verslag overleg project Zwaluw', x: 72, y: 770, size: 16 };
const lines = [
  title,
  { text: 'Aanwezig: Pieter de Vries en de wethouder.', x: 72, y: 730, size: 11 },
  { text: 'E-mail van de aanvrager: p.devries@voorbeeld.nl', x: 72, y: 710, size: 11 },
  { text: 'BSN van de aanvrager: 123456782', x: 72, y: 690, size: 11 },
  { text: 'Telefoon 06 12345678, rekening NL91 ABNA 0417 1643 00', x: 72, y: 670, size: 11 },
  { text: 'Het project Zwaluw start in mei.', x: 72, y: 610, size: 11 },
  { text: 'De wethouder was afwezig wegens een ziekenhuisopname.', x: 72, y: 450, size: 11 },
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

/** A case with one PDF, rendered and detected (see support/review-document.ts). */
const uploadToNewCase = (
  cookie: string,
  filename: string,
  content: typeof lines | Uint8Array,
  requesterName?: string,
): Promise<string> => uploadDocument(server, staff, cookie, filename, content, requesterName);

// --- What the review page shows ---
const notice = (page: Page) => page.locator('main [role="status"].woo-live');
const activeOption = (page: Page) => page.locator('[role="option"][aria-selected="true"]');
/** The id, or the role, of the element that has the focus (the tests have no DOM types: a string runs in the page). */
const focusedId = (page: Page) => page.evaluate<string>("document.activeElement?.id ?? ''");
const focusedRole = (page: Page) => page.evaluate<string>("document.activeElement?.getAttribute('role') ?? ''");
const imageWidth = (page: Page) =>
  page
    .locator('.woo-review-canvas__image')
    .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth);

async function waitForNotice(page: Page, text: string) {
  await notice(page).getByText(text, { exact: false }).waitFor();
}

describe('the redaction review by keyboard, with a second reviewer', () => {
  it('decides, draws, applies to every occurrence and submits; the reviewer approves; the public version follows', async () => {
    const coordinatorCookie = await staff.login(server.coordinator);
    const documentId = await uploadToNewCase(coordinatorCookie, 'verslag-zwaluw.pdf', lines);
    const proposed = await staff.call(coordinatorCookie, 'GET', `/api/v1/documents/${documentId}/regions`);
    expect(proposed.pages[0].regions.map((region: { text: string }) => region.text).sort()).toEqual(
      [
        '06 12345678',
        '123456782',
        'De wethouder was afwezig wegens een ziekenhuisopname.',
        'NL91 ABNA 0417 1643 00',
        'Pieter de Vries',
        'p.devries@voorbeeld.nl',
      ].sort(),
    );

    // 1. The coordinator opens the review page and logs in there, by keyboard.
    const coordinator = await browser.newPage();
    await coordinator.goto(`${server.base}/documenten/${documentId}/beoordelen`);
    await keyboardLogin(coordinator, server.coordinator);
    await coordinator.getByRole('heading', { level: 1, name: 'Lakkingen beoordelen: verslag-zwaluw.pdf' }).waitFor();
    await coordinator.locator('[role="option"]').nth(5).waitFor();
    expect(await coordinator.title()).toBe('Lakkingen beoordelen: verslag-zwaluw.pdf – Woo-verzoeken');
    // The page image is there (staff only, from the API), with a box per region showing its number and ground.
    await expect.poll(() => imageWidth(coordinator), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await coordinator.locator('.woo-review-box').allInnerTexts()).toEqual([
      '1 · 5.1.2e',
      '2 · 5.1.2e',
      '3 · 5.1.1e',
      '4 · 5.1.2e',
      '5 · 5.1.2e',
      '6 · 5.1.1d',
    ]);
    const legend = coordinator.locator('.woo-review-legend');
    expect(await legend.innerText()).toContain('5.1.1e Nationale identificatienummers');
    expect(await legend.innerText()).toContain('5.1.1d Bijzondere persoonsgegevens');
    expect(await coordinator.locator('main').innerText()).toContain('Terug naar verzoek');
    await checkPage(coordinator, 'review-01-proposed');

    // 2. Submitting before every region is decided: the API refuses, the page says why.
    await tabTo(coordinator, 'the submit button', isButton('Klaar, naar tweede beoordelaar'));
    await press(coordinator, 'Enter');
    const refusal = coordinator.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Nog 6 lakkingen zijn niet beoordeeld (pagina 1)');
    await checkPage(coordinator, 'review-02-submit-refused');

    // 3. Through the list: accept the name, the e-mail address and the BSN (A moves on to the next region).
    await tabTo(coordinator, 'the list of regions', isListbox, { back: true });
    await expect.poll(() => activeOption(coordinator).innerText()).toContain('Pieter de Vries');
    await press(coordinator, 'a');
    await waitForNotice(coordinator, 'Geaccepteerd: Pieter de Vries (5.1.2e).');
    await expect.poll(() => activeOption(coordinator).innerText()).toContain('p.devries@voorbeeld.nl');
    await press(coordinator, 'a');
    await waitForNotice(coordinator, 'Geaccepteerd: p.devries@voorbeeld.nl (5.1.2e).');
    await press(coordinator, 'a');
    await waitForNotice(coordinator, 'Geaccepteerd: 123456782 (5.1.1e).');
    // The outcome and grounds follow the regions at once.
    await expect.poll(() => coordinator.locator('.woo-review-outcome__grounds').innerText()).toBe('5.1.1e; 5.1.2e');
    expect(await coordinator.locator('.woo-review-outcome__suggested').innerText()).toBe('deels openbaar');

    // 4. The phone number gets another ground: G to the ground, type it, Escape back to the list, A.
    await expect.poll(() => activeOption(coordinator).innerText()).toContain('06 12345678');
    await press(coordinator, 'g');
    expect(await focusedId(coordinator)).toBe('review-region-ground');
    await coordinator.keyboard.type('5.1.2h');
    expect(await coordinator.locator('#review-region-ground').inputValue()).toBe('5.1.2h');
    await checkPage(coordinator, 'review-03-ground-chosen');
    await press(coordinator, 'Escape');
    expect(await focusedRole(coordinator)).toBe('listbox');
    await press(coordinator, 'a');
    await waitForNotice(coordinator, 'Geaccepteerd: 06 12345678 (5.1.2h).');

    // 5. Accept the IBAN; reject the sentence about the alderman (arrow keys move between regions).
    await press(coordinator, 'ArrowUp');
    await expect.poll(() => activeOption(coordinator).innerText()).toContain('06 12345678');
    await press(coordinator, 'ArrowDown');
    await expect.poll(() => activeOption(coordinator).innerText()).toContain('NL91 ABNA 0417 1643 00');
    await press(coordinator, 'a');
    await waitForNotice(coordinator, 'Geaccepteerd: NL91 ABNA 0417 1643 00 (5.1.2e).');
    await expect.poll(() => activeOption(coordinator).innerText()).toContain('ziekenhuisopname');
    await press(coordinator, 'w');
    await waitForNotice(coordinator, 'Afgewezen: De wethouder was afwezig wegens een ziekenhuisopname.');
    await expect.poll(() => activeOption(coordinator).innerText()).toContain('afgewezen');
    await checkPage(coordinator, 'review-04-decided');

    // 6. A new box over "Zwaluw" in the title, by keyboard: N, arrows to move, Shift+arrows to resize, Enter.
    const wordX = title.x + (await helveticaWidth('Verslag overleg project ', title.size));
    const wordWidth = await helveticaWidth('Zwaluw', title.size);
    const start = { x: 72, y: 72, width: 120, height: 16 };
    const target = { x: wordX - 2, y: 52, width: wordWidth + 4, height: 28 };
    await press(coordinator, 'n');
    expect(await focusedRole(coordinator)).toBe('application');
    await press(coordinator, 'ArrowRight', Math.round((target.x - start.x) / 4));
    await press(coordinator, 'ArrowUp', Math.round((start.y - target.y) / 4));
    await press(coordinator, 'Shift+ArrowLeft', Math.round((start.width - target.width) / 4));
    await press(coordinator, 'Shift+ArrowDown', Math.round((target.height - start.height) / 4));
    const position = await coordinator.locator('.woo-review-draft-position').innerText();
    expect(position).toMatch(/^Vlak: \d+ punten van links, 52 van boven, \d+ breed en 28 hoog\.$/);
    await checkPage(coordinator, 'review-05-drawing');
    await press(coordinator, 'Enter');
    // The ground is required: adding without one gives the message at the field.
    expect(await focusedId(coordinator)).toBe('review-new-ground');
    await press(coordinator, 'Tab');
    await press(coordinator, 'Enter');
    const groundError = coordinator.locator('#review-new-ground-error');
    await groundError.waitFor();
    expect(await groundError.innerText()).toContain('Kies een grond voor dit vlak.');
    expect(await coordinator.locator('#review-new-ground').getAttribute('aria-describedby')).toContain(
      'review-new-ground-error',
    );
    expect(await focusedId(coordinator)).toBe('review-new-ground');
    await checkPage(coordinator, 'review-06-new-box-needs-ground');
    await coordinator.keyboard.type('5.1.2i');
    expect(await coordinator.locator('#review-new-ground').inputValue()).toBe('5.1.2i');
    await press(coordinator, 'Tab');
    await press(coordinator, 'Enter');
    await waitForNotice(coordinator, 'Toegevoegd en geaccepteerd: Zwaluw (5.1.2i).');

    // 7. The drawn region is chosen in the list; E applies it to every occurrence in the request.
    await expect.poll(() => focusedRole(coordinator)).toBe('listbox');
    await expect.poll(() => activeOption(coordinator).innerText()).toContain('Zwaluw');
    await press(coordinator, 'e');
    await waitForNotice(
      coordinator,
      'Toegepast op elke plek van "Zwaluw": 0 gewijzigd en 1 toegevoegd, in 1 document(en).',
    );
    await expect.poll(() => coordinator.locator('[role="option"]').count()).toBe(8);
    await expect
      .poll(() => coordinator.locator('.woo-review-outcome__grounds').innerText())
      .toBe('5.1.1e; 5.1.2e; 5.1.2h; 5.1.2i');
    await checkPage(coordinator, 'review-07-applied');

    // 8. Submit to the second reviewer.
    await tabTo(coordinator, 'the submit button', isButton('Klaar, naar tweede beoordelaar'));
    await press(coordinator, 'Enter');
    await waitForNotice(coordinator, 'Ingediend. Een tweede beoordelaar kijkt de lakkingen na.');
    await coordinator.getByText('U heeft deze beoordeling zelf ingediend.', { exact: false }).waitFor();
    expect(await coordinator.getByRole('button', { name: 'Goedkeuren' }).count()).toBe(0);
    await checkPage(coordinator, 'review-08-submitted');

    // 9. The reviewer opens the same page: what changed in this round, marked in the list; approves by keyboard.
    const reviewer = await browser.newPage();
    await reviewer.goto(`${server.base}/documenten/${documentId}/beoordelen`);
    await keyboardLogin(reviewer, server.reviewer);
    const changes = reviewer.locator('.woo-review-changes');
    await changes.waitFor();
    const changesText = await changes.innerText();
    expect(changesText).toContain(
      `${server.coordinator.displayName}: "06 12345678" op pagina 1: grond gewijzigd van 5.1.2e naar 5.1.2h`,
    );
    expect(changesText).toContain('"De wethouder was afwezig wegens een ziekenhuisopname." op pagina 1: afgewezen.');
    expect(changesText).toContain('"Zwaluw" op pagina 1: zelf toegevoegd met 5.1.2i.');
    expect(changesText).toContain('op elke plek in het verzoek gelakt met 5.1.2i: 0 gewijzigd, 1 toegevoegd.');
    const changedPhone = reviewer.locator('[role="option"]', { hasText: '06 12345678' });
    expect(await changedPhone.innerText()).toContain('Gewijzigd: grond gewijzigd van 5.1.2e naar 5.1.2h');
    expect(await reviewer.locator('.woo-review-box--changed').count()).toBe(8);
    await checkPage(reviewer, 'review-09-second-reviewer');
    await tabTo(reviewer, 'the approve button', isButton('Goedkeuren'));
    await press(reviewer, 'Enter');
    await waitForNotice(reviewer, 'Goedgekeurd.');
    // The approve button is gone; the focus is on the review's heading, not lost to the top of the page.
    expect(await focusedId(reviewer)).toBe('review-flow-title');
    // The burn-in and the leak gate run in the workers; the page looks again until they are done.
    await reviewer
      .locator('.woo-review-flow__redaction', { hasText: 'Klaar: de openbare versie is gemaakt en gecontroleerd.' })
      .waitFor({ timeout: 120_000 });
    await checkPage(reviewer, 'review-10-approved');

    // 10. Through the API: every region as decided, the review approved, and a verified public version.
    const reviewerCookie = await staff.login(server.reviewer);
    const final = await staff.call(reviewerCookie, 'GET', `/api/v1/documents/${documentId}/regions`);
    const byText = Object.fromEntries(
      final.pages[0].regions.map((region: { text: string; status: string; ground: string; origin: string }) => [
        `${region.text}|${region.origin}|${region.status}`,
        region.ground,
      ]),
    );
    expect(final.pages[0].regions).toHaveLength(8);
    expect(byText).toMatchObject({
      'Pieter de Vries|detected|accepted': '5.1.2e',
      'p.devries@voorbeeld.nl|detected|accepted': '5.1.2e',
      '123456782|detected|accepted': '5.1.1e',
      '06 12345678|detected|accepted': '5.1.2h',
      'NL91 ABNA 0417 1643 00|detected|accepted': '5.1.2e',
      'De wethouder was afwezig wegens een ziekenhuisopname.|detected|rejected': '5.1.1d',
      'Zwaluw|manual|accepted': '5.1.2i',
    });
    expect(final.pages[0].regions.filter((region: { text: string }) => region.text === 'Zwaluw').length).toBe(2);
    expect(final.review).toMatchObject({ reviewStatus: 'approved' });
    const outcome = await staff.call(reviewerCookie, 'GET', `/api/v1/documents/${documentId}/outcome`);
    expect(outcome.derived).toMatchObject({
      groundList: '5.1.1e; 5.1.2e; 5.1.2h; 5.1.2i',
      suggestedOutcome: 'deels_openbaar',
      acceptedRegions: 7,
      openRegions: 0,
    });
    const stored = await server.db.orm.em.fork().findOneOrFail(Document, documentId);
    expect(stored.redactStatus).toBe('done');
    expect(stored.leakGatePassed).toBe(true);
    expect(stored.redactedRevision).toBe(final.review.reviewRevision);
    expect(stored.publicBlobKey).toMatch(/^documents\/.+\/public\/r\d+\.pdf$/);
  }, 400_000);

  it('works by mouse too: a click on a box chooses its region, a drag draws a new box', async () => {
    const plan = { text: 'Werknaam van het plan: Kievit', x: 72, y: 700, size: 14 };
    const mouseLines = [
      { text: 'Notitie over de vogelwerkgroep', x: 72, y: 770, size: 16 },
      { text: 'Contact via p.devries@voorbeeld.nl', x: 72, y: 730, size: 11 },
      plan,
    ];
    const cookie = await staff.login(server.coordinator);
    const documentId = await uploadToNewCase(cookie, 'notitie-kievit.pdf', mouseLines);

    const page = await browser.newPage();
    await page.goto(`${server.base}/documenten/${documentId}/beoordelen`);
    await page.getByLabel('E-mailadres').fill(server.coordinator.email);
    await page.getByLabel('Wachtwoord').fill(server.coordinator.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lakkingen beoordelen: notitie-kievit.pdf' }).waitFor();
    await expect.poll(() => imageWidth(page), { timeout: 30_000 }).toBeGreaterThan(0);
    /** Points on the A4 page to pixels on the screen, where the page is now (notices above it move it down). */
    const at = async (x: number, y: number) => {
      const frame = (await page.locator('.woo-review-canvas').boundingBox())!;
      return { x: frame.x + (x / 595) * frame.width, y: frame.y + (y / 842) * frame.height };
    };

    // A click inside the e-mail address's box chooses it; the button accepts it.
    const emailBox = (await staff.call(cookie, 'GET', `/api/v1/documents/${documentId}/regions`)).pages[0].regions.find(
      (region: { text: string }) => region.text === 'p.devries@voorbeeld.nl',
    ).box;
    const click = await at(emailBox.x + emailBox.width / 2, emailBox.y + emailBox.height / 2);
    await page.mouse.click(click.x, click.y);
    await expect.poll(() => activeOption(page).innerText()).toContain('p.devries@voorbeeld.nl');
    await page.getByRole('button', { name: 'Accepteren', exact: true }).click();
    await waitForNotice(page, 'Geaccepteerd: p.devries@voorbeeld.nl (5.1.2e).');

    // A drag over "Kievit" draws a box; the ground is chosen in the form that follows.
    const wordX = plan.x + (await helveticaWidth('Werknaam van het plan: ', plan.size));
    const wordWidth = await helveticaWidth('Kievit', plan.size);
    const top = 842 - plan.y - plan.size * 1.2;
    const from = await at(wordX - 2, top);
    const to = await at(wordX + wordWidth + 2, 842 - plan.y + plan.size * 0.4);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('heading', { level: 2, name: 'Nieuw vlak: kies de grond' }).waitFor();
    await page.getByLabel('Uitzonderingsgrond voor dit vlak').selectOption('5.1.2f');
    await checkPage(page, 'review-11-mouse-drawn');
    await page.getByRole('button', { name: 'Vlak toevoegen' }).click();
    await waitForNotice(page, 'Toegevoegd en geaccepteerd: Kievit (5.1.2f).');
    const drawn = page.locator('.woo-review-box[data-ground="5.1.2f"]');
    expect(await drawn.innerText()).toBe('2 · 5.1.2f');
    // The outcome is read again after the change: it follows a moment later.
    await expect.poll(() => page.locator('.woo-review-outcome__grounds').innerText()).toBe('5.1.2e; 5.1.2f');
    await checkPage(page, 'review-12-mouse-added');

    // Submitted, then sent back with a reason: the review is open again and the reason is on record.
    await page.getByRole('button', { name: 'Klaar, naar tweede beoordelaar' }).click();
    await waitForNotice(page, 'Ingediend.');
    await page.getByLabel('Reden om terug te sturen').fill('Kievit is hier een achternaam; kijk de grond na.');
    await page.getByRole('button', { name: 'Terugsturen en heropenen' }).click();
    await waitForNotice(page, 'De beoordeling staat weer open.');
    expect(
      (await staff.call(cookie, 'GET', `/api/v1/documents/${documentId}/review/changes`)).review.reviewStatus,
    ).toBe('open');
    const reopened = await server.db.orm.em
      .fork()
      .findOneOrFail(CaseEvent, { type: 'document.review_reopened', data: { documentId } });
    expect(reopened.reason).toBe('Kievit is hier een achternaam; kijk de grond na.');

    // The codes above the boxes can be hidden to read the page (the chosen box keeps its code); and in English.
    await page.getByLabel('Nummers en grondcodes boven de vakken tonen').uncheck();
    expect(await page.locator('.woo-review-box__label:visible').allInnerTexts()).toEqual(['2 · 5.1.2f']);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review redactions: notitie-kievit.pdf' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Redaction 2 of 2');
    expect(await notice(page).innerText()).toBe('The review is open again.');
    await checkPage(page, 'review-13-english');
  }, 200_000);

  it('goes from page to page by keyboard; on a scanned page the box sits on the OCR words', async () => {
    // Page 1 a text page ("Geachte mevrouw De Vries"), page 2 a scan of a letter to "heer Jansen", read by OCR.
    const cookie = await staff.login(server.coordinator);
    const documentId = await uploadToNewCase(cookie, 'brief-en-scan.pdf', await mixedPdf(), 'Jan Jansen');
    const page = await browser.newPage();
    await page.goto(`${server.base}/documenten/${documentId}/beoordelen`);
    await keyboardLogin(page, server.coordinator);
    await page.getByRole('heading', { level: 2, name: 'Lakkingen op pagina 1' }).waitFor();
    expect(await page.locator('.woo-review-pages__current').innerText()).toBe('Pagina 1 van 2');
    await tabTo(page, 'the list of regions', isListbox);
    await expect.poll(() => activeOption(page).innerText()).toContain('De Vries');
    await press(page, 'a');
    await waitForNotice(page, 'Geaccepteerd: De Vries (5.1.2e).');

    await press(page, 'PageDown');
    await page.getByRole('heading', { level: 2, name: 'Lakkingen op pagina 2' }).waitFor();
    expect(await page.locator('.woo-review-pages__current').innerText()).toBe('Pagina 2 van 2');
    await expect.poll(() => imageWidth(page), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await focusedRole(page)).toBe('listbox');
    await expect.poll(() => activeOption(page).innerText()).toContain('Jansen');
    expect(await page.locator('.woo-review-box').allInnerTexts()).toEqual(['1 · 5.1.2e']);
    await checkPage(page, 'review-14-scanned-page');
    await press(page, 'w');
    await waitForNotice(page, 'Afgewezen: Jansen.');

    await press(page, 'PageUp');
    await page.getByRole('heading', { level: 2, name: 'Lakkingen op pagina 1' }).waitFor();
    await expect.poll(() => activeOption(page).innerText()).toContain('geaccepteerd');
    const regions = await staff.call(cookie, 'GET', `/api/v1/documents/${documentId}/regions`);
    expect(
      regions.pages.map((p: { page: number; regions: { text: string; status: string }[] }) => [
        p.page,
        p.regions.map((region) => `${region.text} ${region.status}`),
      ]),
    ).toEqual([
      [1, ['De Vries accepted']],
      [2, ['Jansen rejected']],
    ]);
  }, 200_000);

  it('chooses the outcome by keyboard, the link only with reeds openbaar; a change after approval reopens; the case timeline reads', async () => {
    const outcomeLines = [
      { text: 'Verslag bewonersavond Stationsplein', x: 72, y: 770, size: 16 },
      { text: 'Aanwezig: Pieter de Vries en de wethouder.', x: 72, y: 730, size: 11 },
      { text: 'Contact via p.devries@voorbeeld.nl', x: 72, y: 710, size: 11 },
      { text: 'BSN van de aanvrager: 123456782', x: 72, y: 690, size: 11 },
      { text: 'Telefoon 06 12345678', x: 72, y: 670, size: 11 },
    ];
    const cookie = await staff.login(server.coordinator);
    const documentId = await uploadToNewCase(cookie, 'verslag-bewonersavond.pdf', outcomeLines);
    const outcomePath = `/api/v1/documents/${documentId}/outcome`;
    const page = await browser.newPage();
    await page.goto(`${server.base}/documenten/${documentId}/beoordelen`);
    await keyboardLogin(page, server.coordinator);
    const radio = (outcome: string) => page.locator(`#review-outcome-${outcome}`);
    const linkField = page.locator('#review-outcome-link');
    const linkError = page.locator('#review-outcome-link-error');
    const linkErrorText = async () => (await linkError.innerText()).replace(/\s+/g, ' ');

    // Nothing chosen yet: what the regions say (nothing accepted: openbaar) is preselected and marked as such.
    await page.locator('form.woo-review-outcome__form').waitFor();
    expect(await radio('openbaar').isChecked()).toBe(true);
    expect(await page.locator('label[for="review-outcome-openbaar"]').innerText()).toBe(
      'openbaar (volgens de lakkingen)',
    );
    expect(await linkField.count()).toBe(0);

    // One region accepted by keyboard: the suggestion, and with it the preselected choice, becomes deels openbaar.
    await tabTo(page, 'the list of regions', isListbox);
    await press(page, 'a');
    await waitForNotice(page, 'Geaccepteerd:');
    await expect.poll(() => radio('deels_openbaar').isChecked()).toBe(true);

    // Reeds openbaar by the arrow keys: the link field appears; saving without a link gives the API's message there.
    await tabTo(page, 'the chosen outcome', `(el) => el?.id === 'review-outcome-deels_openbaar'`);
    await press(page, 'ArrowDown', 2);
    expect(await radio('reeds_openbaar').isChecked()).toBe(true);
    await linkField.waitFor();
    await tabTo(page, 'the save button', isButton('Uitkomst opslaan'));
    await press(page, 'Enter');
    await linkError.waitFor();
    expect(await linkErrorText()).toBe(
      'Fout: Geef bij "reeds openbaar" de link naar de plek waar het document al openbaar is.',
    );
    expect(await linkField.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe('review-outcome-link');
    await checkPage(page, 'review-15-outcome-link-missing');

    // A link that is no web address: refused with a message at the field, nothing stored.
    await page.keyboard.type('ftp://bestanden.voorbeeld.nl/verslag.pdf');
    await tabTo(page, 'the save button', isButton('Uitkomst opslaan'));
    await press(page, 'Enter');
    await expect
      .poll(linkErrorText)
      .toBe(
        'Fout: "ftp://bestanden.voorbeeld.nl/verslag.pdf" is geen link naar een webpagina. Een link begint met https:// of http://, bijvoorbeeld https://open.overheid.nl/….',
      );
    expect(await focusedId(page)).toBe('review-outcome-link');
    expect((await staff.call(cookie, 'GET', outcomePath)).outcome).toBeNull();

    // The right link: saved, and shown as the chosen outcome.
    await press(page, 'Control+a');
    await page.keyboard.type('https://open.overheid.nl/documenten/oep-1234');
    await tabTo(page, 'the save button', isButton('Uitkomst opslaan'));
    await press(page, 'Enter');
    await waitForNotice(page, 'Uitkomst opgeslagen: reeds openbaar (staat al ergens openbaar).');
    expect(await staff.call(cookie, 'GET', outcomePath)).toMatchObject({
      outcome: 'reeds_openbaar',
      alreadyPublicUrl: 'https://open.overheid.nl/documenten/oep-1234',
    });
    const facts = await page.locator('.woo-review-outcome dl').innerText();
    expect(facts).toContain('reeds openbaar');
    expect(facts).toContain('https://open.overheid.nl/documenten/oep-1234');
    expect(await radio('reeds_openbaar').isChecked()).toBe(true);
    expect(await linkField.inputValue()).toBe('https://open.overheid.nl/documenten/oep-1234');
    await checkPage(page, 'review-16-outcome-saved');

    // Every region decided, submitted and approved by a second person (through the API).
    const regions = await staff.call(cookie, 'GET', `/api/v1/documents/${documentId}/regions`);
    for (const region of regions.pages.flatMap((p: { regions: { id: string; status: string }[] }) => p.regions)) {
      if (region.status === 'proposed') await staff.call(cookie, 'POST', `/api/v1/regions/${region.id}/accept`, {});
    }
    await staff.call(cookie, 'POST', `/api/v1/documents/${documentId}/review/submit`, {});
    const reviewerCookie = await staff.login(server.reviewer);
    await staff.call(reviewerCookie, 'POST', `/api/v1/documents/${documentId}/review/approve`, {});

    // After approval the form says beforehand that another outcome opens the review again; it does.
    await page.reload();
    await page.locator('form.woo-review-outcome__form').waitFor();
    expect(await page.locator('#review-outcome-choose-hint').innerText()).toContain(
      'Een andere uitkomst zet haar weer open.',
    );
    await tabTo(page, 'the chosen outcome', `(el) => el?.id === 'review-outcome-reeds_openbaar'`);
    await press(page, 'ArrowUp');
    expect(await radio('niet_openbaar').isChecked()).toBe(true);
    expect(await linkField.count()).toBe(0);
    await tabTo(page, 'the save button', isButton('Uitkomst opslaan'));
    await press(page, 'Enter');
    await waitForNotice(page, 'Uitkomst opgeslagen: niet openbaar. Daardoor staat de beoordeling weer open');
    await page.locator('.woo-review-flow__status', { hasText: 'Deze beoordeling staat open.' }).waitFor();
    const after = await staff.call(cookie, 'GET', outcomePath);
    expect(after).toMatchObject({ outcome: 'niet_openbaar', alreadyPublicUrl: null, review: { reviewStatus: 'open' } });
    // Accepted regions and niet openbaar disagree with the grounds or not: whatever the API notices, the page shows.
    for (const found of after.notices)
      expect(await page.locator('.woo-review-outcome').innerText()).toContain(found.nl);
    await checkPage(page, 'review-17-outcome-reopened');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Choose the outcome', { exact: true }).waitFor();
    expect(await page.locator('label[for="review-outcome-deels_openbaar"]').innerText()).toBe(
      'partly public (deels openbaar) (according to the redactions)',
    );
    await checkPage(page, 'review-17b-outcome-english');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByText('Uitkomst kiezen', { exact: true }).waitFor();

    // The case page: the timeline in words (the region decisions of the document as one line with counts), and
    // deciding only in the Besluit section once a decision is drafted.
    const { caseId } = await staff.call(cookie, 'GET', `/api/v1/documents/${documentId}`);
    await staff.call(cookie, 'POST', `/api/v1/cases/${caseId}/actions/documents_collected`, {});
    await staff.call(cookie, 'POST', `/api/v1/cases/${caseId}/actions/decision_drafted`, {});
    await page.goto(`${server.base}/cases/${caseId}`);
    const timeline = page.locator('section[aria-labelledby="timeline-title"]');
    await timeline.getByText('Lakkingen ingediend bij tweede beoordelaar · document 1').waitFor();
    const timelineText = await timeline.innerText();
    expect(timelineText).not.toContain('event.');
    expect(timelineText).not.toContain('document.');
    expect(timelineText).toMatch(/Lakkingen beoordeeld in document 1: \d+ geaccepteerd/);
    expect(timelineText).toContain('Lakking beoordeeld in document 1: 1 geaccepteerd');
    for (const label of [
      'Uitkomst van document gekozen · document 1',
      'Lakkingen goedgekeurd door tweede beoordelaar · document 1',
      'Beoordeling van lakkingen weer geopend · document 1',
      'Conceptbesluit opgesteld',
    ]) {
      expect(timelineText).toContain(label);
    }
    // Newest first, numbered down to 1; the split per page behind its toggle.
    const items = timeline.locator('ol.woo-timeline > li');
    expect(await timeline.locator('ol.woo-timeline').getAttribute('start')).toBe(String(await items.count()));
    const grouped = items.filter({ hasText: /Lakkingen beoordeeld in document 1/ });
    await grouped.getByText('Per pagina').click();
    expect(await grouped.locator('details li').innerText()).toMatch(/^Pagina 1: \d+ geaccepteerd$/);
    const choices = await page
      .locator('#action-choice option')
      .evaluateAll((options) => options.map((option) => (option as unknown as { value: string }).value));
    expect(choices).toContain('submitted_for_review');
    expect(choices).not.toContain('decided');
    const actions = page.locator('section[aria-labelledby="actions-title"]');
    expect(await actions.innerText()).toContain('Het besluit neemt u in het onderdeel Besluit.');
    await checkPage(page, 'review-18-case-timeline');
    await actions.getByRole('link', { name: 'Naar het besluit' }).click();
    expect(await focusedId(page)).toBe('decision-title');
  }, 300_000);
});
