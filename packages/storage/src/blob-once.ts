// A blob made once and then kept: the first request makes and stores it, later ones read it, and requests for the same
// key at the same time share one making. For derived images and PDFs (review images, third-party previews) whose key
// names everything they are made from.
import { BlobNotFoundError, type BlobStore } from './blob-store.js';

export type BlobOnce = (key: string, make: () => Promise<Buffer>) => Promise<Buffer>;

export function blobOnce(blobs: BlobStore): BlobOnce {
  const making = new Map<string, Promise<Buffer>>();
  return async (key, make) => {
    try {
      return await blobs.get(key);
    } catch (error) {
      if (!(error instanceof BlobNotFoundError)) throw error;
    }
    let pending = making.get(key);
    if (!pending) {
      pending = make()
        .then(async (bytes) => {
          await blobs.put(key, bytes);
          return bytes;
        })
        .finally(() => making.delete(key));
      making.set(key, pending);
    }
    return pending;
  };
}
