// Where a document is in the pipeline (DESIGN §4): received → ingest → pages read (text layer or OCR) → detection
// per ground → ready for review → (after review) burn-in → leak gate. One stage a document, derived from what the
// API reports; the steps before it are done, the ones after it are still to come.

import type { DocumentSummary } from './document-types';

export type DocumentStage =
  | 'received'
  | 'ingest'
  | 'pages'
  | 'detection'
  | 'review'
  | 'secondReview'
  | 'burnIn'
  | 'leakGate'
  | 'passed'
  | 'leakGateFailed'
  | 'failed';

/**
 * done; queued (waits for a worker); running (a worker is on it); action (waits for a person); todo (comes later);
 * failed; skipped (not reached because an earlier step failed).
 */
export type StepState = 'done' | 'queued' | 'running' | 'action' | 'todo' | 'failed' | 'skipped';

/** The steps shown for every document, in pipeline order. */
export const pipelineSteps = ['received', 'ingest', 'pages', 'detection', 'review', 'burnIn', 'leakGate'] as const;
export type PipelineStep = (typeof pipelineSteps)[number];

export function stageOf(document: DocumentSummary): DocumentStage {
  if (document.leakGatePassed === false) return 'leakGateFailed';
  if (document.status === 'failed' || document.detectStatus === 'failed' || document.redactStatus === 'failed') {
    return 'failed';
  }
  if (document.status === 'uploaded') return 'received';
  if (document.status === 'processing') {
    const { pages, ocr } = document.progress;
    if (pages === 0 || (document.pageCount !== null && pages < document.pageCount)) return 'ingest';
    if (ocr.done < pages) return 'pages';
    return 'detection';
  }
  // Ready: detection is done.
  if (document.reviewStatus === 'open') return 'review';
  if (document.reviewStatus === 'submitted') return 'secondReview';
  if (document.redactStatus !== 'done') return 'burnIn';
  if (document.leakGatePassed === null) return 'leakGate';
  return 'passed';
}

const stepOfStage: Record<Exclude<DocumentStage, 'failed'>, PipelineStep> = {
  // Received is done at the upload; the document waits for ingest.
  received: 'ingest',
  ingest: 'ingest',
  pages: 'pages',
  detection: 'detection',
  review: 'review',
  secondReview: 'review',
  burnIn: 'burnIn',
  leakGate: 'leakGate',
  passed: 'leakGate',
  leakGateFailed: 'leakGate',
};

/** The step where a failed document stopped: the first one that did not finish. */
function failedStep(document: DocumentSummary): PipelineStep {
  const { pages, ocr } = document.progress;
  if (pages === 0) return 'ingest';
  if (ocr.failed > 0 || ocr.done < pages) return 'pages';
  if (document.detectStatus !== 'done') return 'detection';
  return 'burnIn';
}

/** The state of each step for a document. */
export function stepStates(document: DocumentSummary): Record<PipelineStep, StepState> {
  const stage = stageOf(document);
  const current = stage === 'failed' ? failedStep(document) : stepOfStage[stage];
  const at = pipelineSteps.indexOf(current);
  const failed = stage === 'failed' || stage === 'leakGateFailed';
  const currentState: StepState = failed
    ? 'failed'
    : stage === 'passed'
      ? 'done'
      : stage === 'review' || stage === 'secondReview'
        ? 'action'
        : stage === 'received'
          ? 'queued'
          : 'running';
  return Object.fromEntries(
    pipelineSteps.map((step, index) => [
      step,
      index < at ? 'done' : index === at ? currentState : failed ? 'skipped' : 'todo',
    ]),
  ) as Record<PipelineStep, StepState>;
}

/** Still moving without anyone acting: worth asking the API again soon. */
export function isMoving(document: DocumentSummary): boolean {
  const stage = stageOf(document);
  return ['received', 'ingest', 'pages', 'detection', 'burnIn', 'leakGate'].includes(stage);
}

/** How far the case's documents are, for the one polite announcement. */
export interface DocumentsTally {
  total: number;
  moving: number;
  readyForReview: number;
  failed: number;
  passed: number;
}

export function tallyOf(documents: readonly DocumentSummary[]): DocumentsTally {
  const tally: DocumentsTally = { total: documents.length, moving: 0, readyForReview: 0, failed: 0, passed: 0 };
  for (const document of documents) {
    const stage = stageOf(document);
    if (isMoving(document)) tally.moving += 1;
    if (stage === 'review') tally.readyForReview += 1;
    if (stage === 'failed' || stage === 'leakGateFailed') tally.failed += 1;
    if (stage === 'passed') tally.passed += 1;
  }
  return tally;
}
