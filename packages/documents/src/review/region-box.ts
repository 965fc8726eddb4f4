// A region's rectangle in PDF points from the top-left of the page, checked against the page it lies on.
import type { Page, PageWord, RedactionRegion } from '@woo/db';
import { boxOutsidePage } from './review-errors.js';

export interface RegionBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Doubles come typed loosely from the ORM; a box is always numbers. */
export function regionBoxOf(region: Pick<RedactionRegion, 'x' | 'y' | 'width' | 'height'>): RegionBox {
  return { x: Number(region.x), y: Number(region.y), width: Number(region.width), height: Number(region.height) };
}

// Half a point of slack: a box drawn to the very edge in a viewer may round just past it.
const EDGE_TOLERANCE = 0.5;

export function assertBoxOnPage(box: RegionBox, page: Page): void {
  const width = Number(page.widthPt);
  const height = Number(page.heightPt);
  const inside =
    box.width > 0 &&
    box.height > 0 &&
    box.x >= -EDGE_TOLERANCE &&
    box.y >= -EDGE_TOLERANCE &&
    box.x + box.width <= width + EDGE_TOLERANCE &&
    box.y + box.height <= height + EDGE_TOLERANCE;
  if (!inside) throw boxOutsidePage(page.pageNumber, width, height);
}

function overlapArea(a: RegionBox, b: RegionBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** True when at least half of `inner` lies under `outer`. */
export function mostlyCovers(outer: RegionBox, inner: RegionBox): boolean {
  const area = inner.width * inner.height;
  return area > 0 && overlapArea(outer, inner) >= area / 2;
}

/**
 * The words of the page that lie mostly under the box, in reading order: the region's text for the reviewer, for
 * "apply to every occurrence" and for the leak gate. Null when the page has no words there.
 */
export function textUnderBox(box: RegionBox, words: readonly PageWord[] | null): string | null {
  const covered = (words ?? []).filter((word) => mostlyCovers(box, word)).map((word) => word.text.trim());
  const text = covered.filter((word) => word.length > 0).join(' ');
  return text.length > 0 ? text : null;
}
