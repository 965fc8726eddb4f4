// Every reason a coordinator may read when a document cannot be opened.
import { describe, expect, it } from 'vitest';
import { isDocumentReadError } from '../errors/document-read-error.js';
import type { DocumentReadError } from '../errors/document-read-error.js';
import {
  encryptedPdf,
  manyPagesPdf,
  pngHeaderOnly,
  textPdf,
  truncatedPdf,
  zeroPagePdf,
  zipFile,
} from '../testing/index.js';
import { defaultDocumentLimits } from './document-limits.js';
import { openDocument } from './open-document.js';

async function failure(promise: Promise<unknown>): Promise<DocumentReadError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isDocumentReadError(error)) throw new Error(`expected a DocumentReadError, got ${String(error)}`);
  return error;
}

describe('openDocument refuses unreadable files with a reason', () => {
  it('encrypted PDF → "PDF is versleuteld"', async () => {
    const error = await failure(openDocument(await encryptedPdf()));
    expect(error.code).toBe('document.encrypted');
    expect(error.nl).toMatch(/^PDF is versleuteld/);
    expect(error.en).toMatch(/encrypted/);
  });

  it.each([0.3, 0.6, 0.95])('PDF cut off after %s of its bytes → "beschadigd"', async (share) => {
    const error = await failure(openDocument(await truncatedPdf(share)));
    expect(error.code).toBe('document.corrupt');
    expect(error.nl).toBe('PDF is beschadigd of onvolledig');
  });

  it('garbage after a PDF header → "beschadigd"', async () => {
    const garbage = new Uint8Array(Buffer.from(`%PDF-1.7\n${'ruis '.repeat(200)}`, 'latin1'));
    expect((await failure(openDocument(garbage))).code).toBe('document.corrupt');
  });

  it('a PDF without pages → "PDF heeft geen pagina\'s"', async () => {
    const error = await failure(openDocument(await zeroPagePdf()));
    expect(error.code).toBe('document.no_pages');
    expect(error.nl).toBe("PDF heeft geen pagina's");
  });

  it('a ZIP named .pdf → "geen PDF maar een ZIP-bestand"', async () => {
    const error = await failure(openDocument(zipFile('notes.txt', 'x'), defaultDocumentLimits, { fileName: 'b.pdf' }));
    expect(error.code).toBe('document.unsupported_type');
    expect(error.nl).toBe('Het bestand is geen PDF maar een ZIP-bestand');
  });

  it('a 30,000 × 30,000 PNG is refused from its header, before decoding', async () => {
    const started = performance.now();
    const error = await failure(openDocument(pngHeaderOnly(30_000, 30_000)));
    expect(performance.now() - started).toBeLessThan(200);
    expect(error.code).toBe('document.image_too_large');
    expect(error.nl).toBe('Afbeelding is te groot (30.000 × 30.000 pixels; maximaal 100.000.000 pixels)');
    expect(error.en).toBe('The image is too large (30,000 × 30,000 pixels; at most 100,000,000 pixels)');
    expect(error.details).toEqual({ width: 30_000, height: 30_000, maxPixels: 100_000_000 });
  });

  it('5,000 pages against a limit of 2,000 → too many pages', async () => {
    const error = await failure(openDocument(await manyPagesPdf(5000)));
    expect(error.code).toBe('document.too_many_pages');
    expect(error.nl).toBe("Het document heeft te veel pagina's (5.000; maximaal 2.000)");
  });

  it('a file over the byte limit, and an empty file', async () => {
    const bytes = await textPdf();
    const tooLarge = await failure(openDocument(bytes, { ...defaultDocumentLimits, maxBytes: 512 }));
    expect(tooLarge.code).toBe('document.too_large');
    expect(tooLarge.nl).toMatch(/^Het bestand is te groot \(\d+(,\d)? kB; maximaal 0,5 kB\)$/);
    expect(tooLarge.en).toMatch(/^The file is too large \(\d+(\.\d)? kB; at most 0.5 kB\)$/);
    expect((await failure(openDocument(new Uint8Array(0)))).nl).toBe('Het bestand is leeg');
  });

  it('an e-mail is not opened as pages: it is split elsewhere', async () => {
    const mail = new Uint8Array(Buffer.from('From: a@example.nl\nSubject: x\n\nbody'));
    const error = await failure(openDocument(mail));
    expect(error.code).toBe('document.unsupported_type');
    expect(error.nl).toMatch(/e-mailbericht/);
  });
});
