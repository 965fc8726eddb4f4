// The handlers of the document pipeline after ingest: page.process, document.detect and its detect.<ground>
// children, document.redact and document.verify.
import { createDetectGroundHandlers, createDocumentDetectHandler, type FlowAdder } from '@woo/detect-worker';
import type { OcrPool } from '@woo/ocr';
import { createPageProcessHandler } from '@woo/ocr-worker';
import type { JobHandler } from '@woo/queue';
import { createDocumentRedactHandler, createDocumentVerifyHandler } from '@woo/redact-worker';
import type { BlobStore } from '@woo/storage';

export interface PipelineHandlerDeps {
  blobs: BlobStore;
  /** The process's OCR pool (created once, closed on shutdown). */
  ocr: OcrPool;
  /** A FlowProducer with the process's queue prefix, for the detection flow. */
  flows: FlowAdder;
  /** The document limits from the configuration (the same ingest checks). */
  limits?: Parameters<typeof createPageProcessHandler>[0]['limits'];
  /** The process's open documents, shared by the page jobs of one document (created once, closed on shutdown). */
  documents?: Parameters<typeof createPageProcessHandler>[0]['documents'];
}

export function createPipelineHandlers(deps: PipelineHandlerDeps): JobHandler[] {
  const { blobs, ocr } = deps;
  const limits = deps.limits ? { limits: deps.limits } : {};
  return [
    createPageProcessHandler({ blobs, ocr, ...limits, ...(deps.documents && { documents: deps.documents }) }),
    createDocumentDetectHandler({ flows: deps.flows }),
    ...createDetectGroundHandlers(),
    createDocumentRedactHandler({ blobs, ocr, ...limits }),
    createDocumentVerifyHandler({ blobs, ...limits }),
  ];
}
