import { describe, expect, it } from 'vitest';
import { ibanRecogniser, isValidIban } from './iban.js';
import { detectIn, texts } from './page-text.fixture.js';

describe('isValidIban (mod 97)', () => {
  it.each([
    ['NL91ABNA0417164300', true],
    ['NL91 ABNA 0417 1643 00', true],
    ['DE89370400440532013000', true],
    ['BE68539007547034', true],
    ['GB29NWBK60161331926819', true],
    ['NL91ABNA0417164301', false],
    ['NL91ABNA041716430', false], // one character short for NL
    ['XX91ABNA0417164300', false], // unknown country
  ])('%s → %s', (value, valid) => {
    expect(isValidIban(value)).toBe(valid);
  });
});

describe('ibanRecogniser', () => {
  it.each([
    ['Rekening NL91ABNA0417164300 t.n.v. Jansen', 'NL91ABNA0417164300'],
    ['IBAN: NL91 ABNA 0417 1643 00.', 'NL91 ABNA 0417 1643 00'],
    ['Konto DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    ['BE68 5390 0754 7034 2026', 'BE68 5390 0754 7034'],
  ])('finds %j', (line, text) => {
    const findings = detectIn(ibanRecogniser, [line]);
    expect(texts(findings)).toEqual([text]);
    expect(findings[0]).toMatchObject({ ground: '5.1.2e', kind: 'iban' });
  });

  it('finds an IBAN in groups that wraps at the end of a line, one finding per line', () => {
    const findings = detectIn(ibanRecogniser, ['overgemaakt naar NL91 ABNA 0417 1643', '00 ten name van']);
    expect(texts(findings)).toEqual(['NL91 ABNA 0417 1643', '00']);
  });

  it('does not join an IBAN-like start with digits on the next line when the check fails', () => {
    expect(detectIn(ibanRecogniser, ['rekening NL91 ABNA 0417 1643', '01 ten name van'])).toEqual([]);
  });

  it.each([
    ['an IBAN with a wrong check', 'NL91ABNA0417164301'],
    ['an IBAN with a wrong check, spaced', 'NL92 ABNA 0417 1643 00'],
    ['a code that only looks like one', 'NL12 ABCD 1234 5678 90'],
    ['an ordinary sentence', 'De betaling is in maart ontvangen.'],
  ])('does not take %s', (_name, line) => {
    expect(detectIn(ibanRecogniser, [line])).toEqual([]);
  });
});
