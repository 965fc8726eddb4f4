import { describe, expect, it } from 'vitest';
import { isDutchLicencePlate, licencePlateRecogniser, licencePlateSidecodes } from './licence-plate.js';
import { detectIn, texts } from './page-text.fixture.js';

// One plate per sidecode, 1 to 14.
const examples = [
  'AB-12-34',
  '12-34-AB',
  '12-AB-34',
  'AB-12-CD',
  'AB-CD-12',
  '12-AB-CD',
  '12-ABC-3',
  '1-ABC-23',
  'AB-123-C',
  'A-123-BC',
  'ABC-12-D',
  'A-12-BCD',
  '1-AB-234',
  '123-AB-4',
];

describe('licencePlateRecogniser', () => {
  it('has an example for every sidecode', () => {
    expect(examples).toHaveLength(licencePlateSidecodes.length);
    examples.forEach((plate) => expect(isDutchLicencePlate(plate)).toBe(true));
  });

  it.each(examples)('finds %s with dashes anywhere', (plate) => {
    const findings = detectIn(licencePlateRecogniser, [`De auto ${plate} stond er.`]);
    expect(texts(findings)).toEqual([plate]);
    expect(findings[0]).toMatchObject({ ground: '5.1.2e', kind: 'licence_plate' });
  });

  it.each([
    ['kenteken 12ABC3', '12ABC3'],
    ['Kenteken: AB123C', 'AB123C'],
    ['met het kenteken 12 - ABC - 3', '12 - ABC - 3'],
  ])('finds %j', (line, text) => {
    expect(texts(detectIn(licencePlateRecogniser, [line]))).toEqual([text]);
  });

  it('is surer with "kenteken" near', () => {
    const near = detectIn(licencePlateRecogniser, ['kenteken 12-ABC-3'])[0]?.confidence ?? 0;
    const alone = detectIn(licencePlateRecogniser, ['auto 12-ABC-3'])[0]?.confidence ?? 1;
    expect(near).toBeGreaterThan(alone);
  });

  it.each([
    ['a plate without dashes and without "kenteken"', 'Productcode 12ABC3 is op.'],
    ['a date', 'op 12-03-1980'],
    ['lower case', 'ab-12-cd'],
    ['a longer code', 'ref ABC-123-DEF'],
    ['an ordinary sentence', 'De auto stond op de parkeerplaats bij het gemeentehuis.'],
  ])('does not take %s', (_name, line) => {
    expect(detectIn(licencePlateRecogniser, [line])).toEqual([]);
  });
});
