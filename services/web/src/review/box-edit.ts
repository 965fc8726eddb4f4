// Moving and resizing a box on the page, in PDF points: by a drag of the mouse (the box itself moves it, an edge or a
// corner resizes it) and by the arrow keys (the same keys for a new box and for an existing one). Every result stays
// on the page and keeps the minimum size; the edge or corner that is not dragged stays where it was.
import type { PageSize } from './box-geometry';
import type { Box } from './review-api';

/** Where a box is taken: a side or a corner (as on a compass, north is the top) resizes it; the box itself moves it. */
export type BoxHandle = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';
export type BoxGrab = 'move' | BoxHandle;

export const boxHandles: readonly BoxHandle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

/**
 * The smallest box that can be made by moving an edge (points): about a full stop in 11-point text. A box that is
 * already smaller (a detector may propose one) can still be moved and made larger, never smaller.
 */
export const minimumBoxSize = 4;

/** One arrow key: four points, with Ctrl (or ⌘) one. */
export const arrowStep = { normal: 4, fine: 1 } as const;

const round = (value: number) => Math.round(value * 100) / 100;
const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** The box moved by (dx, dy), whole on the page; its size stays. */
export function moveBox(box: Box, dx: number, dy: number, page: PageSize): Box {
  return {
    x: round(clamp(box.x + dx, 0, Math.max(page.width - box.width, 0))),
    y: round(clamp(box.y + dy, 0, Math.max(page.height - box.height, 0))),
    width: box.width,
    height: box.height,
  };
}

/** The box with the handle's sides moved by (dx, dy): never past the page's edge or the opposite side's minimum. */
export function resizeBox(box: Box, handle: BoxHandle, dx: number, dy: number, page: PageSize): Box {
  const minWidth = Math.min(minimumBoxSize, box.width);
  const minHeight = Math.min(minimumBoxSize, box.height);
  let left = box.x;
  let top = box.y;
  let right = box.x + box.width;
  let bottom = box.y + box.height;
  if (handle.includes('w')) left = clamp(left + dx, 0, right - minWidth);
  if (handle.includes('e')) right = clamp(right + dx, left + minWidth, Math.max(page.width, left + minWidth));
  if (handle.includes('n')) top = clamp(top + dy, 0, bottom - minHeight);
  if (handle.includes('s')) bottom = clamp(bottom + dy, top + minHeight, Math.max(page.height, top + minHeight));
  return { x: round(left), y: round(top), width: round(right - left), height: round(bottom - top) };
}

/** The box after a grab moved by (dx, dy) points. */
export function dragBox(box: Box, grab: BoxGrab, dx: number, dy: number, page: PageSize): Box {
  return grab === 'move' ? moveBox(box, dx, dy, page) : resizeBox(box, grab, dx, dy, page);
}

/**
 * What a press at `point` takes of the box: a corner or side when it is within `reach` points of it (inside or just
 * outside), the box itself when it is further inside, nothing when it is outside. On a small box the sides take at
 * most a quarter of it each, so its middle always moves it.
 */
export function grabAt(box: Box, point: { x: number; y: number }, reach: number): BoxGrab | null {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  if (point.x < box.x - reach || point.x > right + reach || point.y < box.y - reach || point.y > bottom + reach) {
    return null;
  }
  const reachX = Math.min(reach, box.width / 4);
  const reachY = Math.min(reach, box.height / 4);
  const vertical = point.y <= box.y + reachY ? 'n' : point.y >= bottom - reachY ? 's' : '';
  const horizontal = point.x <= box.x + reachX ? 'w' : point.x >= right - reachX ? 'e' : '';
  const handle = `${vertical}${horizontal}`;
  return handle === '' ? 'move' : (handle as BoxHandle);
}

/** The mouse pointer that says what a drag from here does. */
export function grabCursor(grab: BoxGrab | null): string {
  if (grab === null) return '';
  if (grab === 'move') return 'move';
  return { n: 'ns', s: 'ns', e: 'ew', w: 'ew', ne: 'nesw', sw: 'nesw', nw: 'nwse', se: 'nwse' }[grab] + '-resize';
}

export interface ArrowKey {
  key: string;
  shift: boolean;
  /** Ctrl or ⌘: one point at a time. */
  fine: boolean;
}

/**
 * What an arrow key does to a box: arrows move it; Shift+arrows move its right side (← →) or its bottom (↑ ↓), so it
 * gets wider, narrower, higher or lower with its top-left corner in place. Null for any other key.
 */
export function arrowGrab({ key, shift, fine }: ArrowKey): { grab: BoxGrab; dx: number; dy: number } | null {
  const step = fine ? arrowStep.fine : arrowStep.normal;
  const dx = key === 'ArrowRight' ? step : key === 'ArrowLeft' ? -step : 0;
  const dy = key === 'ArrowDown' ? step : key === 'ArrowUp' ? -step : 0;
  if (dx === 0 && dy === 0) return null;
  if (!shift) return { grab: 'move', dx, dy };
  return { grab: dx !== 0 ? 'e' : 's', dx, dy };
}

/** The box after one arrow key, or null when the key is no arrow. */
export function arrowStepBox(box: Box, arrow: ArrowKey, page: PageSize): Box | null {
  const step = arrowGrab(arrow);
  return step ? dragBox(box, step.grab, step.dx, step.dy, page) : null;
}

export function sameBox(a: Box, b: Box): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
