import { describe, expect, it } from 'vitest';
import { characterErrorRate, editDistance } from './character-error-rate.js';

describe('characterErrorRate', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['Woo', 'Woo', 0],
  ])('editDistance(%j, %j) = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('counts errors per character of the truth and ignores layout whitespace', () => {
    expect(characterErrorRate('Geachte heer', 'Geachte\n  heer ')).toBe(0);
    expect(characterErrorRate('abcdefghij', 'abcdefghiX')).toBeCloseTo(0.1);
    expect(characterErrorRate('', '')).toBe(0);
  });
});
