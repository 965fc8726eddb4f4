import { userRoles } from '@woo/db';
import { z } from 'zod';

export const loginBodySchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

export const meResponseSchema = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(userRoles),
    organisationId: z.uuid(),
  }),
});
