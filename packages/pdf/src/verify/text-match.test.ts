import { describe, expect, it } from 'vitest';
import { createTextMatcher, normalizeForComparison } from './text-match.js';

function loose(needle: string, haystack: string): boolean {
  const matcher = createTextMatcher(needle);
  if (!matcher) throw new Error('too short');
  return matcher.loose(normalizeForComparison(haystack));
}

function strict(needle: string, haystack: string): boolean {
  const matcher = createTextMatcher(needle);
  if (!matcher) throw new Error('too short');
  return matcher.strict(normalizeForComparison(haystack));
}

describe('normalizeForComparison', () => {
  it('folds case, diacritics, ligatures, punctuation and whitespace', () => {
    expect(normalizeForComparison('  J. de  VRÏES,\n\tﬁnance ')).toBe('j de vries finance');
    expect(normalizeForComparison('Pie-\ntersen')).toBe('pietersen');
    expect(normalizeForComparison('Pie\u00adtersen')).toBe('pietersen');
  });
});

describe('text matching', () => {
  it.each([
    ['J. de Vries', 'Brief aan J.de  Vries over'],
    ['J. de Vries', 'brief aan j. de vries'],
    ['J. de Vries', 'J. de Vrïes'],
    ['Jan de Vries', 'Geachte heer JAN DE VRIES,'],
    ['Pietersen', 'met Pie-\ntersen gesproken'],
    ['Pietersen', 'P i e t e r s e n'],
    ['Pietersen', 'Pie tersen'],
    ['123456782', 'BSN: 123456782.'],
    ['123456782', 'BSN 1234 56 782'],
    ['NL91 ABNA 0417 1643 00', 'IBAN NL91ABNA0417164300'],
    ['j.devries@example.nl', 'mail: J.deVries@Example.NL'],
  ])('finds %j in %j', (needle, haystack) => {
    expect(loose(needle, haystack)).toBe(true);
  });

  it.each([
    ['Jan', 'op 3 januari'],
    ['Vries', 'Vriesland'],
    ['123456782', '1234567820'],
    ['Jansen', 'Janssen'],
  ])('does not find %j inside another word (%j)', (needle, haystack) => {
    expect(loose(needle, haystack)).toBe(false);
  });

  it('strict matching bridges only the needle’s own word breaks (coordinates sit side by side in raw streams)', () => {
    expect(strict('1234', '72 12 34 Td')).toBe(false);
    expect(loose('1234', '72 12 34 Td')).toBe(true);
    expect(strict('Jan de Vries', '(Jan de Vries) Tj')).toBe(true);
    expect(strict('J. de Vries', 'J.de Vries')).toBe(true);
  });

  it('does not take a short number in raw syntax for text (a coordinate, a width), but a BSN or phone number it does', () => {
    expect(strict('187', '1 0 0 1 72 187 Tm')).toBe(false);
    expect(strict('1653.', '/Width 1653 /Height 2339')).toBe(false);
    expect(loose('187', 'Dorpsstraat 187')).toBe(true);
    expect(strict('123456782', '/V (123456782)')).toBe(true);
    expect(strict('06-12345678', '<x>06 12345678</x>')).toBe(true);
  });

  it('does not search for needles of fewer than three letters or digits', () => {
    expect(createTextMatcher('J.')).toBeNull();
    expect(createTextMatcher('de')).toBeNull();
    expect(createTextMatcher(' - ')).toBeNull();
    expect(createTextMatcher('Bob')).not.toBeNull();
  });
});
