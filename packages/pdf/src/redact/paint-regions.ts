// Paints the redaction boxes onto a rendered page: opaque black, the ground code in light grey inside the box.
// The pixels under the box are overwritten, so what was there is gone from the image itself.
import type { Canvas } from '@napi-rs/canvas';
import type { Box, GroundCode } from '@woo/domain';

export const REDACTION_FILL = '#000000';
export const LABEL_COLOUR = '#d9d9d9';
/** The label never takes more than this share of the box height, so the box stays mostly dark. */
const LABEL_HEIGHT_SHARE = 0.6;
/** Below this size in pixels a label cannot be read; the box stays plain black. */
const MIN_LABEL_PIXELS = 6;
const LABEL_FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';

export interface PaintedRegion {
  /** The painted box in points (already padded and widened). */
  box: Box;
  ground: GroundCode;
}

/** Paints every region onto the canvas; `dpi` maps points to the canvas's pixels. */
export function paintRegions(canvas: Canvas, dpi: number, regions: readonly PaintedRegion[]): void {
  const context = canvas.getContext('2d');
  const scale = dpi / 72;
  for (const { box, ground } of regions) {
    // Whole pixels, rounded outwards: a half-covered pixel at the edge would keep a trace of the glyph under it.
    const left = Math.floor(box[0] * scale);
    const top = Math.floor(box[1] * scale);
    const right = Math.ceil((box[0] + box[2]) * scale);
    const bottom = Math.ceil((box[1] + box[3]) * scale);
    context.fillStyle = REDACTION_FILL;
    context.fillRect(left, top, right - left, bottom - top);
    drawLabel(canvas, ground, left, top, right - left, bottom - top);
  }
}

function drawLabel(canvas: Canvas, text: string, x: number, y: number, width: number, height: number): void {
  const context = canvas.getContext('2d');
  let size = Math.floor(height * LABEL_HEIGHT_SHARE);
  if (size < MIN_LABEL_PIXELS) return;
  context.font = `bold ${size}px ${LABEL_FONT}`;
  const fits = width * 0.9;
  const measured = context.measureText(text).width;
  if (measured > fits) {
    size = Math.floor((size * fits) / measured);
    if (size < MIN_LABEL_PIXELS) return;
    context.font = `bold ${size}px ${LABEL_FONT}`;
  }
  context.save();
  // Never paint outside the box.
  context.beginPath();
  context.rect(x, y, width, height);
  context.clip();
  context.fillStyle = LABEL_COLOUR;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(text, x + width / 2, y + height / 2);
  context.restore();
}
