import { uploadedDocumentsStepSource } from '@woo/documents';
import type { StepSource } from '@woo/queue';

export { createDocumentIngestHandler } from './document-ingest.handler.js';
export { ingestLimits } from './ingest-limits.js';
export type { IngestDeps } from '@woo/documents';

/** For the reconciler, next to the defaults: documents whose ingest job failed for good are failed visibly. */
export const ingestStepSources: readonly StepSource[] = [uploadedDocumentsStepSource];
