import { describe, expect, it } from 'vitest';
import type { PageWord } from '@woo/db';
import { findOccurrences, occurrenceKey, occurrenceTokens } from './occurrence-text.js';

function word(text: string, x: number, y: number): PageWord {
  return { text, x, y, width: text.length * 6, height: 12 };
}

describe('occurrenceKey', () => {
  it.each([
    ['Jan Jansen', 'jan jansen'],
    ['  JAN\n  Jansen, ', 'jan jansen'],
    ['(Jan Jansen)', 'jan jansen'],
    ['“Jan Jansen”.', 'jan jansen'],
    ['Jan\u00a0Jansen', 'jan jansen'],
    ['Ja\u00adn Jansen', 'jan jansen'],
    ['Ｊan Jansen', 'jan jansen'],
    ['j.jansen@example.org', 'j.jansen@example.org'],
    ['06-12345678', '06-12345678'],
    ['Müller', 'müller'],
    ['', ''],
    [' , ', ''],
  ])('%j → %j', (text, key) => {
    expect(occurrenceKey(text)).toBe(key);
  });

  it('keeps diacritics: Müller and Muller are different people', () => {
    expect(occurrenceKey('Müller')).not.toBe(occurrenceKey('Muller'));
    expect(occurrenceTokens(null)).toEqual([]);
  });
});

describe('findOccurrences', () => {
  const words = [
    word('Gesprek', 72, 100),
    word('met', 120, 100),
    word('Jan', 150, 100),
    word('Jansen,', 172, 100),
    word('en', 220, 100),
    word('JAN', 72, 120),
    word('jansen.', 94, 120),
    word('Jan', 300, 120),
  ];

  it('finds every place, whatever the case and punctuation, with a box per occurrence', () => {
    const found = findOccurrences(words, ['jan', 'jansen']);
    expect(found.map((occurrence) => occurrence.firstWord)).toEqual([2, 5]);
    expect(found[0]!.lines).toEqual([{ box: { x: 150, y: 100, width: 64, height: 12 }, text: 'Jan Jansen,' }]);
  });

  it('splits an occurrence that runs over two lines into a box per line', () => {
    const wrapped = [word('Jan', 500, 100), word('Jansen', 72, 114)];
    const [occurrence] = findOccurrences(wrapped, ['jan', 'jansen']);
    expect(occurrence!.lines).toEqual([
      { box: { x: 500, y: 100, width: 18, height: 12 }, text: 'Jan' },
      { box: { x: 72, y: 114, width: 36, height: 12 }, text: 'Jansen' },
    ]);
  });

  it('finds nothing for a part of a word or an empty text', () => {
    expect(findOccurrences(words, ['jans'])).toEqual([]);
    expect(findOccurrences(words, [])).toEqual([]);
    expect(findOccurrences([word('JanJansen', 72, 100)], ['jan', 'jansen'])).toEqual([]);
  });
});
