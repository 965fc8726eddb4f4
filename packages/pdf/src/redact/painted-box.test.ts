import { describe, expect, it } from 'vitest';
import { paintedBox, touchesBox } from './painted-box.js';

const A4 = { width: 595, height: 842 };

describe('paintedBox', () => {
  it('pads every side by 1.5 pt + 10% of the height by default', () => {
    const [x, y, width, height] = paintedBox([100, 200, 100, 10], A4);
    expect([x, y, width, height]).toEqual([97.5, 197.5, 105, 15]);
  });

  it('widens a short box around its centre to 4 × its height', () => {
    const [x, , width] = paintedBox([100, 200, 20, 10], A4, { padding: 0 });
    expect(width).toBe(40);
    expect(x).toBe(90);
  });

  it('gives two short names of different length the same width', () => {
    const jan = paintedBox([100, 200, 18, 12], A4);
    const sanne = paintedBox([100, 200, 31, 12], A4);
    expect(jan[2]).toBeCloseTo(sanne[2], 6);
  });

  it('leaves a box wider than the minimum as padded, and can be switched off', () => {
    expect(paintedBox([100, 200, 200, 10], A4, { padding: 0 })).toEqual([100, 200, 200, 10]);
    expect(paintedBox([100, 200, 10, 10], A4, { padding: 0, minWidth: 0 })).toEqual([100, 200, 10, 10]);
    expect(paintedBox([100, 200, 10, 10], A4, { padding: 0, minWidth: 100 })[2]).toBe(100);
  });

  it('keeps the widened box on the page by shifting it', () => {
    expect(paintedBox([0, 0, 10, 10], A4, { padding: 0 })).toEqual([0, 0, 40, 10]);
    expect(paintedBox([585, 832, 10, 8], A4, { padding: 0 })).toEqual([563, 832, 32, 8]);
    const [x, y, width, height] = paintedBox([580, 835, 15, 7], A4);
    expect(x + width).toBeLessThanOrEqual(595);
    expect(y + height).toBeLessThanOrEqual(842);
  });
});

describe('touchesBox: a word touching a box is not wholly outside it', () => {
  const box: [number, number, number, number] = [100, 100, 50, 20];
  it.each([
    ['inside', { x: 110, y: 105, width: 10, height: 10 }, true],
    ['overlapping the left edge', { x: 95, y: 105, width: 10, height: 10 }, true],
    ['ending exactly on the left edge', { x: 90, y: 105, width: 10, height: 10 }, true],
    ['starting exactly on the right edge', { x: 150, y: 105, width: 10, height: 10 }, true],
    ['ending exactly on the top edge', { x: 110, y: 90, width: 10, height: 10 }, true],
    ['touching a corner', { x: 150, y: 120, width: 5, height: 5 }, true],
    ['0.01 pt left of it', { x: 89.99, y: 105, width: 10, height: 10 }, false],
    ['0.01 pt right of it', { x: 150.01, y: 105, width: 10, height: 10 }, false],
    ['0.01 pt below it', { x: 110, y: 120.01, width: 10, height: 10 }, false],
    ['on another line', { x: 110, y: 200, width: 10, height: 10 }, false],
  ])('%s → %s', (_name, word, expected) => {
    expect(touchesBox(word, box)).toBe(expected);
  });
});

describe('paintedBox for text running down the page (taller than wide)', () => {
  it('grows the height, not the width', () => {
    expect(paintedBox([100, 200, 10, 20], A4, { padding: 0 })).toEqual([100, 190, 10, 40]);
  });
});
