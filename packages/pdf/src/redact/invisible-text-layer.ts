// The searchable layer of the public version: words written in text render mode 3 (invisible) over the image, each
// stretched to the width of its box, so selecting and searching find them where the reader sees them.
// Helvetica is one of the 14 standard fonts: referenced, not embedded, so it adds no bytes per page. It can write
// WinAnsi (Western European) characters; anything else is written as its base letter ('ł' → 'l') or '?'.
import {
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  StandardFonts,
  TextRenderingMode,
  beginText,
  endText,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
} from 'pdf-lib';
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { PageWord } from '@woo/domain';

export interface InvisibleTextWriter {
  /** Writes the words (boxes in points from the top-left) onto the page. */
  write(page: PDFPage, words: readonly Pick<PageWord, 'text' | 'x' | 'y' | 'width' | 'height'>[]): void;
}

export async function createInvisibleTextWriter(document: PDFDocument): Promise<InvisibleTextWriter> {
  const font = await document.embedFont(StandardFonts.Helvetica);
  const supported = new Set(font.getCharacterSet());
  // Share of the em from the lowest descender to the highest ascender: a word box that high is one em of this much.
  const emHeight = font.heightAtSize(1, { descender: true });
  const descent = emHeight - font.heightAtSize(1, { descender: false });

  return {
    write(page, words) {
      const fontKey = page.node.newFontDictionary(font.name, font.ref);
      const pageHeight = page.getHeight();
      const operators: PDFOperator[] = [beginText(), setTextRenderingMode(TextRenderingMode.Invisible)];
      for (const word of words) {
        const text = writable(word.text, supported);
        if (!text || word.width <= 0 || word.height <= 0) continue;
        const size = word.height / emHeight;
        const natural = font.widthOfTextAtSize(text, size);
        if (natural <= 0) continue;
        operators.push(
          setFontAndSize(fontKey, size),
          horizontalScaling((100 * word.width) / natural),
          setTextMatrix(1, 0, 0, 1, word.x, pageHeight - word.y - word.height + descent * size),
          showText(font.encodeText(text)),
        );
      }
      operators.push(endText());
      if (operators.length > 3) page.pushOperators(...operators);
    },
  };
}

function horizontalScaling(percent: number): PDFOperator {
  return PDFOperator.of(PDFOperatorNames.SetTextHorizontalScaling, [PDFNumber.of(Math.round(percent * 100) / 100)]);
}

function writable(text: string, supported: ReadonlySet<number>): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (supported.has(code)) {
      out += char;
      continue;
    }
    const base = char.normalize('NFKD').replace(/\p{M}+/gu, '');
    out += [...base].every((c) => supported.has(c.codePointAt(0) ?? 0)) && base ? base : '?';
  }
  return out.trim();
}
