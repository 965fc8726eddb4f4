// readDocumentText chooses per page between the text layer and OCR. The real OCR pool is tested in @woo/ocr; here a
// recorder stands in for it to show which pages are sent, at what resolution, and how the answer is put together.
import type { PageText } from '@woo/domain';
import { describe, expect, it } from 'vitest';
import { mixedPdf, textPdf } from '../testing/index.js';
import { OcrUnavailableError, readDocumentText } from './read-document-text.js';
import type { PageRecognizer } from './read-document-text.js';

function recorder(): PageRecognizer & { calls: { dpi: number; page?: number; width: number }[] } {
  const calls: { dpi: number; page?: number; width: number }[] = [];
  return {
    calls,
    size: 2,
    recognize(png, options) {
      calls.push({ ...options, width: png.readUInt32BE(16) });
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
