// The web workplace in a real browser, the whole way (issue 5): a requester submits a request (one bad field first),
// a coordinator logs in, finds it in the work list, logs a contact moment and asks a precisering that the requester
// answers on the status page; the coordinator uploads a scanned letter and an e-mail with an attachment, reviews every
// document's regions by keyboard only, a second reviewer approves; a zienswijze is asked of a third party, who answers
// through the link in their e-mail; the coordinator drafts, previews and decides, publishes, and the requester
// downloads the redacted documents, in which the personal data is gone. The workers run in-process (ingest, OCR,
// detection, burn-in, leak gate, mail to a test SMTP server). Every page is checked with axe and photographed into
// test-results/web/.
//
// Dates: Monday 2 March 2026 + 28 days = Monday 30 March. Precisering asked on Wednesday 4 March (suspended from
// Thursday 5 March), answered on Tuesday 10 March: 5 days suspended, 30 March + 5 = Saturday 4 April; Sunday 5 April
// and Easter Monday 6 April are no working days either (Atw), so the deadline becomes Tuesday 7 April 2026.
// Zienswijze asked on Wednesday 11 March (suspended from Thursday 12 March), answered on Monday 16 March: 4 more days,
// 30 March + 9 = Wednesday 8 April 2026.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureWebBuild } from '../../infra/local/web-build.js';
import { scanOf, textPdf } from '../../packages/pdf/src/testing/index.js';
import { buildEml } from '../../packages/documents/src/ingest/email/test-eml.js';
import { checkPage, launchBrowser, type TestBrowser } from './support/browser.js';
import { isButton, isListbox, tabTo } from './support/keyboard.js';
import { pdfText } from './support/pdf-text.js';
import { keyboardLogin } from './support/staff-login.js';
import { until } from './support/until.js';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.js';

let server: WebTestServer;
let browser: TestBrowser;

beforeAll(async () => {
  await ensureWebBuild();
  server = await startWebTestServer({ today: '2026-03-02', pipeline: true });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const reviewNotice = (page: Page) => page.locator('main [role="status"].woo-live');

/**
 * The coordinator's review of one document by keyboard: every proposed region accepted with A (which moves on to the
 * next), then "Klaar, naar tweede beoordelaar" by Tab and Enter.
 */
async function reviewByKeyboard(page: Page, reviewUrl: string, name: string): Promise<number> {
  await page.goto(reviewUrl);
  await page.getByRole('heading', { level: 1, name: `Lakkingen beoordelen: ${name}` }).waitFor();
  await until(
    'the page image',
    () => page.locator('.woo-review-canvas__image').count(),
    (n) => n > 0,
    30_000,
  );
  const regions = await page.locator('[role="option"]').count();
  if (regions > 0) {
    await tabTo(page, 'the list of regions', isListbox);
    for (let i = 0; i < regions; i += 1) {
      await page.keyboard.press('a');
      await reviewNotice(page).getByText('Geaccepteerd:', { exact: false }).nth(0).waitFor();
    }
    await until(
      'every region accepted',
      () => page.locator('[role="option"]', { hasText: 'voorgesteld' }).count(),
      (open) => open === 0,
      30_000,
    );
  }
  await tabTo(page, 'the submit button', isButton('Klaar, naar tweede beoordelaar'));
  await page.keyboard.press('Enter');
  await reviewNotice(page).getByText('Ingediend. Een tweede beoordelaar kijkt de lakkingen na.').waitFor();
  return regions;
}

describe('the web workplace, from the public form to the published documents', () => {
  it('walks a request from the requester through case work, documents, review, zienswijze and decision to download', async () => {
    // 1. The requester fills in the public form, with a question that is too short.
    const requester = await browser.newPage();
    await requester.goto(`${server.base}/verzoek`);
    await expect.poll(() => requester.title()).toBe('Een Woo-verzoek indienen – Woo-verzoeken');
    // The only organisation is chosen already.
    await expect.poll(() => requester.locator('#intake-organisation').inputValue()).toBe('voorbeeldstad');
    await checkPage(requester, '01-intake-form');

    await requester.getByLabel('Welke informatie zoekt u?').fill('Brug');
    await requester.getByLabel('Naam').fill('Jan Jansen');
    await requester.getByLabel('E-mailadres').fill('jan@example.org');
    await requester.getByLabel('Telefoonnummer').fill('06 12345678');
    await requester.getByLabel('U mag mij bellen over mijn verzoek').check();
    await requester.getByRole('button', { name: 'Verzoek versturen' }).click();

    // The server's 400: the message in Dutch next to the field, tied to it, and everything typed is still there.
    const questionError = requester.locator('#intake-question-error');
    await questionError.waitFor();
    expect(await questionError.innerText()).toContain('Gebruik minstens 10 tekens.');
    const question = requester.locator('#intake-question');
    expect(await question.getAttribute('aria-invalid')).toBe('true');
    expect(await question.getAttribute('aria-describedby')).toContain('intake-question-error');
    expect(await question.inputValue()).toBe('Brug');
    expect(await requester.getByLabel('Naam').inputValue()).toBe('Jan Jansen');
    expect(await requester.getByLabel('U mag mij bellen over mijn verzoek').isChecked()).toBe(true);
    // The error summary has the focus and links to the field.
    expect(await requester.evaluate<string>("document.activeElement?.className ?? ''")).toContain('woo-error-summary');
    await checkPage(requester, '02-intake-error');

    await question.fill('Alle adviezen en e-mails over de nieuwe brug over de Vaart.');
    await requester.getByRole('button', { name: 'Verzoek versturen' }).click();
    await requester.getByRole('heading', { level: 1, name: 'Uw verzoek is verstuurd' }).waitFor();
    const trackingLink = requester.locator('a.woo-tracking-link');
    const statusUrl = (await trackingLink.getAttribute('href'))!;
    expect(statusUrl).toMatch(new RegExp(`^${server.base}/status/[A-Za-z0-9_-]{32}$`));
    expect(await requester.locator('main').innerText()).toContain('maandag 30 maart 2026');
    await checkPage(requester, '03-intake-sent');

    // 2. The status page behind the link.
    await trackingLink.click();
    await requester.getByRole('heading', { level: 1, name: 'Uw verzoek is binnen' }).waitFor();
    await requester.getByText('Waarom deze datum?').click();
    const deadline = requester.locator('section[aria-labelledby="deadline-title"]');
    expect(await deadline.innerText()).toContain('We beslissen uiterlijk op maandag 30 maart 2026.');
    expect(await deadline.locator('li').count()).toBeGreaterThan(1);
    await checkPage(requester, '04-status-received');

    // 3. The coordinator logs in on the work list's address and finds the request.
    server.clock.today = '2026-03-03';
    const coordinator = await browser.newPage();
    await coordinator.goto(`${server.base}/cases`);
    await coordinator.getByRole('heading', { level: 1, name: 'Inloggen voor medewerkers' }).waitFor();
    await checkPage(coordinator, '05-login');
    await coordinator.getByLabel('E-mailadres').fill(server.coordinator.email);
    await coordinator.getByLabel('Wachtwoord').fill(server.coordinator.password);
    await coordinator.getByRole('button', { name: 'Inloggen' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    const row = coordinator.locator('table.woo-cases tbody tr', { hasText: 'Jan Jansen' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Op schema');
    expect(await coordinator.locator('.woo-count--open').innerText()).toContain('1');
    await checkPage(coordinator, '06-work-list');

    // 4. The case page: log the contact moment.
    await row.getByRole('link').click();
    await coordinator.getByRole('heading', { level: 1, name: /^Verzoek / }).waitFor();
    expect(await coordinator.locator('.woo-question').innerText()).toContain('nieuwe brug over de Vaart');
    await checkPage(coordinator, '07-case-received');

    await coordinator.getByLabel('Wat wilt u vastleggen?').selectOption('contact_logged');
    await coordinator.getByLabel('Hoe was het contact?').selectOption('phone');
    await coordinator.getByLabel('Met wie sprak u?').fill('Jan Jansen');
    await coordinator.getByLabel('Uitkomst').selectOption('narrowed');
    await coordinator.getByLabel('Afgesproken onderwerpen').fill('Adviezen over de brug\nE-mails van de wethouder');
    await coordinator.getByLabel('Afgesproken periode').fill('2025');
    await checkPage(coordinator, '08-case-contact-form');
    await coordinator.getByRole('button', { name: 'Vastleggen: contact vastleggen' }).click();
    await coordinator.getByText('Opgeslagen: contact vastleggen.').waitFor();
    const main = coordinator.locator('main');
    expect(await main.innerText()).toContain('Eerste contact gehad op dinsdag 3 maart 2026.');
    expect(await main.innerText()).toContain('Adviezen over de brug, E-mails van de wethouder');

    // 5. Ask a precisering: first with a date in the future, which the API refuses in words; then as it happened.
    server.clock.today = '2026-03-04';
    await coordinator.getByLabel('Wat wilt u vastleggen?').selectOption('precisering_asked');
    await coordinator.getByLabel('Uiterste datum voor het antwoord').fill('2026-03-18');
    await coordinator.locator('#action-precisering_asked-on').fill('2026-03-09');
    await coordinator.getByRole('button', { name: 'Vastleggen: om precisering vragen' }).click();
    const refusal = coordinator.locator('.woo-error-summary');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('De datum maandag 9 maart 2026 ligt in de toekomst.');
    expect(await coordinator.getByLabel('Uiterste datum voor het antwoord').inputValue()).toBe('2026-03-18');
    await checkPage(coordinator, '09-case-action-refused');
    await coordinator.locator('#action-precisering_asked-on').fill('');
    await coordinator.getByRole('button', { name: 'Vastleggen: om precisering vragen' }).click();
    await coordinator.getByText('Opgeslagen: om precisering vragen.').waitFor();
    expect(await coordinator.locator('.woo-status-label').innerText()).toBe('Wacht op precisering');
    expect(await coordinator.locator('.woo-deadline').innerText()).toContain('De termijn is opgeschort');
    await checkPage(coordinator, '10-case-awaiting-precisering');

    // 6. The requester answers on the status page (an empty answer first: the message sits next to the field).
    server.clock.today = '2026-03-10';
    await requester.reload();
    await requester.getByRole('heading', { level: 1, name: 'We wachten op uw antwoord' }).waitFor();
    expect(await requester.locator('section[aria-labelledby="expected-title"]').innerText()).toContain(
      'woensdag 18 maart 2026',
    );
    await requester.getByRole('button', { name: 'Antwoord versturen' }).click();
    expect(await requester.locator('#precisering-answer-error').innerText()).toContain('Schrijf uw antwoord.');
    await checkPage(requester, '11-status-precisering-asked');
    await requester.getByLabel('Uw antwoord').fill('Alleen de adviezen van de brandweer en de e-mails van 2025.');
    await requester.getByRole('button', { name: 'Antwoord versturen' }).click();
    await requester.getByText('Dank u wel. We hebben uw antwoord ontvangen.').waitFor();
    expect(await requester.locator('main').innerText()).toContain('We hebben uw antwoord ontvangen.');
    await checkPage(requester, '12-status-answered');

    // 7. The coordinator sees the clock moved: 5 days suspended, Easter, Tuesday 7 April.
    await coordinator.reload();
    await coordinator.getByRole('heading', { level: 1, name: /^Verzoek / }).waitFor();
    const clock = coordinator.locator('section[aria-labelledby="clock-title"]');
    expect(await clock.locator('.woo-deadline').innerText()).toBe('Uiterste beslisdatum: dinsdag 7 april 2026.');
    await clock.getByText('Waarom deze datum?', { exact: true }).click();
    expect(await clock.innerText()).toMatch(/5 dagen/);
    await checkPage(coordinator, '13-case-clock-moved');

    // 8. The session ends while a note is typed: the login appears inline, the note stays and is saved afterwards.
    await server.expireSessions();
    await coordinator.getByLabel('Nieuwe notitie').fill('Brandweer gevraagd om de adviezen.');
    await coordinator.getByRole('button', { name: 'Notitie toevoegen' }).click();
    const relogin = coordinator.locator('section.woo-relogin');
    await relogin.waitFor();
    expect(await coordinator.getByLabel('Nieuwe notitie').inputValue()).toBe('Brandweer gevraagd om de adviezen.');
    await checkPage(coordinator, '14-case-session-expired');
    await relogin.getByLabel('Wachtwoord').fill(server.coordinator.password);
    await relogin.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await coordinator.getByText('Opgeslagen: notitie.').waitFor();
    expect(await coordinator.locator('.woo-notes').innerText()).toContain('Brandweer gevraagd om de adviezen.');
    expect(await relogin.count()).toBe(0);

    // 9. Documents collected.
    await coordinator.getByLabel('Wat wilt u vastleggen?').selectOption('documents_collected');
    await coordinator.getByRole('button', { name: 'Vastleggen: documenten verzameld' }).click();
    await coordinator.getByText('Opgeslagen: documenten verzameld.').waitFor();
    await coordinator
      .locator('section[aria-labelledby="timeline-title"]')
      .getByText('Documenten verzameld', { exact: true })
      .waitFor();
    await checkPage(coordinator, '15-case-documents-collected');

    // 10. The coordinator uploads a scanned letter and an e-mail with an attachment on the case page.
    const caseUrl = coordinator.url();
    const scan = Buffer.from(
      await scanOf(
        await textPdf({
          lines: [
            { text: 'Advies brandweer over de brug over de Vaart', x: 72, y: 760, size: 16 },
            { text: 'Aan: de heer Jan Jansen', x: 72, y: 720, size: 13 },
            { text: 'Telefoon: 06 12345678', x: 72, y: 700, size: 13 },
            { text: 'De brug voldoet aan de eisen voor brandveiligheid.', x: 72, y: 660, size: 13 },
          ],
        }),
        200,
      ),
    );
    const planning = Buffer.from(
      await textPdf({
        lines: [{ text: 'Planning van de brug over de Vaart: start in mei 2026.', x: 72, y: 770, size: 12 }],
      }),
    );
    const eml = Buffer.from(
      buildEml({
        from: 'Pieter Jansen <p.jansen@example.nl>',
        subject: 'Planning brug',
        body: 'Beste collega, in de bijlage de planning van de brug. Bel mij gerust op 06 87654321. Groet, Pieter Jansen',
        attachments: [{ filename: 'planning.pdf', contentType: 'application/pdf', content: planning }],
      }),
    );
    await coordinator.getByLabel('Kies bestanden').setInputFiles([
      { name: 'advies-brandweer.pdf', mimeType: 'application/pdf', buffer: scan },
      { name: 'planning-brug.eml', mimeType: 'message/rfc822', buffer: eml },
    ]);
    // Each document followed live on the page until it is ready for review: the scan through OCR, the attachment
    // under its e-mail.
    const documentStages = coordinator.locator('li.woo-doc .woo-doc__stage');
    await until(
      'three documents ready for review',
      () => documentStages.allInnerTexts(),
      (stages) => stages.length === 3 && stages.every((stage) => stage === 'Klaar om te beoordelen'),
      180_000,
    );
    const documentsText = await coordinator
      .locator('section', { has: coordinator.locator('li.woo-doc') })
      .first()
      .innerText();
    expect(documentsText).toContain('advies-brandweer.pdf');
    expect(documentsText).toContain('planning.pdf');
    await checkPage(coordinator, '21-case-documents-ready');
    const reviewLinks = await coordinator
      .locator('li.woo-doc a[href$="/beoordelen"]')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('href'), link.getAttribute('aria-label') ?? link.textContent]),
      );
    expect(reviewLinks).toHaveLength(3);

    // 11. The review, by keyboard only: every proposed region accepted, then submitted to the second reviewer.
    const reviewUrls = reviewLinks.map(([href]) => `${server.base}${href}`);
    const documentNames: string[] = [];
    for (const url of reviewUrls) {
      await coordinator.goto(url);
      const heading = await coordinator.getByRole('heading', { level: 1 }).innerText();
      documentNames.push(heading.replace('Lakkingen beoordelen: ', ''));
    }
    expect(documentNames).toContain('advies-brandweer.pdf');
    expect(documentNames).toContain('planning.pdf');
    let scanRegions = 0;
    for (const [index, url] of reviewUrls.entries()) {
      const regions = await reviewByKeyboard(coordinator, url, documentNames[index]!);
      if (documentNames[index] === 'advies-brandweer.pdf') {
        scanRegions = regions;
        await checkPage(coordinator, '22-review-scan-submitted');
      }
    }
    // The OCR'd scan had its name and phone number proposed.
    expect(scanRegions).toBeGreaterThanOrEqual(2);

    // 12. The second reviewer approves each document by keyboard; the burn-in and the leak gate follow.
    const reviewer = await browser.newPage();
    await reviewer.goto(reviewUrls[0]!);
    await keyboardLogin(reviewer, server.reviewer);
    for (const [index, url] of reviewUrls.entries()) {
      if (index > 0) await reviewer.goto(url);
      await reviewer
        .getByRole('heading', { level: 1, name: `Lakkingen beoordelen: ${documentNames[index]}` })
        .waitFor();
      await tabTo(reviewer, 'the approve button', isButton('Goedkeuren'));
      await reviewer.keyboard.press('Enter');
      await reviewNotice(reviewer).getByText('Goedgekeurd.').waitFor();
      if (index === 0) await checkPage(reviewer, '23-review-approved');
    }
    await coordinator.goto(caseUrl);
    await until(
      'three documents redacted and checked',
      () => documentStages.allInnerTexts(),
      (stages) => stages.length === 3 && stages.every((stage) => stage === 'Gelakt en gecontroleerd'),
      180_000,
    );
    await checkPage(coordinator, '24-case-documents-redacted');

    // 13. Wednesday 11 March: a zienswijze asked of the fire brigade's adviser on the scanned letter.
    server.clock.today = '2026-03-11';
    await coordinator.reload();
    await coordinator.getByRole('heading', { level: 1, name: /^Verzoek / }).waitFor();
    const scanNumber = await coordinator
      .locator('li.woo-doc', { hasText: 'advies-brandweer.pdf' })
      .first()
      .getAttribute('data-document-number');
    expect(scanNumber, 'the scan has a document number').toBeDefined();
    await coordinator.getByLabel('Wat wilt u vastleggen?').selectOption('zienswijze_asked');
    await coordinator.getByLabel('Uiterste datum voor de zienswijze').fill('2026-03-25');
    await coordinator.getByLabel('Naam van de derde').fill('Brandweer Veiligheidsregio');
    await coordinator.getByLabel('E-mailadres van de derde').fill('advies@brandweer.example');
    await coordinator.getByLabel(/Documenten die over de derde gaan/).fill(scanNumber!);
    await coordinator.getByRole('button', { name: 'Vastleggen: om zienswijze vragen' }).click();
    await coordinator.getByText('Opgeslagen: om zienswijze vragen.').waitFor();
    expect(await coordinator.locator('.woo-status-label').innerText()).toBe('Wacht op zienswijzen');
    await checkPage(coordinator, '25-case-zienswijze-asked');

    // 14. Monday 16 March: the third party opens the link from their e-mail, sees the redacted page, answers.
    const mail = await until(
      'the zienswijze request mail',
      async () => server.mailbox!.messages.find((message) => message.to.includes('advies@brandweer.example')),
      (message) => message !== undefined,
      60_000,
    );
    const link = new RegExp(`${server.base}/zienswijze/[A-Za-z0-9_-]{32}`).exec(mail!.text)?.[0];
    expect(link, mail!.text).toBeDefined();
    server.clock.today = '2026-03-16';
    const thirdParty = await browser.newPage();
    await thirdParty.goto(link!);
    await thirdParty.getByRole('heading', { level: 1, name: 'Uw zienswijze' }).waitFor();
    expect(await thirdParty.locator('main').innerText()).not.toContain('Jan Jansen');
    await thirdParty.getByRole('img', { name: /^Pagina 1 van document \d+, zoals die openbaar zou worden/ }).waitFor();
    await checkPage(thirdParty, '26-third-party-page');
    await thirdParty
      .getByLabel('Uw zienswijze', { exact: true })
      .fill('Geen bezwaar: het advies mag openbaar, zonder de namen van onze medewerkers.');
    await thirdParty.getByLabel('Nee, ik heb geen bezwaar').check();
    await thirdParty.getByLabel('Hoe kunnen wij u bereiken?').fill('advies@brandweer.example');
    await thirdParty.getByRole('button', { name: 'Zienswijze versturen' }).click();
    await thirdParty.getByRole('heading', { level: 1, name: 'Wij hebben uw zienswijze ontvangen' }).waitFor();
    await checkPage(thirdParty, '27-third-party-confirmation');

    // 15. The coordinator sees the view in and the clock moved: 4 more days, Wednesday 8 April.
    await coordinator.reload();
    await coordinator.getByText('zienswijze ontvangen op maandag 16 maart 2026').waitFor();
    expect(await clock.locator('.woo-deadline').innerText()).toBe('Uiterste beslisdatum: woensdag 8 april 2026.');

    // 16. Tuesday 17 March: the draft decision, reviewed by a colleague; the letter previewed and made final.
    server.clock.today = '2026-03-17';
    await coordinator.reload();
    await coordinator.getByRole('heading', { level: 1, name: /^Verzoek / }).waitFor();
    for (const [event, label] of [
      ['decision_drafted', 'conceptbesluit opstellen'],
      ['submitted_for_review', 'ter toetsing voorleggen'],
    ] as const) {
      await coordinator.getByLabel('Wat wilt u vastleggen?').selectOption(event);
      await coordinator.getByRole('button', { name: `Vastleggen: ${label}` }).click();
      await coordinator.getByText(`Opgeslagen: ${label}.`).waitFor();
    }
    await reviewer.goto(caseUrl);
    await reviewer.getByRole('heading', { level: 1, name: /^Verzoek / }).waitFor();
    await reviewer.getByLabel('Wat wilt u vastleggen?').selectOption('review_approved');
    await reviewer.getByRole('button', { name: 'Vastleggen: toetsing goedkeuren' }).click();
    await reviewer.getByText('Opgeslagen: toetsing goedkeuren.').waitFor();

    await coordinator.reload();
    const decision = coordinator.locator('section[aria-labelledby="decision-title"]');
    await decision.getByRole('heading', { level: 2, name: 'Besluit' }).waitFor();
    const inventory = decision.getByRole('table', { name: 'Beoordeling per document' });
    await expect.poll(() => inventory.locator('tbody tr').count(), { timeout: 30_000 }).toBe(3);
    const previewHref = await decision.getByRole('link', { name: /Voorbeeld bekijken/ }).getAttribute('href');
    const preview = await coordinator.request.get(`${server.base}${previewHref}`);
    expect(preview.headers()['content-type']).toBe('application/pdf');
    await decision.scrollIntoViewIfNeeded();
    await checkPage(coordinator, '28-case-decision-draft');
    await decision.getByRole('button', { name: 'Besluit definitief maken' }).click();
    await decision.getByText('Het besluit is definitief gemaakt.').waitFor();

    // 17. Publish: nothing blocks it any more (every document reviewed, redacted and through the leak gate).
    const publication = coordinator.locator('section[aria-labelledby="publication-title"]');
    await publication.getByText('Alles is klaar. U kunt het besluit met de documenten publiceren.').waitFor();
    await publication.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await publication.getByText('Het besluit is gepubliceerd.').waitFor();
    await publication.scrollIntoViewIfNeeded();
    await checkPage(coordinator, '29-case-published');

    // 18. The requester downloads the decision and the redacted documents from the status page.
    await requester.reload();
    const downloads = requester.locator('section[aria-labelledby="downloads-title"]');
    await downloads.getByRole('heading', { name: 'Besluit en documenten' }).waitFor();
    await downloads.scrollIntoViewIfNeeded();
    await checkPage(requester, '30-status-downloads');
    const [letterDownload] = await Promise.all([
      requester.waitForEvent('download'),
      downloads.getByRole('link', { name: 'Besluit downloaden (PDF)' }).click(),
    ]);
    expect(await pdfText((await letterDownload.path())!)).toContain('Gemeente Voorbeeldstad');
    const documentLinks = downloads.getByRole('link', { name: /^Document \d+:/ });
    expect(await documentLinks.count()).toBe(3);
    const scanLink = downloads.getByRole('link', { name: /advies-brandweer\.pdf/ });
    const [scanDownload] = await Promise.all([requester.waitForEvent('download'), scanLink.click()]);
    const scanPath = (await scanDownload.path())!;
    const scanBytes = await readFile(scanPath);
    // Still searchable (the invisible text layer), and the name and number are gone from text and bytes alike.
    expect(await pdfText(scanPath)).toMatch(/brandveiligheid/i);
    for (const secret of ['Jansen', '12345678']) {
      expect(await pdfText(scanPath), secret).not.toContain(secret);
      expect(scanBytes.toString('latin1'), secret).not.toContain(secret);
    }
    const mailLink = downloads.getByRole('link', { name: /planning-brug\.eml/ });
    const [mailDownload] = await Promise.all([requester.waitForEvent('download'), mailLink.click()]);
    const mailText = await pdfText((await mailDownload.path())!);
    for (const secret of ['p.jansen@example.nl', '87654321']) expect(mailText, secret).not.toContain(secret);

    // 19. Back on the work list, and the English switch.
    await coordinator.getByRole('link', { name: 'Werkvoorraad', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await coordinator.getByRole('button', { name: 'English' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Work list' }).waitFor();
    expect(await coordinator.evaluate<string>('document.documentElement.lang')).toBe('en');
    await checkPage(coordinator, '16-work-list-english');
  }, 900_000);

  it('registers a request received by phone with its real date, which its requester then withdraws', async () => {
    server.clock.today = '2026-03-10';
    const coordinator = await browser.newPage();
    await coordinator.goto(`${server.base}/login`);
    await coordinator.getByLabel('E-mailadres').fill(server.coordinator.email);
    await coordinator.getByLabel('Wachtwoord').fill(server.coordinator.password);
    await coordinator.getByRole('button', { name: 'Inloggen' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await coordinator.getByRole('link', { name: 'Verzoek registreren' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Verzoek registreren' }).waitFor();
    await coordinator.getByLabel('Hoe kwam het verzoek binnen?').selectOption('phone');
    await coordinator.getByLabel('Datum van ontvangst').fill('2026-03-06');
    await coordinator.getByLabel('Vraag van de verzoeker').fill('De verkeerstellingen op de Dorpsstraat van 2025.');
    await coordinator.getByLabel('Naam').fill('Piet Pieters');
    await coordinator.getByLabel('Postadres').fill('Dorpsstraat 2, 1234 AB Voorbeeldstad');
    await checkPage(coordinator, '17-register-form');
    await coordinator.getByRole('button', { name: 'Registreren' }).click();
    const done = coordinator.locator('main > [role="status"]');
    await done.waitFor();
    // Friday 6 March + 28 days = Friday 3 April, Good Friday; then the weekend and Easter Monday: Tuesday 7 April.
    expect(await done.innerText()).toContain('Uiterste beslisdatum: dinsdag 7 april 2026.');
    const statusUrl = (await done.getByRole('link', { name: /\/status\// }).getAttribute('href'))!;
    await checkPage(coordinator, '18-register-done');

    const requester = await browser.newPage();
    await requester.goto(statusUrl);
    await requester.getByRole('heading', { level: 1, name: 'Uw verzoek is binnen' }).waitFor();
    await requester.getByRole('button', { name: 'Verzoek intrekken' }).click();
    await requester.getByText('Weet u zeker dat u uw verzoek wilt intrekken?').waitFor();
    await checkPage(requester, '19-status-withdraw-confirm');
    await requester.getByRole('button', { name: 'Ja, trek mijn verzoek in' }).click();
    await requester.getByRole('heading', { level: 1, name: 'U heeft uw verzoek ingetrokken' }).waitFor();
    await requester.locator('.woo-live').getByText('Uw verzoek is ingetrokken.').waitFor();
    expect(await requester.getByRole('button', { name: 'Verzoek intrekken' }).count()).toBe(0);
    await checkPage(requester, '20-status-withdrawn');
  }, 60_000);
});
