// Test fixtures for the leak routes of DESIGN §4, generated with pdf-lib: a letter that names "Jan de Vries", each
// variant hiding the name in one more place, and the naive ways to "redact" it that leak. Used by the tests of
// packages/pdf and of `woo redact`/`woo verify`.
import { inflateSync } from 'node:zlib';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, degrees, rgb } from 'pdf-lib';
import type { Box, PageText, PageWord } from '@woo/domain';
import { openDocument } from '../read/open-document.js';
import type { PageOcr } from '../redact/redact-document.js';
import type { RedactionRegionInput } from '../redact/redaction-region.js';

export const SECRET_NAME = 'Jan de Vries';
export const SECRET_BSN = '123456782';

export interface LetterLine {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page (PDF user space). */
  y: number;
  size: number;
}

export const LETTER_LINES: readonly LetterLine[] = [
  { text: 'Besluit op uw Woo-verzoek', x: 72, y: 770, size: 18 },
  { text: 'Geachte heer Jan de Vries, hierbij ontvangt u het besluit.', x: 72, y: 700, size: 12 },
  { text: `Uw burgerservicenummer is ${SECRET_BSN} en uw verzoek is ontvangen.`, x: 72, y: 670, size: 12 },
  { text: 'Met vriendelijke groet, de burgemeester van Utrecht', x: 72, y: 600, size: 12 },
];

/** The letter as a pdf-lib document, for a fixture to add its leak route to before saving. */
export async function letterDocument(lines: readonly LetterLine[] = LETTER_LINES): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  for (const line of lines) page.drawText(line.text, { x: line.x, y: line.y, size: line.size, font });
  return doc;
}

export async function letterPdf(): Promise<Uint8Array> {
  return (await letterDocument()).save({ useObjectStreams: false });
}

/** The pages' words as the pipeline reads them (the text layer). */
export async function readWords(bytes: Uint8Array): Promise<PageText[]> {
  const document = await openDocument(bytes);
  try {
    const pages: PageText[] = [];
    for (let n = 1; n <= document.pageCount; n += 1) {
      const text = await (await document.page(n)).textLayer();
      if (text) pages.push(text);
    }
    return pages;
  } finally {
    await document.close();
  }
}

/** The union of the boxes of the consecutive words that spell `phrase` (punctuation at the end ignored). */
export function boxOfPhrase(page: PageText, phrase: string): Box {
  const clean = (text: string) => text.replace(/[.,;:]+$/, '');
  const wanted = phrase.split(/\s+/).map(clean);
  for (let i = 0; i + wanted.length <= page.words.length; i += 1) {
    const words = page.words.slice(i, i + wanted.length);
    if (words.every((word, j) => clean(word.text) === wanted[j])) return unionBox(words);
  }
  throw new Error(`"${phrase}" is not on page ${page.page}`);
}

export function unionBox(words: readonly PageWord[]): Box {
  const left = Math.min(...words.map((word) => word.x));
  const top = Math.min(...words.map((word) => word.y));
  const right = Math.max(...words.map((word) => word.x + word.width));
  const bottom = Math.max(...words.map((word) => word.y + word.height));
  return [left, top, right - left, bottom - top];
}

/** The region a reviewer would draw over `phrase` on page 1 of `bytes`. */
export async function regionOver(bytes: Uint8Array, phrase = SECRET_NAME): Promise<RedactionRegionInput> {
  const [page] = await readWords(bytes);
  if (!page) throw new Error('the fixture has no text layer');
  return { page: page.page, box: boxOfPhrase(page, phrase), ground: '5.1.2e', text: phrase };
}

/** The naive redaction: a black rectangle drawn over each region, everything else of the original kept. */
export async function naiveBlackBox(bytes: Uint8Array, regions: readonly RedactionRegionInput[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  for (const region of regions) {
    const page = doc.getPage(region.page - 1);
    const [x, y, width, height] = region.box;
    page.drawRectangle({ x, y: page.getHeight() - y - height, width, height, color: rgb(0, 0, 0) });
  }
  return doc.save({ useObjectStreams: false });
}

// ---- leak routes, each added to the letter ----

/** A sticky-note annotation whose text names the person. */
export async function withAnnotation(): Promise<Uint8Array> {
  const doc = await letterDocument();
  const annotation = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [400, 700, 420, 720],
      Contents: PDFHexString.fromText(`Bellen met ${SECRET_NAME} over zijn bezwaar`),
      T: PDFString.of('Behandelaar'),
    }),
  );
  doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([annotation]));
  return doc.save({ useObjectStreams: false });
}

/** What the page shows where the ActualText fixture hides the name. */
export const ACTUAL_TEXT_INITIALS = 'J.d.V.';

/**
 * The name only in accessibility text: the page shows initials, marked content around them carries the name as
 * ActualText and Alt (what a screen reader reads), and a structure element carries it as Alt.
 */
export async function withActualText(): Promise<Uint8Array> {
  const doc = await letterDocument(LETTER_LINES.filter((line) => !line.text.includes(SECRET_NAME)));
  const page = doc.getPage(0);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const key = page.node.newFontDictionary('F9', font.ref);
  const content = doc.context.flateStream(
    `/Span <</ActualText (${SECRET_NAME}) /Alt (${SECRET_NAME})>> BDC BT /${key.decodeText()} 12 Tf 72 560 Td (${ACTUAL_TEXT_INITIALS}) Tj ET EMC`,
  );
  const existing = page.node.get(PDFName.of('Contents'));
  const refs = existing instanceof PDFArray ? existing.asArray() : existing ? [existing] : [];
  page.node.set(PDFName.of('Contents'), doc.context.obj([...refs, doc.context.register(content)]));
  const rootRef = doc.context.nextRef();
  const element = doc.context.register(
    doc.context.obj({
      Type: 'StructElem',
      S: 'Span',
      P: rootRef,
      Pg: page.ref,
      Alt: PDFHexString.fromText(SECRET_NAME),
    }),
  );
  doc.context.assign(rootRef, doc.context.obj({ Type: 'StructTreeRoot', K: [element] }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  return doc.save({ useObjectStreams: false });
}

/** A bookmark titled with the name. */
export async function withOutline(): Promise<Uint8Array> {
  const doc = await letterDocument();
  const outlinesRef = doc.context.nextRef();
  const itemRef = doc.context.nextRef();
  const pageRef = doc.getPage(0).ref;
  doc.context.assign(
    itemRef,
    doc.context.obj({
      Title: PDFHexString.fromText(`Brief aan ${SECRET_NAME}`),
      Parent: outlinesRef,
      Dest: [pageRef, 'Fit'],
    }),
  );
  doc.context.assign(outlinesRef, doc.context.obj({ Type: 'Outlines', First: itemRef, Last: itemRef, Count: 1 }));
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  return doc.save({ useObjectStreams: false });
}

/** A filled-in form field with the name as its value. */
export async function withFormField(): Promise<Uint8Array> {
  const doc = await letterDocument();
  const field = doc.getForm().createTextField('naam_aanvrager');
  field.setText(SECRET_NAME);
  field.addToPage(doc.getPage(0), { x: 72, y: 500, width: 200, height: 20 });
  return doc.save({ useObjectStreams: false });
}

/** An attached file (embedded file) that names the person. */
export async function withAttachment(): Promise<Uint8Array> {
  const doc = await letterDocument();
  await doc.attach(Buffer.from(`Gespreksnotitie met ${SECRET_NAME}, BSN ${SECRET_BSN}.`), 'notitie.txt', {
    mimeType: 'text/plain',
    description: 'Gespreksnotitie',
  });
  return doc.save({ useObjectStreams: false });
}

/** Info dictionary (Title, Author) and an XMP packet that name the person. */
export async function withMetadata(): Promise<Uint8Array> {
  const doc = await letterDocument();
  doc.setTitle(`Bezwaar ${SECRET_NAME}`);
  doc.setAuthor('Piet Jansen');
  doc.setProducer('Scanner afdeling Burgerzaken');
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmp:CreatorTool="Werkplek K. Bakker">
<dc:creator><rdf:Seq><rdf:li>Karin Bakker</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
  const stream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
  return doc.save({ useObjectStreams: false });
}

export const METADATA_SECRETS = ['Piet Jansen', 'Karin Bakker', 'Werkplek K. Bakker', 'Scanner afdeling Burgerzaken'];

/** A name only in the file name; some tools copy the file name into the Title. */
export const FILE_NAME = 'bezwaar-karel-appelboom.pdf';

export async function naiveWithFileNameTitle(
  bytes: Uint8Array,
  regions: readonly RedactionRegionInput[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await naiveBlackBox(bytes, regions), { updateMetadata: false });
  doc.setTitle(FILE_NAME);
  return doc.save({ useObjectStreams: false });
}

/**
 * An incremental save: the letter as first written, plus an update section appended by hand that replaces the
 * page's content stream with one where the name is gone. A reader shows the update; the first revision — with the
 * name — is still in the file.
 */
export async function withIncrementalUpdate(): Promise<Uint8Array> {
  const original = await letterPdf();
  const doc = await PDFDocument.load(original, { updateMetadata: false });
  const page = doc.getPage(0);
  const contentsRef = page.node.get(PDFName.of('Contents'));
  const ref = contentsRef instanceof PDFArray ? contentsRef.get(0) : contentsRef;
  const text = doc.context.lookup(ref);
  if (!text || !('contents' in text)) throw new Error('unexpected content stream');
  const old = inflateSync((text as { contents: Uint8Array }).contents).toString('latin1');
  const replaced = old.replace(/<([0-9A-F]+)>/g, (whole, hex: string) => {
    const decoded = Buffer.from(hex, 'hex').toString('latin1');
    return decoded.includes('Jan de Vries')
      ? `<${Buffer.from(decoded.replace(SECRET_NAME, '[...]'), 'latin1').toString('hex').toUpperCase()}>`
      : whole;
  });
  if (replaced === old) throw new Error('the name was not in the content stream');
  const [number, generation] = String(ref).split(' ');
  const tail = Buffer.from(original).toString('latin1');
  const previous = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)?.[1]);
  const size = Number(/\/Size (\d+)/.exec(tail.slice(tail.lastIndexOf('trailer')))?.[1]);
  const root = /\/Root (\d+ \d+ R)/.exec(tail.slice(tail.lastIndexOf('trailer')))?.[1];
  const body = `${number} ${generation} obj\n<< /Length ${replaced.length} >>\nstream\n${replaced}\nendstream\nendobj\n`;
  const bodyOffset = original.length + 1;
  const xrefOffset = bodyOffset + Buffer.byteLength(body, 'latin1');
  const update =
    `\n${body}xref\n${number} 1\n${String(bodyOffset).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n` +
    `trailer\n<< /Size ${size} /Root ${root} /Prev ${previous} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(original), Buffer.from(update, 'latin1')]));
}

/** A letter whose only name is short: the naive box is exactly as wide as the name. */
export async function shortNameLetter(name: string): Promise<Uint8Array> {
  return (await letterDocument([{ text: `Geachte ${name}, hierbij het besluit.`, x: 72, y: 700, size: 12 }])).save();
}

/** Luminance reader over a PNG or an 8-bit grey PGM (P5), the two images an OCR engine is handed. */
async function luminanceOf(
  image: Buffer,
): Promise<{ width: number; height: number; at(x: number, y: number): number }> {
  const pgm = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString('latin1'));
  if (pgm) {
    const width = Number(pgm[1]);
    const height = Number(pgm[2]);
    const offset = pgm[0].length;
    return { width, height, at: (x, y) => image[offset + y * width + x] ?? 255 };
  }
  const decoded = await loadImage(image);
  const canvas = createCanvas(decoded.width, decoded.height);
  canvas.getContext('2d').drawImage(decoded, 0, 0);
  const rgba = canvas.getContext('2d').getImageData(0, 0, decoded.width, decoded.height).data;
  return { width: decoded.width, height: decoded.height, at: (x, y) => rgba[(y * decoded.width + x) * 4] ?? 255 };
}

/**
 * An OCR engine for tests, working on pixels like a real one: it "recognises" a word of the known layout when the
 * word's box in the image shows ink on paper, and not when the box is painted over (mostly black) or blank.
 */
export function pixelReadingOcr(layout: PageText): PageOcr & { seen: number } {
  const ocr = {
    seen: 0,
    async recognize(image: Buffer, options: { dpi: number; page?: number }): Promise<PageText> {
      ocr.seen += 1;
      const pixels = await luminanceOf(image);
      const scale = options.dpi / 72;
      const words = layout.words.filter((word) => {
        const x = Math.floor(word.x * scale);
        const y = Math.floor(word.y * scale);
        const w = Math.max(1, Math.ceil(word.width * scale));
        const h = Math.max(1, Math.ceil(word.height * scale));
        let dark = 0;
        for (let row = y; row < y + h; row += 1) {
          for (let column = x; column < x + w; column += 1) {
            const inside = row < pixels.height && column < pixels.width;
            if (inside && pixels.at(column, row) < 128) dark += 1;
          }
        }
        const share = dark / (w * h);
        return share > 0.02 && share < 0.6;
      });
      return { ...layout, page: options.page ?? 1, source: 'ocr', words };
    },
  };
  return ocr;
}

/** Naive OCR redaction: the text layer is OCR of the ORIGINAL image, the image itself redacted. */
export async function naiveOcrOfOriginal(
  scanned: Uint8Array,
  regions: readonly RedactionRegionInput[],
  ocr: PageOcr,
): Promise<Uint8Array> {
  const source = await openDocument(scanned);
  const page = await source.page(1);
  const image = await page.render({ dpi: 150 });
  const words = await ocr.recognize(await image.png(), { dpi: image.dpi, page: 1 });
  await source.close();
  const doc = await PDFDocument.load(await naiveBlackBox(scanned, regions));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const out = doc.getPage(0);
  for (const word of words.words) {
    out.drawText(word.text, {
      x: word.x,
      y: out.getHeight() - word.y - word.height,
      size: word.height * 0.8,
      font,
      opacity: 0,
    });
  }
  return doc.save();
}

/** The letter as a scan: its page rendered to an image, the only content of a new PDF. */
export async function scannedLetter(): Promise<{ scanned: Uint8Array; layout: PageText }> {
  const letter = await letterPdf();
  const [layout] = await readWords(letter);
  if (!layout) throw new Error('no layout');
  const source = await openDocument(letter);
  const page = await source.page(1);
  const jpeg = await (await page.render({ dpi: 150 })).jpeg(90);
  await source.close();
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(jpeg);
  doc
    .addPage([page.widthPt, page.heightPt])
    .drawImage(image, { x: 0, y: 0, width: page.widthPt, height: page.heightPt });
  return { scanned: await doc.save(), layout };
}

/** The letter on a page with /Rotate 90: displayed landscape, the text running down the page. */
export async function rotatedLetter(): Promise<Uint8Array> {
  const doc = await letterDocument();
  doc.getPage(0).setRotation(degrees(90));
  return doc.save({ useObjectStreams: false });
}

/** The letter on a larger MediaBox whose CropBox (the displayed page) is offset, as scanners and imposition do. */
export async function croppedLetter(): Promise<Uint8Array> {
  const doc = await letterDocument(LETTER_LINES.map((line) => ({ ...line, x: line.x + 100, y: line.y + 80 })));
  const page = doc.getPage(0);
  page.setMediaBox(0, 0, 800, 1000);
  page.setCropBox(100, 80, 595, 842);
  return doc.save({ useObjectStreams: false });
}
