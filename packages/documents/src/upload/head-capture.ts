// Keeps the first bytes of a stream as it flows by, so the type can be decided from the content of a file that is
// streamed to the blob store and never held in memory as a whole.
import { Transform } from 'node:stream';

/** Enough for every signature `detectFileType` looks at (it reads at most the first 4 KiB). */
export const SNIFF_BYTES = 4096;

export interface HeadCapture {
  /** Put this in the pipeline; it passes every chunk on unchanged. */
  readonly stream: Transform;
  /** The first bytes seen so far (at most `limit`). */
  head(): Buffer;
}

export function captureHead(limit = SNIFF_BYTES): HeadCapture {
  const chunks: Buffer[] = [];
  let kept = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (kept < limit) {
        const part = chunk.subarray(0, limit - kept);
        chunks.push(Buffer.from(part));
        kept += part.length;
      }
      callback(null, chunk);
    },
  });
  return { stream, head: () => Buffer.concat(chunks) };
}
