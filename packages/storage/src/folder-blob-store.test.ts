import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { BlobNotFoundError, createFolderBlobStore } from './index.js';

const root = mkdtempSync(join(tmpdir(), 'woo-blobs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const store = createFolderBlobStore(root);

describe('folder blob store', () => {
  it('stores bytes and streams, and reports size and SHA-256', async () => {
    const bytes = Buffer.from('%PDF-1.7 test');
    const stored = await store.put('documents/a/original', bytes);
    expect(stored).toEqual({ byteSize: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(await store.get('documents/a/original')).toEqual(bytes);

    const streamed = await store.put('documents/b/original', Readable.from([Buffer.from('ab'), Buffer.from('cd')]));
    expect(streamed.byteSize).toBe(4);
    const chunks: Buffer[] = [];
    for await (const chunk of await store.stream('documents/b/original')) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('abcd');
  });

  it('says clearly when a blob does not exist', async () => {
    await expect(store.get('documents/none/original')).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.stream('documents/none/original')).rejects.toBeInstanceOf(BlobNotFoundError);
    expect(await store.exists('documents/none/original')).toBe(false);
  });

  it('deletes, and deleting twice is fine', async () => {
    await store.put('x/y', Buffer.from('1'));
    await store.delete('x/y');
    await store.delete('x/y');
    expect(await store.exists('x/y')).toBe(false);
  });

  it('refuses keys that could leave the folder', async () => {
    for (const key of ['../etc/passwd', '/abs', 'a/../../b', 'a//b', '']) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow(/Invalid blob key/);
    }
  });

  it('leaves no partial file when the source stream fails', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.put('partial/test', failing)).rejects.toThrow('connection reset');
    expect(readdirSync(join(root, 'partial'))).toEqual([]);
  });
});
