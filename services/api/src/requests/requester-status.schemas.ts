import { caseStatuses } from '@woo/domain';
import { z } from 'zod';
import { bilingualSchema, explanationStepSchema, isoDateSchema } from '../http/common.schemas.js';

export const trackingCodeParamsSchema = z.object({ trackingCode: z.string().max(100) });

export const requesterActions = ['precisering', 'consent-to-delay', 'withdraw'] as const;

export const requesterStatusSchema = z.object({
  reference: z.string(),
  organisation: z.object({ name: z.string() }),
  receivedOn: z.string().meta({ format: 'date' }),
  status: z.enum(caseStatuses),
  statusText: z.object({ title: bilingualSchema, body: bilingualSchema }),
  deadline: z.object({
    date: z.string().meta({ format: 'date' }),
    running: z.boolean(),
    suspended: z.boolean(),
    extended: z.boolean(),
    explanation: z.array(explanationStepSchema),
  }),
  expected: z.array(
    z.object({ code: z.string(), before: z.string().meta({ format: 'date' }).nullable(), text: bilingualSchema }),
  ),
  timeline: z.array(z.object({ on: z.string().meta({ format: 'date' }), type: z.string(), text: bilingualSchema })),
  possibleActions: z.array(z.enum(requesterActions)),
});
export type RequesterStatus = z.output<typeof requesterStatusSchema>;

export const preciseringBodySchema = z.object({ answer: z.string().trim().min(1).max(10_000) });
export const consentToDelayBodySchema = z.object({
  until: isoDateSchema.optional().meta({ description: 'Last day of the agreed delay; open-ended when absent.' }),
});
export const withdrawBodySchema = z.object({});
