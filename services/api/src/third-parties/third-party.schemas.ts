import { z } from 'zod';

/** The token is checked for its shape in the service (a malformed one is simply not found, like a wrong one). */
export const thirdPartyTokenParamsSchema = z.object({ token: z.string().max(100) });

export const thirdPartyDocumentParamsSchema = z.object({
  token: z.string().max(100),
  documentId: z.uuid(),
});

export const thirdPartyPageParamsSchema = thirdPartyDocumentParamsSchema.extend({
  pageNumber: z.coerce.number().int().min(1).max(100_000),
});

/**
 * open: the form can be sent; answered: the view was received; period_ended: the period lapsed without a view;
 * closed: the request no longer waits for this view (e.g. it was withdrawn).
 */
export const thirdPartyFormStates = ['open', 'answered', 'period_ended', 'closed'] as const;

export const thirdPartyDocumentStates = ['ready', 'processing', 'withheld', 'failed'] as const;

export const thirdPartyViewSchema = z.object({
  reference: z.string(),
  organisation: z.object({ name: z.string() }),
  /** Their own name, as the organisation wrote it down. */
  name: z.string(),
  askedOn: z.string().meta({ format: 'date' }),
  periodEndsOn: z.string().meta({ format: 'date' }),
  form: z.enum(thirdPartyFormStates),
  answer: z.object({ receivedOn: z.string().meta({ format: 'date' }), objected: z.boolean().nullable() }).nullable(),
  documents: z.array(
    z.object({
      id: z.uuid(),
      documentNumber: z.number().int(),
      documentDate: z.string().meta({ format: 'date' }).nullable(),
      description: z.string().nullable(),
      state: z.enum(thirdPartyDocumentStates),
      /** Pages of the preview (proposed redactions burnt in), each an image of its own. */
      pages: z.array(z.object({ pageNumber: z.number().int(), widthPt: z.number(), heightPt: z.number() })),
      /** How many passages are proposed to be blacked out, per exemption ground. */
      redactions: z.array(z.object({ ground: z.string(), count: z.number().int() })),
    }),
  ),
});
export type ThirdPartyView = z.output<typeof thirdPartyViewSchema>;

export const thirdPartyAnswerBodySchema = z.object({
  view: z.string().trim().min(10).max(20_000),
  /** Whether they object to disclosure (missing: "Dit veld is verplicht."). */
  objected: z.boolean(),
  /** How to reach them about their view: a phone number, e-mail or address, in their own words. */
  contact: z.string().trim().min(5).max(500),
});

export const previewImageSchema = z.string().meta({ format: 'binary' });
