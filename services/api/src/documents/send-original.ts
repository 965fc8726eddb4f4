// Streams a document's original file to the browser as a download. The stored name is data: it goes in the header
// only encoded (RFC 6266 / 5987), and the browser is told not to guess a type or render the file in our origin.
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import { originalBlobKeyOf } from '@woo/documents';
import type { Document } from '@woo/db';
import type { BlobStore } from '@woo/storage';

function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export async function sendOriginal(res: Response, blobs: BlobStore, document: Document): Promise<void> {
  const stream = await blobs.stream(originalBlobKeyOf(document));
  res.status(200);
  res.setHeader('Content-Type', document.mediaType);
  res.setHeader('Content-Length', String(document.byteSize));
  res.setHeader('Content-Disposition', contentDisposition(document.originalFilename));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cache-Control', 'private, no-store');
  try {
    await pipeline(stream, res);
  } catch {
    // The client went away or the store failed mid-way; the headers are gone, so only the connection can say so.
    res.destroy();
  }
}
