// Wraps a painted canvas as the RenderedPage callers get.
import type { Canvas } from '@napi-rs/canvas';
import type { RenderedPage } from './document-types.js';

export function renderedPage(canvas: Canvas, dpi: number): RenderedPage {
  return {
    width: canvas.width,
    height: canvas.height,
    dpi,
    canvas,
    png: () => canvas.encode('png'),
    jpeg: (quality = 85) => canvas.encode('jpeg', quality),
    rgba: () => canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data,
  };
}
