// An OCR pool that starts only when a page needs it: reading, detecting, redacting or verifying a PDF with a text
// layer on every page never pays the start-up of tesseract. One worker by default (`--workers` may ask for more).
import { createOcrPool } from '@woo/ocr';
import type { OcrPool } from '@woo/ocr';
import type { PageText } from '@woo/domain';

export interface LazyOcrPool {
  readonly size: number;
  recognize(png: Buffer, options: { dpi: number; page?: number }): Promise<PageText>;
  /** Stops the workers if they were started. */
  close(): Promise<void>;
}

export function lazyOcrPool(size = 1): LazyOcrPool {
  let pool: Promise<OcrPool> | undefined;
  return {
    size,
    async recognize(png, options) {
      pool ??= createOcrPool({ size });
      return (await pool).recognize(png, options);
    },
    async close() {
      if (pool) await (await pool).close();
    },
  };
}
