// Boxes in PDF points (from the top-left of the page as displayed) and where they sit on the page image on screen.
import type { Box } from './review-api';

export interface PageSize {
  width: number;
  height: number;
}

/** A box as percentages of the page, so it follows the image at any width. */
export function boxStyle(box: Box, page: PageSize): React.CSSProperties {
  return {
    left: `${(box.x / page.width) * 100}%`,
    top: `${(box.y / page.height) * 100}%`,
    width: `${(box.width / page.width) * 100}%`,
    height: `${(box.height / page.height) * 100}%`,
  };
}

/** Keeps a box on the page, at least one point wide and high. */
export function clampBox(box: Box, page: PageSize): Box {
  const width = Math.min(Math.max(box.width, 1), page.width);
  const height = Math.min(Math.max(box.height, 1), page.height);
  const x = Math.min(Math.max(box.x, 0), page.width - width);
  const y = Math.min(Math.max(box.y, 0), page.height - height);
  return { x: round(x), y: round(y), width: round(width), height: round(height) };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The box spanned by two corners. */
export function spanBox(a: { x: number; y: number }, b: { x: number; y: number }): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

export function containsPoint(box: Box, point: { x: number; y: number }): boolean {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
}

/** Reading order: top to bottom, then left to right (boxes on one line within half a line of each other). */
export function readingOrder(a: Box, b: Box): number {
  const sameLine = Math.abs(a.y - b.y) < Math.min(a.height, b.height) / 2;
  return sameLine ? a.x - b.x : a.y - b.y;
}
