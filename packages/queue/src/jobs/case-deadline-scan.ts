import { z } from 'zod';
import { defineJob } from '../contract.js';

/**
 * The deadline scan: reminders, first-contact norm, overdue escalation, lapsed periods that resume the clock.
 * - With `organisationId` and `day`: scans that organisation's open cases as of that day. The id makes a second
 *   scan of the same organisation on the same day a no-op.
 * - Without `organisationId`: fans out one scan per organisation for `day`, or, without `day`, for today where the
 *   handler runs. The daily job scheduler adds this form with an empty payload (its job ids are BullMQ's own).
 */
export const caseDeadlineScan = defineJob({
  queue: 'scheduler',
  name: 'case.deadline-scan',
  payload: z.object({
    organisationId: z.uuid().optional(),
    day: z.iso.date().optional(),
  }),
  jobId: ({ organisationId, day }) => `${organisationId ?? 'all'}/${day ?? 'today'}`,
  options: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
});
