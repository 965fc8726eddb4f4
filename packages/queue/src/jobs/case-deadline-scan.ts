import { z } from 'zod';
import { defineJob } from '../contract.js';

/**
 * Daily scan for deadlines that come near or pass (reminders, default notices), for one organisation or all.
 * One scan per organisation per day: the id makes a second scheduling of the same day a no-op.
 */
export const caseDeadlineScan = defineJob({
  queue: 'scheduler',
  name: 'case.deadline-scan',
  payload: z.object({
    organisationId: z.uuid().optional(),
    day: z.iso.date(),
  }),
  jobId: ({ organisationId, day }) => `${organisationId ?? 'all'}/${day}`,
  options: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
});
