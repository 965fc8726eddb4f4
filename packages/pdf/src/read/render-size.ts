// The pixel size of a page rendered at a dpi, with the dpi lowered when the page would exceed the render limit
// (a 5 m × 5 m poster page must not allocate gigabytes).
export interface RenderSize {
  dpi: number;
  width: number;
  height: number;
}

export function renderSize(widthPt: number, heightPt: number, dpi: number, maxPixels: number): RenderSize {
  if (!(dpi > 0) || !Number.isFinite(dpi)) throw new RangeError(`dpi must be a positive number (got ${dpi})`);
  let used = dpi;
  const pixelsAt = (d: number) => ((widthPt * d) / 72) * ((heightPt * d) / 72);
  if (pixelsAt(used) > maxPixels) used = dpi * Math.sqrt(maxPixels / pixelsAt(dpi)) * 0.999;
  return {
    dpi: used,
    width: Math.max(1, Math.round((widthPt * used) / 72)),
    height: Math.max(1, Math.round((heightPt * used) / 72)),
  };
}
