// The configuration of each process. Parsed once in the process's main and passed down as a typed object.
import { z } from 'zod';
import { databaseUrl, logLevel, port, positiveInt, publicUrl, queuePrefix, redisUrl } from './variables.js';

const shared = {
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: queuePrefix.default('woo'),
  LOG_LEVEL: logLevel.default('info'),
};

export const apiConfigSchema = z.object({
  ...shared,
  PORT: port.default(3000),
  /** Where people reach the site; used in links in e-mails and on status pages. */
  PUBLIC_BASE_URL: publicUrl.optional(),
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
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;
