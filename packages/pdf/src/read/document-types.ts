// One interface for every readable document — PDF, PNG, JPEG, (multi-page) TIFF — so rendering, the text layer and
// OCR never care what the upload was.
//
// Coordinates: every size and box is in PDF points (1/72 inch) from the TOP-LEFT of the page AS DISPLAYED (after
// /Rotate and with the CropBox as the page), x to the right, y downwards. A page rendered at `dpi` maps a point
// (x, y) to the pixel (x × dpi / 72, y × dpi / 72). For an image, one pixel is 72 / imageDpi points, where imageDpi is
// the resolution the file declares (PNG pHYs, JPEG JFIF, TIFF XResolution) when it is plausible (50–2400), else 300:
// the resolution of a typical office scan, so an A4 scan without a declared resolution comes out as A4.
import type { Canvas } from '@napi-rs/canvas';
import type { PageText } from '@woo/domain';

export type ReadableKind = 'pdf' | 'png' | 'jpeg' | 'tiff';

export interface RenderOptions {
  /** Pixels per inch. Lowered when the page would exceed `maxRenderPixels`; the result says what was used. */
  dpi: number;
}

export interface RenderedPage {
  /** Pixel size. */
  width: number;
  height: number;
  /** Pixels per inch actually used: pixel = point × dpi / 72. */
  dpi: number;
  /** A fresh canvas owned by the caller: paint on it (e.g. redaction boxes), then encode. */
  canvas: Canvas;
  png(): Promise<Buffer>;
  /** quality 0–100, default 85. */
  jpeg(quality?: number): Promise<Buffer>;
  /** The pixels as RGBA, row by row. */
  rgba(): Uint8ClampedArray;
  /**
   * The page as an 8-bit grey PGM (P5): what the OCR reads fastest — no PNG to compress here and to decompress in
   * WebAssembly there (about half a second of CPU per A4 page at 300 dpi), and tesseract reads in grey anyway.
   */
  grey(): Buffer;
}

export interface DocumentPage {
  /** 1-based. */
  pageNumber: number;
  /** Size as displayed, in points. */
  widthPt: number;
  heightPt: number;
  /** The page's /Rotate (0, 90, 180 or 270); already applied to the sizes, the render and the word boxes. */
  rotation: 0 | 90 | 180 | 270;
  render(options: RenderOptions): Promise<RenderedPage>;
  /** The words of the embedded text layer with their boxes; null when the page has no text (so it needs OCR). */
  textLayer(): Promise<PageText | null>;
  /** Share (0–1) of the page covered by images: 1 for an image file, about 1 for a scanned PDF page. */
  imageCoverage(): Promise<number>;
  /**
   * Lets go of what reading the page keeps in memory (pdf.js's operator list and decoded images, a decoded image
   * file's bitmap) once the page is done with, in a document that stays open for other pages; a read still running
   * keeps it until it ends. The page can still be read afterwards, from the start.
   */
  release(): void;
}

export interface OpenedDocument {
  kind: ReadableKind;
  mediaType: string;
  pageCount: number;
  /** 1-based page number; throws a RangeError outside 1..pageCount. */
  page(pageNumber: number): Promise<DocumentPage>;
  /** Frees the parser's memory; the document cannot be used afterwards. */
  close(): Promise<void>;
}
