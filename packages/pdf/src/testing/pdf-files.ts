// PDF fixtures, generated with pdf-lib: text pages with known word positions (plain, /Rotate 90, CropBox offset), a
// scanned page (Dutch text rendered to a 300-dpi image and embedded as the only content), an encrypted file (a
// hand-written Standard security handler whose user password is not empty), a truncated file and one with no pages.
import { degrees, PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';
import { openDocument } from '../read/open-document.js';

/** Dutch sample text for the scanned page; the OCR test measures its character error rate against it. */
export const DUTCH_LETTER_LINES = [
  'Geachte heer Jansen,',
  'Naar aanleiding van uw verzoek op grond van de Wet open overheid',
  'ontvangt u hierbij de gevraagde documenten over de besluitvorming.',
  'Wij hebben enkele persoonsgegevens onleesbaar gemaakt.',
  'Met vriendelijke groet, de burgemeester van Utrecht',
] as const;

export interface DrawnLine {
  text: string;
  /** Baseline start in PDF user space (origin bottom-left of the MediaBox). */
  x: number;
  y: number;
  size: number;
}

export interface TextPdfOptions {
  /** MediaBox size in points; default A4 portrait. */
  size?: [width: number, height: number];
  rotate?: 0 | 90 | 180 | 270;
  /** [x, y, width, height] in user space. */
  cropBox?: [number, number, number, number];
  lines?: readonly DrawnLine[];
}

export const DEFAULT_LINES: readonly DrawnLine[] = [
  { text: 'Besluit op uw Woo-verzoek', x: 72, y: 770, size: 18 },
  { text: 'Geachte mevrouw De Vries, hierbij ontvangt u het besluit.', x: 72, y: 700, size: 12 },
  { text: 'Kenmerk 2026-0042 van 2 maart 2026', x: 300, y: 400, size: 10 },
];

/** Width of `text` in Helvetica at `size` points: where a word starts along its line. */
export async function helveticaWidth(text: string, size: number): Promise<number> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  return font.widthOfTextAtSize(text, size);
}

export async function textPdf(options: TextPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(options.size ?? [595, 842]);
  for (const line of options.lines ?? DEFAULT_LINES) {
    page.drawText(line.text, { x: line.x, y: line.y, size: line.size, font });
  }
  if (options.rotate) page.setRotation(degrees(options.rotate));
  if (options.cropBox) page.setCropBox(...options.cropBox);
  return doc.save();
}

/** A small page (A6 landscape) of Dutch text, 14 pt, laid out like a letter; few words keep OCR tests cheap. */
export async function dutchLetterPdf(): Promise<Uint8Array> {
  const lines = DUTCH_LETTER_LINES.map((text, i) => ({ text, x: 24, y: 260 - i * 24, size: 11 }));
  return textPdf({ size: [480, 300], lines });
}

/** The Dutch letter as a scan: rendered at `dpi`, embedded as a JPEG filling the page, no text layer. */
export async function scannedPdf(dpi = 300): Promise<Uint8Array> {
  return scanOf(await dutchLetterPdf(), dpi);
}

/** The first page of `pdf` as a scan: rendered at `dpi`, embedded as a JPEG filling the page, no text layer. */
export async function scanOf(pdf: Uint8Array, dpi = 300): Promise<Uint8Array> {
  const source = await openDocument(pdf);
  const page = await source.page(1);
  const jpeg = await (await page.render({ dpi })).jpeg(90);
  await source.close();
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(jpeg);
  const out = doc.addPage([page.widthPt, page.heightPt]);
  out.drawImage(image, { x: 0, y: 0, width: page.widthPt, height: page.heightPt });
  return doc.save();
}

/** The Dutch letter rendered to a PNG at `dpi` (input for the OCR pool). */
export async function dutchLetterPng(dpi = 300): Promise<Buffer> {
  const source = await openDocument(await dutchLetterPdf());
  const png = await (await (await source.page(1)).render({ dpi })).png();
  await source.close();
  return png;
}

/**
 * Encrypted with the Standard security handler (RC4, revision 2) and a user password that is not empty: the /U
 * entry does not match the empty password, so a reader must ask for one.
 */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await textPdf());
  const encrypt = doc.context.obj({
    Filter: PDFName.of('Standard'),
    V: 1,
    R: 2,
    Length: 40,
    P: -44,
    O: PDFHexString.of('4d'.repeat(32)),
    U: PDFHexString.of('a5'.repeat(32)),
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([
    PDFHexString.of('0123456789abcdef'),
    PDFHexString.of('0123456789abcdef'),
  ]);
  return doc.save({ useObjectStreams: false });
}

/** The text PDF cut off after `share` of its bytes (an interrupted upload). */
export async function truncatedPdf(share = 0.5): Promise<Uint8Array> {
  const bytes = await textPdf();
  return bytes.slice(0, Math.floor(bytes.length * share));
}

export async function zeroPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // pdf-lib adds a blank page to a document without pages unless told not to
  return doc.save({ addDefaultPage: false });
}

/** A PDF of `pages` empty pages (for the page limit). */
export async function manyPagesPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) doc.addPage([200, 200]);
  return doc.save();
}

/** Page 1 the text page, page 2 the scanned Dutch letter: one document that needs both paths. */
export async function mixedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const part of [await textPdf(), await scannedPdf()]) {
    const source = await PDFDocument.load(part);
    const [page] = await doc.copyPages(source, [0]);
    if (page) doc.addPage(page);
  }
  return doc.save();
}

/** The scanned letter with a few words of real text stamped on it (as a scanner or a Bates stamp adds). */
export async function stampedScanPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await scannedPdf());
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.getPage(0).drawText('WOO-2026-0042 pagina 1', { x: 300, y: 12, size: 8, font });
  return doc.save();
}
