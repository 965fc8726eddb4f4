// The e-mail as a plain text PDF: its header lines and its body, so it can be read, detected and redacted like any
// other PDF. The original .eml stays in the blob store; this PDF is the document's working version.
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ParsedEmail } from './parse-email.js';

const PAGE: [number, number] = [595.28, 841.89]; // A4
const MARGIN = 56;
const FONT_SIZE = 10;
const LINE_HEIGHT = 14;
const LABEL_WIDTH = 72;

/** The standard fonts only encode WinAnsi; anything else would make pdf-lib throw, so it becomes '?'. */
function encodable(font: PDFFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  return (text) =>
    Array.from(text.normalize('NFC').replace(/\t/g, '    '))
      .map((char) => (supported.has(char.codePointAt(0) ?? 0) ? char : '?'))
      .join('');
}

/** Breaks one paragraph into lines that fit `width`; a word longer than a line is cut. */
function wrap(text: string, font: PDFFont, width: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, FONT_SIZE) <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/ +/)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  lines.push(current);
  return lines;
}

class TextWriter {
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN;
  }

  private nextLine() {
    if (this.y - LINE_HEIGHT < MARGIN) this.newPage();
    this.y -= LINE_HEIGHT;
  }

  line(text: string, { x = MARGIN, font = this.font } = {}) {
    this.nextLine();
    if (text !== '') this.page.drawText(text, { x, y: this.y, size: FONT_SIZE, font });
  }

  /** The line drawn at the current position, on the same baseline as the last `line`. */
  sameLine(text: string, x: number) {
    if (text !== '') this.page.drawText(text, { x, y: this.y, size: FONT_SIZE, font: this.font });
  }

  blank() {
    this.nextLine();
  }
}

export async function renderEmailPdf(email: ParsedEmail): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // No title, author or subject: the metadata of a working version should carry nothing of its own.
  doc.setProducer('woo');
  doc.setCreator('woo');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const clean = encodable(regular);
  const textWidth = PAGE[0] - 2 * MARGIN;
  const writer = new TextWriter(doc, regular);

  const attachmentNames = email.attachments.map((attachment, i) => attachment.filename ?? `bijlage ${i + 1}`);
  const headers = [
    ...email.headers,
    ...(attachmentNames.length > 0 ? [{ label: 'Bijlagen', value: attachmentNames.join(', ') }] : []),
  ];
  for (const header of headers) {
    const lines = wrap(clean(header.value.replace(/\s+/g, ' ')), regular, textWidth - LABEL_WIDTH);
    lines.forEach((text, i) => {
      if (i === 0) writer.line(`${header.label}:`, { font: bold });
      else writer.line('');
      writer.sameLine(text, MARGIN + LABEL_WIDTH);
    });
  }
  writer.blank();

  for (const paragraph of email.body.split('\n')) {
    for (const text of wrap(clean(paragraph).trimEnd(), regular, textWidth)) writer.line(text);
  }
  return doc.save();
}
