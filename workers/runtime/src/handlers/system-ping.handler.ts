import { defineHandler, systemPing } from '@woo/queue';

/** Answers a ping: proves a job went from PostgreSQL through Redis to a worker and back. */
export const systemPingHandler = defineHandler(systemPing, async ({ requestId }, { logger }) => {
  logger.debug({ requestId }, 'pong');
  return { pong: requestId };
});
