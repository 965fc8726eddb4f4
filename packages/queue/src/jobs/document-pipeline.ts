import { z } from 'zod';
import { defineJob } from '../contract.js';

// The document pipeline of DESIGN §4, one contract per step. Each payload is an id; the handler loads the rest.
// Input that will never work (a broken file) fails the DOCUMENT with a reason the coordinator reads, and the job
// ends without retrying (UnrecoverableError) — never the queue or the case.

/** Step 1: type by content, limits, hash, duplicates, e-mail attachments split off, pages created. */
export const documentIngest = defineJob({
  queue: 'ingest',
  name: 'document.ingest',
  payload: z.object({ documentId: z.uuid() }),
  jobId: ({ documentId }) => documentId,
  options: { attempts: 3 },
});

/** Steps 2–3 for one page: render, take the text layer, or OCR when there is none. One job per page. */
export const pageProcess = defineJob({
  queue: 'ocr',
  name: 'page.process',
  payload: z.object({ pageId: z.uuid() }),
  jobId: ({ pageId }) => pageId,
  options: { attempts: 3 },
});

/** Step 4, parent: once every page has its text, detection runs as a flow with one child per ground. */
export const documentDetect = defineJob({
  queue: 'detect',
  name: 'document.detect',
  payload: z.object({ documentId: z.uuid() }),
  jobId: ({ documentId }) => documentId,
  options: { attempts: 3 },
});

/** The exemption grounds that have their own detection queue (`detect.<ground>`). */
export const detectionQueueGrounds = ['5.1.1d', '5.1.1e', '5.1.2e'] as const;
export type DetectionQueueGround = (typeof detectionQueueGrounds)[number];

function detectGroundJob<G extends DetectionQueueGround>(ground: G) {
  return defineJob({
    queue: `detect.${ground}`,
    name: `detect.${ground}`,
    payload: z.object({ documentId: z.uuid() }),
    jobId: ({ documentId }) => documentId,
    options: { attempts: 3 },
  });
}

/** Step 4, children: the recognisers of one ground over one document, on that ground's own queue. */
export const detectGroundJobs = {
  '5.1.1d': detectGroundJob('5.1.1d'),
  '5.1.1e': detectGroundJob('5.1.1e'),
  '5.1.2e': detectGroundJob('5.1.2e'),
} as const satisfies Record<DetectionQueueGround, unknown>;

// Redaction runs again whenever the review changes, so its jobs carry the review revision they redact.
const redactionPayload = z.object({ documentId: z.uuid(), revision: z.number().int().min(0) });

/** Step 6: the burn-in that produces the public version of one review revision. */
export const documentRedact = defineJob({
  queue: 'redact',
  name: 'document.redact',
  payload: redactionPayload,
  jobId: ({ documentId, revision }) => `${documentId}/r${revision}`,
  options: { attempts: 3 },
});

/** Step 7: the leak gate over the public version of that revision. */
export const documentVerify = defineJob({
  queue: 'redact',
  name: 'document.verify',
  payload: redactionPayload,
  jobId: ({ documentId, revision }) => `${documentId}/r${revision}`,
  options: { attempts: 3 },
});

export const documentPipelineJobs = [
  documentIngest,
  pageProcess,
  documentDetect,
  ...Object.values(detectGroundJobs),
  documentRedact,
  documentVerify,
];
