// Image fixtures: a PNG header that claims 30,000 × 30,000 pixels (no pixel data needed: it must be refused from the
// header), a JPEG and a multi-page TIFF written byte by byte.
import { crc32 } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Signature + IHDR (+ IEND): a PNG "of" width × height pixels with no image data. */
export function pngHeaderOnly(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', ihdr),
      pngChunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** A width × height JPEG: white with a black square in the top-left quarter. */
export async function jpegImage(width = 600, height = 400): Promise<Uint8Array> {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#000000';
  context.fillRect(0, 0, width / 2, height / 2);
  return new Uint8Array(await canvas.encode('jpeg', 90));
}

export interface TiffPage {
  width: number;
  height: number;
  /** Grey level of the whole page, 0–255. */
  grey: number;
  dpi: number;
}

/**
 * An uncompressed RGB, little-endian, multi-page TIFF: one IFD per page, chained. Each page is a flat grey so a test
 * can tell the pages apart.
 */
export function multiPageTiff(pages: readonly TiffPage[]): Uint8Array {
  const parts: Buffer[] = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(8, 4); // first IFD right after the header
  parts.push(header);
  pages.forEach((page, index) => {
    const entries = 12;
    const ifdSize = 2 + entries * 12 + 4;
    const bitsOffset = offset + ifdSize;
    const xResOffset = bitsOffset + 6;
    const yResOffset = xResOffset + 8;
    const stripOffset = yResOffset + 8;
    const stripBytes = page.width * page.height * 3;
    const next = index === pages.length - 1 ? 0 : stripOffset + stripBytes;
    const ifd = Buffer.alloc(ifdSize);
    ifd.writeUInt16LE(entries, 0);
    const tags: [tag: number, type: number, count: number, value: number][] = [
      [256, 4, 1, page.width],
      [257, 4, 1, page.height],
      [258, 3, 3, bitsOffset],
      [259, 3, 1, 1], // no compression
      [262, 3, 1, 2], // RGB
      [273, 4, 1, stripOffset],
      [277, 3, 1, 3],
      [278, 4, 1, page.height],
      [279, 4, 1, stripBytes],
      [282, 5, 1, xResOffset],
      [283, 5, 1, yResOffset],
      [296, 3, 1, 2], // inch
    ];
    tags.forEach(([tag, type, count, value], i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(count, at + 4);
      if (type === 3 && count === 1) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    ifd.writeUInt32LE(next, 2 + entries * 12);
    const bits = Buffer.alloc(6);
    [0, 2, 4].forEach((at) => bits.writeUInt16LE(8, at));
    const resolution = Buffer.alloc(16);
    resolution.writeUInt32LE(page.dpi, 0);
    resolution.writeUInt32LE(1, 4);
    resolution.writeUInt32LE(page.dpi, 8);
    resolution.writeUInt32LE(1, 12);
    parts.push(ifd, bits, resolution, Buffer.alloc(stripBytes, page.grey));
    offset = stripOffset + stripBytes;
  });
  return new Uint8Array(Buffer.concat(parts));
}
