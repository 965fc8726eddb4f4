import { describe, expect, it } from 'vitest';
import { formatGroundList, parseGroundList } from './ground-list.js';

describe('parseGroundList', () => {
  it.each([
    ['5.1.2e; 5.1.1d', ['5.1.2e', '5.1.1d']],
    ['5.1.2e;5.1.1d', ['5.1.2e', '5.1.1d']],
    ['5.1.2.e; 10.2e; 5.1 lid 2 sub e', ['5.1.2e']],
    ['5.1, tweede lid, onder e; 5.2;', ['5.1.2e', '5.2']],
    ['', []],
    [' ; ', []],
    ['dubbel', ['dubbel']],
  ])('parses %j', (input, expected) => {
    expect(parseGroundList(input)).toEqual(expected);
  });

  it('names the item and its position when one code is not understood', () => {
    expect(() => parseGroundList('5.1.2e; 5.3; 5.2')).toThrow(
      expect.objectContaining({
        code: 'ground.unknown',
        details: { input: ' 5.3', list: '5.1.2e; 5.3; 5.2', position: 2 },
      }),
    );
  });
});

describe('formatGroundList', () => {
  it('prints canonical codes separated by "; " without duplicates', () => {
    expect(formatGroundList(['5.1.2.e', '5.1.1d', '10.2e'])).toBe('5.1.2e; 5.1.1d');
    expect(formatGroundList([])).toBe('');
  });
});
