// detect.<ground>: one child of the detection flow, on the ground's own queue so each ground's work can be
// followed, scaled and reported on.
import { detectGround, failDetection } from '@woo/documents';
import { defineHandler, detectGroundJobs, detectionQueueGrounds, type DetectionQueueGround } from '@woo/queue';

export function createDetectGroundHandler<G extends DetectionQueueGround>(ground: G) {
  const contract = detectGroundJobs[ground];
  return defineHandler(contract, async ({ documentId }, context) => {
    try {
      return await detectGround(context.em, documentId, ground);
    } catch (error) {
      // The last attempt: the flow's parent fails with it (failParentOnFailure); the document shows it too.
      if (context.attempt >= contract.options.attempts) await failDetection(context.em, documentId);
      throw error;
    }
  });
}

/** One handler per detection queue. */
export function createDetectGroundHandlers() {
  return detectionQueueGrounds.map((ground) => createDetectGroundHandler(ground));
}
