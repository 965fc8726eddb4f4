import { z } from 'zod';
import { explanationStepSchema } from '../http/common.schemas.js';
import { requestFields } from './requester.schemas.js';

export const intakeBodySchema = z.object({
  organisation: z.string().trim().min(1).max(100).meta({ description: 'Slug of the organisation, e.g. voorbeeldstad' }),
  ...requestFields,
});
export type IntakeBody = z.output<typeof intakeBodySchema>;

export const intakeResponseSchema = z.object({
  trackingCode: z.string().meta({ description: 'Keep this code: it is the only key to the status of the request.' }),
  statusUrl: z.string(),
  reference: z.string(),
  receivedOn: z.string().meta({ format: 'date' }),
  deadline: z.string().meta({ format: 'date' }),
  deadlineExplanation: z.array(explanationStepSchema),
});
