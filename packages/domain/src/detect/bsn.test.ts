import { describe, expect, it } from 'vitest';
import { bsnRecogniser, isValidBsn } from './bsn.js';
import { detectIn, texts } from './page-text.fixture.js';

describe('isValidBsn (elfproef)', () => {
  it.each([
    ['123456782', true],
    ['111222333', true],
    ['1234.56.782', true],
    ['123 456 782', true],
    ['12345672', true], // 8 digits: padded to 012345672
    ['123456789', false],
    ['111222334', false],
    ['000000000', false],
    ['12345678a', false],
    ['1234567', false],
    ['1234567890', false],
  ])('%s → %s', (value, valid) => {
    expect(isValidBsn(value)).toBe(valid);
  });
});

describe('bsnRecogniser', () => {
  it.each([
    ['BSN: 123456782', '123456782', 0.99],
    ['burgerservicenummer 1234.56.782', '1234.56.782', 0.99],
    ['Sofinummer: 123 456 782', '123 456 782', 0.99],
    ['Het nummer 111222333 staat in de brief.', '111222333', 0.85],
    ['BSN 12345672', '12345672', 0.99],
    ['BSN 1234 56782', '1234 56782', 0.99],
  ])('finds %j', (line, text, confidence) => {
    const findings = detectIn(bsnRecogniser, [line]);
    expect(texts(findings)).toEqual([text]);
    expect(findings[0]).toMatchObject({ ground: '5.1.1e', kind: 'bsn', recogniser: 'bsn-elfproef' });
    expect(findings[0]?.confidence).toBe(confidence);
  });

  it('is surer when BSN is written near', () => {
    const near = detectIn(bsnRecogniser, ['BSN 111222333'])[0]?.confidence ?? 0;
    const alone = detectIn(bsnRecogniser, ['nummer 111222333'])[0]?.confidence ?? 1;
    expect(near).toBeGreaterThan(alone);
  });

  it.each([
    ['a nine-digit number failing the elfproef', 'BSN 123456789'],
    ['an eight-digit number without BSN near', 'Zaaknummer 12345672'],
    ['the tail of a phone number', 'Bel 06 123456782'],
    ['part of a longer number', 'Referentie 1234567820'],
    ['a number glued to letters', 'NL123456782B01'],
    ['an ordinary sentence', 'De gemeente heeft op 3 maart 2026 besloten het verzoek toe te wijzen.'],
  ])('does not take %s', (_name, line) => {
    expect(detectIn(bsnRecogniser, [line])).toEqual([]);
  });
});
