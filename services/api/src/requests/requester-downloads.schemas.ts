import { z } from 'zod';
import { bilingualSchema } from '../http/common.schemas.js';

export const downloadDocumentParamsSchema = z.object({
  trackingCode: z.string().max(100),
  number: z.coerce.number().int().min(1).max(1_000_000),
});

export const requesterDownloadsSchema = z.object({
  /** The decision letter can be downloaded (the decision is taken). */
  letter: z.boolean(),
  /** The decision is published: its disclosed documents can be downloaded. */
  published: z.boolean(),
  documents: z.array(z.object({ documentNumber: z.number().int(), title: z.string(), outcomeLabel: bilingualSchema })),
});
