import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { jpegImage } from '../testing/image-files.js';
import { scannedPdf } from '../testing/pdf-files.js';
import { openDocument } from './open-document.js';

async function onePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText('Hallo wereld', { x: 72, y: 770, size: 24, font });
  return doc.save();
}

describe('openDocument (PDF)', () => {
  it('renders a page at the asked dpi, with black text pixels where the text is drawn', async () => {
    const document = await openDocument(await onePagePdf());
    expect(document.pageCount).toBe(1);
    const page = await document.page(1);
    expect([page.widthPt, page.heightPt, page.rotation]).toEqual([595, 842, 0]);
    const rendered = await page.render({ dpi: 144 });
    expect([rendered.width, rendered.height, rendered.dpi]).toEqual([1190, 1684, 144]);
    const rgba = rendered.rgba();
    // The baseline is 72 pt below the top; glyphs sit just above it: look for dark pixels in that band.
    const dark = (x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y += 1)
        for (let x = x0; x < x1; x += 1) if ((rgba[(y * 1190 + x) * 4] ?? 255) < 100) n += 1;
      return n;
    };
    expect(dark(144, 100, 400, 144)).toBeGreaterThan(200);
    expect(dark(144, 300, 400, 400)).toBe(0);
    const png = await rendered.png();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    await document.close();
  });

  it('reads a released page again, pixel for pixel, and its document stays open for the other pages', async () => {
    // A text page (pdf.js draws it), a scanned page (the native JPEG path) and an image file.
    const merged = await PDFDocument.create();
    for (const part of [await onePagePdf(), await scannedPdf(100)]) {
      const [page] = await merged.copyPages(await PDFDocument.load(part), [0]);
      merged.addPage(page!);
    }
    for (const bytes of [await merged.save(), await jpegImage(300, 200)]) {
      const document = await openDocument(bytes);
      for (let n = 1; n <= document.pageCount; n += 1) {
        const page = await document.page(n);
        const words = (await page.textLayer())?.words;
        const pixels = (await page.render({ dpi: 50 })).rgba();
        page.release();
        expect((await page.textLayer())?.words).toEqual(words);
        expect(Buffer.from((await page.render({ dpi: 50 })).rgba()).equals(Buffer.from(pixels))).toBe(true);
        page.release();
        const again = await document.page(n);
        expect(Buffer.from((await again.render({ dpi: 50 })).rgba()).equals(Buffer.from(pixels))).toBe(true);
        again.release();
      }
      await document.close();
    }
  });
});
