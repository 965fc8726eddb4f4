// The building blocks of every process's configuration: one zod schema per environment variable.
import { z } from 'zod';

function url(protocols: string[], example: string) {
  return z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.join(' or ')}// (e.g. ${example})` },
  );
}

export const databaseUrl = url(['postgres:', 'postgresql:'], 'postgres://user@127.0.0.1:5432/woo');
export const redisUrl = url(['redis:', 'rediss:'], 'redis://127.0.0.1:6379');
export const port = z.coerce
  .number({ message: 'must be a port number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');
export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
  message: 'must be one of fatal, error, warn, info, debug, trace, silent',
});
/** BullMQ key prefix: lets several installations (or test runs) share one Redis. */
export const queuePrefix = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,40}$/, 'must be 1–41 characters: lower-case letters, digits, "-" or "_"');
export const positiveInt = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1);
export const publicUrl = url(['http:', 'https:'], 'https://woo.example.nl');

/** OCR models in the order tesseract weighs them, joined by '+': 'nld', 'nld+eng', 'eng'. */
export const ocrLanguages = z
  .string()
  .regex(/^(nld|eng)(\+(nld|eng))?$/, 'must be nld, eng, or both joined by + (e.g. nld+eng)')
  .transform((value) => [...new Set(value.split('+') as ('nld' | 'eng')[])]);
