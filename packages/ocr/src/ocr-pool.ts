// A pool of warm tesseract.js workers (creating one costs 0.25–0.4 s, recognising a 300-dpi page about 1 s), sized
// from configuration. Strictly offline: models from the npm packages on disk, no cache written, nothing fetched.
// Each page has a time limit; a worker that overruns it is terminated and replaced, so one pathological page
// cannot hold a worker for ever.
import type { PageText, PageWord } from '@woo/domain';
import Tesseract from 'tesseract.js';
import { prepareModelFolder } from './language-models.js';
import type { OcrLanguage } from './language-models.js';
import { ocrErrors } from './ocr-errors.js';
import { imageSize } from './image-size.js';

export interface OcrPoolOptions {
  /** Number of workers (one per core is the sweet spot: each worker is single-threaded). */
  size: number;
  /** Default ['nld', 'eng']: the Dutch model first, English too (Dutch alone misread a BSN on a scan in bench/pipeline). */
  languages?: readonly OcrLanguage[];
  /** Time limit per page; default 120 s. */
  pageTimeoutMs?: number;
  /** Folder for the links to the language models; default a folder under the OS temp dir. */
  modelFolder?: string;
}

export interface RecognizeOptions {
  /** Resolution the image was rendered at: pixel boxes become points as px × 72 / dpi. */
  dpi: number;
  /** 1-based page number to put on the result; default 1. */
  page?: number;
  /** Time limit for this page; default the pool's pageTimeoutMs. */
  timeoutMs?: number;
}

export interface OcrPoolStats {
  /** Workers started since the pool was created (a timed-out worker is replaced by a new one). */
  workersStarted: number;
  pagesRecognized: number;
  pagesTimedOut: number;
}

export interface OcrPool {
  readonly size: number;
  /**
   * OCR of one page image — a PNG, or an 8-bit grey PGM (P5), which costs no PNG decoding in WebAssembly — → words
   * with boxes in points from the top-left, confidence 0–1.
   */
  recognize(image: Buffer, options: RecognizeOptions): Promise<PageText>;
  stats(): OcrPoolStats;
  /** Waits for running pages, then stops the workers; queued pages are rejected. */
  close(): Promise<void>;
}

interface Slot {
  worker: Tesseract.Worker;
  dpi: number | undefined;
}

interface Job {
  image: Buffer;
  options: RecognizeOptions;
  resolve: (text: PageText) => void;
  reject: (error: unknown) => void;
}

const DEFAULT_LANGUAGES: readonly OcrLanguage[] = ['nld', 'eng'];
const DEFAULT_TIMEOUT_MS = 120_000;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The words of tesseract's TSV output (level 5 rows: left, top, width, height in pixels, confidence 0–100, text).
 * TSV is the cheapest output that has every word with its box: the JSON tree ("blocks") also walks every symbol
 * and its alternatives, which cost about a tenth of the page's time for nothing we use.
 */
export function wordsFromTsv(tsv: string, scale: number): PageWord[] {
  const words: PageWord[] = [];
  for (const line of tsv.split('\n')) {
    if (!line.startsWith('5\t')) continue;
    const cells = line.split('\t');
    if (cells.length < 12) continue;
    // The text is the last column; a tab inside it cannot occur (tesseract writes words without whitespace).
    const text = cells.slice(11).join('\t').trim();
    if (text === '') continue;
    const [left, top, width, height, confidence] = cells.slice(6, 11).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    words.push({
      text,
      x: round(left * scale),
      y: round(top * scale),
      width: round(width * scale),
      height: round(height * scale),
      confidence: Math.max(0, Math.min(1, confidence / 100)),
    });
  }
  return words;
}

export async function createOcrPool(options: OcrPoolOptions): Promise<OcrPool> {
  const size = Math.floor(options.size);
  if (!(size >= 1)) throw new RangeError(`OCR pool size must be at least 1 (got ${options.size})`);
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  const timeoutMs = options.pageTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const langPath = await prepareModelFolder(languages, options.modelFolder);

  const stats: OcrPoolStats = { workersStarted: 0, pagesRecognized: 0, pagesTimedOut: 0 };
  const newWorker = async (): Promise<Slot> => {
    stats.workersStarted += 1;
    const worker = await Tesseract.createWorker([...languages], Tesseract.OEM.LSTM_ONLY, {
      langPath,
      gzip: true,
      cacheMethod: 'none',
      // A failed job rejects its own promise; without a handler tesseract.js would also throw it globally.
      errorHandler: () => undefined,
    });
    return { worker, dpi: undefined };
  };

  const started = await Promise.allSettled(Array.from({ length: size }, newWorker));
  const idle: Slot[] = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    await Promise.all(idle.map((slot) => slot.worker.terminate().catch(() => undefined)));
    throw ocrErrors.failed(`an OCR worker could not be started: ${String(failure.reason)}`);
  }
  const queue: Job[] = [];
  const running = new Set<Promise<void>>();
  let closed = false;

  /** Recognises one page on one worker; says whether the worker can be kept or must be replaced. */
  async function run(slot: Slot, job: Job): Promise<'keep' | 'replace'> {
    const { image, options: recognizeOptions } = job;
    const scale = 72 / recognizeOptions.dpi;
    const limitMs = recognizeOptions.timeoutMs ?? timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), limitMs);
    });
    try {
      const { width, height } = imageSize(image);
      if (slot.dpi !== recognizeOptions.dpi) {
        // Tells tesseract the real resolution (it guesses otherwise, and warns about it).
        await slot.worker.setParameters({ user_defined_dpi: String(Math.round(recognizeOptions.dpi)) });
        slot.dpi = recognizeOptions.dpi;
      }
      const outcome = await Promise.race([
        slot.worker.recognize(image, {}, { text: false, blocks: false, tsv: true }),
        timedOut,
      ]);
      if (outcome === 'timeout') {
        stats.pagesTimedOut += 1;
        job.reject(ocrErrors.timeout(limitMs));
        return 'replace';
      }
      stats.pagesRecognized += 1;
      job.resolve({
        page: recognizeOptions.page ?? 1,
        width: round(width * scale),
        height: round(height * scale),
        source: 'ocr',
        words: wordsFromTsv(outcome.data.tsv ?? '', scale),
      });
      return 'keep';
    } catch (error) {
      job.reject(error instanceof TypeError ? error : ocrErrors.failed(String(error)));
      return 'keep';
    } finally {
      clearTimeout(timer);
    }
  }

  // Workers that exist (idle or busy). A worker lost for good (its replacement failed to start) lowers it; with
  // none left, waiting pages fail instead of waiting for ever.
  let live = size;

  function pump(): void {
    if (live === 0) for (const job of queue.splice(0)) job.reject(ocrErrors.failed('no OCR worker could be started'));
    while (idle.length > 0 && queue.length > 0) {
      const slot = idle.pop() as Slot;
      const job = queue.shift() as Job;
      const task: Promise<void> = run(slot, job)
        .then(async (verdict) => {
          if (verdict === 'keep' && !closed) {
            idle.push(slot);
            return;
          }
          await slot.worker.terminate().catch(() => undefined);
          if (closed) return;
          try {
            idle.push(await newWorker());
          } catch {
            live -= 1;
          }
        })
        .finally(() => {
          running.delete(task);
          pump();
        });
      running.add(task);
    }
  }

  return {
    size,
    recognize(image, recognizeOptions) {
      if (closed) return Promise.reject(ocrErrors.closed());
      if (!(recognizeOptions.dpi > 0)) return Promise.reject(new RangeError('dpi must be a positive number'));
      return new Promise<PageText>((resolve, reject) => {
        queue.push({ image, options: recognizeOptions, resolve, reject });
        pump();
      });
    },
    stats: () => ({ ...stats }),
    async close() {
      if (closed) return;
      closed = true;
      for (const job of queue.splice(0)) job.reject(ocrErrors.closed());
      await Promise.all(running);
      await Promise.all(idle.splice(0).map((slot) => slot.worker.terminate().catch(() => undefined)));
    },
  };
}
