// Requests and responses of the redaction review. Grounds arrive in any spelling and are normalised by the domain
// (an unknown one is a 422 with the coded bilingual error); boxes are PDF points from the top-left of the page.
import { documentReviewStatuses, regionOrigins, regionStatuses, userRoles } from '@woo/db';
import { documentOutcomes } from '@woo/domain';
import { z } from 'zod';
import { bilingualSchema } from '../http/common.schemas.js';

const validText = (nl: string, en: string) => ({ params: { nl, en } });

export const boxSchema = z
  .object({
    x: z.number().min(0),
    y: z.number().min(0),
    width: z.number().positive(),
    height: z.number().positive(),
  })
  .meta({ description: 'PDF points from the top-left of the page as displayed.' });

const groundInput = z.string().trim().min(1).max(100).meta({
  description: "Exemption ground in any accepted spelling ('5.1.2e', '5.1.2.e', '10.2e').",
  example: '5.1.2e',
});

export const pageQuerySchema = z.object({ page: z.coerce.number().int().min(1).optional() });

export const acceptBodySchema = z.object({
  ground: groundInput.optional().meta({ description: 'Accept with another ground than the proposed one.' }),
});

export const emptyBodySchema = z.object({});

export const changeRegionBodySchema = z
  .object({ ground: groundInput.optional(), box: boxSchema.optional() })
  .refine(
    (body) => body.ground !== undefined || body.box !== undefined,
    validText('Geef een nieuwe grond of een nieuw vak.', 'Give a new ground or a new box.'),
  );

export const addRegionBodySchema = z.object({
  page: z.number().int().min(1),
  box: boxSchema,
  ground: groundInput,
  text: z
    .string()
    .max(2000)
    .nullable()
    .optional()
    .meta({ description: "What is under the box; read from the page's words when left out." }),
});

export const applyToCaseBodySchema = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('accept'),
    ground: groundInput.optional(),
    addMissing: z
      .boolean()
      .optional()
      .meta({ description: 'Also add accepted regions where the text stands in the case without one.' }),
  }),
  z.object({ decision: z.literal('reject') }),
]);

export const namesakeBodySchema = z.object({
  namesake: z.boolean().meta({
    description:
      'true: where the text also stands openly elsewhere in the document, that is another person and may stay; ' +
      'false: clear that decision again.',
  }),
});

export const reopenBodySchema = z.object({ reason: z.string().trim().max(2000).optional() });

const httpUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .meta({ description: 'Where the document is already public (http or https).' });

export const outcomeBodySchema = z.object({
  outcome: z.enum(documentOutcomes),
  alreadyPublicUrl: httpUrl.nullable().optional(),
});

const staffRef = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const reviewStateSchema = z.object({
  documentId: z.uuid(),
  documentNumber: z.number().int(),
  reviewStatus: z.enum(documentReviewStatuses),
  reviewRevision: z.number().int(),
  submittedBy: z.uuid().nullable(),
  approvedBy: z.uuid().nullable(),
});

export const regionSchema = z.object({
  id: z.uuid(),
  page: z.number().int(),
  box: boxSchema,
  text: z.string().nullable(),
  ground: z.string(),
  groundLabel: bilingualSchema.nullable(),
  recogniser: z.string(),
  confidence: z.number(),
  status: z.enum(regionStatuses),
  origin: z.enum(regionOrigins),
  createdBy: staffRef,
  changedBy: staffRef,
  namesake: z
    .object({ by: staffRef, at: z.string().meta({ format: 'date-time' }) })
    .nullable()
    .meta({
      description:
        'The decision that open occurrences of this text elsewhere in the document are another person (a ' +
        'namesake), with who took it and when; the leak gate then searches the text only where the original did ' +
        'not show it openly. Null when nobody did.',
    }),
  updatedAt: z.string().meta({ format: 'date-time' }),
});

export const legendSchema = z.array(
  z.object({
    code: z.string(),
    labelNl: z.string(),
    labelEn: z.string(),
    kind: z.string(),
    article: z.string().nullable(),
  }),
);

export const documentRegionsSchema = z.object({
  review: reviewStateSchema,
  pageCount: z.number().int(),
  pages: z.array(
    z.object({ page: z.number().int(), width: z.number(), height: z.number(), regions: z.array(regionSchema) }),
  ),
  counts: z.object({ proposed: z.number().int(), accepted: z.number().int(), rejected: z.number().int() }),
  legend: legendSchema,
});

export const regionChangeSchema = z.object({
  region: regionSchema.nullable(),
  review: reviewStateSchema,
  changed: z.boolean(),
});

export const applyToCaseResponseSchema = z.object({
  decision: z.enum(['accept', 'reject']),
  ground: z.string().nullable(),
  changedRegions: z.number().int(),
  unchangedRegions: z.number().int(),
  addedRegions: z.number().int(),
  documents: z.array(reviewStateSchema.extend({ changedRegions: z.number().int(), addedRegions: z.number().int() })),
});

export const approvalResponseSchema = z.object({
  review: reviewStateSchema,
  redaction: z.object({ revision: z.number().int(), jobId: z.string(), created: z.boolean() }),
});

export const reviewChangesSchema = z.object({
  review: reviewStateSchema,
  roundStartedAt: z.string().nullable(),
  submission: z.object({ by: z.uuid().nullable(), at: z.string(), revision: z.number().int().nullable() }).nullable(),
  changes: z.array(
    z.object({
      eventId: z.number().int(),
      type: z.string(),
      occurredOn: z.string().meta({ format: 'date' }),
      recordedAt: z.string().meta({ format: 'date-time' }),
      actor: z.object({ id: z.uuid(), displayName: z.string(), role: z.enum(userRoles) }).nullable(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
});

export const assessmentSchema = z.object({
  review: reviewStateSchema,
  outcome: z.enum(documentOutcomes).nullable(),
  outcomeLabel: bilingualSchema.nullable(),
  alreadyPublicUrl: z.string().nullable(),
  derived: z.object({
    grounds: z.array(z.string()),
    groundList: z
      .string()
      .meta({ description: "For the inventory's beoordelingsgrond column, e.g. '5.1.1e; 5.1.2e'." }),
    suggestedOutcome: z.enum(['openbaar', 'deels_openbaar']),
    acceptedRegions: z.number().int(),
    openRegions: z.number().int(),
  }),
  legend: legendSchema,
  notices: z.array(z.object({ code: z.string(), nl: z.string(), en: z.string() })),
});
