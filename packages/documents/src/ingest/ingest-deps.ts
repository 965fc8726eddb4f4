import type { DocumentLimits } from '@woo/pdf';
import type { BlobStore } from '@woo/storage';

/** What ingest needs from the process; the worker builds it once from its configuration. */
export interface IngestDeps {
  blobs: BlobStore;
  /** Size, page and pixel limits (DOCUMENT_MAX_PAGES, DOCUMENT_MAX_IMAGE_PIXELS, UPLOAD_MAX_FILE_BYTES). */
  limits: DocumentLimits;
  /**
   * How deep e-mails attached to e-mails are still split into documents (EMAIL_MAX_DEPTH). The uploaded e-mail is
   * depth 0, an e-mail attached to it depth 1; a deeper one fails with a reason.
   */
  maxEmailDepth: number;
}
