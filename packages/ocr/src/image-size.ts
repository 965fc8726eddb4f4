// The pixel size of an OCR input from its header, to turn pixel boxes into points without decoding the image:
// a PNG (IHDR chunk) or a binary PGM (P5, 8-bit grey: what the pipeline hands over, see RenderedPage.grey).
export function imageSize(image: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (image.length >= 24 && signature.every((byte, i) => image[i] === byte)) {
    const view = new DataView(image.buffer, image.byteOffset, image.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  const header = Buffer.from(image.buffer, image.byteOffset, Math.min(image.byteLength, 64)).toString('latin1');
  // P5, width, height, maxval 255, each separated by whitespace (comments are not written by us).
  const pgm = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(header);
  if (pgm) {
    const width = Number(pgm[1]);
    const height = Number(pgm[2]);
    if (width > 0 && height > 0 && image.byteLength >= pgm[0].length + width * height) return { width, height };
  }
  throw new TypeError('OCR input must be a PNG image or an 8-bit grey PGM (P5)');
}
