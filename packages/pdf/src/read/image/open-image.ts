// A PNG, JPEG or (multi-page) TIFF behind the OpenedDocument interface: each image or TIFF page is one page, with no
// text layer. Sizes are checked from the header before anything is decoded; a page is decoded when first rendered.
import { createCanvas, ImageData, loadImage } from '@napi-rs/canvas';
import type { Canvas, Image } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { documentReadErrors } from '../../errors/document-read-error.js';
import type { DocumentLimits } from '../document-limits.js';
import type { DocumentPage, OpenedDocument } from '../document-types.js';
import { renderedPage } from '../rendered-page.js';
import { renderSize } from '../render-size.js';
import { readJpegHeader, readPngHeader, readTiffFrames, toArrayBuffer } from './image-header.js';
import type { ImageFrameInfo } from './image-header.js';

/** Resolution assumed when an image declares none (or an implausible one): a typical office scan. */
export const DEFAULT_IMAGE_DPI = 300;
const PLAUSIBLE_DPI = { min: 50, max: 2400 };

export function effectiveDpi(declared: number | undefined): number {
  return declared !== undefined && declared >= PLAUSIBLE_DPI.min && declared <= PLAUSIBLE_DPI.max
    ? declared
    : DEFAULT_IMAGE_DPI;
}

const MEDIA_TYPES = { png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' } as const;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function openImage(
  bytes: Uint8Array,
  kind: 'png' | 'jpeg' | 'tiff',
  limits: DocumentLimits,
): Promise<OpenedDocument> {
  let frames: ImageFrameInfo[];
  let tiffIfds: UTIF.IFD[] = [];
  if (kind === 'tiff') {
    ({ frames, ifds: tiffIfds } = readTiffFrames(bytes));
  } else {
    frames = [kind === 'png' ? readPngHeader(bytes) : readJpegHeader(bytes)];
  }
  if (frames.length === 0) throw documentReadErrors.noPages();
  if (frames.length > limits.maxPages) throw documentReadErrors.tooManyPages(frames.length, limits.maxPages);
  for (const frame of frames) {
    if (frame.width === 0 || frame.height === 0) throw documentReadErrors.imageCorrupt('image without pixels');
    if (frame.width * frame.height > limits.maxImagePixels) {
      throw documentReadErrors.imageTooLarge(frame.width, frame.height, limits.maxImagePixels);
    }
  }

  // One decoded page at a time: a 500-page TIFF must not hold 500 bitmaps.
  let decoded: { pageNumber: number; image: Image | Canvas } | undefined;
  let closed = false;

  async function decode(pageNumber: number): Promise<Image | Canvas> {
    if (decoded?.pageNumber === pageNumber) return decoded.image;
    const frame = frames[pageNumber - 1] as ImageFrameInfo;
    let image: Image | Canvas;
    try {
      if (kind === 'tiff') {
        const ifd = tiffIfds[pageNumber - 1] as UTIF.IFD;
        const buffer = toArrayBuffer(bytes);
        UTIF.decodeImage(buffer, ifd);
        const rgba = UTIF.toRGBA8(ifd);
        if (rgba.length < frame.width * frame.height * 4) throw new Error('TIFF page has fewer pixels than its size');
        const canvas = createCanvas(frame.width, frame.height);
        const pixels = new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, frame.width * frame.height * 4);
        canvas.getContext('2d').putImageData(new ImageData(pixels, frame.width, frame.height), 0, 0);
        image = canvas;
      } else {
        image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      }
    } catch (error) {
      throw documentReadErrors.imageCorrupt(errorMessage(error));
    }
    decoded = { pageNumber, image };
    return image;
  }

  async function page(pageNumber: number): Promise<DocumentPage> {
    if (closed) throw new Error('the document is closed');
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > frames.length) {
      throw new RangeError(`page ${pageNumber} does not exist (the document has ${frames.length})`);
    }
    const frame = frames[pageNumber - 1] as ImageFrameInfo;
    const dpiX = effectiveDpi(frame.dpiX);
    const dpiY = frame.dpiX === undefined || effectiveDpi(frame.dpiX) !== frame.dpiX ? dpiX : effectiveDpi(frame.dpiY);
    const widthPt = (frame.width * 72) / dpiX;
    const heightPt = (frame.height * 72) / dpiY;
    return {
      pageNumber,
      widthPt,
      heightPt,
      rotation: 0,
      async render({ dpi }) {
        const size = renderSize(widthPt, heightPt, dpi, limits.maxRenderPixels);
        const image = await decode(pageNumber);
        const canvas = createCanvas(size.width, size.height);
        const context = canvas.getContext('2d');
        // White below, as a scan on paper: a transparent PNG must not become black for OCR or JPEG.
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, size.width, size.height);
        context.drawImage(image, 0, 0, size.width, size.height);
        return renderedPage(canvas, size.dpi);
      },
      textLayer: () => Promise.resolve(null),
      imageCoverage: () => Promise.resolve(1),
      release() {
        if (decoded?.pageNumber === pageNumber) decoded = undefined;
      },
    };
  }

  return {
    kind,
    mediaType: MEDIA_TYPES[kind],
    pageCount: frames.length,
    page,
    close: () => {
      closed = true;
      decoded = undefined;
      return Promise.resolve();
    },
  };
}
