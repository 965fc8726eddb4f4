import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { normalizeGroundCode } from './normalize-ground-code.js';
import { formatGroundCode } from './format-ground-code.js';
import { groundCodes } from './ground-code.js';

// [spelling found in the wild, canonical code]
const spellings: [string, string][] = [
  ['5.1.2e', '5.1.2e'],
  ['5.1.2.e', '5.1.2e'],
  ['5.1.2 e', '5.1.2e'],
  ['5.1.e', '5.1.2e'],
  ['5.1 lid 2 sub e', '5.1.2e'],
  ['5.1 lid 2 e', '5.1.2e'],
  ['5.1, tweede lid, onder e', '5.1.2e'],
  ['art. 5.1, tweede lid, aanhef en onder e Woo', '5.1.2e'],
  ['Artikel 5.1, tweede lid, aanhef en onder e, van de Woo', '5.1.2e'],
  ['5.1 2e lid onder e', '5.1.2e'],
  ['5.1(2)(e)', '5.1.2e'],
  ['  5.1.2E  ', '5.1.2e'],
  ['5.1.2e Woo', '5.1.2e'],
  ['Woo 5.1.2e', '5.1.2e'],
  ['WOO-5.1.2.E', '5.1.2e'],
  ['artikel 5.1 lid 1 sub d', '5.1.1d'],
  ['5.1.1.d', '5.1.1d'],
  ['5.1 eerste lid onder d', '5.1.1d'],
  ['5.1.1a', '5.1.1a'],
  ['5.1.1 b', '5.1.1b'],
  ['5.1 lid 1 sub c', '5.1.1c'],
  ['5.1.1e', '5.1.1e'],
  ['5.1, eerste lid, onder e', '5.1.1e'],
  ['5.1.2a', '5.1.2a'],
  ['5.1.2 B', '5.1.2b'],
  ['5.1.2.c', '5.1.2c'],
  ['5.1 lid 2 sub d', '5.1.2d'],
  ['5.1.f', '5.1.2f'],
  ['5.1.2g', '5.1.2g'],
  ['5.1.h', '5.1.2h'],
  ['5.1, tweede lid, onder i', '5.1.2i'],
  ['5.1.5', '5.1.5'],
  ['5.1 lid 5', '5.1.5'],
  ['5.1, vijfde lid, Woo', '5.1.5'],
  ['5.2', '5.2'],
  ['artikel 5.2 Woo', '5.2'],
  ['art. 5.2, eerste lid', '5.2'],
  ['5.4', '5.4'],
  ['Art. 5.4 Woo', '5.4'],
  ['dubbel', 'dubbel'],
  ['Dubbel', 'dubbel'],
  [' DUBBEL ', 'dubbel'],
  // Wob codes on older dossiers
  ['10.1a', '5.1.1a'],
  ['10.1b', '5.1.1b'],
  ['10.1c', '5.1.1c'],
  ['10.1d', '5.1.1d'],
  ['10.2a', '5.1.2a'],
  ['10.2b', '5.1.2b'],
  ['10.2c', '5.1.2c'],
  ['10.2d', '5.1.2d'],
  ['10.2e', '5.1.2e'],
  ['10.2g', '5.1.5'],
  ['11.1', '5.2'],
  ['10.2.e', '5.1.2e'],
  ['10, tweede lid, onder e Wob', '5.1.2e'],
  ['art. 10 lid 2 sub e', '5.1.2e'],
  ['artikel 10, tweede lid, aanhef en onder g, van de Wob', '5.1.5'],
  ['Wob 10.1.d', '5.1.1d'],
  ['artikel 11 Wob', '5.2'],
  ['11, eerste lid, Wob', '5.2'],
];

// Inputs that must be refused as unknown, never guessed.
const unknown = [
  '5.1.2z',
  '5.3',
  '',
  '   ',
  'abc',
  '10.3',
  '10.2f', // Wob ground without a Woo counterpart
  '10.2h',
  '5.1.1f', // lid 1 stops at e
  '5.1.3a',
  '5.1',
  '5.1.2',
  '5',
  '5.5',
  '12.1',
  '5.1.2ee',
  '5.1.2e.1',
  'privacy',
  'art. 5.1.2e Wob', // a Woo code said to be Wob
  '10.2e Woo', // a Wob code said to be Woo
  'dubbel 5.1.2e',
];

describe('normalizeGroundCode', () => {
  it.each(spellings)('reads %j as %s', (input, expected) => {
    expect(normalizeGroundCode(input)).toBe(expected);
  });

  it.each(unknown)('refuses %j as ground.unknown, quoting the input', (input) => {
    let caught: unknown;
    try {
      normalizeGroundCode(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    const error = caught as DomainError;
    expect(error.code).toBe('ground.unknown');
    expect(error.details).toEqual({ input });
    expect(error.nl).toContain(`"${input}"`);
    expect(error.en).toContain(`"${input}"`);
    expect(error.message).toContain(`"${input}"`);
  });

  it.each(['5.1.a', '5.1.b', '5.1.c', '5.1.d', '5.1 D'])(
    'refuses the short form %j as ambiguous between lid 1 and lid 2',
    (input) => {
      expect(() => normalizeGroundCode(input)).toThrow(
        expect.objectContaining({ code: 'ground.ambiguous', details: { input } }),
      );
    },
  );

  it('is idempotent on every canonical code', () => {
    for (const code of groundCodes) expect(normalizeGroundCode(code)).toBe(code);
  });
});

describe('formatGroundCode', () => {
  it('prints any accepted spelling canonically', () => {
    expect(formatGroundCode('art. 10 lid 2 sub e')).toBe('5.1.2e');
    expect(formatGroundCode('5.1 lid 5')).toBe('5.1.5');
  });
});
