import { caseChannels, contactChannels, contactOutcomes, decisionOutcomes, userRoles } from '@woo/db';
import { caseEventTypes, caseStatuses } from '@woo/domain';
import { z } from 'zod';
import { bilingualSchema, explanationStepSchema, isoDateSchema, queryFlag } from '../http/common.schemas.js';
import { requestFields } from '../requests/requester.schemas.js';

const date = () => z.string().meta({ format: 'date' });

/** A request received by phone, letter or e-mail, registered by a coordinator with its real date of receipt. */
export const registerCaseBodySchema = z.object({
  channel: z.enum(caseChannels.filter((channel) => channel !== 'web') as ['email', 'letter', 'phone']),
  receivedOn: isoDateSchema,
  ...requestFields,
});

export const caseListQuerySchema = z.object({
  status: z.enum(caseStatuses).optional(),
  dueWithinWorkingDays: z.coerce.number().int().min(0).max(100).optional(),
  overdue: queryFlag.optional(),
  firstContactOverdue: queryFlag.optional(),
  assignedToMe: queryFlag.optional(),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Search in reference, requester name and question (case-insensitive).' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CaseListQuery = z.output<typeof caseListQuerySchema>;

const assigneeSchema = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const caseSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(caseStatuses),
  statusLabel: bilingualSchema,
  channel: z.enum(caseChannels),
  receivedOn: date(),
  deadline: date(),
  firstContactDue: date(),
  extended: z.boolean(),
  overdue: z.boolean(),
  requesterName: z.string(),
  assignedTo: assigneeSchema,
});

/** The work list's traffic light, most urgent first; 'none' for cases whose term no longer runs (decided, closed…). */
export const trafficLights = ['overdue', 'first_contact_overdue', 'due_soon', 'on_track', 'none'] as const;

export const caseListItemSchema = caseSummarySchema.extend({
  firstContactOverdue: z.boolean(),
  dueSoon: z.boolean().meta({ description: 'Open, not overdue, deadline within 5 working days.' }),
  trafficLight: z.enum(trafficLights),
});

export const caseListResponseSchema = z.object({
  cases: z.array(caseListItemSchema),
  total: z.number().int(),
  counts: z
    .object({
      open: z.number().int(),
      assignedToMe: z.number().int(),
      overdue: z.number().int(),
      firstContactOverdue: z.number().int(),
      dueSoon: z.number().int(),
    })
    .meta({
      description: 'Open cases of the organisation (whatever the filters): the figures at the top of the list.',
    }),
});

export const caseDetailSchema = caseSummarySchema.extend({
  question: z.string(),
  requestedPeriod: z.string().nullable(),
  subjects: z.array(z.string()),
  preferredForm: z.string(),
  requester: z.object({
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    postalAddress: z.string().nullable(),
    consentToPhone: z.boolean(),
  }),
  clock: z.object({
    deadline: date(),
    firstTermEnd: date(),
    suspendedDays: z.number().int(),
    suspended: z.boolean(),
    extended: z.boolean(),
    running: z.boolean(),
    steps: z.array(explanationStepSchema),
    decidedOn: date().optional(),
    decidedOnTime: z.boolean().optional(),
    appealPossibleFrom: date().optional(),
    courtOrderDecideBy: date().optional(),
    disclosureHoldUntil: date().optional(),
  }),
  firstContact: z.object({
    due: date(),
    steps: z.array(explanationStepSchema),
    contactedOn: date().nullable(),
    overdue: z.boolean(),
  }),
  allowedActions: z.array(z.object({ type: z.enum(caseEventTypes), label: bilingualSchema })),
  contactMoments: z.array(
    z.object({
      id: z.uuid(),
      occurredOn: date(),
      channel: z.enum(contactChannels),
      contactedBy: z.uuid(),
      contactPerson: z.string(),
      agreedScope: z.object({
        subjects: z.array(z.string()),
        period: z.string().nullable(),
        documentTypes: z.array(z.string()),
        custodians: z.array(z.string()),
        notes: z.string().nullable(),
      }),
      outcome: z.enum(contactOutcomes),
      writtenConsentToDelay: z.boolean(),
    }),
  ),
  thirdParties: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string().nullable(),
      zienswijzeAskedOn: date(),
      periodEndsOn: date(),
      viewReceivedOn: date().nullable(),
      objected: z.boolean().nullable(),
    }),
  ),
  suspensions: z.array(
    z.object({
      reason: z.string(),
      fromDate: date(),
      resumeDate: date().nullable(),
      thirdPartyId: z.uuid().nullable(),
    }),
  ),
  decisions: z.array(
    z.object({
      sequence: z.number().int(),
      decidedOn: date(),
      outcome: z.enum(decisionOutcomes),
      disclosureHoldUntil: date().nullable(),
    }),
  ),
});
export type CaseDetail = z.output<typeof caseDetailSchema>;

export const auditLogResponseSchema = z.object({
  events: z.array(
    z.object({
      id: z.number().int(),
      type: z.string(),
      occurredOn: date(),
      recordedAt: z.string(),
      actor: z.object({ kind: z.string(), userId: z.uuid().nullable(), role: z.enum(userRoles).nullable() }),
      reason: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
      isPublic: z.boolean(),
    }),
  ),
});

export const registerCaseResponseSchema = z.object({
  case: caseDetailSchema,
  trackingCode: z.string().meta({ description: 'Give this code to the requester; it is not shown again.' }),
  statusUrl: z.string(),
});
