// Word boxes from the text layer must lie where the words are drawn — on the plain page, on a page with /Rotate 90
// and on a page with a CropBox offset — and where the rendered page has the ink, so detection, OCR and redaction
// agree on one coordinate system.
import type { PageWord } from '@woo/domain';
import { describe, expect, it } from 'vitest';
import { openDocument } from '../read/open-document.js';
import type { DocumentPage } from '../read/document-types.js';
import { helveticaWidth, textPdf } from '../testing/index.js';
import { wordsFromTextRuns } from './text-layer.js';

const LINE = { text: 'Geachte mevrouw De Vries, hierbij ontvangt u het besluit.', x: 72, y: 700, size: 12 };

async function firstPage(options: Parameters<typeof textPdf>[0]): Promise<DocumentPage> {
  const document = await openDocument(await textPdf({ lines: [LINE], ...options }));
  return document.page(1);
}

function word(words: readonly PageWord[], text: string): PageWord {
  const found = words.find((w) => w.text === text);
  if (!found) throw new Error(`no word "${text}" in ${words.map((w) => w.text).join(' ')}`);
  return found;
}

/** Where a word lies along its baseline, from the drawn text: start offset and width, in points. */
async function along(text: string): Promise<{ start: number; width: number }> {
  const index = LINE.text.indexOf(text);
  return { start: await helveticaWidth(LINE.text.slice(0, index), LINE.size), width: await helveticaWidth(text, 12) };
}

/** Bounding box (in points) of the dark pixels of a page rendered at 144 dpi, inside `box` grown by 3 pt. */
async function inkBox(page: DocumentPage, box: PageWord) {
  const rendered = await page.render({ dpi: 144 });
  const rgba = rendered.rgba();
  const k = rendered.dpi / 72;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = Math.floor((box.y - 3) * k); y < Math.ceil((box.y + box.height + 3) * k); y += 1) {
    for (let x = Math.floor((box.x - 3) * k); x < Math.ceil((box.x + box.width + 3) * k); x += 1) {
      if ((rgba[(y * rendered.width + x) * 4] ?? 255) < 128) {
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
      }
    }
  }
  return { x: x0 / k, y: y0 / k, right: x1 / k, bottom: y1 / k };
}

describe('text layer word boxes', () => {
  it('plain page: box along the baseline from the glyph widths, ascent to descent across it', async () => {
    const page = await firstPage({});
    const text = await page.textLayer();
    expect(text).toMatchObject({ page: 1, width: 595, height: 842, source: 'text-layer' });
    expect(text?.words.map((w) => w.text).join(' ')).toBe(LINE.text);
    const vries = word(text?.words ?? [], 'Vries,');
    const { start, width } = await along('Vries,');
    expect(vries.x).toBeCloseTo(72 + start, 0);
    expect(vries.width).toBeCloseTo(width, 0);
    const baseline = 842 - 700;
    expect(vries.y).toBeLessThan(baseline - 0.72 * 12); // above the cap height
    expect(vries.y).toBeGreaterThan(baseline - 1.1 * 12);
    expect(vries.y + vries.height).toBeGreaterThan(baseline + 1); // below the baseline (descenders)
    expect(vries.y + vries.height).toBeLessThan(baseline + 0.35 * 12);
    expect(vries.confidence).toBe(1);

    const ink = await inkBox(page, vries);
    expect(Math.abs(ink.x - vries.x)).toBeLessThan(2);
    expect(Math.abs(ink.right - (vries.x + vries.width))).toBeLessThan(2);
    expect(ink.y).toBeGreaterThanOrEqual(vries.y - 0.5);
    expect(ink.bottom).toBeLessThanOrEqual(vries.y + vries.height + 0.5);
  });

  it('/Rotate 90: the page is displayed landscape and the words run downwards', async () => {
    const page = await firstPage({ rotate: 90 });
    expect([page.widthPt, page.heightPt, page.rotation]).toEqual([842, 595, 90]);
    const text = await page.textLayer();
    const vries = word(text?.words ?? [], 'Vries,');
    const { start, width } = await along('Vries,');
    // Turned clockwise: user y becomes displayed x (glyph tops point right), user x becomes displayed y.
    expect(vries.y).toBeCloseTo(72 + start, 0);
    expect(vries.height).toBeCloseTo(width, 0);
    expect(vries.x).toBeLessThan(700 - 1);
    expect(vries.x + vries.width).toBeGreaterThan(700 + 0.72 * 12);
    const ink = await inkBox(page, vries);
    expect(Math.abs(ink.y - vries.y)).toBeLessThan(2);
    expect(Math.abs(ink.bottom - (vries.y + vries.height))).toBeLessThan(2);
    expect(ink.x).toBeGreaterThanOrEqual(vries.x - 0.5);
    expect(ink.right).toBeLessThanOrEqual(vries.x + vries.width + 0.5);
  });

  it('CropBox: sizes and boxes are relative to the visible area; text outside it is left out', async () => {
    const page = await firstPage({
      cropBox: [50, 600, 400, 200],
      lines: [LINE, { text: 'Buiten beeld', x: 72, y: 300, size: 12 }],
    });
    expect([page.widthPt, page.heightPt]).toEqual([400, 200]);
    const text = await page.textLayer();
    expect(text?.words.map((w) => w.text)).not.toContain('Buiten');
    const vries = word(text?.words ?? [], 'Vries,');
    const { start } = await along('Vries,');
    expect(vries.x).toBeCloseTo(72 - 50 + start, 0);
    const baseline = 800 - 700;
    expect(vries.y).toBeLessThan(baseline - 0.72 * 12);
    expect(vries.y + vries.height).toBeGreaterThan(baseline);
    const ink = await inkBox(page, vries);
    expect(Math.abs(ink.x - vries.x)).toBeLessThan(2);
  });

  it('a page without text has no text layer (it goes to OCR)', async () => {
    const page = await firstPage({ lines: [{ text: '   ', x: 72, y: 700, size: 12 }] });
    expect(await page.textLayer()).toBeNull();
  });
});

describe('wordsFromTextRuns', () => {
  const identity = [1, 0, 0, -1, 0, 842]; // a portrait page viewport at scale 1
  const styles = { f: { ascent: 0.8, descent: -0.2 } };
  const run = (str: string, x: number, width: number, hasEOL = false) => ({
    str,
    transform: [10, 0, 0, 10, x, 700],
    width,
    height: 10,
    fontName: 'f',
    hasEOL,
  });

  it('joins two runs that touch without a space into one word (a font change inside a word)', async () => {
    const jan = await helveticaWidth('Jan', 10);
    const sen = await helveticaWidth('sen de', 10);
    const words = wordsFromTextRuns([run('Jan', 100, jan), run('sen de', 100 + jan, sen)], styles, identity, 1);
    expect(words.map((w) => w.text)).toEqual(['Jansen', 'de']);
    expect(words[0]?.x).toBeCloseTo(100, 1);
    expect(words[0]?.width).toBeCloseTo(jan + (await helveticaWidth('sen', 10)), 1);
  });

  it('keeps runs apart across a space, a gap or a line end', async () => {
    const w = await helveticaWidth('Jan', 10);
    expect(wordsFromTextRuns([run('Jan ', 100, w + 3), run('sen', 103 + w, w)], styles, identity, 1)).toHaveLength(2);
    expect(wordsFromTextRuns([run('Jan', 100, w), run('sen', 110 + w, w)], styles, identity, 1)).toHaveLength(2);
    expect(wordsFromTextRuns([run('Jan', 100, w, true), run('sen', 100 + w, w)], styles, identity, 1)).toHaveLength(2);
  });
});
