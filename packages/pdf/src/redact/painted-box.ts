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
   * Minimum painted length in points along the text, so that the width of a box does not reveal a short name ('Jan'
   * versus 'Alexander'). 'auto' (the default) is 4 × the box height: about eight characters of the text the box
   * covers, so every name up to that length gets the same box. The box grows around its centre and stays on the
   * page. A box taller than wide (text running down a rotated page) grows in height instead. 0 turns widening off.
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
  // Text runs along the longer side of its box: down the page on a rotated page, where the box is tall and narrow.
  const vertical = height > width;
  const thickness = vertical ? width : height;
  const padding = options.padding ?? 1.5 + 0.1 * thickness;
  const minLength =
    options.minWidth === undefined || options.minWidth === 'auto'
      ? AUTO_MIN_WIDTH_PER_HEIGHT * thickness
      : options.minWidth;
  const across = grow(x - padding, x + width + padding, vertical ? 0 : minLength, page.width);
  const down = grow(y - padding, y + height + padding, vertical ? minLength : 0, page.height);
  return [across[0], down[0], across[1] - across[0], down[1] - down[0]];
}

/** [start, end] grown around its centre to at least `length` (at most the page), shifted to stay on the page. */
function grow(start: number, end: number, length: number, limit: number): [number, number] {
  const target = Math.min(limit, length);
  if (end - start < target) {
    const extra = (target - (end - start)) / 2;
    start -= extra;
    end += extra;
    if (start < 0) {
      end -= start;
      start = 0;
    }
    if (end > limit) {
      start -= end - limit;
      end = limit;
    }
  }
  return [Math.max(0, start), Math.min(limit, end)];
}

/**
 * True when the rectangle touches or overlaps the box. Touching counts: a word whose edge lies on the edge of a
 * redaction is not "wholly outside" it and is left out of the text layer.
 */
export function touchesBox(rect: { x: number; y: number; width: number; height: number }, box: Box): boolean {
  const [x, y, width, height] = box;
  return rect.x <= x + width && rect.x + rect.width >= x && rect.y <= y + height && rect.y + rect.height >= y;
}
