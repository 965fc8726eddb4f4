import { z } from 'zod';
import { defineJob } from '../contract.js';

/**
 * Send one Notification row (an e-mail). The payload is the row's id only: address and facts stay in PostgreSQL.
 * Many attempts with exponential backoff (30 s, 1 min, 2 min … about 4 h between the last two, some 8.5 h in all),
 * so a mail server that is down for a while delays mail and loses none. Sending an already sent row is a no-op.
 */
export const notificationSend = defineJob({
  queue: 'notifications',
  name: 'notification.send',
  payload: z.object({ notificationId: z.uuid() }),
  jobId: ({ notificationId }) => notificationId,
  options: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 } },
});
