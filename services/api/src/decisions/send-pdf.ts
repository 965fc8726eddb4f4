// Sends a PDF the API made or stored (a decision letter, a public version). The file name is ours, never a stored
// one; `inline` lets the browser show a preview, `attachment` makes it a download.
import type { Response } from 'express';

export function sendPdf(
  res: Response,
  bytes: Uint8Array,
  options: { filename: string; disposition: 'inline' | 'attachment' },
): void {
  res.status(200);
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Length', String(bytes.byteLength));
  res.setHeader(
    'Content-Disposition',
    `${options.disposition}; filename="${options.filename.replace(/[^\w.-]/g, '_')}"`,
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(Buffer.from(bytes));
}
