// readDocumentText chooses per page between the text layer and OCR. The real OCR pool is tested in @woo/ocr; here a
// recorder stands in for it to show which pages are sent, at what resolution, and how the answer is put together.
import type { PageText } from '@woo/domain';
import { describe, expect, it } from 'vitest';
import { mixedPdf, scannedPdf, stampedScanPdf, textPdf } from '../testing/index.js';
import { openDocument } from './open-document.js';
import { OcrUnavailableError, readDocumentText } from './read-document-text.js';
import type { PageRecognizer } from './read-document-text.js';

function recorder(): PageRecognizer & { calls: { dpi: number; page?: number; width: number }[] } {
  const calls: { dpi: number; page?: number; width: number }[] = [];
  return {
    calls,
    size: 2,
    recognize(png, options) {
      // The page arrives as a grey PGM: "P5\n<width> <height>\n255\n".
      calls.push({ ...options, width: Number(/^P5\s+(\d+)/.exec(png.toString('latin1', 0, 32))?.[1]) });
      const text: PageText = {
        page: 99,
        width: 1,
        height: 1,
        source: 'ocr',
        words: [{ text: 'herkend', x: 1, y: 2, width: 3, height: 4, confidence: 0.9 }],
      };
      return Promise.resolve(text);
    },
  };
}

describe('readDocumentText', () => {
  it('a text PDF: the text layer, no OCR', async () => {
    const ocr = recorder();
    const pages = await readDocumentText(await textPdf(), { ocrPool: ocr });
    expect(pages).toHaveLength(1);
    expect(pages[0]?.source).toBe('text-layer');
    expect(pages[0]?.words.slice(0, 4).map((w) => w.text)).toEqual(['Besluit', 'op', 'uw', 'Woo-verzoek']);
    expect(ocr.calls).toEqual([]);
  });

  it('a mixed PDF: OCR only for the page without text, rendered at 300 dpi, with the page its own size', async () => {
    const ocr = recorder();
    const pages = await readDocumentText(await mixedPdf(), { ocrPool: ocr });
    expect(pages.map((p) => [p.page, p.source])).toEqual([
      [1, 'text-layer'],
      [2, 'ocr'],
    ]);
    expect(ocr.calls).toEqual([{ dpi: 300, page: 2, width: 2000 }]); // 480 pt at 300 dpi
    expect(pages[1]).toMatchObject({ width: 480, height: 300, words: [{ text: 'herkend' }] });
  });

  it("a scan with a few stamped words of real text is still OCR'd (the letter is only in the image)", async () => {
    const ocr = recorder();
    const pages = await readDocumentText(await stampedScanPdf(), { ocrPool: ocr });
    expect(pages.map((p) => p.source)).toEqual(['ocr']);
    expect(ocr.calls).toHaveLength(1);
  });

  it('image coverage: none on a text page, the whole page on a scan', async () => {
    for (const [bytes, expected] of [
      [await textPdf(), 0],
      [await scannedPdf(100), 1],
    ] as const) {
      const document = await openDocument(bytes);
      expect(await (await document.page(1)).imageCoverage()).toBeCloseTo(expected, 2);
      await document.close();
    }
  });

  it('a scan without an OCR pool is an error, not an empty page', async () => {
    await expect(readDocumentText(await mixedPdf())).rejects.toThrow(OcrUnavailableError);
  });

  it('an unreadable file rejects with the reason', async () => {
    await expect(readDocumentText(new Uint8Array(Buffer.from('%PDF-1.4 kapot')))).rejects.toMatchObject({
      code: 'document.corrupt',
      nl: 'PDF is beschadigd of onvolledig',
    });
  });
});
