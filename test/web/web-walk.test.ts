// The web workplace in a real browser: a requester submits a request (one bad field first), a coordinator logs in,
// finds it in the work list, logs a contact moment and asks a precisering; the requester answers on the status page;
// the coordinator sees the clock move and goes on to documents collected. Every page is checked with axe and
// photographed into test-results/web/.
//
// Dates: Monday 2 March 2026 + 28 days = Monday 30 March. Precisering asked on Wednesday 4 March (suspended from
// Thursday 5 March), answered on Tuesday 10 March: 5 days suspended, 30 March + 5 = Saturday 4 April; Sunday 5 April
// and Easter Monday 6 April are no working days either (Atw), so the deadline becomes Tuesday 7 April 2026.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureWebBuild } from '../../infra/local/web-build.js';
import { accessibilityViolations, launchBrowser, screenshot, type TestBrowser } from './support/browser.js';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.js';

let server: WebTestServer;
let browser: TestBrowser;

beforeAll(async () => {
  await ensureWebBuild();
  server = await startWebTestServer({ today: '2026-03-02' });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** No axe violations, then a screenshot. */
async function checkPage(page: Page, name: string) {
  expect(await accessibilityViolations(page), `axe on ${name}`).toEqual([]);
  await screenshot(page, name);
}

describe('the web workplace, from the public form to documents collected', () => {
  it('walks a request through the requester pages and the coordinator case work', async () => {
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

    // 10. Back on the work list, and the English switch.
    await coordinator.getByRole('link', { name: 'Werkvoorraad', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await coordinator.getByRole('button', { name: 'English' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Work list' }).waitFor();
    expect(await coordinator.evaluate<string>('document.documentElement.lang')).toBe('en');
    await checkPage(coordinator, '16-work-list-english');
  }, 150_000);

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
