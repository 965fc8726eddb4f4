// The zienswijze in a real browser, with the real pipeline in-process: a coordinator asks a named third party for a
// view on an uploaded letter (by its document number); the request e-mail carries a link that exists nowhere else; the
// third party opens it, sees the page as it would be published (an image made on the server with the proposed
// redactions burnt in), sends a view with one field wrong first, and gets a confirmation on the page and by e-mail;
// the coordinator sees the view received and the deadline moved. The admin opens the queue dashboard. Axe on every
// page of this app (not on Bull Board's own UI), screenshots into test-results/web/.
//
// Dates: received Monday 2 March 2026, deadline Monday 30 March. Zienswijze asked Wednesday 4 March (suspended from
// Thursday 5 March), the view arrives Tuesday 10 March: 5 days suspended, 30 March + 5 = Saturday 4 April; Sunday
// 5 April and Easter Monday 6 April are no working days (Atw), so the deadline becomes Tuesday 7 April 2026.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../infra/local/web-build.js';
import { textPdf } from '../../packages/pdf/src/testing/index.js';
import { checkPage, launchBrowser, screenshot, type TestBrowser } from './support/browser.js';
import { logIn } from './support/staff-login.js';
import { until } from './support/until.js';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.js';

let server: WebTestServer;
let browser: TestBrowser;
/** The third party's link of the first test, to look for in the queues of the second. */
let zienswijzeLink = '';

beforeAll(async () => {
  await ensureWebBuild();
  server = await startWebTestServer({ today: '2026-03-02', pipeline: true });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a zienswijze asked, answered by the third party, and the queues for the admin', () => {
  it('walks from the coordinator to the third party and back', async () => {
    const coordinator = await browser.newPage();
    await logIn(coordinator, server.base, server.coordinator);
    const api = coordinator.request;
    const staffPost = async (path: string, data: unknown) => {
      const response = await api.post(`${server.base}${path}`, { data, headers: { 'x-requested-with': 'test' } });
      expect(response.status(), await response.text()).toBeLessThan(300);
      return response.json();
    };

    // A request comes in, the coordinator phones, collects a letter that names a private person.
    const intake = await api.post(`${server.base}/api/v1/requests`, {
      data: {
        organisation: 'voorbeeldstad',
        question: 'Alle offertes voor de nieuwe brug over de Vaart.',
        requester: { name: 'Anna Aanvrager', email: 'anna.aanvrager@example.org' },
      },
    });
    expect(intake.status()).toBe(201);
    const list = await (await api.get(`${server.base}/api/v1/cases`)).json();
    const caseId: string = list.cases[0].id;
    await staffPost(`/api/v1/cases/${caseId}/actions/contact_logged`, {
      channel: 'phone',
      contactPerson: 'Anna Aanvrager',
      outcome: 'continues_formally',
    });
    const letter = Buffer.from(
      await textPdf({
        lines: [
          { text: 'Offerte brug over de Vaart', x: 72, y: 770, size: 18 },
          { text: 'Contactpersoon: g.devries@bouwbedrijf-noord.nl of 06-12345678.', x: 72, y: 700, size: 12 },
          { text: 'Bouwbedrijf Noord bouwt de brug voor 1,2 miljoen euro.', x: 72, y: 660, size: 12 },
        ],
      }),
    );
    const upload = await api.post(`${server.base}/api/v1/cases/${caseId}/documents`, {
      headers: { 'x-requested-with': 'test' },
      multipart: { files: { name: 'offerte.pdf', mimeType: 'application/pdf', buffer: letter } },
    });
    expect(upload.status(), await upload.text()).toBeLessThan(300);
    await staffPost(`/api/v1/cases/${caseId}/actions/documents_collected`, {});
    const documents = await until(
      'the letter ready for review',
      async () => (await (await api.get(`${server.base}/api/v1/cases/${caseId}/documents`)).json()).documents,
      (docs: { status: string; documentNumber: number }[]) => docs.length === 1 && docs[0]!.status === 'ready',
    );
    expect(documents[0]!.documentNumber).toBe(1);

    // Wednesday 4 March: the coordinator asks the zienswijze on the case page, naming document 1.
    server.clock.today = '2026-03-04';
    await coordinator.goto(`${server.base}/cases/${caseId}`);
    await coordinator.getByRole('heading', { level: 1, name: /^Verzoek / }).waitFor();
    await coordinator.locator('#action-choice').selectOption('zienswijze_asked');
    await coordinator.getByLabel('Uiterste datum voor de zienswijze').fill('2026-03-18');
    await coordinator.getByLabel('Naam van de derde').fill('Bouwbedrijf Noord B.V.');
    await coordinator.getByLabel('E-mailadres van de derde').fill('info@bouwbedrijf-noord.example');
    await coordinator.getByLabel(/Documenten die over de derde gaan/).fill('1');
    await checkPage(coordinator, 'third-party-01-coordinator-asks');
    await coordinator.getByRole('button', { name: 'Vastleggen: om zienswijze vragen' }).click();
    await coordinator.getByText('zienswijze verwacht uiterlijk woensdag 18 maart 2026').waitFor();
    expect(await coordinator.locator('main').innerText()).toContain('De termijn is opgeschort.');

    // The e-mail to the third party, with the link to their page.
    const mailbox = server.mailbox!;
    const requestMail = await until(
      'the zienswijze request mail',
      async () => mailbox.messages.find((mail) => mail.subject.startsWith('Uw mening gevraagd')),
      (mail) => mail !== undefined,
      60_000,
    );
    expect(requestMail!.to).toEqual(['info@bouwbedrijf-noord.example']);
    const link = new RegExp(`${server.base}/zienswijze/[A-Za-z0-9_-]{32}`).exec(requestMail!.text)?.[0];
    expect(link, requestMail!.text).toBeDefined();
    zienswijzeLink = link!;
    // Nothing about the requester in it.
    expect(requestMail!.text).not.toContain('Anna');

    // Tuesday 10 March: the third party opens the link.
    server.clock.today = '2026-03-10';
    const thirdParty = await browser.newPage();
    await thirdParty.goto(link!);
    await thirdParty.getByRole('heading', { level: 1, name: 'Uw zienswijze' }).waitFor();
    const main = thirdParty.locator('main');
    expect(await main.innerText()).toContain('U kunt reageren tot en met woensdag 18 maart 2026.');
    expect(await main.innerText()).toContain('Gemeente Voorbeeldstad');
    expect(await main.innerText()).not.toContain('Anna');
    const image = thirdParty.getByRole('img', { name: /^Pagina 1 van document 1, zoals die openbaar zou worden/ });
    await image.waitFor();
    // The image is the server's burnt-in rendering, loaded for real.
    expect(await image.getAttribute('src')).toMatch(
      /^\/api\/v1\/zienswijze\/[A-Za-z0-9_-]{32}\/documents\/[0-9a-f-]{36}\/pages\/1\/image$/,
    );
    await until(
      'the page image',
      () => image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth),
      (width) => width > 0,
      60_000,
    );
    expect(await image.getAttribute('alt')).toMatch(/Voorgestelde lakken: \d+ × 5\.1\.2e/);
    await image.scrollIntoViewIfNeeded();
    await checkPage(thirdParty, 'third-party-02-page');

    // One field wrong (too short for the server): the message sits next to it in Dutch, and the text stays.
    await thirdParty.getByLabel('Uw zienswijze', { exact: true }).fill('Nee.');
    await thirdParty.getByLabel('Ja, ik ben het er niet mee eens').check();
    await thirdParty.getByLabel('Hoe kunnen wij u bereiken?').fill('06 9876 5432');
    await thirdParty.getByRole('button', { name: 'Zienswijze versturen' }).click();
    const viewError = thirdParty.locator('#zienswijze-view-error');
    await viewError.waitFor();
    expect(await viewError.innerText()).toContain('Gebruik minstens 10 tekens.');
    const viewField = thirdParty.locator('#zienswijze-view');
    expect(await viewField.getAttribute('aria-invalid')).toBe('true');
    expect(await viewField.getAttribute('aria-describedby')).toContain('zienswijze-view-error');
    expect(await viewField.inputValue()).toBe('Nee.');
    expect(await thirdParty.getByLabel('Hoe kunnen wij u bereiken?').inputValue()).toBe('06 9876 5432');
    await checkPage(thirdParty, 'third-party-03-error');

    await viewField.fill('Wij maken bezwaar: de offerte toont onze prijsopbouw en de naam van onze medewerker.');
    await thirdParty.getByRole('button', { name: 'Zienswijze versturen' }).click();
    await thirdParty.getByRole('heading', { level: 1, name: 'Wij hebben uw zienswijze ontvangen' }).waitFor();
    expect(await main.innerText()).toContain('Wij hebben uw zienswijze ontvangen op dinsdag 10 maart 2026.');
    expect(await main.innerText()).toContain('U heeft laten weten dat u het niet eens bent met openbaarmaking.');
    await checkPage(thirdParty, 'third-party-04-confirmation');

    const confirmation = await until(
      'the confirmation mail',
      async () => mailbox.messages.find((mail) => mail.subject.startsWith('Wij hebben uw zienswijze ontvangen')),
      (mail) => mail !== undefined,
      60_000,
    );
    expect(confirmation!.to).toEqual(['info@bouwbedrijf-noord.example']);
    expect(confirmation!.text).toContain('dinsdag 10 maart 2026');

    // Opening the link again: the form says the view is in.
    await thirdParty.goto(link!);
    await thirdParty.getByText('Wij hebben uw zienswijze al ontvangen op dinsdag 10 maart 2026.').waitFor();
    expect(await thirdParty.getByRole('button', { name: 'Zienswijze versturen' }).count()).toBe(0);

    // The coordinator sees the view received and the deadline moved by the 5 suspended days (and Easter).
    await coordinator.goto(`${server.base}/cases/${caseId}`);
    await coordinator.getByText('zienswijze ontvangen op dinsdag 10 maart 2026').waitFor();
    expect(await coordinator.locator('main').innerText()).toContain('Uiterste beslisdatum: dinsdag 7 april 2026.');
    expect(await coordinator.locator('.woo-timeline').innerText()).toContain(
      'dinsdag 10 maart 2026 Zienswijze ontvangen · derde (belanghebbende)',
    );
    await checkPage(coordinator, 'third-party-05-coordinator-sees-view');

    // A wrong link: a clear message, no page.
    await thirdParty.goto(`${server.base}/zienswijze/${'x'.repeat(32)}`);
    await thirdParty.getByText(/Deze link werkt niet \(meer\)/).waitFor();
    await checkPage(thirdParty, 'third-party-06-wrong-link');
  }, 300_000);

  it('gives the admin a Wachtrijen link to the queue dashboard, and the coordinator none', async () => {
    const coordinator = await browser.newPage();
    await logIn(coordinator, server.base, server.coordinator);
    expect(await coordinator.getByRole('link', { name: 'Wachtrijen' }).count()).toBe(0);

    const admin = await browser.newPage();
    await logIn(admin, server.base, server.admin);
    const queues = admin.getByRole('link', { name: 'Wachtrijen' });
    await checkPage(admin, 'third-party-07-admin-nav');
    await queues.click();
    await admin.waitForURL(`${server.base}/admin/queues`);
    // Bull Board's own page: every queue of the workers is listed, the detection queues per ground among them.
    await admin.getByText('detect.5.1.2e').first().waitFor({ timeout: 30_000 });
    await admin.getByText('notifications').first().waitFor();
    await screenshot(admin, 'third-party-08-queue-dashboard');

    // What Bull Board shows of the jobs: ids only — no token, no address, no name.
    const token = zienswijzeLink.split('/').pop()!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    for (const queue of ['notifications', 'ingest', 'ocr', 'detect', 'detect.5.1.2e']) {
      const shown = await admin.request.get(
        `${server.base}/admin/queues/api/queues?activeQueue=${encodeURIComponent(queue)}&status=completed`,
      );
      expect(shown.status()).toBe(200);
      const text = await shown.text();
      for (const secret of [token, 'bouwbedrijf-noord', 'Anna', 'g.devries']) expect(text).not.toContain(secret);
      const jobs = (
        (await shown.json()) as { queues: { name: string; jobs: { data: Record<string, unknown> }[] }[] }
      ).queues.find((candidate) => candidate.name === queue)!.jobs;
      expect(jobs.length, queue).toBeGreaterThan(0);
      for (const job of jobs) {
        for (const value of Object.values(job.data))
          expect(String(value)).toMatch(/^[0-9a-f-]{36}$|^\d+$|^[a-z0-9.]+$/);
      }
    }
  }, 120_000);
});
