// Schemas several areas share: dates, texts in two languages, explained dates.
import { isIsoDate } from '@woo/domain';
import { z } from 'zod';

/** A calendar date 'YYYY-MM-DD' that exists (2026-02-30 does not). */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, {
    params: { nl: 'Gebruik een bestaande datum als JJJJ-MM-DD.', en: 'Use an existing date as YYYY-MM-DD.' },
  })
  .meta({ format: 'date', example: '2026-03-02' });

export const bilingualSchema = z.object({ nl: z.string(), en: z.string() });

export const explanationStepSchema = z.object({
  code: z.string(),
  date: z.string().meta({ format: 'date' }),
  days: z.number().int().optional(),
  nl: z.string(),
  en: z.string(),
});

export const idParamsSchema = z.object({ id: z.uuid() });

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: bilingualSchema,
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** Query flags arrive as text: 'true' / 'false'. */
export const queryFlag = z.enum(['true', 'false']).transform((value) => value === 'true');
