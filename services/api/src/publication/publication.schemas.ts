import { publicationBlockerCodes } from '@woo/cases';
import { z } from 'zod';

export const publicationBlockerSchema = z.object({
  code: z.enum(publicationBlockerCodes),
  nl: z.string(),
  en: z.string(),
  documentNumber: z.number().int().optional(),
  until: z.string().optional(),
});

export const publicationStateSchema = z.object({
  /** True when publishing would succeed now. */
  ready: z.boolean(),
  /** Every reason it would not, in Dutch and English, naming the document. */
  reasons: z.array(publicationBlockerSchema),
  publication: z
    .object({ publishedAt: z.string().nullable(), publishedOn: z.string().nullable(), publicSlug: z.string() })
    .nullable(),
});

export const publishBodySchema = z.object({});
