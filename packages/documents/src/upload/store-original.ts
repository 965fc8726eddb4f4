// Streams one file into the blob store under its document's key. The blob store measures size and SHA-256 on the
// way; the first bytes are kept to decide the type by content. Nothing here holds the whole file in memory.
import { pipeline, type Readable } from 'node:stream';
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
  // pipeline, not pipe: an upload that breaks off must fail the blob write (which then leaves no partial file).
  const measured = pipeline(content, head.stream, () => undefined);
  const stored = await blobs.put(blobKey, measured);
  return { documentId, blobKey, ...stored, detected: detectFileType(head.head()) };
}
