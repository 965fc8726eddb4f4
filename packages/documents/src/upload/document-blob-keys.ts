// Where a document's bytes live in the blob store. Keys are made from the document id only — never from the file
// name, which is personal data at times and never safe as a path.
import type { Document } from '@woo/db';

/** The file exactly as it was uploaded (or as it was attached to an e-mail). */
export function originalBlobKey(documentId: string): string {
  return `documents/${documentId}/original`;
}

/**
 * A PDF made from the original when the original itself has no pages to read: an e-mail's headers and body. After
 * ingest `document.blobKey` points here, so every later step reads pages from `blobKey` whatever the upload was.
 */
export function workingBlobKey(documentId: string): string {
  return `documents/${documentId}/working.pdf`;
}

/** The original upload of a document: its working PDF is not what the coordinator uploaded. */
export function originalBlobKeyOf(document: Pick<Document, 'id' | 'blobKey'>): string {
  return document.blobKey === workingBlobKey(document.id) ? originalBlobKey(document.id) : document.blobKey;
}
