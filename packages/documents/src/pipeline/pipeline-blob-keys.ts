// Blob keys of what the pipeline makes. Built from ids only, never from file names or personal data.

/** The page image the review UI shows (a JPEG of the ORIGINAL page: internal, never published). */
export function pageRenderBlobKey(documentId: string, pageNumber: number): string {
  return `documents/${documentId}/pages/${pageNumber}.jpg`;
}

/** The redacted public version made from one review revision. */
export function publicVersionBlobKey(documentId: string, revision: number): string {
  return `documents/${documentId}/public/r${revision}.pdf`;
}
