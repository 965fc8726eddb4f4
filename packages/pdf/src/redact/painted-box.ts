// The box that is actually painted for a region: the reviewed box, padded, widened to a minimum width, kept on the
// page. Every later step (painting, choosing the words of the text layer, the leak gate) uses this box.
import type { Box } from '@woo/domain';

export interface PaintedBoxOptions {
  /**
   * Points added on every side. Boxes sized from font metrics come out short in some renderers (ascenders,
   * descenders, italic overhang stay visible): default 1.5 pt + 10% of the box height.
   */
  padding?: number;
  /**
   * Minimum painted width in points, so that the width of a box does not reveal a short name ('Jan' versus
   * 'Alexander'). 'auto' (the default) is 4 × the box height: about eight characters of the text the box covers, so
   * every name up to that length gets the same box. The box grows around its centre and stays on the page.
   * 0 turns widening off.
   */
  minWidth?: number | 'auto';
}

export interface PageSize {
  width: number;
  height: number;
}

export const AUTO_MIN_WIDTH_PER_HEIGHT = 4;

export function paintedBox(box: Box, page: PageSize, options: PaintedBoxOptions = {}): Box {
  const [x, y, width, height] = box;
  const padding = options.padding ?? 1.5 + 0.1 * height;
  let left = x - padding;
  let right = x + width + padding;
  const top = Math.max(0, y - padding);
  const bottom = Math.min(page.height, y + height + padding);

  const minWidth =
    options.minWidth === undefined || options.minWidth === 'auto'
      ? AUTO_MIN_WIDTH_PER_HEIGHT * height
      : options.minWidth;
  const target = Math.min(page.width, minWidth);
  if (right - left < target) {
    const grow = (target - (right - left)) / 2;
    left -= grow;
    right += grow;
    // Keep the full width on the page: shift instead of cutting.
    if (left < 0) {
      right -= left;
      left = 0;
    }
    if (right > page.width) {
      left -= right - page.width;
      right = page.width;
    }
  }
  left = Math.max(0, left);
  right = Math.min(page.width, right);
  return [left, top, Math.max(0, right - left), Math.max(0, bottom - top)];
}

/**
 * True when the rectangle touches or overlaps the box. Touching counts: a word whose edge lies on the edge of a
 * redaction is not "wholly outside" it and is left out of the text layer.
 */
export function touchesBox(rect: { x: number; y: number; width: number; height: number }, box: Box): boolean {
  const [x, y, width, height] = box;
  return rect.x <= x + width && rect.x + rect.width >= x && rect.y <= y + height && rect.y + rect.height >= y;
}
