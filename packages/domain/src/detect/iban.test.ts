import { describe, expect, it } from 'vitest';
import { correctIbanOcr, ibanRecogniser, isValidIban } from './iban.js';
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

describe('IBANs misread by OCR', () => {
  it.each([
    ['a letter O for the digit 0 in the check digits', 'rekeningnummer NL5ORABO8799013297 ten', 'NL5ORABO8799013297'],
    ['O for 0 at the start of the check digits', 'rekeningnummer NLO3RBRB0178404610 ten', 'NLO3RBRB0178404610'],
    ['in groups, an l for 1 in the account number', 'IBAN NL91 ABNA 04l7 1643 00.', 'NL91 ABNA 04l7 1643 00'],
    ['a digit 0 for the letter O in the bank code', 'IBAN NL39 RAB0 0300 0652 64', 'NL39 RAB0 0300 0652 64'],
    ['one character too many (an O read twice)', 'rekeningnummer NL80OKNAB9763524929 ten', 'NL80OKNAB9763524929'],
    ['one digit too many', 'rekeningnummer NL33TRIO01793535361 ten', 'NL33TRIO01793535361'],
  ])('finds %s, with a lower confidence', (_name, line, text) => {
    const findings = detectIn(ibanRecogniser, [line]);
    expect(texts(findings)).toEqual([text]);
    expect(findings[0]?.confidence).toBeLessThan(0.9);
  });

  it.each([
    ['a correction after which the check still fails', 'rekening NL5ORABO8799013298 ten'],
    ['a line of capitals that reads like an IBAN start', 'NL OO BESLUIT OVER DE BOUW VAN'],
    ['too many letters where digits belong', 'NLOO RABO OOSO ISBO OO'],
    ['one character too many, and no single one to leave out that passes', 'rekening NL33TRIO01793535362 ten'],
  ])('does not take %s', (_name, line) => {
    expect(detectIn(ibanRecogniser, [line])).toEqual([]);
  });

  it('corrects only where the structure says what belongs', () => {
    expect(correctIbanOcr('NL5ORABO8799013297')).toBe('NL50RABO8799013297');
    expect(correctIbanOcr('NL39RAB00300065264')).toBe('NL39RABO0300065264');
    expect(correctIbanOcr('NL91ABNA0417164300')).toBeUndefined();
  });
});
