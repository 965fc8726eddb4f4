// Streams one file into the blob store under its document's key. The blob store measures size and SHA-256 on the
// way; the first bytes are kept to decide the type by content. Nothing here holds the whole file in memory.
import type { Readable } from 'node:stream';
import { detectFileType, type DetectedFileType } from '@woo/pdf';
import type { BlobStore } from '@woo/storage';
import { originalBlobKey } from './document-blob-keys.js';
import { captureHead } from './head-capture.js';

export interface StoredOriginal {
  documentId: string;
  blobKey: string;
  byteSize: number;
  sha256: string;
  /** Decided from the content; the file name plays no part. */
  detected: DetectedFileType;
}

export async function storeOriginal(
  blobs: BlobStore,
  documentId: string,
  content: Readable | Uint8Array,
): Promise<StoredOriginal> {
  const blobKey = originalBlobKey(documentId);
  if (content instanceof Uint8Array) {
    const stored = await blobs.put(blobKey, content);
    return { documentId, blobKey, ...stored, detected: detectFileType(content) };
  }
  const head = captureHead();
  const stored = await blobs.put(blobKey, content.pipe(head.stream));
  return { documentId, blobKey, ...stored, detected: detectFileType(head.head()) };
}
