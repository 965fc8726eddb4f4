import { describe, expect, it } from 'vitest';
import { detectIn, texts } from './page-text.fixture.js';
import { classifyDutchNumber, phoneRecogniser } from './phone.js';

describe('phoneRecogniser', () => {
  it.each([
    ['Bel 06-12345678', '06-12345678'],
    ['mobiel: 06 1234 5678', '06 1234 5678'],
    ['M +31 6 12345678', '+31 6 12345678'],
    ['T06 5830 8775 |', '06 5830 8775'],
    ['0031 6 1234 5678 (werk)', '0031 6 1234 5678'],
    ['T 010-1234567', '010-1234567'],
    ['telefoon 020 123 4567', '020 123 4567'],
    ['0575-123456 is het nummer', '0575-123456'],
    ['+31 (0)20 123 4567', '+31 (0)20 123 4567'],
    ['(020) 123 45 67', '(020) 123 45 67'],
    ['088 123 4567', '088 123 4567'],
    ['Tel: 0612345678.', '0612345678'],
  ])('finds %j', (line, text) => {
    const findings = detectIn(phoneRecogniser, [line]);
    expect(texts(findings)).toEqual([text]);
    expect(findings[0]).toMatchObject({ ground: '5.1.2e', kind: 'phone', recogniser: 'dutch-phone-number' });
  });

  it.each([
    [
      ['bereikbaar via 06 2728', '9853. Daarna'],
      ['06 2728', '9853'],
    ],
    [
      ['Bel +31 30 712', '9512 voor een afspraak'],
      ['+31 30 712', '9512'],
    ],
  ])('finds a number that wraps at the end of a line: %j', (lines, expected) => {
    expect(texts(detectIn(phoneRecogniser, lines))).toEqual(expected);
  });

  it('does not join a short number with a number on the next line', () => {
    expect(detectIn(phoneRecogniser, ['Bel 0612', '2026 was een goed jaar'])).toEqual([]);
  });

  it.each([
    ['a fragment', 'Bel 0612'],
    ['a free service number', 'Bel gratis 0800-0432'],
    ['a paid service number', 'Informatie: 0900-8844'],
    ['an eleven-digit run', 'nummer 06123456789'],
    ['a reference number', 'Ons kenmerk: 0301234567'],
    ['a date with a time', 'op 01-02-2023 12:00 uur'],
    ['a number not starting with 0', 'factuur 1234567890'],
    ['the account part of an IBAN', 'NL91 ABNA 0417 1643 00'],
    ['a number glued to letters', 'ABC0612345678'],
    ['an ordinary sentence', 'Het verzoek is op 12 maart 2026 ontvangen en wordt binnen vier weken beantwoord.'],
  ])('does not take %s', (_name, line) => {
    expect(detectIn(phoneRecogniser, [line])).toEqual([]);
  });

  it.each([
    ['0612345678', 'mobile'],
    ['0201234567', 'landline'],
    ['0881234567', 'landline'],
    ['0900123456', 'service'],
    ['0800123456', 'service'],
    ['0670123456', undefined],
    ['0012345678', undefined],
    ['061234567', undefined],
  ])('classifies %s as %s', (number, kind) => {
    expect(classifyDutchNumber(number)).toBe(kind);
  });
});
