import { z } from 'zod';
import { defineJob } from '../contract.js';

/** A round trip through Redis and a worker: used by tests and by /healthz to prove the queue moves. */
export const systemPing = defineJob({
  queue: 'system',
  name: 'system.ping',
  payload: z.object({ requestId: z.uuid() }),
  jobId: ({ requestId }) => requestId,
  // A ping that fails says what it needs to say the first time; retrying would only blur the health signal.
  options: { attempts: 1, removeOnComplete: { age: 3600 }, removeOnFail: { age: 24 * 3600 } },
});
