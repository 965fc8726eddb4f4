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
/** The label is clipped to a centred band of this share of the box height (the gate's band is 0.66). */
const LABEL_BAND_SHARE = 0.58;
/** The leak gate's label band (check-painted-pixels.ts): the label's glyphs must stay inside it. */
const GATE_BAND = { height: 0.66, width: 0.94 };
/**
 * Space kept between the label's glyphs and the gate's band, in points, on every side: the gate looks at the page
 * rendered again at another resolution (100 dpi), and resampling spreads a glyph's edge by a pixel or so. Without it
 * a label that filled its band at 150 dpi showed light pixels outside the gate's band at 100 dpi (a false
 * "unpainted").
 */
const LABEL_MARGIN_POINTS = 1.5;
/**
 * Below this size a label cannot be read (in pixels of the page image, and in points as printed); the box stays
 * plain black. On a box only a few points high a label would also fill its whole box, leaving no black to prove
 * the box was painted.
 */
const MIN_LABEL_PIXELS = 6;
const MIN_LABEL_POINTS = 6;
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
    drawLabel(canvas, ground, own, labelArea(own, others), {
      minSize: Math.max(MIN_LABEL_PIXELS, MIN_LABEL_POINTS * scale),
      margin: LABEL_MARGIN_POINTS * scale,
    });
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

function drawLabel(
  canvas: Canvas,
  text: string,
  own: PixelRect,
  area: readonly PixelRect[],
  { minSize, margin }: { minSize: number; margin: number },
): void {
  if (area.length === 0) return;
  const [x, y] = own;
  const width = own[2] - own[0];
  const height = own[3] - own[1];
  const context = canvas.getContext('2d');
  // Never paint outside the label band of the box, nor within `margin` of the gate's band, nor into any other box.
  const bandInset = Math.max((height * (1 - LABEL_BAND_SHARE)) / 2, (height * (1 - GATE_BAND.height)) / 2 + margin);
  const bandTop = y + bandInset;
  const bandBottom = y + height - bandInset;
  const fits = Math.min(width * 0.9, width * GATE_BAND.width - 2 * margin);
  let size = Math.floor(height * LABEL_HEIGHT_SHARE);
  if (size < minSize || bandBottom - bandTop <= 0 || fits <= 0) return;
  context.font = `bold ${size}px ${LABEL_FONT}`;
  // The glyphs' own height and width must fit the band: a smaller label, or none, where they would not.
  const measured = context.measureText(text);
  const glyphHeight = measured.actualBoundingBoxAscent + measured.actualBoundingBoxDescent;
  const shrink = Math.min(1, fits / measured.width, (bandBottom - bandTop) / glyphHeight);
  if (shrink < 1) {
    size = Math.floor(size * shrink);
    if (size < minSize) return;
    context.font = `bold ${size}px ${LABEL_FONT}`;
  }
  // Centred on the glyphs' own bounds, not on the em box ('middle' sets digits visibly high): the leak gate allows
  // light pixels only in a centred band (check-painted-pixels.ts), and a label off-centre by a pixel or two shows
  // outside that band on a small box.
  context.textAlign = 'center';
  context.textBaseline = 'alphabetic';
  const glyphs = context.measureText(text);
  const baseline = y + height / 2 + (glyphs.actualBoundingBoxAscent - glyphs.actualBoundingBoxDescent) / 2;
  context.save();
  context.beginPath();
  for (const [left, top, right, bottom] of area) {
    const clippedTop = Math.max(top, bandTop);
    const clippedBottom = Math.min(bottom, bandBottom);
    if (clippedBottom > clippedTop) context.rect(left, clippedTop, right - left, clippedBottom - clippedTop);
  }
  context.clip();
  context.fillStyle = LABEL_COLOUR;
  context.fillText(text, x + width / 2, baseline);
  context.restore();
}
