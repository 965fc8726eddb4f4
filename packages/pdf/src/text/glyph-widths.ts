// Relative character widths to place words inside a pdf.js text run. pdf.js reports a run ("Hallo wereld, dit is")
// with one width; we split it into words and share that width out in proportion to each character's advance in
// Helvetica — far closer than counting characters (an "m" is three times an "i") and independent of system fonts.
// Characters Helvetica cannot encode count as an average glyph.
import { StandardFontEmbedder, StandardFonts } from 'pdf-lib';

const AVERAGE_WIDTH = 556; // Helvetica's digit width, in 1/1000 em
// pdf-lib's StandardFonts and the embedder's FontNames are two enums with the same string values.
const helvetica = StandardFontEmbedder.for(
  StandardFonts.Helvetica as unknown as Parameters<typeof StandardFontEmbedder.for>[0],
);
const cache = new Map<string, number>();

function charWidth(char: string): number {
  const cached = cache.get(char);
  if (cached !== undefined) return cached;
  let width = AVERAGE_WIDTH;
  try {
    width = helvetica.widthOfTextAtSize(char, 1000) || AVERAGE_WIDTH;
  } catch {
    // not in WinAnsi: keep the average
  }
  cache.set(char, width);
  return width;
}

/** Cumulative advances: result[i] is the width of text.slice(0, i), in 1/1000 em; result has text.length + 1 entries. */
export function cumulativeWidths(text: string): number[] {
  const result = [0];
  let sum = 0;
  for (const char of text) {
    sum += charWidth(char);
    // a surrogate pair is one character but two UTF-16 units: give both indexes the same position
    for (let i = 0; i < char.length; i += 1) result.push(sum);
  }
  return result;
}
