// The pixel size of a PNG from its IHDR chunk, to turn OCR pixel boxes into points without decoding the image.
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || !signature.every((byte, i) => png[i] === byte)) {
    throw new TypeError('OCR input must be a PNG image');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
