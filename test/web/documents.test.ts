// Documents on the case page in a real browser, with the real pipeline in-process (ingest, OCR, detection, burn-in,
// leak gate): the coordinator chooses five files with the file input — a scan, an e-mail with a PDF attachment, a text
// PDF, a ZIP named .pdf and an encrypted PDF — sees each one being sent, then follows every document without
// reloading until it is ready for review (the scan through OCR), the attachment under its e-mail, the ZIP and the
// encrypted PDF failed with their Dutch reasons. A file dropped on the drop zone is marked as a duplicate. A reviewer
// sees the documents but cannot add any. After its review the memo is followed through burn-in and the leak gate, and
// an upload that meets an ended session is sent after the inline login. Axe on every state, screenshots into
// test-results/web/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { Organisation } from '@woo/db';
import { aCase } from '@woo/db/testing';
import { ensureWebBuild } from '../../infra/local/web-build.js';
import { encryptedPdf, scannedPdf, textPdf, zipFile } from '../../packages/pdf/src/testing/index.js';
import { buildEml } from '../../packages/documents/src/ingest/email/test-eml.js';
import { accessibilityViolations, checkPage, launchBrowser, screenshot, type TestBrowser } from './support/browser.js';
import { logIn } from './support/staff-login.js';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.js';

let server: WebTestServer;
let browser: TestBrowser;

beforeAll(async () => {
  await ensureWebBuild();
  // An upload limit of 5 MB: every file of the test is far smaller, but for the one that must be refused unsent.
  server = await startWebTestServer({ today: '2026-03-02', pipeline: true, maxFileBytes: 5 * 1024 * 1024 });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Every text the stage, page-count and upload elements had, recorded in the page as it changes. (Scripts run in the
 * page are strings: this project's type-check has no DOM library.)
 */
const recordStatesScript = `(() => {
  const seen = [];
  window.seenStates = seen;
  const note = () => {
    for (const doc of document.querySelectorAll('.woo-doc')) {
      const name = doc.querySelector(':scope > .woo-doc__head .woo-doc__name')?.textContent ?? '';
      const stage = doc.querySelector(':scope > .woo-doc__head .woo-doc__stage')?.textContent ?? '';
      const pages = doc.querySelector(':scope > .woo-doc__pages label')?.textContent ?? '';
      const line = name + ' | ' + stage + ' | ' + pages;
      if (!seen.includes(line)) seen.push(line);
    }
    for (const upload of document.querySelectorAll('.woo-upload')) {
      const bar = upload.querySelector('progress');
      const line = 'upload ' + upload.querySelector('label')?.textContent + ' | ' + bar?.value + '/' + bar?.max;
      if (!seen.includes(line)) seen.push(line);
    }
  };
  new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

const seenStates = (page: Page) => page.evaluate<string[]>('window.seenStates');

/** Drops a file with the given bytes (base64) on the drop zone, as a browser does: dragenter, dragover, drop. */
const dropFileScript = (name: string, base64: string) => `(() => {
  const bytes = Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], ${JSON.stringify(name)}, { type: 'application/pdf' }));
  const zone = document.querySelector('.woo-dropzone');
  for (const type of ['dragenter', 'dragover', 'drop']) {
    zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }
})()`;

/** The document item whose own name (not an attachment's) is `filename`. */
const documentItem = (page: Page, filename: string) =>
  page.locator('li.woo-doc').filter({
    has: page.locator(':scope > .woo-doc__head .woo-doc__name', { hasText: new RegExp(`^${filename}$`) }),
  });

describe('documents on the case page', () => {
  it('uploads many files with progress and follows each document live until it is ready for review', async () => {
    const coordinator = await browser.newPage();
    await logIn(coordinator, server.base, server.coordinator);
    const em = server.db.orm.em.fork();
    const kase = aCase(em, { organisation: await em.findOneOrFail(Organisation, { slug: 'voorbeeldstad' }) });
    await em.flush();
    const caseId = kase.id;

    await coordinator.goto(`${server.base}/cases/${caseId}`);
    await coordinator.getByRole('heading', { level: 1, name: /^Verzoek / }).waitFor();
    await coordinator.getByText('Er zijn nog geen documenten bij dit verzoek.').waitFor();
    // The drop zone is a real file input with a label and a hint.
    const input = coordinator.getByLabel('Kies bestanden');
    expect(await input.getAttribute('type')).toBe('file');
    expect(await input.getAttribute('multiple')).not.toBeNull();
    expect(await input.getAttribute('aria-describedby')).toBe('documents-files-hint');
    // Reached by the keyboard like any field: the next stop after the action choice above it.
    await coordinator.getByLabel('Wat wilt u vastleggen?').focus();
    await coordinator.keyboard.press('Tab');
    expect(await coordinator.evaluate<string>("document.activeElement?.id ?? ''")).toBe('documents-files');
    await screenshot(coordinator, 'documents-01b-input-focused');
    await checkPage(coordinator, 'documents-01-empty');

    const letter = Buffer.from(
      await textPdf({
        lines: [
          { text: 'Memo over de brug over de Vaart', x: 72, y: 770, size: 16 },
          { text: 'Contact: p.jansen@example.nl of 06-12345678.', x: 72, y: 700, size: 12 },
        ],
      }),
    );
    const attachment = Buffer.from(
      await textPdf({ lines: [{ text: 'Bijlage: planning van de brug', x: 72, y: 770, size: 14 }] }),
    );
    const eml = buildEml({
      subject: 'Planning brug',
      body: 'Beste collega, in de bijlage de planning. Groet, Pieter Jansen',
      attachments: [{ filename: 'planning.pdf', contentType: 'application/pdf', content: attachment }],
    });
    const scan = Buffer.from(await scannedPdf(300));

    // Sending is slowed down (as on a slow line), so that the bars can be seen moving.
    const cdp: CDPSession = await coordinator.context().newCDPSession(coordinator);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 96 * 1024,
    });
    await coordinator.evaluate(recordStatesScript);
    await input.setInputFiles([
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: scan },
      { name: 'e-mail planning.eml', mimeType: 'message/rfc822', buffer: Buffer.from(eml) },
      { name: 'memo.pdf', mimeType: 'application/pdf', buffer: letter },
      {
        name: 'notulen.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(zipFile('notulen.txt', 'Notulen van het overleg')),
      },
      { name: 'beveiligd.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await encryptedPdf()) },
    ]);

    // Every file gets its own labelled bar at once; the last ones wait for their turn.
    const uploads = coordinator.locator('.woo-upload');
    await expect.poll(() => uploads.count()).toBe(5);
    const scanBar = coordinator.getByLabel('Versturen van scan.pdf');
    expect(await scanBar.evaluate((element) => element.tagName)).toBe('PROGRESS');
    expect(await uploads.nth(4).locator('.woo-upload__state').innerText()).toBe('wacht op zijn beurt');
    // Photographed at once (axe takes a moment), then checked.
    await screenshot(coordinator, 'documents-02-uploading');
    expect(await accessibilityViolations(coordinator), 'axe while uploading').toEqual([]);

    // All five sent, each with the number of its document.
    await expect
      .poll(() => uploads.locator('.woo-upload__state').allInnerTexts(), { timeout: 60_000 })
      .toEqual([
        expect.stringMatching(/^verstuurd, dit is document \d+$/),
        expect.stringMatching(/^verstuurd, dit is document \d+$/),
        expect.stringMatching(/^verstuurd, dit is document \d+$/),
        expect.stringMatching(/^verstuurd, dit is document \d+$/),
        expect.stringMatching(/^verstuurd, dit is document \d+$/),
      ]);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    for (let i = 0; i < 5; i += 1) {
      const bar = uploads.nth(i).locator('progress');
      expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
    }
    // The scan's bar was seen between empty and full.
    const scanUploads = (await seenStates(coordinator)).filter((line) =>
      line.startsWith('upload Versturen van scan.pdf'),
    );
    expect(
      scanUploads.some((line) => {
        const [value, max] = line.split(' | ')[1]!.split('/').map(Number);
        return value! > 0 && value! < max!;
      }),
      scanUploads.join('\n'),
    ).toBe(true);

    // Processing, live: the ZIP fails with the reason in Dutch, the others reach "ready for review".
    const zip = documentItem(coordinator, 'notulen.pdf');
    await zip.locator('.woo-doc__reason').waitFor({ timeout: 60_000 });
    expect(await zip.locator('.woo-doc__stage').innerText()).toBe('Mislukt');
    expect(await zip.locator('.woo-doc__reason').innerText()).toBe(
      'Reden: Het bestand is geen PDF maar een ZIP-bestand',
    );
    expect(await zip.locator('.woo-step--failed').innerText()).toBe('Bestand controleren: mislukt');
    expect(await zip.locator('.woo-doc__review').count()).toBe(0);
    const encrypted = documentItem(coordinator, 'beveiligd.pdf');
    await encrypted.locator('.woo-doc__reason').waitFor({ timeout: 60_000 });
    expect(await encrypted.locator('.woo-doc__reason').innerText()).toMatch(/^Reden: .*PDF is versleuteld/);
    await checkPage(coordinator, 'documents-03-processing');

    const ready = ['scan.pdf', 'e-mail planning.eml', 'memo.pdf', 'planning.pdf'];
    for (const filename of ready) {
      await expect
        .poll(
          () => documentItem(coordinator, filename).locator(':scope > .woo-doc__head .woo-doc__stage').innerText(),
          {
            timeout: 180_000,
            interval: 500,
          },
        )
        .toBe('Klaar om te beoordelen');
    }

    // The attachment sits under its e-mail.
    const email = documentItem(coordinator, 'e-mail planning.eml');
    const attachments = email.locator('.woo-doc__attachments');
    expect(await attachments.locator('.woo-doc__attachments-title').innerText()).toBe('Bijlagen van deze e-mail');
    expect(await attachments.locator('.woo-doc__name').allInnerTexts()).toEqual(['planning.pdf']);

    // The scan was read by OCR, page by page; its way there was seen without a reload.
    const scanItem = documentItem(coordinator, 'scan.pdf');
    expect(await scanItem.locator('.woo-doc__pages').innerText()).toContain('1 van 1 pagina’s gelezen');
    expect(await scanItem.locator('.woo-doc__pages-how').innerText()).toBe(
      '0 met eigen tekst, 1 met tekstherkenning (OCR)',
    );
    const scanStates = (await seenStates(coordinator)).filter((line) => line.startsWith('scan.pdf |'));
    expect(scanStates[scanStates.length - 1]).toBe('scan.pdf | Klaar om te beoordelen | 1 van 1 pagina’s gelezen');
    expect(
      scanStates.some((line) => /De pagina’s worden gelezen|Het bestand wordt gecontroleerd|Ontvangen/.test(line)),
      scanStates.join('\n'),
    ).toBe(true);
    await scanItem.getByText('Voortgang per pagina').click();
    await expect
      .poll(() => scanItem.locator('.woo-doc__page-list').innerText())
      .toBe('Pagina 1: gelezen met tekstherkenning (OCR), doorzocht');
    const memo = documentItem(coordinator, 'memo.pdf');
    await memo.getByText('Voortgang per pagina').click();
    await expect
      .poll(() => memo.locator('.woo-doc__page-list').innerText())
      .toBe('Pagina 1: gelezen (eigen tekst), doorzocht');
    // Detection per ground: the memo's e-mail address and phone number are personal data (5.1.2e).
    expect(await memo.locator('.woo-step', { hasText: 'Zoeken naar gegevens om te lakken' }).innerText()).toMatch(
      /^Zoeken naar gegevens om te lakken: klaar — gevonden: .*[1-9]× 5\.1\.2e/,
    );
    expect(await memo.locator('.woo-step--action').innerText()).toBe('Beoordelen: wacht op beoordeling');

    // Each ready document links to its review page.
    const reviewLink = memo.getByRole('link', { name: 'Beoordelen: memo.pdf', exact: true });
    expect(await reviewLink.getAttribute('href')).toMatch(/^\/documenten\/[0-9a-f-]{36}\/beoordelen$/);

    // One polite summary for screen readers, no other live region in the section.
    const summary = coordinator.locator('.woo-documents__summary');
    expect(await summary.getAttribute('aria-live')).toBe('polite');
    expect(await summary.innerText()).toBe(
      '5 van 5 bestanden verstuurd. 6 documenten: 0 in verwerking, 4 klaar om te beoordelen, 0 gelakt en gecontroleerd, 2 mislukt.',
    );
    expect(await coordinator.locator('.woo-documents [aria-live], .woo-documents [role="status"]').count()).toBe(1);
    await checkPage(coordinator, 'documents-04-ready');

    // Drag and drop: the memo again, dropped on the zone, is marked as a duplicate of the first.
    const memoNumber = await memo.getAttribute('data-document-number');
    await coordinator.evaluate(dropFileScript('memo kopie.pdf', letter.toString('base64')));
    const copy = documentItem(coordinator, 'memo kopie.pdf');
    await copy.waitFor({ timeout: 30_000 });
    expect(await copy.locator('.woo-doc__duplicate').innerText()).toBe(
      `Dubbel: hetzelfde bestand als document ${memoNumber}`,
    );
    expect(await uploads.count()).toBe(6);
    await expect
      .poll(() => copy.locator(':scope > .woo-doc__head .woo-doc__stage').innerText(), { timeout: 120_000 })
      .toBe('Klaar om te beoordelen');
    await checkPage(coordinator, 'documents-05-dropped-duplicate');

    // English: the same page in the other language, the Dutch reason marked as such.
    await coordinator.getByRole('button', { name: 'English' }).click();
    await zip
      .locator('.woo-doc__reason')
      .getByText('Reason (in Dutch): Het bestand is geen PDF maar een ZIP-bestand')
      .waitFor();
    expect(await memo.locator(':scope > .woo-doc__head .woo-doc__stage').innerText()).toBe('Ready for review');
    await checkPage(coordinator, 'documents-06-english');
    await coordinator.getByRole('button', { name: 'Nederlands' }).click();

    // A reviewer reads the documents but adds none.
    const reviewer = await browser.newPage();
    await logIn(reviewer, server.base, server.reviewer);
    await reviewer.goto(`${server.base}/cases/${caseId}`);
    await reviewer.getByText('Alleen een Woo-coördinator kan documenten toevoegen.').waitFor();
    expect(await reviewer.locator('input[type="file"]').count()).toBe(0);
    await documentItem(reviewer, 'scan.pdf').waitFor();
    await checkPage(reviewer, 'documents-07-reviewer');

    // After the review (regions accepted and submitted by the coordinator, approved by the reviewer) the coordinator's
    // page, not reloaded, follows the memo through burn-in and the leak gate.
    const memoId = (await reviewLink.getAttribute('href'))!.split('/')[2]!;
    const csrf = { 'x-requested-with': 'woo-web' };
    const regions = (await (
      await coordinator.request.get(`${server.base}/api/v1/documents/${memoId}/regions`)
    ).json()) as { pages: { regions: { id: string; status: string }[] }[] };
    const proposed = regions.pages.flatMap((page) => page.regions).filter((region) => region.status === 'proposed');
    expect(proposed.length).toBeGreaterThan(0);
    for (const region of proposed) {
      const accepted = await coordinator.request.post(`${server.base}/api/v1/regions/${region.id}/accept`, {
        headers: csrf,
        data: {},
      });
      expect(accepted.status(), await accepted.text()).toBe(200);
    }
    const submitted = await coordinator.request.post(`${server.base}/api/v1/documents/${memoId}/review/submit`, {
      headers: csrf,
      data: {},
    });
    expect(submitted.status(), await submitted.text()).toBe(200);
    await expect
      .poll(() => memo.locator(':scope > .woo-doc__head .woo-doc__stage').innerText(), { timeout: 30_000 })
      .toBe('Wacht op de tweede beoordelaar');
    expect(await memo.locator('.woo-step--action').innerText()).toBe('Beoordelen: wacht op de tweede beoordelaar');
    const approved = await reviewer.request.post(`${server.base}/api/v1/documents/${memoId}/review/approve`, {
      headers: csrf,
      data: {},
    });
    expect(approved.status(), await approved.text()).toBe(200);
    await expect
      .poll(() => memo.locator(':scope > .woo-doc__head .woo-doc__stage').innerText(), { timeout: 180_000 })
      .toBe('Gelakt en gecontroleerd');
    expect(await memo.locator('.woo-step').allInnerTexts()).toEqual([
      'Ontvangen: klaar',
      'Bestand controleren: klaar',
      'Pagina’s lezen: klaar',
      expect.stringMatching(/^Zoeken naar gegevens om te lakken: klaar — gevonden: /),
      'Beoordelen: klaar',
      'Lakken: klaar',
      'Lekcontrole: klaar',
    ]);
    expect(await coordinator.locator('.woo-documents__summary').innerText()).toContain(
      '7 documenten: 0 in verwerking, 4 klaar om te beoordelen, 1 gelakt en gecontroleerd, 2 mislukt.',
    );
    await checkPage(coordinator, 'documents-08-redacted-and-checked');

    // The session ends while files are chosen: the login appears inline, and after it the file is sent.
    await server.expireSessions();
    await input.setInputFiles([
      {
        name: 'na herlogin.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(await textPdf({ lines: [{ text: 'Verslag na herlogin', x: 72, y: 770, size: 14 }] })),
      },
    ]);
    const relogin = coordinator.locator('section.woo-relogin');
    await relogin.waitFor();
    await expect
      .poll(() => uploads.last().locator('.woo-upload__state').innerText())
      .toBe('wacht tot u weer bent ingelogd');
    await checkPage(coordinator, 'documents-09-session-expired');
    await relogin.getByLabel('Wachtwoord').fill(server.coordinator.password);
    await relogin.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect
      .poll(() => uploads.last().locator('.woo-upload__state').innerText(), { timeout: 30_000 })
      .toBe('verstuurd, dit is document 8');
    await documentItem(coordinator, 'na herlogin.pdf').waitFor();
    expect(await relogin.count()).toBe(0);

    // A file over the limit is refused at once, in the API's words, and never sent.
    const uploadsSent: string[] = [];
    coordinator.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/documents')) uploadsSent.push(request.url());
    });
    await input.setInputFiles([
      { name: 'veel te groot.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(6 * 1024 * 1024, 0x25) },
    ]);
    await expect
      .poll(() => uploads.last().locator('.woo-upload__state').innerText())
      .toBe('niet toegevoegd: Het bestand is te groot (maximaal 5 MB)');
    expect(uploadsSent).toEqual([]);
    await checkPage(coordinator, 'documents-10-too-large');

    // The network drops during sending: the file stays in the list and goes again with one button.
    const uploadRoute = /\/api\/v1\/cases\/[^/]+\/documents$/;
    await coordinator.route(uploadRoute, (route) =>
      route.request().method() === 'POST' ? route.abort('connectionreset') : route.continue(),
    );
    await input.setInputFiles([
      {
        name: 'na storing.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(await textPdf({ lines: [{ text: 'Verslag na storing', x: 72, y: 770, size: 14 }] })),
      },
    ]);
    await expect.poll(() => uploads.last().locator('.woo-upload__state').innerText()).toMatch(/^niet verstuurd: /);
    await coordinator.unroute(uploadRoute);
    await uploads.last().getByRole('button', { name: 'Opnieuw versturen: na storing.pdf' }).click();
    await expect
      .poll(() => uploads.last().locator('.woo-upload__state').innerText(), { timeout: 30_000 })
      .toBe('verstuurd, dit is document 9');
  }, 480_000);
});
