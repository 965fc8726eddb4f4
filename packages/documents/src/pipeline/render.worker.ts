// A render thread (started by render-threads.ts): does each task it is sent (render-tasks.ts) and answers with the
// bytes it made, or with why it could not. Review images open their original with the limits the thread was started
// with. One task at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { isDocumentReadError, type DocumentLimits } from '@woo/pdf';
import type { RenderReply, ThreadError } from './render-threads.js';
import { runRenderTask, type RenderTask } from './render-tasks.js';

const port = parentPort;
if (!port) throw new Error('render.worker.ts runs as a worker thread (render-threads.ts starts it)');
const limits = workerData as DocumentLimits;

function threadError(error: unknown): ThreadError {
  if (isDocumentReadError(error)) {
    return { kind: 'document_read', code: error.code, nl: error.nl, en: error.en, details: error.details };
  }
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
  return { kind: 'error', name, message, ...(stack !== undefined && { stack }) };
}

port.on('message', async (task: RenderTask) => {
  let reply: RenderReply;
  try {
    reply = { ok: true, bytes: await runRenderTask(task, limits) };
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
