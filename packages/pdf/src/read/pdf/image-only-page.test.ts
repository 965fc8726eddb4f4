import { PDFDocument, PDFName, PDFRawStream, StandardFonts, degrees, setFillingGrayscaleColor } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { redactDocument } from '../../redact/redact-document.js';
import { dutchLetterPdf, scannedPdf, stampedScanPdf } from '../../testing/pdf-files.js';
import { openDocument } from '../open-document.js';
import { contentTokens, imageOnlyPage } from './image-only-page.js';

async function structure(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes);
}

/** The same page with a harmless extra operator (fill colour black): pdf.js renders it, not the fast path. */
async function forcedThroughPdfJs(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  doc.getPage(0).pushOperators(setFillingGrayscaleColor(0));
  return doc.save();
}

/** Mean absolute difference per channel (0–255) of two renders of one size. */
function meanDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  expect(a.length).toBe(b.length);
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / a.length;
}

async function renderRgba(bytes: Uint8Array, dpi: number) {
  const document = await openDocument(bytes);
  try {
    const image = await (await document.page(1)).render({ dpi });
    return { width: image.width, height: image.height, rgba: image.rgba() };
  } finally {
    await document.close();
  }
}

describe('pages that are one JPEG picture', () => {
  it('finds the picture of a scan and of our own public version (image + invisible text)', async () => {
    const scan = await scannedPdf(150);
    const found = imageOnlyPage(await structure(scan), 0);
    expect(found).not.toBeNull();
    expect(found?.jpeg.subarray(0, 2)).toEqual(new Uint8Array([0xff, 0xd8]));
    const letter = await dutchLetterPdf();
    const { pdf } = await redactDocument(letter, [{ page: 1, box: [20, 30, 120, 16], ground: '5.1.2e' }]);
    expect(imageOnlyPage(await structure(pdf), 0)).not.toBeNull();
  });

  it('leaves every page that shows anything else to pdf.js', async () => {
    // Visible text on a page (a text PDF; a scan with a stamp on it).
    expect(imageOnlyPage(await structure(await dutchLetterPdf()), 0)).toBeNull();
    expect(imageOnlyPage(await structure(await stampedScanPdf()), 0)).toBeNull();
    // Another operator next to the picture.
    expect(imageOnlyPage(await structure(await forcedThroughPdfJs(await scannedPdf(100))), 0)).toBeNull();
    // Text written visibly (render mode 0) on top of the picture.
    const doc = await PDFDocument.load(await scannedPdf(100));
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.getPage(0).drawText('zichtbaar', { x: 20, y: 20, size: 10, font, opacity: 1 });
    expect(imageOnlyPage(await structure(await doc.save()), 0)).toBeNull();
    // The picture with a soft mask.
    const masked = await PDFDocument.load(await scannedPdf(100));
    for (const [, object] of masked.context.enumerateIndirectObjects()) {
      if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) {
        object.dict.set(PDFName.of('SMask'), masked.context.obj([]));
      }
    }
    expect(imageOnlyPage(await structure(await masked.save()), 0)).toBeNull();
  });

  it('draws what pdf.js draws, rotated pages included', async () => {
    for (const rotation of [0, 90]) {
      const doc = await PDFDocument.load(await scannedPdf(150));
      doc.getPage(0).setRotation(degrees(rotation));
      const scan = await doc.save();
      const fast = await renderRgba(scan, 100);
      const slow = await renderRgba(await forcedThroughPdfJs(scan), 100);
      expect([fast.width, fast.height]).toEqual([slow.width, slow.height]);
      expect(meanDifference(fast.rgba, slow.rgba)).toBeLessThan(4);
    }
  });

  it('tokenises content streams, and gives up on dictionary operands', () => {
    const tokens = [
      ...contentTokens(new TextEncoder().encode('q 1 0 0 1 0 0 cm /Im1 Do Q BT 3 Tr (a\\)b) Tj [(x) -2 (y)] TJ ET')),
    ];
    expect(tokens.flatMap((token) => (token && 'op' in token ? [token.op] : []))).toEqual([
      'q',
      'cm',
      'Do',
      'Q',
      'BT',
      'Tr',
      'Tj',
      'TJ',
      'ET',
    ]);
    expect([...contentTokens(new TextEncoder().encode('/P << /MCID 0 >> BDC'))].at(-1)).toBeNull();
  });
});

describe('the canvas a picture page is drawn on', () => {
  it('comes back without a transform: a box painted in pixels lands where it is asked', async () => {
    const document = await openDocument(await scannedPdf(100));
    try {
      const image = await (await document.page(1)).render({ dpi: 72 });
      const context = image.canvas.getContext('2d');
      context.fillStyle = '#000000';
      context.fillRect(10, 10, 20, 20);
      const rgba = image.rgba();
      const at = (x: number, y: number) => rgba[(y * image.width + x) * 4] ?? -1;
      expect(at(20, 20)).toBe(0);
      expect(at(5, 5)).toBeGreaterThan(200);
    } finally {
      await document.close();
    }
  });
});
