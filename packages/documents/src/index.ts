export {};
export { originalBlobKey, originalBlobKeyOf, workingBlobKey } from './upload/document-blob-keys.js';
export { storeOriginal, type StoredOriginal } from './upload/store-original.js';
export { cleanOriginalFilename } from './upload/original-filename.js';
export { addDocumentsToCase, type AddDocumentsOptions, type NewDocumentFile } from './upload/add-documents-to-case.js';
export { defaultUploadLimits, type UploadLimits } from './upload/upload-limits.js';
export { ingestDocument, type IngestResult } from './ingest/ingest-document.js';
export type { IngestDeps } from './ingest/ingest-deps.js';
export { failIngestForGood, ingestGaveUpReason } from './ingest/ingest-failure.js';
export { uploadedDocumentsStepSource } from './ingest/ingest-step-source.js';
export * from './review/index.js';
export { processPage, type PageProcessingDeps, type PageProcessResult } from './pipeline/process-page.js';
export { failPage } from './pipeline/page-failure.js';
export { enqueueDetectionIfLastPage } from './pipeline/page-completion.js';
export { failureReasonOf } from './pipeline/failure-reason.js';
export { pageRenderBlobKey, publicVersionBlobKey } from './pipeline/pipeline-blob-keys.js';
export { renderReviewImage, reviewImageOf, REVIEW_IMAGE_DPI } from './pipeline/review-image.js';
export { createReviewImages, type ReviewImages } from './pipeline/review-images.js';
export {
  createRenderThreads,
  defaultRenderThreads,
  RenderThreadsBusyError,
  RenderThreadsClosedError,
  type RenderThreads,
  type RenderThreadsOptions,
} from './pipeline/render-threads.js';
export { loadDetectionContext } from './pipeline/detection-context.js';
export { regionDedupKey } from './pipeline/region-dedup-key.js';
export { detectGround, type GroundDetectionResult } from './pipeline/detect-ground.js';
export { beginDetection, finishDetection, failDetection, type DetectionStart } from './pipeline/detection-state.js';
export {
  redactRevision,
  type RedactionDeps,
  type RedactRevisionResult,
  type RevisionJob,
} from './pipeline/redact-revision.js';
export { verifyRevision, RedactionNotReadyError, type VerifyRevisionResult } from './pipeline/verify-revision.js';
export { requestRedaction, type RedactionRequest } from './pipeline/request-redaction.js';
export {
  pipelineStepSources,
  unfinishedDetectionStepSource,
  unprocessedPagesStepSource,
} from './pipeline/pipeline-step-sources.js';
