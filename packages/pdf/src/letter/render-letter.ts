// Lays out a letter on A4 pages with pdf-lib: letterhead, addressee, facts, title, headings, paragraphs (wrapped),
// tables whose rows wrap within their columns and continue on the next page under a repeated header, the signature,
// and a footer with the page number. Standard fonts (Helvetica), see letter-text.ts for the characters they hold.
import { degrees, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { LetterBlock, LetterLayout, LetterTableColumn } from './letter-layout.js';
import { printableText, type LetterPlace } from './letter-text.js';

const pageWidth = 595.28;
const pageHeight = 841.89;
const margin = 64;
const footerSpace = 48;
const textWidth = pageWidth - 2 * margin;
const bodySize = 10.5;
const lineGap = 4;
const tableSize = 8.5;
const cellPadding = 3;
const ink = rgb(0.1, 0.1, 0.12);
const accent = rgb(0.0, 0.27, 0.53);
const rule = rgb(0.6, 0.6, 0.65);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Splits text into lines no wider than `width`; words longer than a line are cut. Blank lines are kept. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter((w) => w.length > 0)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

class LetterWriter {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  /** Distance from the top of the page to the next line's top. */
  private y = 0;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Fonts,
    private readonly supported: ReadonlySet<number>,
  ) {
    this.newPage();
  }

  text(value: string, where: LetterPlace): string {
    return printableText(value, this.supported, where);
  }

  newPage(): void {
    this.page = this.pdf.addPage([pageWidth, pageHeight]);
    this.pages.push(this.page);
    this.y = margin;
  }

  private room(height: number): void {
    if (this.y + height > pageHeight - margin - footerSpace) this.newPage();
  }

  draw(text: string, x: number, size: number, font: PDFFont, color = ink): void {
    this.page.drawText(text, { x, y: pageHeight - this.y - size, size, font, color });
  }

  lines(
    text: string,
    where: LetterPlace,
    options: { size?: number; font?: PDFFont; color?: ReturnType<typeof rgb> } = {},
  ) {
    const size = options.size ?? bodySize;
    const font = options.font ?? this.fonts.regular;
    for (const line of wrapText(this.text(text, where), font, size, textWidth)) {
      this.room(size + lineGap);
      this.draw(line, margin, size, font, options.color);
      this.y += size + lineGap;
    }
  }

  space(points: number): void {
    this.y += points;
  }

  heading(text: string): void {
    this.room(3 * (bodySize + lineGap));
    this.space(6);
    this.lines(
      text,
      { nl: `de kop "${text}"`, en: `the heading "${text}"` },
      { font: this.fonts.bold, size: bodySize + 1.5, color: accent },
    );
    this.space(2);
  }

  table(columns: LetterTableColumn[], rows: string[][], where: LetterPlace): void {
    const widths = columns.map((column) => column.width * textWidth);
    const lineHeight = tableSize + 2.5;
    const cellLines = (cells: string[], font: PDFFont) =>
      cells.map((cell, i) => wrapText(this.text(cell, where), font, tableSize, widths[i]! - 2 * cellPadding));
    const header = cellLines(
      columns.map((column) => column.header),
      this.fonts.bold,
    );
    const heightOf = (wrapped: string[][]) =>
      Math.max(...wrapped.map((lines) => lines.length)) * lineHeight + 2 * cellPadding;

    const drawRow = (wrapped: string[][], font: PDFFont, shaded: boolean) => {
      const height = heightOf(wrapped);
      const top = pageHeight - this.y;
      if (shaded) {
        this.page.drawRectangle({ x: margin, y: top - height, width: textWidth, height, color: rgb(0.93, 0.95, 0.98) });
      }
      let x = margin;
      wrapped.forEach((lines, i) => {
        lines.forEach((line, n) => {
          this.page.drawText(line, {
            x: x + cellPadding,
            y: top - cellPadding - (n + 1) * lineHeight + 2.5,
            size: tableSize,
            font,
            color: ink,
          });
        });
        x += widths[i]!;
      });
      this.page.drawLine({
        start: { x: margin, y: top - height },
        end: { x: margin + textWidth, y: top - height },
        thickness: 0.5,
        color: rule,
      });
      this.y += height;
    };

    const headerHeight = heightOf(header);
    this.room(headerHeight + lineHeight * 2 + 2 * cellPadding);
    drawRow(header, this.fonts.bold, true);
    for (const row of rows) {
      const wrapped = cellLines(row, this.fonts.regular);
      const height = heightOf(wrapped);
      if (this.y + height > pageHeight - margin - footerSpace) {
        this.newPage();
        drawRow(header, this.fonts.bold, true);
      }
      drawRow(wrapped, this.fonts.regular, false);
    }
    this.space(8);
  }
}

let characterSet: Promise<ReadonlySet<number>> | undefined;

/** The characters the letter's font can print (code points), read once from the embedded Helvetica. */
function letterCharacterSet(): Promise<ReadonlySet<number>> {
  characterSet ??= (async () => {
    const pdf = await PDFDocument.create();
    return new Set((await pdf.embedFont(StandardFonts.Helvetica)).getCharacterSet());
  })();
  return characterSet;
}

/**
 * One text as the letter would print it (see printableText), or a LetterTextError naming the character and `where`:
 * for checking an input (a motivation) when it is saved, without rendering the whole letter.
 */
export async function printableLetterText(text: string, where: LetterPlace): Promise<string> {
  return printableText(text, await letterCharacterSet(), where);
}

/** The letter as PDF bytes. Throws LetterTextError for a character the font cannot print (see letter-text.ts). */
export async function renderLetter(layout: LetterLayout): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const supported = new Set(fonts.regular.getCharacterSet());
  const writer = new LetterWriter(pdf, fonts, supported);

  writer.lines(
    layout.letterhead.name,
    { nl: 'het briefhoofd', en: 'the letterhead' },
    { font: fonts.bold, size: 16, color: accent },
  );
  for (const line of layout.letterhead.addressLines)
    writer.lines(line, { nl: 'het briefhoofd', en: 'the letterhead' }, { size: 9 });
  writer.space(28);
  for (const line of layout.addressee) writer.lines(line, { nl: 'de geadresseerde', en: 'the addressee' });
  writer.space(20);
  for (const [label, value] of layout.facts) {
    writer.lines(`${label}: ${value}`, { nl: `het gegeven "${label}"`, en: `the fact "${label}"` }, { size: 9.5 });
  }
  writer.space(14);
  writer.lines(layout.title, { nl: 'de titel', en: 'the title' }, { font: fonts.bold, size: 13 });
  writer.space(6);

  for (const block of layout.blocks) renderBlock(writer, block);

  writer.space(10);
  writer.lines(layout.signature.closing, { nl: 'de afsluiting', en: 'the closing' });
  writer.space(26);
  for (const line of layout.signature.lines) writer.lines(line, { nl: 'de ondertekening', en: 'the signature' });

  const total = writer.pages.length;
  const footer = printableText(layout.footer, supported, { nl: 'de voettekst', en: 'the footer' });
  writer.pages.forEach((page, index) => {
    const label = printableText(layout.pageLabel(index + 1, total), supported, {
      nl: 'de paginanummering',
      en: 'the page numbers',
    });
    const line = `${footer} · ${label}`;
    page.drawText(line, {
      x: pageWidth - margin - fonts.regular.widthOfTextAtSize(line, 8),
      y: margin / 2,
      size: 8,
      font: fonts.regular,
      color: rule,
    });
    if (layout.watermark) {
      const mark = printableText(layout.watermark, supported, { nl: 'het watermerk', en: 'the watermark' });
      page.drawText(mark, {
        x: 150,
        y: 260,
        size: 96,
        font: fonts.bold,
        color: rgb(0.85, 0.3, 0.3),
        opacity: 0.18,
        rotate: degrees(45),
      });
    }
  });

  pdf.setTitle(printableText(layout.documentTitle, supported, { nl: 'de documenttitel', en: 'the document title' }));
  pdf.setLanguage('nl-NL');
  pdf.setProducer('Woo');
  pdf.setCreator('Woo');
  return pdf.save({ useObjectStreams: false });
}

function renderBlock(writer: LetterWriter, block: LetterBlock): void {
  switch (block.kind) {
    case 'heading':
      writer.heading(block.text);
      return;
    case 'paragraph':
      writer.lines(block.text, block.source ?? { nl: 'een alinea', en: 'a paragraph' });
      writer.space(6);
      return;
    case 'table':
      writer.table(block.columns, block.rows, { nl: 'de inventarislijst', en: 'the inventory' });
      return;
  }
}
