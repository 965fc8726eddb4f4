// Moving and resizing a region's box on the review page, in a real browser against the real API and workers. By mouse:
// a box drawn a little off (over the word before "Zwaluw", too narrow) is dragged onto the word and widened at its
// right side; each release saves it once, the API stores the box and the text under it, and the region keeps its
// history. A box that the API refuses (deleted meanwhile by someone else) goes back to where it was and the API's
// reason shows. By keyboard: V in the list, arrows move, Shift+arrows move the right side, Ctrl one point, Enter
// saves, Escape puts it back; every step is announced. By single clicks (no drag, no keys): the panel's step buttons,
// Opslaan and Stoppen zonder opslaan. Once the review is submitted the box can no longer be changed.
// axe on every state; screenshots in test-results/web/review-box-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { helveticaWidth } from '../../packages/pdf/src/testing/index.js';
import { ensureWebBuild } from '../../infra/local/web-build.js';
import { checkPage, launchBrowser, type TestBrowser } from './support/browser.js';
import { isListbox, press, tabTo } from './support/keyboard.js';
import { uploadToNewCase } from './support/review-document.js';
import { staffApi, type StaffApi } from './support/staff-api.js';
import { keyboardLogin, logIn } from './support/staff-login.js';
import { startWebTestServer, type WebTestServer } from './support/web-test-server.js';

let server: WebTestServer;
let browser: TestBrowser;
let staff: StaffApi;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Region {
  id: string;
  text: string | null;
  box: Box;
  status: string;
}

/** A4 in points, as the test PDFs are made. */
const a4 = { width: 595, height: 842 };
const title = { text: 'Verslag overleg project Zwaluw', x: 72, y: 770, size: 16 };
const lines = [
  title,
  { text: 'Aanwezig: Pieter de Vries en de wethouder.', x: 72, y: 730, size: 11 },
  { text: 'Het project Zwaluw start in mei.', x: 72, y: 610, size: 11 },
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
const activeOption = (page: Page) => page.locator('[role="option"][aria-selected="true"]');
const focusedRole = (page: Page) => page.evaluate<string>("document.activeElement?.getAttribute('role') ?? ''");
const imageWidth = (page: Page) =>
  page
    .locator('.woo-review-canvas__image')
    .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth);
const handles = (page: Page) => page.locator('.woo-review-box--active .woo-review-handle');

/** Points on the page to pixels on the screen, where the page is now (a notice above it moves it down). */
async function at(page: Page, x: number, y: number) {
  const frame = (await page.locator('.woo-review-canvas').boundingBox())!;
  return { x: frame.x + (x / a4.width) * frame.width, y: frame.y + (y / a4.height) * frame.height };
}

/** A drag with the mouse from one point of the page to another (in points), in small steps as a hand does it. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const start = await at(page, from.x, from.y);
  const end = await at(page, to.x, to.y);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 10 });
  return {
    release: () => page.mouse.up(),
  };
}

/** One pixel on the screen is a little less than a point: a box placed by mouse is right to within a point or two. */
function expectNear(actual: Box, expected: Box, tolerance = 1.5) {
  for (const side of ['x', 'y', 'width', 'height'] as const) {
    expect(Math.abs(actual[side] - expected[side]), `${side}: ${actual[side]} against ${expected[side]}`).toBeLessThan(
      tolerance,
    );
  }
}

async function regionsOf(cookie: string, documentId: string): Promise<Region[]> {
  return (await staff.call(cookie, 'GET', `/api/v1/documents/${documentId}/regions`)).pages[0].regions;
}

async function regionById(cookie: string, documentId: string, id: string): Promise<Region> {
  return (await regionsOf(cookie, documentId)).find((region) => region.id === id)!;
}

/** The audit of the review: every box change of this region, with where it came from and went to. */
async function boxChanges(cookie: string, documentId: string, regionId: string) {
  const answer = await staff.call(cookie, 'GET', `/api/v1/documents/${documentId}/review/changes`);
  return (answer.changes as { type: string; data: { regionId?: string; from?: { box: Box }; to?: { box: Box } } }[])
    .filter((change) => change.type === 'document.region_changed' && change.data.regionId === regionId)
    .map((change) => ({ from: change.data.from!.box, to: change.data.to!.box }));
}

/** The box of a region as the page shows it, in points (from its position in percent of the page). */
async function shownBox(page: Page, regionId: string): Promise<Box> {
  const style = await page.locator(`.woo-review-box[data-region-id="${regionId}"]`).getAttribute('style');
  const percent = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)%`).exec(style ?? '')![1]);
  return {
    x: (percent('left') / 100) * a4.width,
    y: (percent('top') / 100) * a4.height,
    width: (percent('width') / 100) * a4.width,
    height: (percent('height') / 100) * a4.height,
  };
}

describe('moving and resizing a box on the review page', () => {
  it('by mouse: drag the box onto the word, drag its side wider, each saved on release; a refusal goes back', async () => {
    const cookie = await staff.login(server.coordinator);
    const documentId = await uploadToNewCase(server, staff, cookie, 'verslag-zwaluw-muis.pdf', lines);
    // "Zwaluw" in the title, and a box drawn by hand a little off: 30 points too far left and too narrow.
    const wordX = title.x + (await helveticaWidth('Verslag overleg project ', title.size));
    const wordWidth = await helveticaWidth('Zwaluw', title.size);
    const onWord = { x: wordX - 2, y: 52, width: wordWidth + 4, height: 28 };
    const off = { x: onWord.x - 30, y: onWord.y, width: onWord.width - 12, height: onWord.height };
    const added = await staff.call(cookie, 'POST', `/api/v1/documents/${documentId}/regions`, {
      page: 1,
      box: off,
      ground: '5.1.2i',
    });
    const regionId: string = added.region.id;
    // A second box by hand, which someone else deletes while the page is open.
    const doomed = await staff.call(cookie, 'POST', `/api/v1/documents/${documentId}/regions`, {
      page: 1,
      box: { x: 72, y: 225, width: 60, height: 16 },
      ground: '5.1.2i',
    });

    const page = await browser.newPage();
    await logIn(page, server.base, server.coordinator);
    await page.goto(`${server.base}/documenten/${documentId}/beoordelen`);
    await page.getByRole('heading', { level: 1, name: 'Lakkingen beoordelen: verslag-zwaluw-muis.pdf' }).waitFor();
    await expect.poll(() => imageWidth(page), { timeout: 30_000 }).toBeGreaterThan(0);

    // A click chooses the box; the chosen box gets a handle on each corner and side, and the panel says how.
    const click = await at(page, off.x + off.width / 2, off.y + off.height / 2);
    await page.mouse.click(click.x, click.y);
    await expect.poll(() => activeOption(page).getAttribute('id')).toBe(`review-region-${regionId}`);
    expect(await handles(page).count()).toBe(8);
    expect(await page.locator('#review-box-description').innerText()).toContain('Staat het vak net niet goed?');
    expect(await page.locator('.woo-review-figure__caption').innerText()).toContain('Het gekozen vak heeft grepen.');
    await checkPage(page, 'review-box-01-handles');

    // 1. Drag the middle of the box 30 points to the right: while dragging it follows the mouse, not yet saved.
    const moving = await drag(
      page,
      { x: off.x + off.width / 2, y: off.y + off.height / 2 },
      { x: off.x + off.width / 2 + 30, y: off.y + off.height / 2 },
    );
    expect(await page.locator(`.woo-review-box--editing[data-region-id="${regionId}"]`).count()).toBe(1);
    expectNear(await shownBox(page, regionId), { ...off, x: off.x + 30 });
    expect((await regionById(cookie, documentId, regionId)).box).toEqual(off);
    await checkPage(page, 'review-box-02-dragging');
    await moving.release();
    await expect.poll(async () => (await regionById(cookie, documentId, regionId)).box.x).not.toBe(off.x);
    const moved = await regionById(cookie, documentId, regionId);
    expectNear(moved.box, { ...off, x: off.x + 30 });
    expect(moved.box.width).toBe(off.width);
    await notice(page).getByText('Vak opgeslagen:', { exact: false }).waitFor();

    // 2. Drag its right side 12 points further: the left side stays, the box now covers the whole word.
    const right = moved.box.x + moved.box.width;
    const middle = moved.box.y + moved.box.height / 2;
    const widening = await drag(page, { x: right, y: middle }, { x: right + 12, y: middle + 5 });
    await widening.release();
    await expect.poll(async () => (await regionById(cookie, documentId, regionId)).box.width).not.toBe(moved.box.width);
    const widened = await regionById(cookie, documentId, regionId);
    expect(widened.box.x).toBe(moved.box.x);
    expect(widened.box.y).toBe(moved.box.y);
    expect(widened.box.height).toBe(moved.box.height);
    expectNear(widened.box, onWord, 2.5);
    // The text under the box follows it, and the page says where the box is now and what it covers.
    expect(widened.text).toBe('Zwaluw');
    await expect
      .poll(() => notice(page).innerText())
      .toBe(
        `Vak opgeslagen: ${Math.round(widened.box.x)} punten van links, 52 van boven, ${Math.round(widened.box.width)} breed en 28 hoog. Onder het vak staat nu: Zwaluw.`,
      );
    expect(await page.locator('.woo-review-panel').innerText()).toContain('Zwaluw');
    // One change per release, each with the box it came from: the region's history stays whole.
    const history = await boxChanges(cookie, documentId, regionId);
    expect(history).toHaveLength(2);
    expect(history[0]!.from).toEqual(off);
    expect(history[0]!.to).toEqual(moved.box);
    expect(history[1]!.from).toEqual(moved.box);
    expect(history[1]!.to).toEqual(widened.box);
    await checkPage(page, 'review-box-03-saved');

    // 3. A drag from the corner: the corner follows, the opposite corner stays; it never leaves the page.
    const corner = { x: widened.box.x + widened.box.width, y: widened.box.y + widened.box.height };
    const toTheEdge = await drag(page, corner, { x: a4.width + 40, y: corner.y + 4 });
    await toTheEdge.release();
    await expect
      .poll(async () => (await regionById(cookie, documentId, regionId)).box.width)
      .toBeCloseTo(a4.width - widened.box.x, 1);
    const stretched = await regionById(cookie, documentId, regionId);
    expect(stretched.box.x).toBe(widened.box.x);
    expectNear(stretched.box, { ...widened.box, width: a4.width - widened.box.x, height: widened.box.height + 4 });
    await expect.poll(() => notice(page).innerText()).toContain(`${Math.round(stretched.box.width)} breed`);

    // 4. Someone else deletes the other box; moving it here is refused: it goes back, with the API's reason.
    await staff.call(cookie, 'DELETE', `/api/v1/regions/${doomed.region.id}`);
    const doomedBox: Box = doomed.region.box;
    const doomedAt = await at(page, doomedBox.x + doomedBox.width / 2, doomedBox.y + doomedBox.height / 2);
    await page.mouse.click(doomedAt.x, doomedAt.y);
    await expect.poll(() => activeOption(page).getAttribute('id')).toBe(`review-region-${doomed.region.id}`);
    const refused = await drag(
      page,
      { x: doomedBox.x + doomedBox.width / 2, y: doomedBox.y + doomedBox.height / 2 },
      { x: doomedBox.x + doomedBox.width / 2 + 50, y: doomedBox.y + doomedBox.height / 2 + 50 },
    );
    await refused.release();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Deze lakking bestaat niet of u heeft er geen toegang toe.');
    await expect
      .poll(async () => Math.abs((await shownBox(page, doomed.region.id)).x - doomedBox.x))
      .toBeLessThan(0.01);
    expectNear(await shownBox(page, doomed.region.id), doomedBox, 0.01);
    await checkPage(page, 'review-box-04-refused');
  }, 300_000);

  it('by keyboard: V, the arrows, Enter saves and Escape puts it back; not once the review is submitted', async () => {
    const cookie = await staff.login(server.coordinator);
    const documentId = await uploadToNewCase(server, staff, cookie, 'verslag-zwaluw-toetsen.pdf', lines);
    const name = (await regionsOf(cookie, documentId)).find((region) => region.text === 'Pieter de Vries')!;
    expect(name).toBeDefined();

    const page = await browser.newPage();
    await page.goto(`${server.base}/documenten/${documentId}/beoordelen`);
    await keyboardLogin(page, server.coordinator);
    await page.getByRole('heading', { level: 1, name: 'Lakkingen beoordelen: verslag-zwaluw-toetsen.pdf' }).waitFor();
    await expect.poll(() => imageWidth(page), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('#review-keys').innerText()).toContain(
      'V: vak van de lakking aanpassen met de pijltjes.',
    );
    await tabTo(page, 'the list of regions', isListbox);
    await expect.poll(() => activeOption(page).innerText()).toContain('Pieter de Vries');

    // 1. V: the page takes the focus and says which keys do what.
    await press(page, 'v');
    expect(await focusedRole(page)).toBe('application');
    expect(await page.locator('.woo-review-figure__caption').innerText()).toBe(
      'Vak aanpassen: pijltjes verplaatsen het vak, Shift + pijltjes verschuiven de rechterkant of onderkant (groter of kleiner), met Ctrl per punt. Enter: opslaan. Escape: stoppen zonder opslaan.',
    );
    // Every step is told through the live region under the page.
    const position = page.locator('.woo-review-draft-position');
    expect(await position.getAttribute('role')).toBe('status');
    await press(page, 'ArrowRight', 3);
    await press(page, 'ArrowLeft', 2);
    await press(page, 'Shift+ArrowRight', 2);
    await press(page, 'Control+ArrowDown');
    // Boxes are kept to a hundredth of a point, as the page draws them.
    const hundredths = (value: number) => Math.round(value * 100) / 100;
    const expected = {
      x: hundredths(name.box.x + 4),
      y: hundredths(name.box.y + 1),
      width: hundredths(name.box.width + 8),
      height: hundredths(name.box.height),
    };
    expect(await position.innerText()).toBe(
      `Vak: ${Math.round(expected.x)} punten van links, ${Math.round(expected.y)} van boven, ${Math.round(expected.width)} breed en ${Math.round(expected.height)} hoog.`,
    );
    expectNear(await shownBox(page, name.id), expected, 0.05);
    // Nothing is saved before Enter.
    expect((await regionById(cookie, documentId, name.id)).box).toEqual(name.box);
    await checkPage(page, 'review-box-05-keyboard');

    // 2. Enter saves it (one change), the focus goes back to the list, the notice says where the box is.
    await press(page, 'Enter');
    await expect.poll(async () => (await regionById(cookie, documentId, name.id)).box).toEqual(expected);
    await expect.poll(() => focusedRole(page)).toBe('listbox');
    await notice(page).getByText('Vak opgeslagen:', { exact: false }).waitFor();
    expect(await notice(page).innerText()).toContain(
      `${Math.round(expected.x)} punten van links, ${Math.round(expected.y)} van boven`,
    );
    expect(await boxChanges(cookie, documentId, name.id)).toEqual([{ from: name.box, to: expected }]);
    expect(await position.innerText()).toBe('');

    // 3. Escape: the box goes back to where it was saved, and nothing is sent.
    await press(page, 'v');
    await press(page, 'Shift+ArrowDown', 3);
    await press(page, 'ArrowUp', 5);
    expectNear(await shownBox(page, name.id), { ...expected, y: expected.y - 20, height: expected.height + 12 }, 0.05);
    await press(page, 'Escape');
    // The focus moves after the render (a timer), as after Enter.
    await expect.poll(() => focusedRole(page)).toBe('listbox');
    expectNear(await shownBox(page, name.id), expected, 0.05);
    expect(await boxChanges(cookie, documentId, name.id)).toHaveLength(1);

    // 4. Without dragging and without keys (WCAG 2.5.7): the panel's button, then one click per step on its buttons.
    // Each does what its arrow key does, is shown at once and told in the same live region; Opslaan saves.
    const panel = page.locator('.woo-review-panel');
    const panelButton = (label: string) => panel.getByRole('button', { name: label, exact: true });
    await panelButton('Vak aanpassen').click();
    expect(await panel.getByRole('group', { name: 'Verplaatsen' }).count()).toBe(1);
    expect(await panel.getByRole('group', { name: 'Groter of kleiner' }).count()).toBe(1);
    expect(await panelButton('Vak aanpassen').count()).toBe(0);
    const steps: [string, Partial<Box>][] = [
      ['Naar rechts', { x: 4 }],
      ['Naar links', { x: -4 }],
      ['Omlaag', { y: 4 }],
      ['Omhoog', { y: -4 }],
      ['Breder', { width: 4 }],
      ['Smaller', { width: -4 }],
      ['Hoger', { height: 4 }],
      ['Minder hoog', { height: -4 }],
    ];
    for (const [label, change] of steps) {
      const before = await shownBox(page, name.id);
      await panelButton(label).click();
      const after = {
        x: before.x + (change.x ?? 0),
        y: before.y + (change.y ?? 0),
        width: before.width + (change.width ?? 0),
        height: before.height + (change.height ?? 0),
      };
      await expect.poll(async () => Math.abs((await shownBox(page, name.id)).x - after.x)).toBeLessThan(0.05);
      expectNear(await shownBox(page, name.id), after, 0.05);
      expect(await position.innerText(), label).toBe(
        `Vak: ${Math.round(after.x)} punten van links, ${Math.round(after.y)} van boven, ${Math.round(after.width)} breed en ${Math.round(after.height)} hoog.`,
      );
    }
    // Back where it started: nothing sent yet. Then one net change of every side, and Opslaan.
    expectNear(await shownBox(page, name.id), expected, 0.05);
    for (const label of ['Naar rechts', 'Omlaag', 'Breder', 'Hoger']) await panelButton(label).click();
    const clicked = {
      x: hundredths(expected.x + 4),
      y: hundredths(expected.y + 4),
      width: hundredths(expected.width + 4),
      height: hundredths(expected.height + 4),
    };
    expectNear(await shownBox(page, name.id), clicked, 0.05);
    expect(await boxChanges(cookie, documentId, name.id)).toHaveLength(1);
    await checkPage(page, 'review-box-07-buttons');
    await panelButton('Opslaan').click();
    await expect.poll(async () => (await regionById(cookie, documentId, name.id)).box).toEqual(clicked);
    expect(await boxChanges(cookie, documentId, name.id)).toEqual([
      { from: name.box, to: expected },
      { from: expected, to: clicked },
    ]);
    await expect.poll(() => focusedRole(page)).toBe('listbox');
    expect(await position.innerText()).toBe('');
    await panelButton('Vak aanpassen').waitFor();
    // Stoppen zonder opslaan puts it back, and nothing is sent.
    await panelButton('Vak aanpassen').click();
    await panelButton('Omhoog').click();
    expectNear(await shownBox(page, name.id), { ...clicked, y: clicked.y - 4 }, 0.05);
    await panelButton('Stoppen zonder opslaan').click();
    expectNear(await shownBox(page, name.id), clicked, 0.05);
    expect(await panelButton('Omhoog').count()).toBe(0);
    expect(await boxChanges(cookie, documentId, name.id)).toHaveLength(2);

    // 5. In English the same keys, in its words.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review redactions: verslag-zwaluw-toetsen.pdf' }).waitFor();
    expect(await page.locator('#review-keys').innerText()).toContain(
      'V: adjust the box of the redaction with the arrows.',
    );
    expect(await page.getByRole('button', { name: 'Adjust the box' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Adjust the box' }).click();
    expect(await focusedRole(page)).toBe('application');
    expect(await page.locator('.woo-review-figure__caption').innerText()).toContain('Adjusting the box: arrows move');
    for (const label of ['Up', 'Down', 'Left', 'Right', 'Wider', 'Narrower', 'Taller', 'Shorter', 'Save']) {
      expect(await panel.getByRole('button', { name: label, exact: true }).count(), label).toBe(1);
    }
    await panel.getByRole('button', { name: 'Stop without saving' }).waitFor();
    await press(page, 'ArrowDown');
    expect(await position.innerText()).toMatch(/^Box: \d+ points from the left, \d+ from the top/);
    await press(page, 'Escape');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lakkingen beoordelen: verslag-zwaluw-toetsen.pdf' }).waitFor();

    // 6. Submitted (every region decided, through the API): no handles, the panel says why, V changes nothing.
    for (const region of await regionsOf(cookie, documentId)) {
      if (region.status === 'proposed') await staff.call(cookie, 'POST', `/api/v1/regions/${region.id}/accept`, {});
    }
    await staff.call(cookie, 'POST', `/api/v1/documents/${documentId}/review/submit`, {});
    await page.reload();
    await page.locator('.woo-review-flow__status', { hasText: 'Ingediend door' }).waitFor();
    await expect.poll(() => page.locator('.woo-review-box--active').count()).toBe(1);
    expect(await handles(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Vak aanpassen' }).count()).toBe(0);
    expect(await page.locator('#review-box-description').innerText()).toBe(
      'Het vak aanpassen kan alleen als de beoordeling openstaat. Stuur de beoordeling eerst terug.',
    );
    await tabTo(page, 'the list of regions', isListbox);
    await press(page, 'v');
    await notice(page).getByText('Het vak aanpassen kan alleen als de beoordeling openstaat.').waitFor();
    expect(await focusedRole(page)).toBe('listbox');
    await checkPage(page, 'review-box-06-submitted');
    // A drag on the chosen box does not move it: it draws a new box instead, which the form then offers.
    const box = (await regionById(cookie, documentId, name.id)).box;
    const dragged = await drag(
      page,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      { x: box.x + box.width / 2 + 20, y: box.y + box.height / 2 + 20 },
    );
    await dragged.release();
    await page.getByRole('heading', { level: 2, name: 'Nieuw vlak: kies de grond' }).waitFor();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expectNear(await shownBox(page, name.id), box, 0.05);
    expect((await regionById(cookie, documentId, name.id)).box).toEqual(box);
    expect(
      (await staff.call(cookie, 'GET', `/api/v1/documents/${documentId}/review/changes`)).review.reviewStatus,
    ).toBe('submitted');
  }, 300_000);
});
