// Boxes on the page: the keyboard's steps stay on the page, drags in any direction span the same box, reading order.
import { describe, expect, it } from 'vitest';
import { clampBox, keyboardStep, readingOrder, spanBox } from './box-geometry';

const a4 = { width: 595, height: 842 };
const box = { x: 72, y: 72, width: 120, height: 16 };

describe('keyboardStep', () => {
  it.each([
    ['ArrowRight', false, false, { ...box, x: 76 }],
    ['ArrowLeft', false, false, { ...box, x: 68 }],
    ['ArrowUp', false, false, { ...box, y: 68 }],
    ['ArrowDown', false, true, { ...box, y: 73 }],
    ['ArrowRight', true, false, { ...box, width: 124 }],
    ['ArrowLeft', true, false, { ...box, width: 116 }],
    ['ArrowDown', true, false, { ...box, height: 20 }],
    ['ArrowUp', true, true, { ...box, height: 15 }],
  ] as const)('%s (shift %s, fine %s)', (key, shift, fine, expected) => {
    expect(keyboardStep(box, key, shift, fine, a4)).toEqual(expected);
  });

  it('ignores other keys', () => {
    expect(keyboardStep(box, 'Enter', false, false, a4)).toBeNull();
    expect(keyboardStep(box, 'a', true, false, a4)).toBeNull();
  });

  it('keeps the box on the page and at least one point in size', () => {
    expect(keyboardStep({ x: 0, y: 0, width: 10, height: 10 }, 'ArrowLeft', false, false, a4)).toMatchObject({ x: 0 });
    expect(keyboardStep({ x: 590, y: 0, width: 5, height: 10 }, 'ArrowRight', false, false, a4)).toMatchObject({
      x: 590,
    });
    expect(keyboardStep({ x: 10, y: 10, width: 2, height: 2 }, 'ArrowUp', true, false, a4)).toMatchObject({
      height: 1,
    });
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
