import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blobOnce } from './blob-once.js';
import { createFolderBlobStore } from './folder-blob-store.js';

const folder = mkdtempSync(join(tmpdir(), 'woo-blob-once-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('blobOnce', () => {
  it('makes a blob once for requests at the same time, keeps it, and reads it afterwards', async () => {
    const blobs = createFolderBlobStore(folder);
    const once = blobOnce(blobs);
    let made = 0;
    const make = async () => {
      made += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return Buffer.from('afbeelding');
    };
    const [a, b] = await Promise.all([once('derived/page-1.jpg', make), once('derived/page-1.jpg', make)]);
    expect([a.toString(), b.toString()]).toEqual(['afbeelding', 'afbeelding']);
    expect(made).toBe(1);
    expect((await blobs.get('derived/page-1.jpg')).toString()).toBe('afbeelding');
    // Another process's cache over the same store finds it made.
    expect((await blobOnce(blobs)('derived/page-1.jpg', make)).toString()).toBe('afbeelding');
    expect(made).toBe(1);
  });

  it('stores nothing when making fails, and tries again on the next request', async () => {
    const blobs = createFolderBlobStore(folder);
    const once = blobOnce(blobs);
    await expect(once('derived/broken.jpg', () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
    expect(await blobs.exists('derived/broken.jpg')).toBe(false);
    expect((await once('derived/broken.jpg', async () => Buffer.from('nu wel'))).toString()).toBe('nu wel');
  });
});
