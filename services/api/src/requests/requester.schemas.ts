import { z } from 'zod';

/** Who asks, and how to reach them: an e-mail address or a postal address (or both); a phone number is optional. */
export const requesterSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254).optional(),
    postalAddress: z.string().trim().min(5).max(500).optional(),
    phone: z
      .string()
      .trim()
      .refine((phone) => /^\+?[0-9 ()-]{6,20}$/.test(phone), {
        params: {
          nl: 'Gebruik alleen cijfers, spaties, haakjes, streepjes en eventueel een + vooraan.',
          en: 'Use only digits, spaces, brackets, dashes and optionally a leading +.',
        },
      })
      .optional(),
  })
  .refine((requester) => requester.email !== undefined || requester.postalAddress !== undefined, {
    path: ['email'],
    params: {
      nl: 'Geef een e-mailadres of een postadres, zodat we u kunnen bereiken.',
      en: 'Give an e-mail address or a postal address, so that we can reach you.',
    },
  });

/** The request itself, shared by the public form and the coordinator's registration of a call or letter. */
export const requestFields = {
  question: z.string().trim().min(10).max(10_000),
  period: z.string().trim().min(1).max(200).optional(),
  subjects: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  preferredForm: z.enum(['digital', 'paper']).optional(),
  requester: requesterSchema,
  consentToPhone: z.boolean().optional(),
};
