import { z } from 'zod';

const nameSchema = z.string().trim().min(2).max(200).meta({
  description: 'As the documents write it, e.g. "Jan Pieter de Vries" or "J.P. de Vries".',
  example: 'Gerlof Wijnstra',
});

const jobTitleSchema = z.string().trim().max(200).nullable().meta({ example: 'beleidsmedewerker verkeer' });

export const createOfficialBodySchema = z.strictObject({
  name: nameSchema,
  jobTitle: jobTitleSchema.optional(),
  namePublic: z
    .boolean()
    .default(false)
    .meta({
      description:
        'true for an official who acts in public (wethouder, spokesperson): the name is then not proposed for ' +
        'redaction. false (default): the name is personal data (5.1.2e) and is looked for in every spelling.',
    }),
});

export const changeOfficialBodySchema = z
  .strictObject({
    name: nameSchema.optional(),
    jobTitle: jobTitleSchema.optional(),
    namePublic: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, {
    params: { nl: 'Geef minstens één veld om te wijzigen.', en: 'Give at least one field to change.' },
  });

export const officialSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  jobTitle: z.string().nullable(),
  namePublic: z.boolean(),
});

export const officialListSchema = z.object({ officials: z.array(officialSchema) });
