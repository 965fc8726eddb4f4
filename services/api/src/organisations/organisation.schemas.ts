import { z } from 'zod';

export const organisationListSchema = z.object({
  organisations: z.array(
    z.object({
      slug: z.string().meta({ description: 'What the intake form sends as `organisation`.' }),
      name: z.string(),
    }),
  ),
});
