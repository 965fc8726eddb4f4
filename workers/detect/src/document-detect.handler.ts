// document.detect runs twice per document: first as the step the last page enqueued (it adds the detection flow),
// then as that flow's parent, after every ground's child is done (it marks the document detected).
import { beginDetection, finishDetection } from '@woo/documents';
import { defineHandler, documentDetect } from '@woo/queue';
import type { FlowJob, JobNode } from 'bullmq';
import { detectionFlow, detectionFlowParentJobId } from './detection-flow.js';

/** What the handler needs of BullMQ's FlowProducer (made once per process, with the queue prefix). */
export interface FlowAdder {
  add(flow: FlowJob): Promise<JobNode>;
}

export interface DocumentDetectDeps {
  flows: FlowAdder;
}

/** Thrown while pages still lack their text: retried, since completing would swallow the outbox's one job id. */
export class PagesNotReadyError extends Error {
  override readonly name = 'PagesNotReadyError';
}

export function createDocumentDetectHandler(deps: DocumentDetectDeps) {
  return defineHandler(documentDetect, async ({ documentId }, context) => {
    if (context.jobId === detectionFlowParentJobId(documentId)) {
      const finished = await finishDetection(context.em, documentId);
      return { step: 'finish', documentId, status: finished ? 'done' : 'skipped' } as const;
    }
    const start = await beginDetection(context.em, documentId);
    if (!start.start) {
      if (start.reason === 'pages_not_ready')
        throw new PagesNotReadyError(`document ${documentId} has pages without text`);
      return { step: 'start', documentId, status: 'skipped', reason: start.reason } as const;
    }
    const flow = await deps.flows.add(detectionFlow(documentId));
    return { step: 'start', documentId, status: 'done', flowJobId: flow.job.id ?? null } as const;
  });
}
