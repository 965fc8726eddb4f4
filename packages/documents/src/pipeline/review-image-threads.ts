// The review images are drawn in a few worker threads of the API process, never on its main thread: drawing a page
// is synchronous work (about 0.1 s of CPU for a text page, more for a large scan) that would stop every other request
// while it runs. At most `threads` renders run at once and at most `queue` wait for a thread; one more is refused at
// once (ReviewImagesBusyError, which the API answers with 503 and Retry-After) instead of piling up.
//
// A thread starts on the first render that needs it and is kept for the next ones (loading pdf.js takes longer than
// drawing a page). The original is read only when a thread is free, so waiting renders hold no file in memory.
// close() stops every thread; an idle thread does not keep the process alive (a busy one does, until its answer).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DocumentReadError, type DocumentLimits, type DocumentReadErrorCode } from '@woo/pdf';

export interface ReviewImageThreadsOptions {
  /** Renders at the same time, each in a thread of its own. */
  threads: number;
  /** Renders that may wait for a free thread; the next one is refused. */
  queue: number;
  /** The limits the original is opened with (the workers' DOCUMENT_MAX_*): the thread checks them, as ingest did. */
  limits: DocumentLimits;
}

/** Every thread is busy and the queue is full: ask again in a moment. */
export class ReviewImagesBusyError extends Error {
  constructor() {
    super('Every review-image thread is busy and the queue is full');
    this.name = 'ReviewImagesBusyError';
  }
}

/** The renders were stopped (the app is closing). */
export class ReviewImagesClosedError extends Error {
  constructor() {
    super('The review-image threads are closed');
    this.name = 'ReviewImagesClosedError';
  }
}

export interface ReviewImageThreads {
  /**
   * Renders page `pageNumber` of the original that `load` reads, in a thread. `load` runs once a thread is free; the
   * bytes it returns are handed over to the thread (moved, not copied, when they fill their own buffer).
   */
  render(load: () => Promise<Uint8Array>, pageNumber: number): Promise<Buffer>;
  /** Threads running now (started and not yet stopped). */
  readonly liveThreads: number;
  /** Refuses the waiting renders, stops the running ones and every thread. */
  close(): Promise<void>;
}

// What the main thread and a review-image thread say to each other (one render at a time per thread).
export interface RenderRequest {
  original: Uint8Array;
  pageNumber: number;
}
export type ThreadError =
  | { kind: 'document_read'; code: DocumentReadErrorCode; nl: string; en: string; details: Record<string, unknown> }
  | { kind: 'error'; name: string; message: string; stack?: string };
export type RenderReply = { ok: true; jpeg: Uint8Array } | { ok: false; error: ThreadError };

const workerUrl = new URL('./review-image.worker.ts', import.meta.url);

// The project runs TypeScript through tsx (`node --import tsx`, infra/local/start.ts); a thread needs the loader too.
// It gets the process's own flags plus the tsx loader (the same module when the process already has it).
let execArgv: string[] | undefined;
function threadExecArgv(): string[] {
  execArgv ??= [...process.execArgv, '--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
  return execArgv;
}

/** The error a thread reported, as the main thread's own class: a file that cannot be read stays a DocumentReadError. */
function errorFromThread(error: ThreadError): Error {
  if (error.kind === 'document_read') {
    return new DocumentReadError(error.code, { nl: error.nl, en: error.en }, error.details);
  }
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

interface Thread {
  worker: Worker;
  /** The render this thread is doing. */
  current: { resolve(jpeg: Buffer): void; reject(error: Error): void } | null;
}

interface WaitingRender {
  load: () => Promise<Uint8Array>;
  pageNumber: number;
  resolve(jpeg: Buffer): void;
  reject(error: unknown): void;
}

export function createReviewImageThreads(options: ReviewImageThreadsOptions): ReviewImageThreads {
  if (!Number.isInteger(options.threads) || options.threads < 1) throw new Error('threads must be 1 or more');
  if (!Number.isInteger(options.queue) || options.queue < 0) throw new Error('queue must be 0 or more');
  const live = new Set<Thread>();
  const idle: Thread[] = [];
  const waiting: WaitingRender[] = [];
  /** Renders holding a thread: reading their original or drawing. */
  let running = 0;
  let closed = false;

  function startThread(): Thread {
    const worker = new Worker(workerUrl, { workerData: options.limits, execArgv: threadExecArgv() });
    worker.unref();
    const thread: Thread = { worker, current: null };
    live.add(thread);
    worker.on('message', (reply: RenderReply) => {
      const current = thread.current;
      thread.current = null;
      if (!current) return;
      worker.unref();
      idle.push(thread);
      if (reply.ok) current.resolve(Buffer.from(reply.jpeg.buffer, reply.jpeg.byteOffset, reply.jpeg.byteLength));
      else current.reject(errorFromThread(reply.error));
    });
    // An error the thread did not catch (it failed to start, or crashed): its render fails, the thread is gone.
    worker.on('error', (error) => {
      thread.current?.reject(error);
      thread.current = null;
    });
    worker.on('exit', (code) => {
      live.delete(thread);
      const at = idle.indexOf(thread);
      if (at >= 0) idle.splice(at, 1);
      thread.current?.reject(
        closed ? new ReviewImagesClosedError() : new Error(`review-image thread stopped (${code})`),
      );
      thread.current = null;
    });
    return thread;
  }

  function onThread(original: Uint8Array, pageNumber: number): Promise<Buffer> {
    if (closed) return Promise.reject(new ReviewImagesClosedError());
    const thread = idle.pop() ?? startThread();
    return new Promise((resolve, reject) => {
      thread.current = { resolve, reject };
      thread.worker.ref();
      // A buffer of its own moves to the thread instead of being copied (an original may be 200 MB); a slice of a
      // shared pool is copied.
      const own = original.byteOffset === 0 && original.byteLength === original.buffer.byteLength;
      const request: RenderRequest = { original, pageNumber };
      try {
        thread.worker.postMessage(request, own && original.buffer instanceof ArrayBuffer ? [original.buffer] : []);
      } catch (error) {
        thread.current = null;
        thread.worker.unref();
        idle.push(thread);
        reject(error as Error);
      }
    });
  }

  async function run(render: WaitingRender): Promise<void> {
    running += 1;
    try {
      render.resolve(await onThread(await render.load(), render.pageNumber));
    } catch (error) {
      render.reject(error);
    } finally {
      running -= 1;
      const next = waiting.shift();
      if (next) void run(next);
    }
  }

  return {
    render(load, pageNumber) {
      return new Promise<Buffer>((resolve, reject) => {
        const render = { load, pageNumber, resolve, reject };
        if (closed) reject(new ReviewImagesClosedError());
        else if (running < options.threads) void run(render);
        else if (waiting.length < options.queue) waiting.push(render);
        else reject(new ReviewImagesBusyError());
      });
    },
    get liveThreads() {
      return live.size;
    },
    async close() {
      closed = true;
      for (const render of waiting.splice(0)) render.reject(new ReviewImagesClosedError());
      await Promise.all([...live].map((thread) => thread.worker.terminate()));
    },
  };
}
