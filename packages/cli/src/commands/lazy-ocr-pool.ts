// An OCR pool that starts only when a page needs it: redacting or verifying a PDF with a text layer on every page
// never pays the start-up of tesseract. One worker: the CLI handles one document.
import { createOcrPool } from '@woo/ocr';
import type { OcrPool } from '@woo/ocr';
import type { PageText } from '@woo/domain';

export interface LazyOcrPool {
  readonly size: number;
  recognize(png: Buffer, options: { dpi: number; page?: number }): Promise<PageText>;
  /** Stops the workers if they were started. */
  close(): Promise<void>;
}

export function lazyOcrPool(): LazyOcrPool {
  let pool: Promise<OcrPool> | undefined;
  return {
    size: 1,
    async recognize(png, options) {
      pool ??= createOcrPool({ size: 1 });
      return (await pool).recognize(png, options);
    },
    async close() {
      if (pool) await (await pool).close();
    },
  };
}
