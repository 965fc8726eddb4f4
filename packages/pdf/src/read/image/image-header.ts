// Image size and resolution read from the header alone, so a 30,000 × 30,000 image is refused before a single pixel
// is decoded (decoding it would need 3.6 GB).
import UTIF from 'utif2';
import { documentReadErrors } from '../../errors/document-read-error.js';

export interface ImageFrameInfo {
  width: number;
  height: number;
  /** Horizontal and vertical resolution the file declares, when it declares one. */
  dpiX?: number;
  dpiY?: number;
}

const INCH_PER_METRE = 0.0254;

function u32(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset);
}

function u16(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(offset);
}

/** PNG: IHDR is the first chunk; pHYs (pixels per metre) may follow before the image data. */
export function readPngHeader(bytes: Uint8Array): ImageFrameInfo {
  if (bytes.length < 33 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') {
    throw documentReadErrors.imageCorrupt('PNG without IHDR');
  }
  const info: ImageFrameInfo = { width: u32(bytes, 16), height: u32(bytes, 20) };
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = u32(bytes, offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'IDAT' || type === 'IEND') break;
    if (type === 'pHYs' && length >= 9 && offset + 17 <= bytes.length && bytes[offset + 16] === 1) {
      info.dpiX = u32(bytes, offset + 8) * INCH_PER_METRE;
      info.dpiY = u32(bytes, offset + 12) * INCH_PER_METRE;
    }
    offset += 12 + length;
  }
  return info;
}

/** JPEG: walk the markers up to the first start-of-frame; JFIF (APP0) carries the density. */
export function readJpegHeader(bytes: Uint8Array): ImageFrameInfo {
  let offset = 2;
  let dpiX: number | undefined;
  let dpiY: number | undefined;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) throw documentReadErrors.imageCorrupt('JPEG marker expected');
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    const length = u16(bytes, offset + 2);
    const segment = offset + 4;
    if (marker === 0xe0 && length >= 14 && String.fromCharCode(...bytes.subarray(segment, segment + 4)) === 'JFIF') {
      const units = bytes[segment + 7];
      const x = u16(bytes, segment + 8);
      const y = u16(bytes, segment + 10);
      if (units === 1) [dpiX, dpiY] = [x, y];
      if (units === 2) [dpiX, dpiY] = [x * 2.54, y * 2.54];
    }
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (segment + 5 > bytes.length) break;
      const info: ImageFrameInfo = { height: u16(bytes, segment + 1), width: u16(bytes, segment + 3) };
      if (dpiX !== undefined && dpiY !== undefined) Object.assign(info, { dpiX, dpiY });
      return info;
    }
    if (marker === 0xda || marker === 0xd9) break; // scan data or end before any frame header
    offset += 2 + length;
  }
  throw documentReadErrors.imageCorrupt('JPEG without a frame header');
}

/** A tag's first value; utif2 gives rationals as [numerator, denominator]. */
function tiffNumber(value: unknown): number | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (Array.isArray(first)) {
    const [numerator, denominator] = first as unknown[];
    return typeof numerator === 'number' && typeof denominator === 'number' && denominator !== 0
      ? numerator / denominator
      : undefined;
  }
  return typeof first === 'number' && Number.isFinite(first) ? first : undefined;
}

/** TIFF: every page (IFD) with its size; utif2 parses the directories without decoding any strip. */
export function readTiffFrames(bytes: Uint8Array): { ifds: UTIF.IFD[]; frames: ImageFrameInfo[] } {
  let ifds: UTIF.IFD[];
  try {
    ifds = UTIF.decode(toArrayBuffer(bytes));
  } catch (error) {
    throw documentReadErrors.imageCorrupt(error instanceof Error ? error.message : String(error));
  }
  // Sub-IFDs (thumbnails, EXIF) are not pages: UTIF.decode lists only the main chain.
  const frames = ifds.map((ifd) => {
    const width = tiffNumber(ifd['t256']);
    const height = tiffNumber(ifd['t257']);
    if (width === undefined || height === undefined) throw documentReadErrors.imageCorrupt('TIFF page without size');
    const info: ImageFrameInfo = { width, height };
    const unit = tiffNumber(ifd['t296']) ?? 2; // 2 = inch (the default), 3 = centimetre
    const x = tiffNumber(ifd['t282']);
    const y = tiffNumber(ifd['t283']);
    const factor = unit === 3 ? 2.54 : unit === 2 ? 1 : undefined;
    if (factor !== undefined && x !== undefined) {
      info.dpiX = x * factor;
      info.dpiY = (y ?? x) * factor;
    }
    return info;
  });
  return { ifds, frames };
}

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
