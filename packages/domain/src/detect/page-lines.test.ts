import { describe, expect, it } from 'vitest';
import type { PageText } from '../text/page-text.js';
import { foldText, normaliseWordText, readPageLines } from './page-lines.js';
import { layoutPage } from './page-text.fixture.js';

describe('readPageLines', () => {
  it('joins the words of a line with one space and lines with a newline, two across a blank gap', () => {
    const lines = readPageLines(layoutPage(['Beste Jan,', 'Tot morgen.', '', 'Groet']));
    expect(lines.text).toBe('Beste Jan,\nTot morgen.\n\nGroet');
    expect(lines.lines.map((line) => line.gapBefore)).toEqual([false, false, true]);
    expect(lines.text.slice(lines.lines[1]?.start, lines.lines[1]?.end)).toBe('Tot morgen.');
  });

  it('maps every character to its word, and added spaces and newlines to -1', () => {
    const lines = readPageLines(layoutPage(['ab cd', 'ef']));
    expect(Array.from(lines.charWord)).toEqual([0, 0, -1, 1, 1, -1, 2, 2]);
  });

  it('joins fragments of one word that touch (a PDF text layer splits words), spaces words with OCR gaps', () => {
    const page: PageText = {
      page: 1,
      width: 595,
      height: 842,
      source: 'ocr',
      words: [
        { text: 'Jan', x: 10, y: 10, width: 15, height: 10 },
        { text: 'sen', x: 25.5, y: 10, width: 15, height: 10 },
        { text: 'woont', x: 60, y: 11, width: 25, height: 10 },
        { text: 'hier', x: 10, y: 30, width: 20, height: 10 },
      ],
    };
    expect(readPageLines(page).text).toBe('Jansen woont\nhier');
  });

  it('starts a new line when a word jumps back to the left, even at the same height', () => {
    const page: PageText = {
      page: 1,
      width: 595,
      height: 842,
      source: 'ocr',
      words: [
        { text: 'een', x: 100, y: 10, width: 15, height: 10 },
        { text: 'twee', x: 10, y: 12, width: 20, height: 10 },
      ],
    };
    expect(readPageLines(page).text).toBe('een\ntwee');
  });

  it.each([
    ['06\u201312345678', '06-12345678'],
    ['a\u00a0b', 'a b'],
    ['\ufb01le', 'file'],
    ['in\u00adformatie', 'informatie'],
    ['\u2018t', "'t"],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseWordText(input)).toBe(expected);
  });

  it('folds case and diacritics without changing the length', () => {
    expect(foldText('Müller-Özdemir ÉÉN')).toBe('muller-ozdemir een');
    expect(foldText('Müller').length).toBe('Müller'.length);
  });

  it('skips empty words', () => {
    const page = layoutPage(['een twee']);
    page.words.splice(1, 0, { text: ' ', x: 200, y: 72, width: 5, height: 10 });
    expect(readPageLines(page).text).toBe('een twee');
  });
});
