// Page images and previews are drawn in a few worker threads of the API process, never on its main thread: drawing a
// page is synchronous work (about 0.1 s of CPU for a text page, more for a large scan, a burn-in one such render per
// page) that would stop every other request while it runs. One pool does every kind of task (render-tasks.ts: the
// review screen's images, the third party's preview PDF and its page images). At most `threads` tasks run at once
// and at most `queue` wait for a thread; one more is refused at once (RenderThreadsBusyError, which the API answers
// with 503 and Retry-After) instead of piling up.
//
// A thread starts on the first task that needs it, or earlier through warm(), and is kept for the next ones (starting
// one, with the tsx loader and pdf.js, takes longer than drawing a page). A task's input is read only when a thread is
// free, so waiting tasks hold no file in memory. close() stops every thread; an idle thread does not keep the process
// alive (a busy one does, until its answer).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DocumentReadError, type DocumentLimits, type DocumentReadErrorCode } from '@woo/pdf';
import { movableBytesOf, type RenderTask } from './render-tasks.js';

export interface RenderThreadsOptions {
  /** Tasks at the same time, each in a thread of its own. */
  threads: number;
  /** Tasks that may wait for a free thread; the next one is refused. */
  queue: number;
  /** The limits a review image's original is opened with (the workers' DOCUMENT_MAX_*): checked as ingest did. */
  limits: DocumentLimits;
  /**
   * A task still running after this long (a thread's start included) fails with a reason, and its thread is stopped:
   * a file that keeps pdf.js busy for ever must not hold a thread, and with it every later image. Default 2 minutes.
   */
  timeoutMs?: number;
}

export const defaultRenderThreads = { threads: 1, queue: 16 } as const;
const DEFAULT_TIMEOUT_MS = 120_000;

/** The task did not finish in time: said like any other reason a page cannot be drawn. */
function renderTimeout(timeoutMs: number): DocumentReadError {
  const seconds = Math.round(timeoutMs / 1000);
  return new DocumentReadError(
    'document.render_timeout',
    {
      nl: `Het tekenen van deze pagina duurde langer dan ${seconds} seconden en is gestopt. Het bestand is misschien te ingewikkeld.`,
      en: `Drawing this page took longer than ${seconds} seconds and was stopped. The file may be too complex.`,
    },
    { timeoutMs },
  );
}

/** Every thread is busy and the queue is full: ask again in a moment. */
export class RenderThreadsBusyError extends Error {
  constructor() {
    super('Every render thread is busy and the queue is full');
    this.name = 'RenderThreadsBusyError';
  }
}

/** The threads were stopped (the app is closing). */
export class RenderThreadsClosedError extends Error {
  constructor() {
    super('The render threads are closed');
    this.name = 'RenderThreadsClosedError';
  }
}

export interface RenderThreads {
  /**
   * Does the task that `load` makes in a thread and answers with the bytes it made. `load` runs once a thread is free;
   * the original a task carries is handed over to the thread (moved, not copied, when it fills a buffer of its own),
   * so `load` should read it for this task alone.
   */
  run(load: () => Promise<RenderTask>): Promise<Buffer>;
  /**
   * Starts every thread now and loads what drawing needs in it (a warm-up task per thread), so the first real task
   * does not wait seconds for a thread to start. For start-up, before requests arrive: the warm-up tasks take their
   * places in the pool like any other task.
   */
  warm(): Promise<void>;
  /** Threads running now (started and not yet stopped). */
  readonly liveThreads: number;
  /** Refuses the waiting tasks, stops the running ones and every thread. */
  close(): Promise<void>;
}

// What a render thread answers (one task at a time per thread); it is sent the RenderTask itself.
export type ThreadError =
  | { kind: 'document_read'; code: DocumentReadErrorCode; nl: string; en: string; details: Record<string, unknown> }
  | { kind: 'error'; name: string; message: string; stack?: string };
export type RenderReply = { ok: true; bytes: Uint8Array } | { ok: false; error: ThreadError };

const workerUrl = new URL('./render.worker.ts', import.meta.url);

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

/** The buffers to move with the task: the original it carries, when that fills a buffer of its own. */
function transferOf(task: RenderTask): ArrayBuffer[] {
  const bytes = movableBytesOf(task);
  if (!bytes || !(bytes.buffer instanceof ArrayBuffer)) return [];
  // A slice of a shared pool (a small Buffer) is copied, not moved.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return own ? [bytes.buffer] : [];
}

interface Thread {
  worker: Worker;
  /** The task this thread is doing. */
  current: { resolve(bytes: Buffer): void; reject(error: Error): void } | null;
}

interface WaitingTask {
  load: () => Promise<RenderTask>;
  resolve(bytes: Buffer): void;
  reject(error: unknown): void;
}

export function createRenderThreads(options: RenderThreadsOptions): RenderThreads {
  if (!Number.isInteger(options.threads) || options.threads < 1) throw new Error('threads must be 1 or more');
  if (!Number.isInteger(options.queue) || options.queue < 0) throw new Error('queue must be 0 or more');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const live = new Set<Thread>();
  const idle: Thread[] = [];
  const waiting: WaitingTask[] = [];
  /** Tasks holding a thread: loading their input or running. */
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
      if (reply.ok) current.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else current.reject(errorFromThread(reply.error));
    });
    // An error the thread did not catch (it failed to start, or crashed): its task fails, the thread is gone.
    worker.on('error', (error) => {
      thread.current?.reject(error);
      thread.current = null;
    });
    worker.on('exit', (code) => {
      live.delete(thread);
      const at = idle.indexOf(thread);
      if (at >= 0) idle.splice(at, 1);
      thread.current?.reject(closed ? new RenderThreadsClosedError() : new Error(`render thread stopped (${code})`));
      thread.current = null;
    });
    return thread;
  }

  function onThread(task: RenderTask): Promise<Buffer> {
    if (closed) return Promise.reject(new RenderThreadsClosedError());
    const thread = idle.pop() ?? startThread();
    return new Promise((resolve, reject) => {
      const current = {
        resolve: (bytes: Buffer) => {
          clearTimeout(timer);
          resolve(bytes);
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      // Too slow: the task fails and the thread is stopped (its exit takes it out of the pool; a new one starts later).
      const timer = setTimeout(() => {
        if (thread.current !== current) return;
        thread.current = null;
        current.reject(renderTimeout(timeoutMs));
        void thread.worker.terminate();
      }, timeoutMs);
      thread.current = current;
      thread.worker.ref();
      try {
        thread.worker.postMessage(task, transferOf(task));
      } catch (error) {
        thread.current = null;
        thread.worker.unref();
        idle.push(thread);
        current.reject(error as Error);
      }
    });
  }

  async function start(task: WaitingTask): Promise<void> {
    running += 1;
    try {
      task.resolve(await onThread(await task.load()));
    } catch (error) {
      task.reject(error);
    } finally {
      running -= 1;
      const next = waiting.shift();
      if (next) void start(next);
    }
  }

  function run(load: () => Promise<RenderTask>): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const task = { load, resolve, reject };
      if (closed) reject(new RenderThreadsClosedError());
      else if (running < options.threads) void start(task);
      else if (waiting.length < options.queue) waiting.push(task);
      else reject(new RenderThreadsBusyError());
    });
  }

  return {
    run,
    async warm() {
      // Started together, each warm-up task holds a thread until it is done, so each starts (or warms) its own.
      const warmUp = async (): Promise<RenderTask> => ({ kind: 'warm-up' });
      await Promise.all(Array.from({ length: options.threads }, () => run(warmUp)));
    },
    get liveThreads() {
      return live.size;
    },
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) task.reject(new RenderThreadsClosedError());
      await Promise.all([...live].map((thread) => thread.worker.terminate()));
    },
  };
}
