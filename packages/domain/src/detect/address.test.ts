import { describe, expect, it } from 'vitest';
import { addressRecogniser } from './address.js';
import { detectIn, layoutPage, texts } from './page-text.fixture.js';

describe('addressRecogniser', () => {
  it.each([
    [['Postcode en huisnummer: 1234 AB 12'], ['1234 AB 12']],
    [['1234AB 12a, graag'], ['1234AB 12a']],
    [['Stationsstraat 12, 1234 AB Plaats'], ['Stationsstraat 12, 1234 AB']],
    [['Burgemeester de Withstraat 3-2, 3511 AB Utrecht'], ['Burgemeester de Withstraat 3-2, 3511 AB']],
    [['Hij woont aan de Kerkstraat 5 in Zeist.'], ['Kerkstraat 5']],
    [['Laan van Meerdervoort 120a'], ['Laan van Meerdervoort 120a']],
    [
      ['Dhr. Jansen', 'Stationsstraat 12', '1234 AB Plaats'],
      ['Stationsstraat 12', '1234 AB'],
    ],
  ])('finds %j', (lines, expected) => {
    const findings = detectIn(addressRecogniser, lines);
    expect(texts(findings)).toEqual(expected);
    for (const finding of findings) expect(finding).toMatchObject({ ground: '5.1.2e', kind: 'address' });
  });

  it.each([
    [
      ['G. Elhadji woont aan de Abel Tasmanstraat', '61 en is bereikbaar'],
      ['Abel Tasmanstraat', '61'],
    ],
    [['Taco Oostdijk woont aan de Oude Gracht 139 en is bereikbaar'], ['Oude Gracht 139']],
    [['Het pand aan de Hoge Dijk 4a staat leeg.'], ['Hoge Dijk 4a']],
    [['Hij woont aan de Hoge Woerd 54 en is bereikbaar.'], ['Hoge Woerd 54']],
    [['De woning aan de Vossenkamp 56, 3247 BO Beekveld.'], ['Vossenkamp 56, 3247 BO']],
    [['Zij is woonachtig aan de Zuiderhoek 7-II.'], ['Zuiderhoek 7-II']],
    [['Mw. A. ter Uiterwijk woont aan de Weverstede 218.'], ['Weverstede 218']],
    [
      ['Gerlinde Eijkelenboom', 'Vlinderhof 15', '1895 HL Holtermeer'],
      ['Vlinderhof 15', '1895 HL'],
    ],
    [
      ['Gerrit-Jan Oosterbroek', 'Hoefijzerpad 26 : 5', '8884 RI Nieuw-Ravensloot'],
      ['Hoefijzerpad 26', '8884 RI'],
    ],
    [['| 6674 AV Oosterhaven'], ['6674 AV']],
  ])('finds a street whose number wraps to the next line, or whose street word stands alone: %j', (lines, expected) => {
    expect(texts(detectIn(addressRecogniser, lines))).toEqual(expected);
  });

  it('does not take a capitalised word before a street word without a number', () => {
    expect(detectIn(addressRecogniser, ['De Oude Gracht is in 2024 opgeknapt.'])).toEqual([]);
  });

  it('takes an address in running text below a line that starts with an organisation word (no letterhead)', () => {
    const lines = [
      'Tijdens het gesprek bleek dat de aannemer het werk aan de brug pas in mei kan afronden.',
      'Overleg met de bewoners volgt. Mevrouw Talsma woont aan de Kerkstraat 161 en is bereikbaar.',
    ];
    expect(texts(detectIn(addressRecogniser, lines))).toEqual(['Kerkstraat 161']);
  });

  it('takes a postcode with OCR debris before it on a scanned address line, not in running text', () => {
    const scan = layoutPage(['Hoefijzerpad 26 :', 'oo 8884 RI Nieuw-Ravensloot'], { source: 'ocr' });
    expect(texts(addressRecogniser.detect(scan, { knownPersons: [], locale: 'nl' }))).toEqual([
      'Hoefijzerpad 26',
      '8884 RI',
    ]);
    const prose = layoutPage(['Het gebied in 1234 AB Utrecht wordt onderzocht.'], { source: 'ocr' });
    expect(addressRecogniser.detect(prose, { knownPersons: [], locale: 'nl' })).toEqual([]);
  });

  it('gives an address over two lines as one finding per line', () => {
    const findings = detectIn(addressRecogniser, ['Stationsstraat 12', '1234 AB Plaats']);
    expect(findings).toHaveLength(2);
    expect(findings[1]?.box[1]).toBeGreaterThan(findings[0]?.box[1] ?? Infinity);
  });

  it.each([
    ['a postcode alone', 'Het gebied 1234 AB Utrecht wordt onderzocht.'],
    ['a capitalised word and a number without an address cue', 'Volgens Artikel 12 van de regeling.'],
    ['a number after "aan de" without a cue for a home', 'De raad stemde aan de Tafel 3 voor.'],
    ['a Postbus of an organisation', 'Postbus 16200, 3500 CE Utrecht'],
    ['the address in a letterhead', ['Gemeente Utrecht', 'Stadsplateau 1, 3521 AZ Utrecht']],
    ['the visiting address under a Postbus', ['Postbus 16200, 3500 CE Utrecht', 'Stadsplateau 1, 3521 AZ Utrecht']],
    ['letters never used in postcodes', '1234 SS 12'],
    ['an article number', 'Op grond van artikel 5.1 lid 2 van de Woo.'],
    ['a street word with a date', 'Op het Domplein 12 maart 2026 was het druk.'],
    ['an ordinary sentence', 'De raad vergadert volgende week over het plan.'],
  ])('does not take %s', (_name, line) => {
    expect(detectIn(addressRecogniser, typeof line === 'string' ? [line] : line)).toEqual([]);
  });
});
