export { assertValidBlobKey, BlobNotFoundError, type BlobStore } from './blob-store.js';
export { createFolderBlobStore } from './folder-blob-store.js';
export { blobOnce, type BlobOnce } from './blob-once.js';
