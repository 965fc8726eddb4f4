// A page that is nothing but one JPEG picture — a scanned page, or a page of our own public version (the redacted
// picture with an invisible text layer) — is drawn by decoding the JPEG natively (@napi-rs/canvas) instead of with
// pdf.js's JavaScript decoder, which costs about a second of the only main thread per A4 scan and per render.
//
// Only a page that provably shows nothing else takes this path: its content may place the image (q, Q, cm, Do) and
// write text in render mode 3 (invisible: it paints nothing); any other operator, a second image, an annotation,
// an image with a mask, a decode array, other filters or colour spaces, or a JPEG whose components do not match its
// colour space sends the page to pdf.js as before. What is drawn is then exactly what pdf.js would draw.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Canvas } from '@napi-rs/canvas';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { PDFDocument, PDFObject, PDFPageLeaf } from 'pdf-lib';

export type Matrix = [number, number, number, number, number, number];

export interface ImageOnlyPage {
  /** The JPEG as stored in the PDF (DCTDecode is its only filter). */
  jpeg: Uint8Array;
  /** Pixel size the image dictionary declares (and the JPEG has). */
  width: number;
  height: number;
  /** The current transformation matrix when the image was drawn: the unit square onto the page, in user space. */
  matrix: Matrix;
}

/** Text-state operators: they change how text would be shown, never paint. */
const TEXT_STATE = new Set(['BT', 'ET', 'Tf', 'Td', 'TD', 'Tm', 'T*', 'Tc', 'Tw', 'Tz', 'TL', 'Ts']);
/** Text-showing operators: allowed only in render mode 3 (neither fill nor stroke nor clip). */
const TEXT_SHOW = new Set(['Tj', 'TJ', "'", '"']);
const INVISIBLE = 3;

function multiply(m: Matrix, n: Matrix): Matrix {
  // n applied first, then m (PDF's cm: CTM' = n × CTM).
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

type Token = { op: string } | { operand: number | string | null };

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
/** PDF's regular characters (neither white space nor a delimiter), as a table: content streams are long. */
const REGULAR = new Uint8Array(256).map((_, c) =>
  isSpace(c) || '()<>[]{}/%'.includes(String.fromCharCode(c)) ? 0 : 1,
);
const isRegular = (c: number) => REGULAR[c] === 1;

/**
 * The tokens of a content stream: operators and, for the operands we need, numbers and names; strings, arrays and
 * dictionaries become opaque operands. Yields null and stops on anything it does not understand. A generator, so
 * that a text page is given up at its first text operator instead of being read to the end.
 */
export function* contentTokens(bytes: Uint8Array): Generator<Token | null> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i] as number;
    if (isSpace(c)) {
      i += 1;
    } else if (c === 0x25 /* % */) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i += 1;
    } else if (c === 0x2f /* / */) {
      let j = i + 1;
      while (j < n && isRegular(bytes[j] as number)) j += 1;
      yield { operand: text.slice(i, j) };
      i = j;
    } else if (c === 0x28 /* ( */) {
      let depth = 0;
      let j = i;
      for (; j < n; j += 1) {
        const d = bytes[j];
        if (d === 0x5c /* \ */) j += 1;
        else if (d === 0x28) depth += 1;
        else if (d === 0x29 && --depth === 0) break;
      }
      if (j >= n) {
        yield null;
        return;
      }
      yield { operand: null };
      i = j + 1;
    } else if (c === 0x3c /* < */ && bytes[i + 1] === 0x3c) {
      yield null; // a dictionary operand (BDC, BI …): not on our path
      return;
    } else if (c === 0x3c) {
      const j = bytes.indexOf(0x3e, i);
      if (j < 0) {
        yield null;
        return;
      }
      yield { operand: null };
      i = j + 1;
    } else if (c === 0x5b /* [ */ || c === 0x5d /* ] */) {
      // Array brackets only appear as TJ's operand; the array counts as one opaque operand.
      if (c === 0x5b) yield { operand: null };
      i += 1;
    } else if (isRegular(c)) {
      let j = i;
      while (j < n && isRegular(bytes[j] as number)) j += 1;
      const word = text.slice(i, j);
      i = j;
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) yield { operand: Number(word) };
      else if (word === 'true' || word === 'false' || word === 'null') yield { operand: null };
      else yield { op: word };
    } else {
      yield null;
      return;
    }
  }
}

function lookup(document: PDFDocument, object: PDFObject | undefined): PDFObject | undefined {
  return object === undefined ? undefined : document.context.lookup(object);
}

function pageContents(document: PDFDocument, node: PDFPageLeaf): Uint8Array | null {
  const contents = lookup(document, node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => lookup(document, ref)) : [contents];
  const parts: Uint8Array[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) return null;
    try {
      parts.push(decodePDFRawStream(stream).decode());
    } catch {
      return null;
    }
  }
  // Content streams of one page are one stream, split anywhere between tokens: join them with a space.
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
    joined[offset] = 0x20;
    offset += 1;
  }
  return joined;
}

/** The resource dictionary the page inherits (Resources may sit on a parent Pages node). */
function pageResources(document: PDFDocument, node: PDFPageLeaf): PDFDict | undefined {
  let current: PDFObject | undefined = node;
  for (let depth = 0; current instanceof PDFDict && depth < 32; depth += 1) {
    const resources = lookup(document, current.get(PDFName.of('Resources')));
    if (resources instanceof PDFDict) return resources;
    current = lookup(document, current.get(PDFName.of('Parent')));
  }
  return undefined;
}

function nameOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFName ? object.decodeText() : undefined;
}

/** A DCTDecode image pdf.js and a native JPEG decoder show the same: 8-bit grey or RGB, no mask, no decode array. */
function plainJpeg(document: PDFDocument, stream: PDFObject | undefined): Omit<ImageOnlyPage, 'matrix'> | null {
  if (!(stream instanceof PDFRawStream)) return null;
  const dict = stream.dict;
  const get = (key: string) => lookup(document, dict.get(PDFName.of(key)));
  if (nameOf(get('Subtype')) !== 'Image') return null;
  const filter = get('Filter');
  const filters =
    filter instanceof PDFArray ? filter.asArray().map((f) => nameOf(lookup(document, f))) : [nameOf(filter)];
  if (filters.length !== 1 || filters[0] !== 'DCTDecode') return null;
  for (const key of ['DecodeParms', 'SMask', 'Mask', 'Decode', 'ImageMask', 'SMaskInData', 'Alternates', 'OC']) {
    if (dict.has(PDFName.of(key))) return null;
  }
  const bits = get('BitsPerComponent');
  if (!(bits instanceof PDFNumber) || bits.asNumber() !== 8) return null;
  const space = nameOf(get('ColorSpace'));
  const components = space === 'DeviceRGB' ? 3 : space === 'DeviceGray' ? 1 : 0;
  const width = get('Width');
  const height = get('Height');
  if (!components || !(width instanceof PDFNumber) || !(height instanceof PDFNumber)) return null;
  const jpeg = stream.contents;
  const frame = jpegFrame(jpeg);
  if (!frame || frame.components !== components || frame.adobe) return null;
  if (frame.width !== width.asNumber() || frame.height !== height.asNumber()) return null;
  return { jpeg, width: frame.width, height: frame.height };
}

/** Size and component count from the JPEG's frame header; `adobe` when an Adobe APP14 marker (colour transform) is there. */
export function jpegFrame(
  bytes: Uint8Array,
): { width: number; height: number; components: number; adobe: boolean } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  let adobe = false;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] as number;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = ((bytes[offset + 2] as number) << 8) | (bytes[offset + 3] as number);
    if (marker === 0xee) adobe = true;
    // Baseline and progressive Huffman frames only (C0, C1, C2): what every decoder reads alike.
    if (marker === 0xc0 || marker === 0xc1 || marker === 0xc2) {
      const s = offset + 4;
      if (s + 6 > bytes.length) return null;
      return {
        height: ((bytes[s + 1] as number) << 8) | (bytes[s + 2] as number),
        width: ((bytes[s + 3] as number) << 8) | (bytes[s + 4] as number),
        components: bytes[s + 5] as number,
        adobe,
      };
    }
    if ((marker >= 0xc3 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) || marker === 0xda)
      return null;
    offset += 2 + length;
  }
  return null;
}

/** The page's one image and where it goes, when the page shows nothing else; otherwise null. */
export function imageOnlyPage(document: PDFDocument, pageIndex: number): ImageOnlyPage | null {
  const node = document.getPage(pageIndex).node;
  const annots = lookup(document, node.get(PDFName.of('Annots')));
  if (annots instanceof PDFArray ? annots.size() > 0 : annots !== undefined) return null;
  // No XObject, no picture: a text page is given up before its content is read.
  const xobjects = lookup(document, pageResources(document, node)?.get(PDFName.of('XObject')));
  if (!(xobjects instanceof PDFDict)) return null;
  const contents = pageContents(document, node);
  if (!contents) return null;

  let state = { ctm: [1, 0, 0, 1, 0, 0] as Matrix, renderMode: 0 };
  const saved: (typeof state)[] = [];
  let operands: (number | string | null)[] = [];
  let found: ImageOnlyPage | null = null;
  for (const token of contentTokens(contents)) {
    if (!token) return null;
    if ('operand' in token) {
      operands.push(token.operand);
      continue;
    }
    const { op } = token;
    if (op === 'q') saved.push({ ...state });
    else if (op === 'Q') {
      const restored = saved.pop();
      if (!restored) return null;
      state = restored;
    } else if (op === 'cm') {
      if (operands.length !== 6 || !operands.every((o) => typeof o === 'number')) return null;
      state.ctm = multiply(state.ctm, operands as Matrix);
    } else if (op === 'Do') {
      const name = operands[0];
      if (found || operands.length !== 1 || typeof name !== 'string') return null;
      const image = plainJpeg(document, lookup(document, xobjects.get(PDFName.of(name.slice(1)))));
      if (!image) return null;
      found = { ...image, matrix: state.ctm };
    } else if (op === 'Tr') {
      if (operands.length !== 1 || typeof operands[0] !== 'number') return null;
      state.renderMode = operands[0];
    } else if (TEXT_SHOW.has(op)) {
      if (state.renderMode !== INVISIBLE) return null;
    } else if (!TEXT_STATE.has(op)) {
      return null;
    }
    operands = [];
  }
  return found;
}

/**
 * Draws the page as pdf.js would: white paper, then the image's unit square through the page's matrix and the
 * viewport's (which applies /Rotate, the CropBox and the scale).
 */
export async function drawImageOnlyPage(
  page: ImageOnlyPage,
  viewportTransform: readonly number[],
  width: number,
  height: number,
): Promise<Canvas> {
  const image = await loadImage(Buffer.from(page.jpeg.buffer, page.jpeg.byteOffset, page.jpeg.byteLength));
  if (image.width !== page.width || image.height !== page.height) {
    throw new Error(`the JPEG decoded to ${image.width}×${image.height}, not ${page.width}×${page.height}`);
  }
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = viewportTransform;
  // The caller paints on this canvas in pixels (redaction boxes): it gets it back without our transform.
  context.save();
  context.setTransform(a, b, c, d, e, f);
  context.transform(...page.matrix);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.scale(1 / page.width, -1 / page.height);
  context.drawImage(image, 0, -page.height, page.width, page.height);
  context.restore();
  return canvas;
}
