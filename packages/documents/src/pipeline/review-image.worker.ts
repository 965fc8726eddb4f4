// A review-image thread (started by review-image-threads.ts): opens each original it is sent with the limits it was
// started with and answers with the JPEG of the page, or with why the page cannot be drawn. One render at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { isDocumentReadError, type DocumentLimits } from '@woo/pdf';
import type { RenderReply, RenderRequest, ThreadError } from './review-image-threads.js';
import { renderReviewImage } from './review-image.js';

const port = parentPort;
if (!port) throw new Error('review-image.worker.ts runs as a worker thread (review-image-threads.ts starts it)');
const limits = workerData as DocumentLimits;

function threadError(error: unknown): ThreadError {
  if (isDocumentReadError(error)) {
    return { kind: 'document_read', code: error.code, nl: error.nl, en: error.en, details: error.details };
  }
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
  return { kind: 'error', name, message, ...(stack !== undefined && { stack }) };
}

port.on('message', async ({ original, pageNumber }: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = { ok: true, jpeg: await renderReviewImage(original, limits, pageNumber) };
  } catch (error) {
    reply = { ok: false, error: threadError(error) };
  }
  try {
    port.postMessage(reply);
  } catch (cloneError) {
    // Details that cannot cross to the main thread: the reason without them.
    const fallback: RenderReply =
      !reply.ok && reply.error.kind === 'document_read'
        ? { ok: false, error: { ...reply.error, details: {} } }
        : { ok: false, error: threadError(cloneError) };
    port.postMessage(fallback);
  }
});
