// "The same text" for applying one decision to every occurrence in a case: the same words, whatever their case,
// Unicode form, line breaks or the punctuation around them ("Jansen," at the end of a clause is Jansen).
import type { PageWord } from '@woo/db';
import type { RegionBox } from './region-box.js';

const edgePunctuation = /^[\s"'“”‘’(),.:;!?[\]{}<>«»-]+|[\s"'“”‘’(),.:;!?[\]{}<>«»-]+$/gu;

function normaliseToken(token: string): string {
  return token.replace(edgePunctuation, '');
}

/** The words of a text as they are compared; empty when nothing is left to compare. */
export function occurrenceTokens(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .toLocaleLowerCase('nl')
    .split(/\s+/)
    .map(normaliseToken)
    .filter((token) => token.length > 0);
}

/** One key per text: two regions have the same text when their keys are equal. */
export function occurrenceKey(text: string | null | undefined): string {
  return occurrenceTokens(text).join(' ');
}

export interface WordOccurrence {
  /** Index of the first word on the page. */
  firstWord: number;
  /** One box and text per line the occurrence runs over. */
  lines: { box: RegionBox; text: string }[];
}

function unionBox(words: readonly PageWord[]): RegionBox {
  const x = Math.min(...words.map((word) => word.x));
  const y = Math.min(...words.map((word) => word.y));
  const right = Math.max(...words.map((word) => word.x + word.width));
  const bottom = Math.max(...words.map((word) => word.y + word.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** Same line when the vertical centre of the next word lies within the previous word's height. */
function sameLine(a: PageWord, b: PageWord): boolean {
  return Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) < Math.max(a.height, b.height) / 2;
}

/**
 * Every place on a page where the words spell `tokens`, in reading order. A word that holds several tokens (OCR
 * that missed a space) is not matched: better to propose too little here than to black out the wrong words.
 */
export function findOccurrences(words: readonly PageWord[], tokens: readonly string[]): WordOccurrence[] {
  if (tokens.length === 0) return [];
  const keys = words.map((word) => occurrenceKey(word.text));
  const found: WordOccurrence[] = [];
  for (let start = 0; start + tokens.length <= words.length; start += 1) {
    if (!tokens.every((token, offset) => keys[start + offset] === token)) continue;
    const matched = words.slice(start, start + tokens.length);
    const lines: PageWord[][] = [];
    for (const word of matched) {
      const line = lines.at(-1);
      if (line && sameLine(line.at(-1)!, word)) line.push(word);
      else lines.push([word]);
    }
    found.push({
      firstWord: start,
      lines: lines.map((line) => ({ box: unionBox(line), text: line.map((word) => word.text.trim()).join(' ') })),
    });
    start += tokens.length - 1;
  }
  return found;
}
