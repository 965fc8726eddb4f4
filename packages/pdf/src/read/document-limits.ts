// How much a document may ask of us. Passed in by the caller (ingest reads them from configuration), so one hostile
// file cannot exhaust memory or time: a 30,000 × 30,000 image is refused from its header, before any pixel is decoded.
export interface DocumentLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most pages a document may have. */
  maxPages: number;
  /** Largest image (width × height) we decode: a standalone image, or a TIFF page. */
  maxImagePixels: number;
  /** Largest rendered page (width × height in pixels); a larger request is rendered at a lower dpi. */
  maxRenderPixels: number;
}

export const defaultDocumentLimits: DocumentLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxPages: 2000,
  // 100 megapixels: an A0 scan at 300 dpi is about 140 MP, A3 at 600 dpi about 70 MP.
  maxImagePixels: 100_000_000,
  // 40 megapixels: A4 at 600 dpi (35 MP) still fits.
  maxRenderPixels: 40_000_000,
};
