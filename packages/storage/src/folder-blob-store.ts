import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertValidBlobKey, BlobNotFoundError, type BlobStore } from './blob-store.js';

/**
 * Blobs as files below `root`. Writes go to a temporary file first and are renamed into place, so a reader never
 * sees half a file and a crash leaves no corrupt blob.
 */
export function createFolderBlobStore(root: string): BlobStore {
  const base = resolve(root);
  const pathOf = (key: string) => {
    assertValidBlobKey(key);
    return join(base, key);
  };
  const missing = (error: unknown): boolean => (error as NodeJS.ErrnoException)?.code === 'ENOENT';

  return {
    async put(key, content) {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${randomUUID()}.partial`;
      const hash = createHash('sha256');
      let byteSize = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          byteSize += chunk.length;
          callback(null, chunk);
        },
      });
      const source = content instanceof Uint8Array ? Readable.from([Buffer.from(content)]) : content;
      try {
        await pipeline(source, measure, createWriteStream(temporary));
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return { byteSize, sha256: hash.digest('hex') };
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (missing(error)) throw new BlobNotFoundError(key);
        throw error;
      }
    },
    async stream(key) {
      const path = pathOf(key);
      try {
        await stat(path);
      } catch (error) {
        if (missing(error)) throw new BlobNotFoundError(key);
        throw error;
      }
      return createReadStream(path);
    },
    async exists(key) {
      try {
        await stat(pathOf(key));
        return true;
      } catch (error) {
        if (missing(error)) return false;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
