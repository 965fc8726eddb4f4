// The OCR pool on real tesseract.js workers with the Dutch model. Kept to a handful of small pages: CPU is scarce.
import type { PageWord } from '@woo/domain';
import { openDocument, readDocumentText } from '@woo/pdf';
import { DUTCH_LETTER_LINES, dutchLetterPdf, dutchLetterPng, scannedPdf } from '@woo/pdf/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterErrorRate } from './character-error-rate.js';
import { createOcrPool } from './ocr-pool.js';
import type { OcrPool } from './ocr-pool.js';

const TRUTH = DUTCH_LETTER_LINES.join(' ');
const joined = (words: readonly PageWord[]) => words.map((w) => w.text).join(' ');

let pool: OcrPool;
let letter: Buffer;

beforeAll(async () => {
  [pool, letter] = await Promise.all([createOcrPool({ size: 1 }), dutchLetterPng(300)]);
});

afterAll(async () => {
  await pool?.close();
});

describe('OCR pool', () => {
  it('reads the Dutch letter with under 10% character errors, boxes in points where the text layer has them', async () => {
    const text = await pool.recognize(letter, { dpi: 300, page: 3 });
    expect(text).toMatchObject({ page: 3, width: 480, height: 300, source: 'ocr' });
    expect(characterErrorRate(TRUTH, joined(text.words))).toBeLessThan(0.1);
    for (const word of text.words) {
      expect(word.confidence).toBeGreaterThan(0);
      expect(word.confidence).toBeLessThanOrEqual(1);
    }
    // The same words from the PDF's own text layer: OCR boxes must lie on them (same points, same origin).
    const source = await openDocument(await dutchLetterPdf());
    const layer = await (await source.page(1)).textLayer();
    await source.close();
    for (const wanted of ['Geachte', 'persoonsgegevens', 'Utrecht']) {
      const ocr = text.words.find((w) => w.text.startsWith(wanted));
      const drawn = layer?.words.find((w) => w.text.startsWith(wanted));
      if (!ocr || !drawn) throw new Error(`"${wanted}" not found`);
      expect(Math.abs(ocr.x - drawn.x)).toBeLessThan(2);
      expect(Math.abs(ocr.x + ocr.width - (drawn.x + drawn.width))).toBeLessThan(2);
      // tesseract boxes the ink; the text layer boxes ascent to descent: the ink lies inside
      expect(ocr.y).toBeGreaterThanOrEqual(drawn.y - 1);
      expect(ocr.y + ocr.height).toBeLessThanOrEqual(drawn.y + drawn.height + 1);
    }
  });

  it('readDocumentText OCRs a scanned PDF through the pool, reusing the warm worker', async () => {
    const pages = await readDocumentText(await scannedPdf(), { ocrPool: pool });
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ page: 1, source: 'ocr', width: 480, height: 300 });
    expect(characterErrorRate(TRUTH, joined(pages[0]?.words ?? []))).toBeLessThan(0.1);
    expect(pool.stats()).toMatchObject({ workersStarted: 1, pagesRecognized: 2 });
  });

  it('a page over its time limit fails with a reason; the worker is replaced and the next page is read', async () => {
    const small = await dutchLetterPng(150);
    await expect(pool.recognize(small, { dpi: 150, timeoutMs: 1 })).rejects.toMatchObject({
      code: 'ocr.timeout',
      nl: expect.stringMatching(/^Tekstherkenning duurde te lang/),
    });
    const next = await pool.recognize(small, { dpi: 150 });
    expect(joined(next.words)).toContain('Utrecht');
    expect(pool.stats()).toMatchObject({ workersStarted: 2, pagesTimedOut: 1, pagesRecognized: 3 });
  });

  it('refuses input that is not a PNG or a whole grey PGM, and work after close', async () => {
    await expect(pool.recognize(Buffer.from('geen png'), { dpi: 300 })).rejects.toThrow(/must be a PNG/);
    // A PGM header that promises more pixels than follow.
    await expect(pool.recognize(Buffer.from('P5\n100 100\n255\nxyz', 'latin1'), { dpi: 300 })).rejects.toThrow(/PGM/);
    const closing = await createOcrPool({ size: 1, languages: ['nld'] });
    await closing.close();
    await expect(closing.recognize(letter, { dpi: 300 })).rejects.toMatchObject({ code: 'ocr.pool_closed' });
  });
});
