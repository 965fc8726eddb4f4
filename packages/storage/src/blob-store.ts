import type { Readable } from 'node:stream';

/**
 * Where document bytes live: originals, rendered pages, public (redacted) versions. A folder by default; an
 * S3-compatible store in production implements the same interface. Keys are opaque, made by the caller from ids
 * (e.g. `documents/<documentId>/original`), never from file names or personal data.
 */
export interface BlobStore {
  /** Stores a stream under `key` (replacing what was there) and returns its size and SHA-256. */
  put(key: string, content: Readable | Uint8Array): Promise<{ byteSize: number; sha256: string }>;
  /** The whole blob. Throws `BlobNotFoundError` when it does not exist. */
  get(key: string): Promise<Buffer>;
  /** A stream of the blob, for large files and downloads. */
  stream(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

export class BlobNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No blob stored under "${key}"`);
    this.name = 'BlobNotFoundError';
  }
}

const keyPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Keys are paths of safe segments: no "..", no leading slash, nothing a folder store could escape with. */
export function assertValidBlobKey(key: string): void {
  if (!keyPattern.test(key) || key.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new Error(`Invalid blob key "${key}"`);
  }
}
