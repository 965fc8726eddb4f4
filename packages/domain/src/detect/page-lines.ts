// Reads a page's words into lines of text the recognisers can match with regular expressions, keeping for every
// character the word it came from, so that a match turns back into words and boxes.
//
// - Words whose vertical centre falls inside the current line's band (and that do not jump back to the left) join
//   that line; otherwise a new line starts.
// - Words that touch (gap under 15% of the line height) are joined without a space: PDF text layers often split a
//   word into fragments. Otherwise one space, however wide the gap (OCR spacing varies).
// - A vertical gap larger than about one line between two lines is a blank line: the text gets an extra "\n".
// - Each word is normalised (NFKC; dashes, non-breaking and zero-width spaces, curly quotes made plain).
// `folded` is the same text lower-cased and without diacritics, character for character, for case-insensitive
// matching with the same offsets.
import type { PageText, PageWord } from '../text/page-text.js';

export interface TextLine {
  /** Offset in `text` of the line's first character, and one past its last. */
  start: number;
  end: number;
  wordIndexes: number[];
  top: number;
  bottom: number;
  /** True when a blank gap (about a line or more) separates this line from the one above. */
  gapBefore: boolean;
}

export interface PageLines {
  page: PageText;
  /** Lines joined by "\n" ("\n\n" across a blank gap). */
  text: string;
  folded: string;
  /** For each character of `text`: the index of its word in page.words, or -1 for an added space or newline. */
  charWord: Int32Array;
  lines: TextLine[];
}

const TOUCHING_GAP = 0.15;
const BLANK_GAP = 0.9;

const CHARACTER_MAP: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
};

/** NFKC per word, then a character-for-character map of dashes, quotes and odd spaces; zero-width characters go. */
export function normaliseWordText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKC')) {
    if (char === '\u200b' || char === '\u200c' || char === '\u200d' || char === '\ufeff' || char === '\u00ad') continue;
    out += CHARACTER_MAP[char] ?? char;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Lower case without diacritics, keeping the length: a character that would not fold to one character stays. */
export function foldText(text: string): string {
  let out = '';
  for (const char of text) {
    const folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}

function centre(word: PageWord): number {
  return word.y + word.height / 2;
}

const cache = new WeakMap<PageText, PageLines>();

/** The page as lines of text; cached per PageText object (the recognisers of one page share it). */
export function readPageLines(page: PageText): PageLines {
  const cached = cache.get(page);
  if (cached) return cached;
  const built = buildPageLines(page);
  cache.set(page, built);
  return built;
}

function buildPageLines(page: PageText): PageLines {
  // Group words into lines.
  const groups: number[][] = [];
  let current: number[] = [];
  let bandTop = 0;
  let bandBottom = 0;
  let lastLeft = -Infinity;
  page.words.forEach((word, index) => {
    if (normaliseWordText(word.text) === '') return;
    const mid = centre(word);
    const sameLine = current.length > 0 && mid >= bandTop && mid <= bandBottom && word.x >= lastLeft;
    if (!sameLine) {
      if (current.length > 0) groups.push(current);
      current = [];
      bandTop = word.y;
      bandBottom = word.y + word.height;
    } else {
      bandTop = Math.min(bandTop, word.y);
      bandBottom = Math.max(bandBottom, word.y + word.height);
    }
    current.push(index);
    lastLeft = word.x;
  });
  if (current.length > 0) groups.push(current);

  const parts: string[] = [];
  const owners: number[] = [];
  const lines: TextLine[] = [];
  let offset = 0;
  let previousBottom: number | undefined;
  let previousHeight = 0;
  const push = (text: string, owner: number): void => {
    parts.push(text);
    for (let i = 0; i < text.length; i += 1) owners.push(owner);
    offset += text.length;
  };

  for (const group of groups) {
    const words = group.map((index) => page.words[index] as PageWord);
    const top = Math.min(...words.map((w) => w.y));
    const bottom = Math.max(...words.map((w) => w.y + w.height));
    const height = bottom - top;
    const gapBefore =
      previousBottom !== undefined && top - previousBottom > BLANK_GAP * Math.max(height, previousHeight);
    if (previousBottom !== undefined) push(gapBefore ? '\n\n' : '\n', -1);
    const start = offset;
    let previousRight: number | undefined;
    group.forEach((wordIndex, i) => {
      const word = words[i] as PageWord;
      if (previousRight !== undefined && word.x - previousRight >= TOUCHING_GAP * height) push(' ', -1);
      push(normaliseWordText(word.text), wordIndex);
      previousRight = word.x + word.width;
    });
    lines.push({ start, end: offset, wordIndexes: group, top, bottom, gapBefore });
    previousBottom = bottom;
    previousHeight = height;
  }

  const text = parts.join('');
  return { page, text, folded: foldText(text), charWord: Int32Array.from(owners), lines };
}
