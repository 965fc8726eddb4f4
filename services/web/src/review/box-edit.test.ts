// Moving and resizing a box in points: by a drag (the box, a side, a corner) and by the arrow keys; every result stays
// on the page and keeps the minimum size, and the side that is not dragged stays where it was.
import { describe, expect, it } from 'vitest';
import {
  arrowGrab,
  arrowStepBox,
  dragBox,
  grabAt,
  grabCursor,
  minimumBoxSize,
  moveBox,
  resizeBox,
  sameBox,
  type BoxHandle,
} from './box-edit';

const a4 = { width: 595, height: 842 };
/** A name on a line of 11-point text, as the detectors propose it. */
const box = { x: 72, y: 100, width: 120, height: 16 };

describe('moveBox', () => {
  it('moves the box and keeps its size', () => {
    expect(moveBox(box, 10.5, -20, a4)).toEqual({ x: 82.5, y: 80, width: 120, height: 16 });
  });

  it.each([
    ['past the left', -500, 0, { x: 0, y: 100 }],
    ['past the top', 0, -500, { x: 72, y: 0 }],
    ['past the right', 1000, 0, { x: 475, y: 100 }],
    ['past the bottom', 0, 1000, { x: 72, y: 826 }],
    ['past a corner', 1000, 1000, { x: 475, y: 826 }],
  ] as const)('stops at the edge of the page when moved %s', (_, dx, dy, expected) => {
    expect(moveBox(box, dx, dy, a4)).toEqual({ ...expected, width: 120, height: 16 });
  });
});

describe('resizeBox', () => {
  it.each([
    ['e', 6, 0, { x: 72, y: 100, width: 126, height: 16 }],
    ['w', -6, 0, { x: 66, y: 100, width: 126, height: 16 }],
    ['n', 0, -3, { x: 72, y: 97, width: 120, height: 19 }],
    ['s', 0, 3, { x: 72, y: 100, width: 120, height: 19 }],
    ['se', 10, 4, { x: 72, y: 100, width: 130, height: 20 }],
    ['nw', 10, 4, { x: 82, y: 104, width: 110, height: 12 }],
    ['ne', -10, -4, { x: 72, y: 96, width: 110, height: 20 }],
    ['sw', -10, -4, { x: 62, y: 100, width: 130, height: 12 }],
    // A side moves only along its own direction: the other half of the drag does nothing.
    ['e', 6, 50, { x: 72, y: 100, width: 126, height: 16 }],
    ['n', 50, -3, { x: 72, y: 97, width: 120, height: 19 }],
  ] as const)('%s by (%s, %s)', (handle, dx, dy, expected) => {
    expect(resizeBox(box, handle, dx, dy, a4)).toEqual(expected);
  });

  it('keeps the opposite side in place and the minimum size when a side is dragged across it', () => {
    expect(resizeBox(box, 'e', -500, 0, a4)).toEqual({ x: 72, y: 100, width: minimumBoxSize, height: 16 });
    expect(resizeBox(box, 'w', 500, 0, a4)).toEqual({ x: 192 - minimumBoxSize, y: 100, width: 4, height: 16 });
    expect(resizeBox(box, 'n', 0, 500, a4)).toEqual({ x: 72, y: 116 - minimumBoxSize, width: 120, height: 4 });
    expect(resizeBox(box, 's', 0, -500, a4)).toEqual({ x: 72, y: 100, width: 120, height: minimumBoxSize });
  });

  it('stops each side at the edge of the page', () => {
    expect(resizeBox(box, 'nw', -500, -500, a4)).toEqual({ x: 0, y: 0, width: 192, height: 116 });
    expect(resizeBox(box, 'se', 1000, 1000, a4)).toEqual({ x: 72, y: 100, width: 523, height: 742 });
  });

  it('never makes a box that is already smaller than the minimum smaller still, but lets it grow', () => {
    const dot = { x: 300, y: 300, width: 2.5, height: 3 };
    expect(resizeBox(dot, 'se', -10, -10, a4)).toEqual(dot);
    expect(resizeBox(dot, 'nw', 10, 10, a4)).toEqual(dot);
    expect(resizeBox(dot, 'e', 5, 0, a4)).toEqual({ ...dot, width: 7.5 });
  });

  it('rounds to a hundredth of a point, as the page is drawn', () => {
    expect(resizeBox(box, 'e', 1 / 3, 0, a4).width).toBe(120.33);
  });
});

describe('dragBox', () => {
  it('moves for the box itself and resizes for a handle', () => {
    expect(dragBox(box, 'move', 5, 5, a4)).toEqual(moveBox(box, 5, 5, a4));
    for (const handle of ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] satisfies BoxHandle[]) {
      expect(dragBox(box, handle, 5, 5, a4)).toEqual(resizeBox(box, handle, 5, 5, a4));
    }
  });
});

describe('grabAt', () => {
  const reach = 5;
  it.each([
    ['the middle', 132, 108, 'move'],
    ['the top-left corner', 72, 100, 'nw'],
    ['just outside the top-left corner', 68, 96, 'nw'],
    ['the top-right corner', 192, 100, 'ne'],
    ['the bottom-right corner', 191, 115, 'se'],
    ['the bottom-left corner', 73, 116, 'sw'],
    ['the top side', 132, 99, 'n'],
    ['the bottom side', 132, 118, 's'],
    ['the left side', 70, 108, 'w'],
    ['the right side', 195, 108, 'e'],
  ] as const)('%s', (_, x, y, expected) => {
    expect(grabAt(box, { x, y }, reach)).toBe(expected);
  });

  it('takes nothing outside the reach', () => {
    expect(grabAt(box, { x: 60, y: 108 }, reach)).toBeNull();
    expect(grabAt(box, { x: 132, y: 122 }, reach)).toBeNull();
  });

  it('leaves the middle of a small box for moving', () => {
    const small = { x: 100, y: 100, width: 8, height: 8 };
    expect(grabAt(small, { x: 104, y: 104 }, reach)).toBe('move');
    expect(grabAt(small, { x: 101, y: 104 }, reach)).toBe('w');
    expect(grabAt(small, { x: 107, y: 107 }, reach)).toBe('se');
  });

  it('shows a pointer that says what a drag does', () => {
    expect(grabCursor('move')).toBe('move');
    expect(grabCursor('nw')).toBe('nwse-resize');
    expect(grabCursor('ne')).toBe('nesw-resize');
    expect(grabCursor('e')).toBe('ew-resize');
    expect(grabCursor('s')).toBe('ns-resize');
    expect(grabCursor(null)).toBe('');
  });
});

describe('the arrow keys', () => {
  const arrow = (key: string, shift = false, fine = false) => ({ key, shift, fine });

  it.each([
    ['ArrowRight', false, false, { ...box, x: 76 }],
    ['ArrowLeft', false, false, { ...box, x: 68 }],
    ['ArrowUp', false, false, { ...box, y: 96 }],
    ['ArrowDown', false, true, { ...box, y: 101 }],
    ['ArrowRight', true, false, { ...box, width: 124 }],
    ['ArrowLeft', true, false, { ...box, width: 116 }],
    ['ArrowDown', true, false, { ...box, height: 20 }],
    ['ArrowUp', true, true, { ...box, height: 15 }],
  ] as const)('%s (Shift %s, Ctrl %s)', (key, shift, fine, expected) => {
    expect(arrowStepBox(box, arrow(key, shift, fine), a4)).toEqual(expected);
  });

  it('move the box, or with Shift its right side or bottom', () => {
    expect(arrowGrab(arrow('ArrowLeft'))).toEqual({ grab: 'move', dx: -4, dy: 0 });
    expect(arrowGrab(arrow('ArrowLeft', true))).toEqual({ grab: 'e', dx: -4, dy: 0 });
    expect(arrowGrab(arrow('ArrowUp', true, true))).toEqual({ grab: 's', dx: 0, dy: -1 });
  });

  it('do nothing for other keys', () => {
    expect(arrowGrab(arrow('Enter'))).toBeNull();
    expect(arrowStepBox(box, arrow('a', true), a4)).toBeNull();
    expect(arrowStepBox(box, arrow('Home'), a4)).toBeNull();
  });

  it('keep the box on the page and at its minimum size', () => {
    const corner = { x: 0, y: 0, width: 10, height: 10 };
    expect(arrowStepBox(corner, arrow('ArrowLeft'), a4)).toEqual(corner);
    expect(arrowStepBox(corner, arrow('ArrowUp'), a4)).toEqual(corner);
    const right = { x: 590, y: 0, width: 5, height: 10 };
    expect(arrowStepBox(right, arrow('ArrowRight'), a4)).toEqual(right);
    // Wider at the right edge of the page: the box does not slide to the left, it stays as it is.
    expect(arrowStepBox(right, arrow('ArrowRight', true), a4)).toEqual(right);
    const low = { x: 10, y: 10, width: 20, height: 6 };
    expect(arrowStepBox(low, arrow('ArrowUp', true), a4)).toEqual({ ...low, height: minimumBoxSize });
  });
});

describe('sameBox', () => {
  it('compares every side', () => {
    expect(sameBox(box, { ...box })).toBe(true);
    expect(sameBox(box, { ...box, height: 16.01 })).toBe(false);
  });
});
