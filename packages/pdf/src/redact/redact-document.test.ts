// redactDocument as an attacker would check it: extract the text, read the structure, look at the pixels.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PageText } from '@woo/domain';
import { openDocument } from '../read/open-document.js';
import { checkPaintedPixels } from '../verify/check-painted-pixels.js';
import {
  SECRET_NAME,
  boxOfPhrase,
  croppedLetter,
  letterDocument,
  letterPdf,
  readWords,
  regionOver,
  rotatedLetter,
} from '../verify/leak-fixtures.js';
import { verifyRedaction } from '../verify/verify-redaction.js';
import type { RedactionRegionInput } from './redaction-region.js';
import { paintedBox } from './painted-box.js';
import { RedactionInputError, redactDocument } from './redact-document.js';

async function words(bytes: Uint8Array): Promise<string[]> {
  return (await readWords(bytes)).flatMap((page) => page.words.map((word) => word.text));
}

describe.concurrent('redactDocument', () => {
  it('keeps a word that ends 0.01 pt before the painted box and drops one that touches it', async () => {
    const original = await letterPdf();
    const region = { page: 1, box: [200, 300, 100, 20] as [number, number, number, number], ground: '5.1.2e' as const };
    const painted = paintedBox(region.box, { width: 595, height: 842 });
    const [left, top, width] = painted;
    const layout: PageText = {
      page: 1,
      width: 595,
      height: 842,
      source: 'ocr',
      words: [
        { text: 'Aanraker', x: left - 40, y: top + 2, width: 40, height: 12 },
        { text: 'Buurman', x: left - 40.01, y: top + 2, width: 40, height: 12 },
        { text: 'Rechtsaanraker', x: left + width, y: top + 2, width: 60, height: 12 },
        { text: 'Rechtsbuur', x: left + width + 0.01, y: top + 2, width: 60, height: 12 },
        { text: 'Eronder', x: left + 10, y: top + 30, width: 40, height: 12 },
      ],
    };
    const result = await redactDocument(original, [region], { originalWords: [layout] });
    expect(result.removedWords.map((word) => word.text).sort()).toEqual(['Aanraker', 'Rechtsaanraker']);
    expect(result.pages[0]).toMatchObject({ page: 1, textSource: 'original', keptWords: 3, width: 595, height: 842 });
    const out = await words(result.pdf);
    expect(out).toEqual(expect.arrayContaining(['Buurman', 'Rechtsbuur', 'Eronder', '5.1.2e']));
    expect(out).not.toContain('Aanraker');
    expect(out).not.toContain('Rechtsaanraker');
  });

  it('rebuilds every page from one JPEG image with the displayed page size and no metadata', async () => {
    const original = await letterPdf();
    const region = await regionOver(original);
    const result = await redactDocument(original, [region], { dpi: 100, jpegQuality: 70 });
    const doc = await PDFDocument.load(result.pdf, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595, height: 842 });
    expect(doc.getProducer()).toBe('');
    expect(doc.getCreator()).toBe('');
    expect(doc.getCreationDate()).toBeUndefined();
    expect(Buffer.from(result.pdf).toString('latin1')).toContain('/DCTDecode');
    expect(Buffer.from(result.pdf).toString('latin1')).not.toContain('/FlateDecode /Subtype /Image');
    expect(result.pages[0]?.dpi).toBe(100);
  });

  it('refuses a region on a page that does not exist', async () => {
    await expect(
      redactDocument(await letterPdf(), [{ page: 2, box: [1, 1, 10, 10], ground: '5.1.2e' }]),
    ).rejects.toThrow(RedactionInputError);
  });

  it('writes no text layer for a page without words when no OCR is given', async () => {
    const result = await redactDocument(await letterPdf(), [], { originalWords: [] });
    expect(result.pages[0]).toMatchObject({ textSource: 'none', keptWords: 0 });
    expect(await words(result.pdf)).toEqual([]);
  });

  it('paints overlapping boxes so that each is black but for its own label (stacked lines, a phrase over a name)', async () => {
    // A signature block at 14.5 pt line spacing: the padded boxes of adjacent lines overlap by several points, and
    // a label drawn in one box used to show in the box above or below it, where it looks like paper.
    const lines = ['Anneloes Langeveld', 'senior adviseur Ruimtelijke Ordening', 'T 06-35415389'];
    const doc = await letterDocument([
      ...lines.map((text, i) => ({ text, x: 69, y: 420 - 14.5 * i, size: 11 })),
      { text: 'Uit het dossier blijkt dat Mulier een strafblad heeft.', x: 69, y: 300, size: 11 },
    ]);
    const original = await doc.save({ useObjectStreams: false });
    const [page] = await readWords(original);
    if (!page) throw new Error('no text layer');
    // Padded like the detectors pad a finding (span-findings.ts): the boxes of adjacent lines touch or overlap.
    const padded = (box: RedactionRegionInput['box']): RedactionRegionInput['box'] => [
      box[0] - 1,
      box[1] - 1.76,
      box[2] + 2,
      box[3] + 3.52,
    ];
    const regions: RedactionRegionInput[] = [
      ...lines.map((text) => ({ page: 1, box: padded(boxOfPhrase(page, text)), ground: '5.1.2e' as const, text })),
      {
        page: 1,
        box: padded(boxOfPhrase(page, 'Mulier een strafblad heeft.')),
        ground: '5.1.1d',
        text: 'Mulier een strafblad heeft.',
      },
      { page: 1, box: padded(boxOfPhrase(page, 'Mulier')), ground: '5.1.2e', text: 'Mulier' },
    ];
    const result = await redactDocument(original, regions, { originalWords: [page] });
    const opened = await openDocument(result.pdf);
    const image = await (await opened.page(1)).render({ dpi: 100 });
    for (const region of regions) {
      const check = checkPaintedPixels(image, paintedBox(region.box, { width: 595, height: 842 }));
      expect({ text: region.text, painted: check.painted }).toEqual({ text: region.text, painted: true });
    }
    await opened.close();
    expect(await verifyRedaction(result.pdf, { original, regions, originalWords: [page] })).toEqual({
      passed: true,
      leaks: [],
    });
  });

  it('keeps the label of a small box inside its label band, and draws none in a box too small for one', async () => {
    // Small print, as OCR gives it on a scan: a label centred on the em box sat a pixel high, outside the band the
    // leak gate allows it in, and a label in a box a few points high filled the whole box.
    const dates = Array.from({ length: 8 }, (_, i) => ({
      text: '16-02-1982',
      x: 72 + i * 0.37,
      y: 700 - i * 40.3,
      size: 9,
    }));
    const doc = await letterDocument([...dates, { text: '|', x: 400, y: 300, size: 4 }]);
    const original = await doc.save({ useObjectStreams: false });
    const [page] = await readWords(original);
    if (!page) throw new Error('no text layer');
    const regions: RedactionRegionInput[] = page.words.map((word) => ({
      page: 1,
      box: [word.x, word.y, word.width, word.height],
      ground: '5.1.2e',
      text: word.text,
    }));
    const result = await redactDocument(original, regions, { originalWords: [page] });
    const opened = await openDocument(result.pdf);
    const image = await (await opened.page(1)).render({ dpi: 100 });
    for (const region of regions) {
      const box = paintedBox(region.box, { width: 595, height: 842 });
      const check = checkPaintedPixels(image, box);
      expect({ box, painted: check.painted }).toEqual({ box, painted: true });
    }
    await opened.close();
    expect((await verifyRedaction(result.pdf, { original, regions, originalWords: [page] })).leaks).toEqual([]);
  });

  it.each([150, 200, 144])(
    'keeps every label inside the band the leak gate allows it when the gate looks at 100 dpi (public version at %i dpi)',
    async (dpi) => {
      // Boxes of every small height at fractional positions, each alone: a label that filled its band at 150 dpi
      // spread a pixel outside the gate's band once resampled to 100 dpi (a scan's "Poelstra", 7.04 points high).
      const original = await letterPdf();
      const regions: RedactionRegionInput[] = Array.from({ length: 40 }, (_, i) => ({
        page: 1,
        box: [40 + (i % 4) * 130 + i * 0.13, 40 + Math.floor(i / 4) * 75 + i * 0.29, 30 + i, 4 + i * 0.27],
        ground: i % 3 === 0 ? '5.1.1e' : '5.1.2e',
      }));
      const result = await redactDocument(original, regions, { dpi, originalWords: [] });
      const opened = await openDocument(result.pdf);
      const image = await (await opened.page(1)).render({ dpi: 100 });
      const unpainted = regions
        .map((region) => paintedBox(region.box, { width: 595, height: 842 }))
        .filter((box) => !checkPaintedPixels(image, box).painted);
      await opened.close();
      expect(unpainted).toEqual([]);
    },
  );

  it.each([
    ['a page with /Rotate 90', rotatedLetter, { width: 842, height: 595 }],
    ['a page whose CropBox is offset in a larger MediaBox', croppedLetter, { width: 595, height: 842 }],
  ])('%s: redacted at the right place, the rest of the text kept', async (_name, make, size) => {
    const original = await make();
    const region = await regionOver(original);
    const result = await redactDocument(original, [region]);
    const doc = await PDFDocument.load(result.pdf);
    expect(doc.getPage(0).getSize()).toEqual(size);
    expect(doc.getPage(0).getRotation().angle).toBe(0);

    const out = await words(result.pdf);
    expect(out).toEqual(expect.arrayContaining(['Geachte', 'heer', 'hierbij', 'burgemeester', 'Utrecht']));
    expect(out.join(' ')).not.toContain('Vries');

    const opened = await openDocument(result.pdf);
    const image = await (await opened.page(1)).render({ dpi: 100 });
    const box = paintedBox(region.box, size);
    expect(checkPaintedPixels(image, box).painted).toBe(true);
    // and the words next to the box are not painted over
    const [page] = await readWords(original);
    const geachte = page?.words.find((word) => word.text === 'Geachte');
    if (!geachte) throw new Error('no Geachte');
    const check = checkPaintedPixels(image, [geachte.x, geachte.y, geachte.width, geachte.height]);
    expect(check.painted).toBe(false);
    await opened.close();
    expect(await verifyRedaction(result.pdf, { original, regions: [{ ...region, text: SECRET_NAME }] })).toEqual({
      passed: true,
      leaks: [],
    });
  });
});
