import { decisionOutcomes, documentOutcomes } from '@woo/domain';
import { z } from 'zod';
import { bilingualSchema } from '../http/common.schemas.js';

const outcomeSchema = z.enum(decisionOutcomes);
const documentRefSchema = z.object({ documentNumber: z.number().int(), title: z.string() });

export const decisionDraftSchema = z.object({
  editable: z.boolean(),
  decided: z
    .object({ decisionId: z.uuid(), decidedOn: z.string(), outcome: outcomeSchema, hasLetter: z.boolean() })
    .nullable(),
  outcome: outcomeSchema,
  documents: z.array(
    z.object({
      documentNumber: z.number().int(),
      title: z.string(),
      documentDate: z.string().nullable(),
      outcome: z.enum(documentOutcomes).nullable(),
      outcomeLabel: bilingualSchema.nullable(),
      grounds: z.array(z.string()),
      parentNumber: z.number().int().nullable(),
    }),
  ),
  grounds: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      article: z.string().nullable(),
      standardText: z.string(),
      text: z.string(),
      edited: z.boolean(),
    }),
  ),
  notAssessed: z.array(documentRefSchema),
  notReady: z.array(documentRefSchema),
});

const motivationText = z.string().max(5000);

/** Ground code → motivation; an empty text goes back to the standard one. */
export const motivationsBodySchema = z.object({
  motivations: z.record(z.string().max(20), motivationText).refine((value) => Object.keys(value).length <= 30, {
    params: { nl: 'Te veel gronden in één keer.', en: 'Too many grounds at once.' },
  }),
});

export const decideBodySchema = z.object({});

export const pdfSchema = z.string().meta({ format: 'binary', contentMediaType: 'application/pdf' });
