// The documents a worker process keeps open for its page jobs (PageProcessingDeps.documents). Each page job used to
// read the whole original from the blob store and open it (pdf.js's parse, and for a scanned page pdf-lib's as well)
// for its one page: on a 1,000-page scan about half a second of CPU per page, growing with the document
// (bench/pipeline/large-pdf.ts). The page jobs of one document come together, one after another and a few at once,
// so the document is opened once here, under its blob key, and shared.
//
// Bounded: the document is closed when it has not been used for `idleMs`, and idle documents are closed least
// recently used first while more than `maxDocuments` are open or their originals add up to more than `maxBytes`.
// A document is never closed while a job is reading it (the jobs running at once, WORKER_CONCURRENCY, bound those).
// A blob that is missing or a file that cannot be opened is not kept: every job waiting for it gets the error.
import { defaultDocumentLimits, openDocument, type DocumentLimits, type OpenedDocument } from '@woo/pdf';
import type { BlobStore } from '@woo/storage';

export interface OpenDocumentCacheOptions {
  blobs: BlobStore;
  limits?: DocumentLimits;
  /** Documents kept open at most (default 4); more only while jobs are reading them. */
  maxDocuments?: number;
  /**
   * Bytes of originals kept open at most, counting those in use (default 256 MiB, or the limits' largest file when
   * that is larger, so any one document fits); pdf.js and pdf-lib hold about twice a file's size while it is open.
   * Documents in use are never closed: while several large ones are read at once, they may hold more.
   */
  maxBytes?: number;
  /** An unused document is closed after this many milliseconds (default 60 s). */
  idleMs?: number;
  /** How bytes are opened (default openDocument); a test counts openings and closings with it. */
  open?: (bytes: Uint8Array, limits: DocumentLimits) => Promise<OpenedDocument>;
}

export interface OpenDocumentCache {
  /**
   * Runs `work` on the document stored under `blobKey`, opening it unless it is open already. Throws what reading
   * the blob or opening the file throws (BlobNotFoundError, DocumentReadError).
   */
  use<T>(blobKey: string, work: (document: OpenedDocument) => Promise<T>): Promise<T>;
  /** Documents open now, least recently used first (for tests and logs). */
  openKeys(): string[];
  /** Closes every document (one in use when its work ends); a later use opens again. */
  close(): Promise<void>;
}

interface Entry {
  opening: Promise<OpenedDocument>;
  /** The original's size, once read. */
  bytes: number;
  users: number;
  idleTimer?: NodeJS.Timeout | undefined;
}

export function createOpenDocumentCache(options: OpenDocumentCacheOptions): OpenDocumentCache {
  const { blobs, limits = defaultDocumentLimits, open = openDocument } = options;
  const maxDocuments = options.maxDocuments ?? 4;
  const maxBytes = options.maxBytes ?? Math.max(256 * 1024 * 1024, limits.maxBytes);
  const idleMs = options.idleMs ?? 60_000;
  // Least recently used first: a use moves its entry to the end.
  const entries = new Map<string, Entry>();
  const closing = new Set<Promise<void>>();

  function closeEntry(entry: Entry): void {
    clearTimeout(entry.idleTimer);
    const done = entry.opening
      .then((document) => document.close())
      .catch(() => undefined)
      .finally(() => closing.delete(done));
    closing.add(done);
  }

  function remove(key: string, entry: Entry): void {
    if (entries.get(key) !== entry) return;
    entries.delete(key);
    if (entry.users === 0) closeEntry(entry);
    // else: closed when its last job ends (release).
  }

  function trim(): void {
    let total = 0;
    for (const entry of entries.values()) total += entry.bytes;
    for (const [key, entry] of [...entries]) {
      if (entries.size <= maxDocuments && total <= maxBytes) return;
      if (entry.users > 0) continue;
      total -= entry.bytes;
      remove(key, entry);
    }
  }

  function release(key: string, entry: Entry): void {
    entry.users -= 1;
    if (entry.users > 0) return;
    if (entries.get(key) !== entry) {
      closeEntry(entry);
      return;
    }
    trim();
    if (entries.get(key) !== entry) return;
    entry.idleTimer = setTimeout(() => {
      if (entry.users === 0) remove(key, entry);
    }, idleMs);
    entry.idleTimer.unref();
  }

  return {
    async use(blobKey, work) {
      let entry = entries.get(blobKey);
      if (entry) {
        entries.delete(blobKey);
      } else {
        const created: Entry = {
          bytes: 0,
          users: 0,
          opening: blobs.get(blobKey).then((bytes) => {
            created.bytes = bytes.length;
            return open(bytes, limits);
          }),
        };
        entry = created;
      }
      entries.set(blobKey, entry);
      clearTimeout(entry.idleTimer);
      entry.users += 1;

      let document: OpenedDocument;
      try {
        document = await entry.opening;
      } catch (error) {
        entry.users -= 1;
        // Not kept: the next job tries again (a blob written late, a file store back up).
        if (entries.get(blobKey) === entry) entries.delete(blobKey);
        throw error;
      }
      trim();
      try {
        return await work(document);
      } finally {
        release(blobKey, entry);
      }
    },
    openKeys: () => [...entries.keys()],
    async close() {
      for (const [key, entry] of [...entries]) remove(key, entry);
      await Promise.all([...closing]);
    },
  };
}
