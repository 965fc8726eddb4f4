// Boxes on the page: a box is kept on the page, drags in any direction span the same box, reading order.
import { describe, expect, it } from 'vitest';
import { clampBox, readingOrder, spanBox } from './box-geometry';

const a4 = { width: 595, height: 842 };

describe('clampBox', () => {
  it('moves a box that sticks out back onto the page', () => {
    expect(clampBox({ x: 500, y: 830, width: 200, height: 30 }, a4)).toEqual({
      x: 395,
      y: 812,
      width: 200,
      height: 30,
    });
  });
});

describe('spanBox', () => {
  it('spans the same box whichever corner the drag starts from', () => {
    const expected = { x: 10, y: 20, width: 30, height: 40 };
    expect(spanBox({ x: 10, y: 20 }, { x: 40, y: 60 })).toEqual(expected);
    expect(spanBox({ x: 40, y: 60 }, { x: 10, y: 20 })).toEqual(expected);
    expect(spanBox({ x: 10, y: 60 }, { x: 40, y: 20 })).toEqual(expected);
  });
});

describe('readingOrder', () => {
  it('reads a line left to right, then the next line', () => {
    const boxes = [
      { x: 232, y: 160.2, width: 131, height: 16 },
      { x: 124, y: 100.2, width: 74, height: 16 },
      { x: 116, y: 161, width: 69, height: 16 },
      { x: 71, y: 380, width: 293, height: 16 },
    ];
    expect([...boxes].sort(readingOrder).map((b) => b.x)).toEqual([124, 116, 232, 71]);
  });
});
