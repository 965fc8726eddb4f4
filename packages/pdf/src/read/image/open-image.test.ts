import { describe, expect, it } from 'vitest';
import { jpegImage, multiPageTiff, textPdf } from '../../testing/index.js';
import { defaultDocumentLimits } from '../document-limits.js';
import { openDocument } from '../open-document.js';

describe('images as documents', () => {
  it('a multi-page TIFF: every page, sized from its own resolution, rendered to its own pixels', async () => {
    const tiff = multiPageTiff([
      { width: 300, height: 200, grey: 30, dpi: 100 },
      { width: 100, height: 50, grey: 200, dpi: 300 },
    ]);
    const document = await openDocument(tiff);
    expect([document.kind, document.mediaType, document.pageCount]).toEqual(['tiff', 'image/tiff', 2]);
    const first = await document.page(1);
    expect([first.widthPt, first.heightPt, first.rotation]).toEqual([216, 144, 0]);
    expect(await first.textLayer()).toBeNull();
    const second = await document.page(2);
    expect([second.widthPt, second.heightPt]).toEqual([24, 12]);
    const rendered = await second.render({ dpi: 300 });
    expect([rendered.width, rendered.height]).toEqual([100, 50]);
    expect([...rendered.rgba().subarray(0, 4)]).toEqual([200, 200, 200, 255]);
    const firstRendered = await first.render({ dpi: 50 });
    expect([firstRendered.width, firstRendered.height]).toEqual([150, 100]);
    expect(firstRendered.rgba()[0]).toBe(30);
    await expect(document.page(3)).rejects.toThrow(RangeError);
    await document.close();
  });

  it('a TIFF page over the pixel limit is refused before decoding', async () => {
    const tiff = multiPageTiff([
      { width: 10, height: 10, grey: 0, dpi: 72 },
      { width: 400, height: 300, grey: 0, dpi: 72 },
    ]);
    await expect(openDocument(tiff, { ...defaultDocumentLimits, maxImagePixels: 100_000 })).rejects.toMatchObject({
      code: 'document.image_too_large',
      details: { width: 400, height: 300 },
    });
  });

  it('a JPEG without a declared resolution counts as 300 dpi', async () => {
    const document = await openDocument(await jpegImage(600, 400));
    expect(document.kind).toBe('jpeg');
    const page = await document.page(1);
    expect([page.widthPt, page.heightPt]).toEqual([144, 96]);
    const rendered = await page.render({ dpi: 150 });
    expect([rendered.width, rendered.height]).toEqual([300, 200]);
    const rgba = rendered.rgba();
    expect(rgba[(50 * 300 + 50) * 4]).toBeLessThan(40); // the black quarter
    expect(rgba[(150 * 300 + 250) * 4]).toBeGreaterThan(215); // white elsewhere
  });

  it('a render over the pixel limit comes out at a lower dpi, and says so', async () => {
    const document = await openDocument(await textPdf(), { ...defaultDocumentLimits, maxRenderPixels: 1_000_000 });
    const rendered = await (await document.page(1)).render({ dpi: 600 });
    expect(rendered.width * rendered.height).toBeLessThanOrEqual(1_000_000);
    expect(rendered.dpi).toBeLessThan(600);
    expect(rendered.width).toBe(Math.round((595 * rendered.dpi) / 72));
    await document.close();
  });
});
