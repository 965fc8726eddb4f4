import { describe, expect, it } from 'vitest';
import { pageTextString } from './page-text-string.js';

const word = (text: string, x: number, y: number) => ({ text, x, y, width: 30, height: 10 });

describe('pageTextString', () => {
  it('joins words on a line with spaces and lines with line breaks', () => {
    const words = [word('Geachte', 10, 10), word('heer', 45, 11), word('Jansen,', 80, 10), word('Naar', 10, 30)];
    expect(pageTextString({ words })).toBe('Geachte heer Jansen,\nNaar');
  });

  it('starts a new line when the next word goes back to the left on the same height (columns)', () => {
    expect(pageTextString({ words: [word('links', 200, 10), word('rechts', 10, 10)] })).toBe('links\nrechts');
    expect(pageTextString({ words: [] })).toBe('');
  });
});
