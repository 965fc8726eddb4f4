// Laid-out pages to files: a text PDF (pdf-lib, Helvetica: a real text layer), or a scan — the same page rendered
// to pixels at 200–300 dpi through @woo/pdf, turned a fraction of a degree, speckled with noise and embedded as a
// JPEG with no text at all, the way an office scanner delivers a letter.
import { createCanvas } from '@napi-rs/canvas';
import type { Canvas } from '@napi-rs/canvas';
import { openDocument } from '@woo/pdf';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PDFFont } from 'pdf-lib';
import { PAGE_HEIGHT, PAGE_WIDTH } from './layout.js';
import type { LaidOutPage, Measure } from './layout.js';
import type { Random } from './random.js';

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  return {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
}

/** Text widths as the PDF will set them, for the layout. */
export async function helveticaMeasure(): Promise<Measure> {
  const fonts = await embedFonts(await PDFDocument.create());
  return (text, size, bold) => (bold ? fonts.bold : fonts.regular).widthOfTextAtSize(text, size);
}

function drawPage(doc: PDFDocument, fonts: Fonts, page: LaidOutPage): void {
  const out = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  for (const line of page.lines) {
    out.drawText(line.text, {
      x: line.x,
      y: PAGE_HEIGHT - line.baseline,
      size: line.size,
      font: line.bold ? fonts.bold : fonts.regular,
    });
  }
}

async function textPageBytes(page: LaidOutPage): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  drawPage(doc, await embedFonts(doc), page);
  return doc.save();
}

export interface ScanOptions {
  dpi: number;
  /** Degrees; a scanner feeds paper a little askew. */
  rotation: number;
  /** Share of pixels turned into specks. */
  noise: number;
}

export function scanOptions(random: Random): ScanOptions {
  return {
    dpi: random.pick([200, 240, 300]),
    rotation: (random.next() - 0.5) * 1.2,
    noise: 0.0003 + random.next() * 0.0005,
  };
}

/** The page as pixels: rendered by @woo/pdf (pdf.js), then optionally made to look scanned. */
export async function renderPage(page: LaidOutPage, options: ScanOptions | { dpi: number }, random: Random) {
  const source = await openDocument(await textPageBytes(page));
  try {
    const rendered = await (await source.page(1)).render({ dpi: options.dpi });
    if (!('rotation' in options)) return rendered.canvas;
    return scanEffect(rendered.canvas, options, random);
  } finally {
    await source.close();
  }
}

function scanEffect(clean: Canvas, options: ScanOptions, random: Random): Canvas {
  const canvas = createCanvas(clean.width, clean.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((options.rotation * Math.PI) / 180);
  context.drawImage(clean, -canvas.width / 2, -canvas.height / 2);
  context.setTransform(1, 0, 0, 1, 0, 0);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const pixels = image.data;
  const total = canvas.width * canvas.height;
  // Paper is never pure white: a slight grey tone, plus dark and light specks.
  for (let i = 0; i < pixels.length; i += 4) {
    const tone = (pixels[i] ?? 255) - 6;
    pixels[i] = tone;
    pixels[i + 1] = tone;
    pixels[i + 2] = tone;
  }
  const specks = Math.round(total * options.noise);
  for (let n = 0; n < specks; n += 1) {
    const at = random.int(0, total - 1) * 4;
    const value = random.chance(0.7) ? random.int(0, 110) : 255;
    pixels[at] = value;
    pixels[at + 1] = value;
    pixels[at + 2] = value;
  }
  context.putImageData(image, 0, 0);
  return canvas;
}

export interface RenderedFile {
  bytes: Uint8Array;
  scannedPages: number;
}

/** Pages into one PDF; the pages for which `scanned(i)` holds become JPEG scans without a text layer. */
export async function pagesToPdf(
  pages: readonly LaidOutPage[],
  scanned: (index: number) => boolean,
  random: Random,
): Promise<RenderedFile> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc);
  let scannedPages = 0;
  for (const [index, page] of pages.entries()) {
    if (!scanned(index)) {
      drawPage(doc, fonts, page);
      continue;
    }
    const canvas = await renderPage(page, scanOptions(random), random);
    const jpeg = await doc.embedJpg(await canvas.encode('jpeg', 82));
    doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]).drawImage(jpeg, { x: 0, y: 0, width: PAGE_WIDTH, height: PAGE_HEIGHT });
    scannedPages += 1;
  }
  return { bytes: await doc.save(), scannedPages };
}

/** One page as a JPEG scan file (a photographed or scanned letter uploaded as an image). */
export async function pageToJpeg(page: LaidOutPage, random: Random): Promise<Uint8Array> {
  const canvas = await renderPage(page, scanOptions(random), random);
  return new Uint8Array(await canvas.encode('jpeg', 85));
}
