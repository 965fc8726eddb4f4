import { describe, expect, it } from 'vitest';
import { knownPersonRecogniser, nameVariants, parseKnownName } from './known-persons.js';
import { detectIn, texts } from './page-text.fixture.js';

const deVries = [{ name: 'Jan Pieter de Vries', role: 'requester' }];

describe('parseKnownName', () => {
  it.each([
    [
      'Jan Pieter de Vries',
      { givenNames: ['jan', 'pieter'], initials: ['j', 'p'], particles: ['de'], surname: 'vries' },
    ],
    ['J.P. de Vries', { givenNames: [], initials: ['j', 'p'], particles: ['de'], surname: 'vries' }],
    ['Vries, Jan de', { givenNames: ['jan'], initials: ['j'], particles: ['de'], surname: 'vries' }],
    ['Anna van der Müller', { givenNames: ['anna'], initials: ['a'], particles: ['van', 'der'], surname: 'muller' }],
    ['Jansen', { givenNames: [], initials: [], particles: [], surname: 'jansen' }],
  ])('%s', (name, parsed) => {
    expect(parseKnownName(name)).toEqual(parsed);
  });

  it('refuses a name without letters', () => {
    expect(parseKnownName(' ... ')).toBeUndefined();
  });
});

describe('knownPersonRecogniser', () => {
  it.each([
    ['full name', 'Ingediend door Jan Pieter de Vries op 2 maart.', 'Jan Pieter de Vries'],
    ['first name and surname', 'Gesproken met Jan de Vries.', 'Jan de Vries'],
    ['initials', 'Namens J.P. de Vries, verzoeker.', 'J.P. de Vries'],
    ['initials with a space', 'Namens J. P. de Vries, verzoeker.', 'J. P. de Vries'],
    ['one initial', 'Aan J. de Vries', 'J. de Vries'],
    ['capital tussenvoegsel', 'Mevrouw De Vries belde.', 'De Vries'],
    ['small tussenvoegsel', 'Volgens de heer de Vries is dat zo.', 'de Vries'],
    ['reversed', 'Vries, J.P. de (verzoeker)', 'Vries, J.P. de'],
    ['reversed with first name', 'Vries, Jan de', 'Vries, Jan de'],
    ['upper case', 'JAN DE VRIES', 'JAN DE VRIES'],
    ['lower case', 'jan de vries', 'jan de vries'],
  ])('finds the %s', (_name, line, text) => {
    const findings = detectIn(knownPersonRecogniser, [line], deVries);
    expect(texts(findings)).toEqual([text]);
    expect(findings[0]).toMatchObject({ ground: '5.1.2e', kind: 'person', recogniser: 'known-person' });
  });

  it('finds a name that wraps to the next line as one finding per line', () => {
    const findings = detectIn(knownPersonRecogniser, ['Het verzoek van Jan Pieter', 'de Vries is ontvangen.'], deVries);
    expect(texts(findings)).toEqual(['Jan Pieter', 'de Vries']);
  });

  it('finds a distinctive surname alone, and ignores accents', () => {
    const known = [{ name: 'Anna Müller-Jansen' }, { name: 'Piet Jansen' }];
    expect(texts(detectIn(knownPersonRecogniser, ['Mevrouw Muller-Jansen en Jansen kwamen.'], known))).toEqual([
      'Muller-Jansen',
      'Jansen',
    ]);
  });

  it('does not take a surname alone that is an ordinary word', () => {
    const known = [{ name: 'Piet Bakker' }];
    expect(texts(detectIn(knownPersonRecogniser, ['De bakker en Bakker.', 'P. Bakker kwam.'], known))).toEqual([
      'P. Bakker',
    ]);
  });

  it('needs a capital for a tussenvoegsel with an ordinary word ("de boer" is the farmer)', () => {
    const known = [{ name: 'Klaas de Boer' }];
    expect(texts(detectIn(knownPersonRecogniser, ['Vraag het de boer, zei De Boer.'], known))).toEqual(['De Boer']);
  });

  it('takes the longest spelling and nothing without known persons', () => {
    expect(texts(detectIn(knownPersonRecogniser, ['J.P. de Vries'], deVries))).toEqual(['J.P. de Vries']);
    expect(detectIn(knownPersonRecogniser, ['J.P. de Vries'], [])).toEqual([]);
  });

  it('does not take other people or ordinary sentences', () => {
    expect(
      detectIn(knownPersonRecogniser, ['Hugo de Vriesland en P. de Vries-Bos', 'De gemeente besloot.'], deVries),
    ).toEqual([]);
  });

  it('offers the variants longest first', () => {
    const variants = nameVariants(
      parseKnownName('Jan de Vries') ?? { givenNames: [], initials: [], particles: [], surname: 'x' },
    );
    const lengths = variants.map((variant) => variant.pattern.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});
