// A naamgenoot in a real browser, by keyboard (issue #4): a letter to "mevrouw Meindertsma" that also names
// "Minister Meindertsma" goes through the real pipeline; the region over the private person's surname is accepted and
// approved through the API, and the leak gate fails the document on the open office holder. The coordinator opens the
// review page: the leak message names the region and offers "another person", which she records by keyboard; the
// review is open again, she submits, the reviewer sees the decision among the round's changes and approves, and the
// gate passes on the new revision. axe on every state; screenshots in test-results/web/review-namesake-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Organisation } from '@woo/db';
import { aCase } from '@woo/db/testing';
import { textPdf } from '../../packages/pdf/src/testing/index.js';
import { ensureWebBuild } from '../../infra/local/web-build.js';
import { checkPage, launchBrowser, type TestBrowser } from './support/browser.js';
import { isButton, press, tabTo } from './support/keyboard.js';
import { staffApi, type StaffApi } from './support/staff-api.js';
import { keyboardLogin } from './support/staff-login.js';
import { until } from './support/until.js';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.js';

let server: WebTestServer;
let browser: TestBrowser;
let staff: StaffApi;

const lines = [
  { text: 'Besluit op uw Woo-verzoek', x: 72, y: 770, size: 16 },
  { text: 'Geachte mevrouw Meindertsma, hierbij ontvangt u het besluit op uw verzoek.', x: 72, y: 720, size: 11 },
  { text: 'Minister Meindertsma heeft het voorstel besproken met het college.', x: 72, y: 700, size: 11 },
  { text: 'Met vriendelijke groet, de burgemeester van Voorbeeldstad', x: 72, y: 660, size: 11 },
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

const notice = (page: Page) => page.locator('main [role="status"].woo-live');

describe('a naamgenoot: the open occurrence is another person', () => {
  it('the leak message names the region; recorded by keyboard, submitted and approved, the gate passes', async () => {
    const coordinatorCookie = await staff.login(server.coordinator);
    const reviewerCookie = await staff.login(server.reviewer);
    const em = server.db.orm.em.fork();
    const organisation = await em.findOneOrFail(Organisation, { slug: 'voorbeeldstad' });
    const kase = aCase(em, { organisation, receivedOn: '2026-03-02' });
    await em.flush();
    const form = new FormData();
    form.append('files', new Blob([await textPdf({ lines })], { type: 'application/pdf' }), 'besluit.pdf');
    const upload = await staff.call(coordinatorCookie, 'POST', `/api/v1/cases/${kase.id}/documents`, form);
    const documentId: string = upload.documents[0].id;
    const document = (path = '') => staff.call(coordinatorCookie, 'GET', `/api/v1/documents/${documentId}${path}`);
    await until(
      'detection',
      () => document(),
      (doc) => doc.detectStatus === 'done',
    );

    // Through the API: the surname accepted, submitted and approved; the gate fails on the open office holder.
    const regions = await document('/regions');
    const surnames = regions.pages[0].regions.filter((region: { text: string }) => region.text === 'Meindertsma');
    expect(surnames).toHaveLength(1);
    const surname = surnames[0];
    for (const region of regions.pages[0].regions) {
      await staff.call(coordinatorCookie, 'POST', `/api/v1/regions/${region.id}/accept`, {});
    }
    await staff.call(coordinatorCookie, 'POST', `/api/v1/documents/${documentId}/review/submit`, {});
    await staff.call(reviewerCookie, 'POST', `/api/v1/documents/${documentId}/review/approve`, {});
    const failed = await until(
      'the leak gate',
      () => document(),
      (doc) => doc.leakGatePassed !== null,
    );
    expect(failed.leakGatePassed).toBe(false);
    expect(failed.leakReport).toContainEqual(expect.objectContaining({ kind: 'region-text', regionId: surname.id }));

    // 1. The coordinator opens the review page: the leak message says which region, and offers the action.
    const coordinator = await browser.newPage();
    await coordinator.goto(`${server.base}/documenten/${documentId}/beoordelen`);
    await keyboardLogin(coordinator, server.coordinator);
    const leak = coordinator.locator('.woo-review-leak');
    await leak.waitFor();
    expect(await leak.innerText()).toContain(
      'Pagina 1: de tekst van lakking "Meindertsma" staat nog leesbaar in de openbare versie.',
    );
    // The review panel says the check found text, not that the burn-in failed.
    await coordinator
      .locator('.woo-review-flow__redaction', { hasText: 'De controle vond tekst die zichtbaar bleef.' })
      .waitFor();
    await checkPage(coordinator, 'review-namesake-01-leak');

    // 2. By keyboard: "another person" in the leak message.
    await tabTo(coordinator, 'the namesake button', isButton('Andere persoon: mag elders blijven staan'));
    await press(coordinator, 'Enter');
    await notice(coordinator)
      .getByText('Vastgelegd: waar "Meindertsma" elders open staat, is dat een andere persoon.')
      .waitFor();
    // The region's panel says who recorded it and offers to withdraw it; the review is open again.
    const panel = coordinator.locator('.woo-review-panel');
    await panel
      .getByText(`Vastgelegd door ${server.coordinator.displayName}: elders open is een andere persoon.`)
      .waitFor();
    expect(await panel.getByRole('button', { name: 'Intrekken: het is dezelfde persoon' }).count()).toBe(1);
    expect(await leak.getByRole('button', { name: 'Andere persoon: mag elders blijven staan' }).count()).toBe(0);
    // The leak message says what happens next instead of offering the action again.
    await leak
      .getByText(
        'Vastgelegd als naamgenoot. Na de goedkeuring wordt het document opnieuw gelakt en opnieuw gecontroleerd.',
      )
      .waitFor();
    await coordinator.locator('.woo-review-flow__status', { hasText: 'Deze beoordeling staat open.' }).waitFor();
    await checkPage(coordinator, 'review-namesake-02-recorded');
    await tabTo(coordinator, 'the submit button', isButton('Klaar, naar tweede beoordelaar'));
    await press(coordinator, 'Enter');
    await notice(coordinator).getByText('Ingediend.', { exact: false }).waitFor();

    // 3. The reviewer sees the decision among the round's changes, and approves by keyboard.
    const reviewer = await browser.newPage();
    await reviewer.goto(`${server.base}/documenten/${documentId}/beoordelen`);
    await keyboardLogin(reviewer, server.reviewer);
    const changes = reviewer.locator('.woo-review-changes');
    await changes.waitFor();
    expect(await changes.innerText()).toContain(
      `${server.coordinator.displayName}: "Meindertsma" op pagina 1: vastgelegd: elders open is een andere persoon.`,
    );
    await checkPage(reviewer, 'review-namesake-03-second-reviewer');
    await tabTo(reviewer, 'the approve button', isButton('Goedkeuren'));
    await press(reviewer, 'Enter');
    await reviewer
      .locator('.woo-review-flow__redaction', { hasText: 'Klaar: de openbare versie is gemaakt en gecontroleerd.' })
      .waitFor({ timeout: 120_000 });
    expect(await reviewer.locator('.woo-review-leak').count()).toBe(0);
    await checkPage(reviewer, 'review-namesake-04-passed');

    const passed = await document();
    expect(passed).toMatchObject({ leakGatePassed: true, leakReport: [], redactStatus: 'done' });
  }, 400_000);
});
