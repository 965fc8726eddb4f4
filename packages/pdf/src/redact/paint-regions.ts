// Paints the redaction boxes onto a rendered page: opaque black, the ground code in light grey inside the box.
// The pixels under the box are overwritten, so what was there is gone from the image itself.
//
// Boxes of one page often overlap (stacked lines of a signature, padded into each other; a phrase of one ground over
// a name of another). Every box is therefore filled first, and only then are the labels drawn, each clipped to the
// part of its own box that lies in no other box: a label never lands on a later box's black (it would be painted
// over) nor on another box's paint (where the leak gate — and a reader — could not tell it from paper showing
// through). Every painted box is black everywhere except where its own label is.
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

/** A rectangle in whole pixels: [left, top, right, bottom), right and bottom exclusive. */
type PixelRect = [number, number, number, number];

/** Paints every region onto the canvas; `dpi` maps points to the canvas's pixels. */
export function paintRegions(canvas: Canvas, dpi: number, regions: readonly PaintedRegion[]): void {
  const context = canvas.getContext('2d');
  const scale = dpi / 72;
  // Whole pixels, rounded outwards: a half-covered pixel at the edge would keep a trace of the glyph under it.
  const rects: PixelRect[] = regions.map(({ box }) => [
    Math.floor(box[0] * scale),
    Math.floor(box[1] * scale),
    Math.ceil((box[0] + box[2]) * scale),
    Math.ceil((box[1] + box[3]) * scale),
  ]);
  context.fillStyle = REDACTION_FILL;
  for (const [left, top, right, bottom] of rects) context.fillRect(left, top, right - left, bottom - top);
  regions.forEach(({ ground }, index) => {
    const own = rects[index];
    if (!own) return;
    const others = rects.filter((_, other) => other !== index);
    drawLabel(canvas, ground, own, labelArea(own, others));
  });
}

/** The pixels of `own` that lie in none of `others`, as disjoint rectangles. */
export function labelArea(own: PixelRect, others: readonly PixelRect[]): PixelRect[] {
  let pieces: PixelRect[] = [own];
  for (const cut of others) pieces = pieces.flatMap((piece) => subtract(piece, cut));
  return pieces;
}

/** `rect` minus `cut`: up to four disjoint rectangles. */
function subtract(rect: PixelRect, cut: PixelRect): PixelRect[] {
  const [left, top, right, bottom] = rect;
  const [cl, ct, cr, cb] = cut;
  if (cr <= left || cl >= right || cb <= top || ct >= bottom) return [rect];
  const pieces: PixelRect[] = [];
  if (ct > top) pieces.push([left, top, right, ct]);
  if (cb < bottom) pieces.push([left, cb, right, bottom]);
  const middleTop = Math.max(top, ct);
  const middleBottom = Math.min(bottom, cb);
  if (cl > left) pieces.push([left, middleTop, cl, middleBottom]);
  if (cr < right) pieces.push([cr, middleTop, right, middleBottom]);
  return pieces;
}

function drawLabel(canvas: Canvas, text: string, own: PixelRect, area: readonly PixelRect[]): void {
  if (area.length === 0) return;
  const [x, y] = own;
  const width = own[2] - own[0];
  const height = own[3] - own[1];
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
  // Never paint outside the box, nor into any other box.
  context.beginPath();
  for (const [left, top, right, bottom] of area) context.rect(left, top, right - left, bottom - top);
  context.clip();
  context.fillStyle = LABEL_COLOUR;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(text, x + width / 2, y + height / 2);
  context.restore();
}
