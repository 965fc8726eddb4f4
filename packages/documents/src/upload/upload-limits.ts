// How much one upload request may bring. Read from configuration by the API (UPLOAD_MAX_FILE_BYTES,
// UPLOAD_MAX_FILES); ingest checks the size again with the document limits.
export interface UploadLimits {
  /** Largest single file, in bytes. */
  maxFileBytes: number;
  /** Most files in one request. */
  maxFiles: number;
}

export const defaultUploadLimits: UploadLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxFiles: 50,
};
