// The body of each action endpoint `POST /api/v1/cases/{id}/actions/{type}`. `on` is the legal date of the event
// (defaults to today; may be earlier, never later); `reason` goes into the audit log only.
import { contactChannels, contactOutcomes, decisionOutcomes } from '@woo/db';
import type { CaseEventType } from '@woo/domain';
import { z } from 'zod';
import { isoDateSchema } from '../http/common.schemas.js';

const common = {
  on: isoDateSchema.optional().meta({ description: 'Date the event happened; default today.' }),
  reason: z.string().trim().min(1).max(2000).optional(),
};
const plain = z.object(common);
const text = (max: number) => z.string().trim().min(1).max(max);

const agreedScopeSchema = z.object({
  subjects: z.array(text(200)).max(20).optional(),
  period: text(200).nullable().optional(),
  documentTypes: z.array(text(200)).max(20).optional(),
  custodians: z.array(text(200)).max(20).optional(),
  notes: text(4000).nullable().optional(),
});

export const actionBodySchemas = {
  contact_logged: z.object({
    ...common,
    channel: z.enum(contactChannels),
    contactPerson: text(200),
    agreedScope: agreedScopeSchema.optional(),
    outcome: z.enum(contactOutcomes),
    writtenConsentToDelay: z.boolean().optional(),
    forwardedTo: text(200).optional(),
  }),
  precisering_asked: z.object({
    ...common,
    periodEnd: isoDateSchema
      .optional()
      .meta({ description: 'Last day to answer; only with a period is the term suspended.' }),
  }),
  precisering_received: z.object({ ...common, answer: text(10_000).optional() }),
  precisering_lapsed: plain,
  consent_to_delay_given: z.object({ ...common, until: isoDateSchema.optional() }),
  consent_to_delay_ended: plain,
  documents_collected: plain,
  zienswijze_asked: z.object({
    ...common,
    periodEnd: isoDateSchema,
    thirdParty: z.object({
      name: text(200),
      email: z.email().max(254).optional(),
      postalAddress: text(500).optional(),
      /** Documents of the case that concern them: they see these with the proposed redactions burnt in. */
      documentIds: z.array(z.uuid()).max(500).optional(),
      /** The same by documentnummer: numbers, or texts such as "1, 3" as a coordinator types them. */
      documentNumbers: z
        .array(
          z.coerce.string().refine((value) => /^\s*\d+(\s*,\s*\d+)*\s*$/.test(value), {
            params: {
              nl: 'Gebruik documentnummers, bijvoorbeeld: 1, 3.',
              en: 'Use document numbers, for example: 1, 3.',
            },
          }),
        )
        .transform((items) => items.flatMap((item) => item.split(',')).map((item) => Number(item.trim())))
        // Counted after the split: one text can hold many numbers.
        .refine((numbers) => numbers.length <= 500, {
          params: { nl: 'Kies ten hoogste 500 documenten.', en: 'Choose at most 500 documents.' },
        })
        .optional(),
    }),
  }),
  zienswijze_received: z.object({
    ...common,
    thirdPartyId: z.uuid(),
    objected: z.boolean().optional(),
    view: text(20_000).optional(),
  }),
  zienswijze_lapsed: z.object({ ...common, thirdPartyId: z.uuid() }),
  extension: z.object({ ...common, reasons: text(4000) }),
  notice_of_default_received: plain,
  court_order: z.object({ ...common, decideBy: isoDateSchema }),
  forwarded: z.object({ ...common, to: text(200) }),
  not_handled: z.object({ ...common, ground: z.enum(['4.1(6)', '4.6']) }),
  withdrawn: plain,
  decision_drafted: plain,
  submitted_for_review: plain,
  review_approved: plain,
  review_rejected: z.object({ ...common, reason: text(2000) }),
  decided: z.object({ ...common, outcome: z.enum(decisionOutcomes), thirdPartyObjected: z.boolean().optional() }),
  disclosure_hold_ended: plain,
  published: plain,
  closed: plain,
} satisfies Record<CaseEventType, z.ZodObject>;

export const assignBodySchema = z.object({ userId: z.uuid().nullable() });
export const noteBodySchema = z.object({ text: text(10_000) });
