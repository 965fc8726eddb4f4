import { pino, type Logger, type LevelWithSilent, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Keys whose values are personal data or secrets. Whatever object is logged, these are replaced before the line is
 * written, so a careless `logger.info({ body })` cannot put a requester's name or e-mail address in the logs.
 */
const redactedKeys = [
  'password',
  'passwordHash',
  'token',
  'trackingCode',
  'authorization',
  'cookie',
  'email',
  'phone',
  'name',
  'requesterName',
  'requesterEmail',
  'requesterPhone',
  'address',
  'postalAddress',
  'question',
  'text',
  'body',
];

// The top-level `name` is the logger's own (the process name); personal `name` fields sit deeper.
const redactPaths = redactedKeys.flatMap((key) => [...(key === 'name' ? [] : [key]), `*.${key}`, `*.*.${key}`]);

export function createLogger(options: { name: string; level: LevelWithSilent }, destination?: DestinationStream) {
  return pino(
    {
      name: options.name,
      level: options.level,
      redact: { paths: [...redactPaths, 'req.headers.cookie', 'req.headers.authorization'], censor: '[redacted]' },
      base: { process: options.name },
    },
    destination,
  );
}
