// For tests of the render threads: a blob store whose reads are counted per key and whose read of one chosen key
// waits until the test lets it go (an original held this way keeps the one render thread busy), and the number of
// worker threads this process has.
import type { BlobStore } from '@woo/storage';

export interface HeldRead {
  /** Resolves once the held key is being read. */
  reached: Promise<void>;
  /** Lets the read go on (and holds nothing after it). */
  release(): void;
}

export interface HeldBlobReads {
  /** Wraps a store (the harness's `wrapBlobs`). */
  wrap(blobs: BlobStore): BlobStore;
  /** Reads of `key` so far. */
  readsOf(key: string): number;
  /** Holds the next read of `key` until release() is called. */
  hold(key: string): HeldRead;
}

export function heldBlobReads(): HeldBlobReads {
  const reads = new Map<string, number>();
  let held: { key: string; reached(): void; released: Promise<void> } | null = null;
  return {
    wrap: (blobs) => ({
      ...blobs,
      async get(key) {
        reads.set(key, (reads.get(key) ?? 0) + 1);
        if (held?.key === key) {
          held.reached();
          await held.released;
        }
        return blobs.get(key);
      },
    }),
    readsOf: (key) => reads.get(key) ?? 0,
    hold(key) {
      let reached = () => {};
      let release = () => {};
      const reachedNow = new Promise<void>((resolve) => (reached = resolve));
      held = { key, reached, released: new Promise<void>((resolve) => (release = resolve)) };
      return {
        reached: reachedNow,
        release: () => {
          held = null;
          release();
        },
      };
    },
  };
}

/** The worker threads of this process, as Node's diagnostic report lists them. */
export function threadsOfProcess(): number {
  return (process.report.getReport() as { workers: unknown[] }).workers.length;
}
