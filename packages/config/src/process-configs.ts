// The configuration of each process. Parsed once in the process's main and passed down as a typed object.
import { z } from 'zod';
import {
  databaseUrl,
  logLevel,
  ocrLanguages,
  port,
  positiveInt,
  publicUrl,
  queuePrefix,
  redisUrl,
} from './variables.js';

const shared = {
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: queuePrefix.default('woo'),
  LOG_LEVEL: logLevel.default('info'),
  /** Folder of the blob store (originals, pages, public versions); relative paths start at the working folder. */
  BLOB_DIR: z.string().min(1, 'must be a folder').default('.data/blobs'),
  /** Largest file one upload may hold, in bytes (the API refuses a larger file; ingest checks it again). */
  UPLOAD_MAX_FILE_BYTES: positiveInt.default(200 * 1024 * 1024),
  // The API opens the documents the workers accepted (review images, third-party previews): both read these.
  /** Most pages one document may have; a longer one fails with a reason. */
  DOCUMENT_MAX_PAGES: positiveInt.default(2000),
  /** Largest image (width × height) a document may hold; refused from its header, before decoding. */
  DOCUMENT_MAX_IMAGE_PIXELS: positiveInt.default(100_000_000),
};

export const apiConfigSchema = z.object({
  ...shared,
  PORT: port.default(3000),
  /** Where people reach the site; used in links in e-mails and on status pages. */
  PUBLIC_BASE_URL: publicUrl.optional(),
  /** Most files one upload request may carry; further files are refused, each with a reason. */
  UPLOAD_MAX_FILES: positiveInt.default(50),
  /**
   * Worker threads that draw the review screen's page images and the third party's previews (never the main thread),
   * started in the background when the API starts; each takes a core while busy.
   */
  REVIEW_IMAGE_THREADS: positiveInt.default(1),
  /** Images and previews that may wait for a thread; one more is answered with 503 and Retry-After, not piled up. */
  REVIEW_IMAGE_QUEUE: positiveInt.default(16),
  /**
   * Slug of the organisation whose admins run this installation: only they see the queue dashboard (every
   * organisation's jobs). Leave it out when the installation serves one organisation: then its admins do.
   */
  OPERATOR_ORGANISATION: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be an organisation slug: lower-case letters, digits and "-"')
    .optional(),
});
export type ApiConfig = z.infer<typeof apiConfigSchema>;

/** Where mail goes out: smtp:// (STARTTLS when offered) or smtps:// (TLS from the start), with user:pass if needed. */
const smtpUrl = z.string().refine(
  (value) => {
    try {
      return ['smtp:', 'smtps:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  },
  { message: 'must be a URL starting with smtp:// or smtps:// (e.g. smtp://user:pass@mail.example.nl:587)' },
);
/** The From header: an address, or a name and an address in angle brackets. */
const mailFrom = z
  .string()
  .regex(
    /^(?:[^<>\r\n]+ <[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
    'must be an address or "Name <address>" (e.g. Gemeente Voorbeeldstad <woo@voorbeeldstad.nl>)',
  );

export const workerConfigSchema = z.object({
  ...shared,
  /** How many jobs one worker process runs at the same time, per queue. */
  WORKER_CONCURRENCY: positiveInt.default(2),
  /** How often the outbox relay looks for committed jobs, in milliseconds. */
  OUTBOX_POLL_MS: positiveInt.default(1000),
  /** How often the reconciler re-checks PostgreSQL against the queues (it also runs at start-up), in milliseconds. */
  RECONCILE_INTERVAL_MS: positiveInt.default(300_000),
  /** The mail server notifications go through. Down or absent: mail waits in PostgreSQL and the jobs retry. */
  SMTP_URL: smtpUrl.default('smtp://127.0.0.1:1025'),
  MAIL_FROM: mailFrom.default('Woo <woo@localhost>'),
  /** Where people reach the site: the base of the link in a zienswijze request (without it, they answer by mail). */
  PUBLIC_BASE_URL: publicUrl.optional(),
  /** How deep e-mails attached to e-mails are split into documents of their own. */
  EMAIL_MAX_DEPTH: positiveInt.default(5),
  /** OCR workers (tesseract.js) this process keeps warm, one page each at a time; one per core is the sweet spot. */
  OCR_POOL_SIZE: positiveInt.default(1),
  /**
   * The OCR models: Dutch and English by default. 'nld' alone costs about 12% less CPU a scanned page (bench/ocr), but
   * in bench/pipeline it misread one BSN on a scan ("4716315815" for 476315815) that 'nld+eng' read right.
   */
  OCR_LANGUAGES: ocrLanguages.default(['nld', 'eng']),
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;
