// Words with boxes from pdf.js text content. pdf.js gives runs of text, each with a transform (where its baseline
// starts and how it is scaled and rotated) and a total width; we split each run into words, place them along the
// baseline in proportion to their glyph widths, and take the box from the font's ascent and descent. The viewport
// transform maps PDF user space to the page as displayed (rotation, CropBox offset, y downwards), so the boxes come
// out in displayed points from the top-left, like OCR boxes and rendered pixels.
import type { PageText, PageWord } from '@woo/domain';
import { cumulativeWidths } from './glyph-widths.js';

/** The parts of pdf.js's TextItem and TextStyle we use. */
export interface TextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

export interface FontMetrics {
  ascent: number;
  descent: number;
}

const DEFAULT_ASCENT = 0.8;
const DEFAULT_DESCENT = -0.2;
// Two runs with no space between them belong to one word when the gap is smaller than this share of the font size
// (pdf.js splits runs at font changes and kerning, e.g. "Jan" + "sen" in a bold/regular mix).
const JOIN_GAP = 0.15;

type Matrix = [number, number, number, number, number, number];

function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  const [a1 = 0, b1 = 0, c1 = 0, d1 = 0, e1 = 0, f1 = 0] = m1;
  const [a2 = 0, b2 = 0, c2 = 0, d2 = 0, e2 = 0, f2 = 0] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;

interface Placed {
  word: PageWord;
  /** Where the run's baseline would continue after this word, for joining the next run. */
  endX: number;
  endY: number;
  fontSize: number;
}

function sane(metric: number | undefined, fallback: number, min: number, max: number): number {
  return metric !== undefined && Number.isFinite(metric) && metric >= min && metric <= max ? metric : fallback;
}

export function wordsFromTextRuns(
  runs: readonly TextRun[],
  styles: Readonly<Record<string, Partial<FontMetrics> | undefined>>,
  viewportTransform: readonly number[],
  viewportScale: number,
): PageWord[] {
  const placed: Placed[] = [];
  let previousEndsWord = false; // the last run ended inside a word (no trailing space, no line end)
  for (const run of runs) {
    const text = run.str;
    if (text.trim() === '') {
      previousEndsWord = false;
      continue;
    }
    const m = multiply(viewportTransform, run.transform);
    const fontSize = Math.hypot(m[2], m[3]);
    const advanceScale = Math.hypot(m[0], m[1]);
    if (fontSize === 0 || advanceScale === 0) continue;
    const dir = { x: m[0] / advanceScale, y: m[1] / advanceScale };
    const up = { x: m[2] / fontSize, y: m[3] / fontSize };
    const style = styles[run.fontName];
    const ascent = sane(style?.ascent, DEFAULT_ASCENT, 0.3, 1.5);
    const descent = sane(style?.descent, DEFAULT_DESCENT, -0.8, 0);
    const widths = cumulativeWidths(text);
    const total = widths[widths.length - 1] ?? 0;
    // Run length along the baseline, in displayed points: pdf.js measures it in user space.
    const runLength = run.width > 0 ? run.width * viewportScale : (total / 1000) * fontSize;
    const perUnit = total > 0 ? runLength / total : 0;
    const at = (i: number) => (widths[i] ?? total) * perUnit;
    const [originX, originY] = [m[4], m[5]];

    for (const match of text.matchAll(/\S+/g)) {
      const start = match.index;
      const end = start + match[0].length;
      const s0 = at(start);
      const s1 = at(end);
      const xs: number[] = [];
      const ys: number[] = [];
      for (const s of [s0, s1]) {
        for (const t of [descent, ascent]) {
          xs.push(originX + dir.x * s + up.x * t * fontSize);
          ys.push(originY + dir.y * s + up.y * t * fontSize);
        }
      }
      const x0 = Math.min(...xs);
      const y0 = Math.min(...ys);
      const word: PageWord = {
        text: match[0],
        x: x0,
        y: y0,
        width: Math.max(...xs) - x0,
        height: Math.max(...ys) - y0,
        confidence: 1,
      };
      const endX = originX + dir.x * s1;
      const endY = originY + dir.y * s1;
      const startX = originX + dir.x * s0;
      const startY = originY + dir.y * s0;
      const last = placed[placed.length - 1];
      const joins =
        start === 0 &&
        previousEndsWord &&
        last !== undefined &&
        Math.hypot(startX - last.endX, startY - last.endY) < JOIN_GAP * Math.max(fontSize, last.fontSize);
      if (joins) {
        const a = last.word;
        const right = Math.max(a.x + a.width, word.x + word.width);
        const bottom = Math.max(a.y + a.height, word.y + word.height);
        a.text += word.text;
        a.x = Math.min(a.x, word.x);
        a.y = Math.min(a.y, word.y);
        a.width = right - a.x;
        a.height = bottom - a.y;
        last.endX = endX;
        last.endY = endY;
      } else {
        placed.push({ word, endX, endY, fontSize });
      }
    }
    previousEndsWord = !run.hasEOL && !/\s$/.test(text);
  }
  return placed.map(({ word }) => ({
    ...word,
    x: round(word.x),
    y: round(word.y),
    width: round(word.width),
    height: round(word.height),
  }));
}

export function pageTextFromRuns(
  page: number,
  size: { width: number; height: number },
  runs: readonly TextRun[],
  styles: Readonly<Record<string, Partial<FontMetrics> | undefined>>,
  viewportTransform: readonly number[],
  viewportScale: number,
): PageText | null {
  // Text wholly outside the displayed page (beyond the CropBox) is not seen by anyone, and the public version is
  // rebuilt from the rendered page, so it does not survive there either: it is left out like the page edge.
  const words = wordsFromTextRuns(runs, styles, viewportTransform, viewportScale).filter(
    (word) => word.x < size.width && word.y < size.height && word.x + word.width > 0 && word.y + word.height > 0,
  );
  if (words.length === 0) return null;
  return { page, width: round(size.width), height: round(size.height), source: 'text-layer', words };
}
