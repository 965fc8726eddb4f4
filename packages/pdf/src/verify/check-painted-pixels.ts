// The pixel half of the leak gate: render the public page and look under every region. The painted box must be
// black everywhere except where the ground code is printed (a centred band, see paint-regions.ts); inside that band
// it must still be mostly black. An unpainted, half-painted or misplaced box shows paper there.
import type { Box } from '@woo/domain';
import type { RenderedPage } from '../read/document-types.js';

/** Darker than this (0–255 luminance) counts as painted. JPEG noise on black stays far below it. */
const DARK = 96;
/** The label band: centred, a little larger than the largest label paint-regions.ts draws (60% × 90%). */
const LABEL_BAND = { height: 0.66, width: 0.94 };
const MIN_DARK_OUTSIDE_LABEL = 0.97;
const MIN_DARK_INSIDE_LABEL = 0.5;

export interface PixelCheck {
  painted: boolean;
  /** Shares of dark pixels, for the report. */
  darkOutsideLabel: number;
  darkInsideLabel: number;
}

/**
 * Reads only the box's own pixels from the canvas: a page has a few boxes, and reading the whole page (4 bytes a
 * pixel) cost more than the check itself and gave the garbage collector a page-sized array per page.
 */
export function checkPaintedPixels(image: RenderedPage, box: Box): PixelCheck {
  const scale = image.dpi / 72;
  // One pixel in from every edge: the edge pixel of a box is shared with whatever lies next to it.
  const left = Math.max(0, Math.ceil(box[0] * scale) + 1);
  const top = Math.max(0, Math.ceil(box[1] * scale) + 1);
  const right = Math.min(image.width, Math.floor((box[0] + box[2]) * scale) - 1);
  const bottom = Math.min(image.height, Math.floor((box[1] + box[3]) * scale) - 1);
  if (right <= left || bottom <= top) return { painted: true, darkOutsideLabel: 1, darkInsideLabel: 1 };

  const width = right - left;
  const height = bottom - top;
  const pixels = image.canvas.getContext('2d').getImageData(left, top, width, height).data;
  const bandLeft = left + (width * (1 - LABEL_BAND.width)) / 2;
  const bandRight = right - (width * (1 - LABEL_BAND.width)) / 2;
  const bandTop = top + (height * (1 - LABEL_BAND.height)) / 2;
  const bandBottom = bottom - (height * (1 - LABEL_BAND.height)) / 2;
  const counts = { outside: 0, outsideDark: 0, inside: 0, insideDark: 0 };
  for (let y = top; y < bottom; y += 1) {
    for (let x = left; x < right; x += 1) {
      const i = ((y - top) * width + (x - left)) * 4;
      const luminance = 0.299 * (pixels[i] ?? 255) + 0.587 * (pixels[i + 1] ?? 255) + 0.114 * (pixels[i + 2] ?? 255);
      const dark = luminance < DARK ? 1 : 0;
      if (x >= bandLeft && x < bandRight && y >= bandTop && y < bandBottom) {
        counts.inside += 1;
        counts.insideDark += dark;
      } else {
        counts.outside += 1;
        counts.outsideDark += dark;
      }
    }
  }
  const darkOutsideLabel = counts.outside ? counts.outsideDark / counts.outside : 1;
  const darkInsideLabel = counts.inside ? counts.insideDark / counts.inside : 1;
  return {
    painted: darkOutsideLabel >= MIN_DARK_OUTSIDE_LABEL && darkInsideLabel >= MIN_DARK_INSIDE_LABEL,
    darkOutsideLabel,
    darkInsideLabel,
  };
}
