// Wraps a painted canvas as the RenderedPage callers get.
import type { Canvas } from '@napi-rs/canvas';
import type { RenderedPage } from './document-types.js';

export function renderedPage(canvas: Canvas, dpi: number): RenderedPage {
  const rgba = () => canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  return {
    width: canvas.width,
    height: canvas.height,
    dpi,
    canvas,
    png: () => canvas.encode('png'),
    jpeg: (quality = 85) => canvas.encode('jpeg', quality),
    rgba,
    grey: () => greyPgm(rgba(), canvas.width, canvas.height),
  };
}

/** RGBA pixels (on white: the renders are opaque) as a binary PGM with ITU-R BT.601 luminance. */
export function greyPgm(rgba: Uint8ClampedArray, width: number, height: number): Buffer {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const out = Buffer.allocUnsafe(header.length + width * height);
  header.copy(out);
  let o = header.length;
  for (let i = 0; i < rgba.length; i += 4) {
    out[o] = ((rgba[i] as number) * 77 + (rgba[i + 1] as number) * 150 + (rgba[i + 2] as number) * 29) >> 8;
    o += 1;
  }
  return out;
}
