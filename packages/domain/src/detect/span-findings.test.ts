import { describe, expect, it } from 'vitest';
import { readPageLines } from './page-lines.js';
import { CHAR_WIDTH, LEFT, LINE_PITCH, TOP, WORD_GAP, layoutPage } from './page-text.fixture.js';
import { boxOfWords, findingsForSpan, mergeOverlappingSpans } from './span-findings.js';

const label = { ground: '5.1.2e', kind: 'person', recogniser: 'test', confidence: 0.9 } as const;

describe('boxOfWords', () => {
  it('is the union of the words, padded 1 pt sideways and 1.5 pt up and down (10 pt words)', () => {
    const page = layoutPage(['de heer Jan Jansen']);
    // "Jan" starts after "de heer " = 2 + 4 characters and two gaps
    const janX = LEFT + 6 * CHAR_WIDTH + 2 * WORD_GAP;
    const right = janX + 3 * CHAR_WIDTH + WORD_GAP + 6 * CHAR_WIDTH;
    expect(boxOfWords(page, [2, 3])).toEqual([janX - 1, TOP - 1.5, right - janX + 2, 13]);
  });

  it('is clamped to the page', () => {
    const page = layoutPage(['x']);
    page.words[0] = { text: 'rand', x: 0, y: 0, width: 595, height: 10 };
    expect(boxOfWords(page, [0])).toEqual([0, 0, 595, 11.5]);
  });

  it('is empty without words', () => {
    expect(boxOfWords(layoutPage(['a']), [])).toEqual([0, 0, 0, 0]);
  });
});

describe('findingsForSpan', () => {
  it('gives one finding on one line, with the words it covers', () => {
    const page = layoutPage(['Bel Jan Jansen morgen']);
    const lines = readPageLines(page);
    const start = lines.text.indexOf('Jan');
    const [finding, ...rest] = findingsForSpan(lines, start, start + 'Jan Jansen'.length, label);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ page: 1, text: 'Jan Jansen', wordIndexes: [1, 2], ...label });
    expect(finding?.box).toEqual(boxOfWords(page, [1, 2]));
  });

  it('splits a span over two lines into one finding per line, each with its own box', () => {
    const page = layoutPage(['woont aan de Stationsstraat 12', '1234 AB Utrecht']);
    const lines = readPageLines(page);
    const start = lines.text.indexOf('Stationsstraat');
    const end = lines.text.indexOf(' Utrecht');
    const findings = findingsForSpan(lines, start, end, label);
    expect(findings.map((f) => f.text)).toEqual(['Stationsstraat 12', '1234 AB']);
    expect(findings.map((f) => f.wordIndexes)).toEqual([
      [3, 4],
      [5, 6],
    ]);
    expect(findings[1]?.box[1]).toBe(TOP + LINE_PITCH - 1.5);
    expect(findings[0]?.box[1]).toBe(TOP - 1.5);
  });

  it('gives the pieces of one span over two lines one key, another span another key, one line none', () => {
    const page = layoutPage(['gesproken met de heer Jan', 'Jansen en mevrouw Klaas', 'Bakker over het plan']);
    const lines = readPageLines(page);
    const span = (from: string, to: string) => {
      const start = lines.text.indexOf(from);
      return findingsForSpan(lines, start, lines.text.indexOf(to) + to.length, label);
    };
    const first = span('Jan', 'Jansen');
    const second = span('Klaas', 'Bakker');
    expect(first.map((f) => f.text)).toEqual(['Jan', 'Jansen']);
    expect(first[0]?.pieceOf).toBeDefined();
    expect(first[1]?.pieceOf).toBe(first[0]?.pieceOf);
    expect(second[0]?.pieceOf).toBeDefined();
    expect(second[1]?.pieceOf).toBe(second[0]?.pieceOf);
    expect(second[0]?.pieceOf).not.toBe(first[0]?.pieceOf);
    // The same span read again (a re-run of detection) gets the same key.
    expect(span('Jan', 'Jansen')[0]?.pieceOf).toBe(first[0]?.pieceOf);
    // A span that leaves one piece (on one line, or with only whitespace on the next) is no finding over lines.
    expect(span('mevrouw', 'Klaas')[0]).not.toHaveProperty('pieceOf');
    const start = lines.text.indexOf('Klaas');
    expect(findingsForSpan(lines, start, lines.text.indexOf('Bakker'), label)).toEqual([
      expect.not.objectContaining({ pieceOf: expect.anything() }),
    ]);
  });

  it('covers a whole word when the span covers part of it', () => {
    const lines = readPageLines(layoutPage(['mail:jan@example.org']));
    const start = lines.text.indexOf('jan');
    const [finding] = findingsForSpan(lines, start, lines.text.length, label);
    expect(finding?.text).toBe('jan@example.org');
    expect(finding?.wordIndexes).toEqual([0]);
  });

  it('gives nothing for a span of only whitespace', () => {
    const lines = readPageLines(layoutPage(['a', 'b']));
    expect(findingsForSpan(lines, 1, 2, label)).toEqual([]);
  });
});

describe('mergeOverlappingSpans', () => {
  it('joins overlapping spans with the highest confidence and keeps separate ones', () => {
    expect(
      mergeOverlappingSpans([
        { start: 10, end: 20, confidence: 0.5 },
        { start: 0, end: 5, confidence: 0.7 },
        { start: 15, end: 25, confidence: 0.9 },
      ]),
    ).toEqual([
      { start: 0, end: 5, confidence: 0.7 },
      { start: 10, end: 25, confidence: 0.9 },
    ]);
  });
});
