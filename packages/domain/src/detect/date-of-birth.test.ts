import { describe, expect, it } from 'vitest';
import { dateOfBirthRecogniser } from './date-of-birth.js';
import { detectIn, texts } from './page-text.fixture.js';

describe('dateOfBirthRecogniser', () => {
  it.each([
    [['Hij is geboren op 12 maart 1980 te Utrecht.'], '12 maart 1980'],
    [['J. Jansen, geb. 12-03-1980'], '12-03-1980'],
    [['Geboortedatum: 1980-03-12'], '1980-03-12'],
    [['geboortedatum', '12/03/1980'], '12/03/1980'],
    [['geboren te Den Haag op 1 januari 1975'], '1 januari 1975'],
    [['Date of birth: 12.03.1980'], '12.03.1980'],
    [['geb. 3 mrt. 1980'], '3 mrt. 1980'],
    [['R. van Dam (geboren', '.', '0p 26 september 1957) heeft bezwaar gemaakt.'], '26 september 1957'],
    [['Geboortedatum: :', '03-10-1981; BSN: 365488112'], '03-10-1981'],
  ])('finds the date in %j', (lines, text) => {
    const findings = detectIn(dateOfBirthRecogniser, lines);
    expect(texts(findings)).toEqual([text]);
    expect(findings[0]).toMatchObject({ ground: '5.1.2e', kind: 'date_of_birth' });
  });

  it.each([
    [['Mevrouw Bakker (geboren', 'op 17-09-1973) heeft bezwaar gemaakt.'], ['17-09-1973']],
    [
      ['De heer Jansen (geboren op 3 september', '2000) heeft bezwaar gemaakt.'],
      ['3 september', '2000'],
    ],
    [
      ['Geboortedatum: 19 oktober', '1942; BSN: 123456782'],
      ['19 oktober', '1942'],
    ],
  ])('finds a cue or date that runs over a line break: %j', (lines, expected) => {
    expect(texts(detectIn(dateOfBirthRecogniser, lines))).toEqual(expected);
  });

  it('still needs the cue when the date runs over a line break', () => {
    expect(detectIn(dateOfBirthRecogniser, ['Het besluit is genomen op 3 september', '2000 door de raad.'])).toEqual(
      [],
    );
  });

  it.each([
    ['a date without birth context', 'Op 12 maart 1980 is het besluit genomen.'],
    ['a date after "Datum:"', 'Datum: 12-03-1980'],
    [
      'a birth word far before the date',
      'Zij is geboren en getogen in Utrecht en schreef de gemeente op 12 maart 2024.',
    ],
    ['an ordinary sentence', 'Het verzoek is in behandeling genomen.'],
  ])('does not take %s', (_name, line) => {
    expect(detectIn(dateOfBirthRecogniser, [line])).toEqual([]);
  });
});
