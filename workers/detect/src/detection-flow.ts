// Detection as a BullMQ flow (DESIGN §4 step 4): one child per exemption ground on that ground's own queue
// (`detect.<ground>`), and a parent that BullMQ runs once every child is done. Every job id is deterministic, so
// adding the flow again while it exists adds nothing.
import { detectGroundJobs, detectionQueueGrounds, documentDetect } from '@woo/queue';
import type { FlowJob } from 'bullmq';

/**
 * The flow's parent is a `document.detect` job with an id of its own, apart from the job that adds the flow (whose
 * id is the contract's): the handler tells the two apart by the id.
 */
export function detectionFlowParentJobId(documentId: string): string {
  return `${documentDetect.jobId({ documentId })}/grounds`;
}

export function detectionFlow(documentId: string): FlowJob {
  return {
    name: documentDetect.name,
    queueName: documentDetect.queue,
    data: { documentId },
    opts: { ...documentDetect.options, jobId: detectionFlowParentJobId(documentId) },
    children: detectionQueueGrounds.map((ground) => {
      const child = detectGroundJobs[ground];
      return {
        name: child.name,
        queueName: child.queue,
        data: { documentId },
        // A ground that gives up fails the parent: the document does not count as detected with a ground missing.
        opts: { ...child.options, jobId: child.jobId({ documentId }), failParentOnFailure: true },
      };
    }),
  };
}
