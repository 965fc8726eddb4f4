// The document routes' answers as the web app reads them (services/api/src/documents/document.schemas.ts).
import type { Bilingual } from '../api/api-types';

export type DocumentStatus = 'uploaded' | 'processing' | 'ready' | 'failed';
export type StepStatus = 'pending' | 'running' | 'done' | 'failed';
export type StepCounts = Record<StepStatus, number>;

export interface DocumentRef {
  id: string;
  documentNumber: number;
}

export interface UploadedDocument extends DocumentRef {
  filename: string;
  mediaType: string;
  byteSize: number;
  status: DocumentStatus;
  duplicateOf: DocumentRef | null;
}

/** What one upload may hold (the API's configuration). */
export interface UploadLimits {
  maxFileBytes: number;
  maxFiles: number;
}

export interface RejectedFile {
  filename: string;
  code: 'upload.too_large' | 'upload.too_many_files' | 'upload.empty';
  reason: Bilingual;
}

export interface UploadResponse {
  documents: UploadedDocument[];
  rejected: RejectedFile[];
}

export interface DocumentSummary extends UploadedDocument {
  /** Why processing failed, in Dutch (the API has no English text for it). */
  failureReason: string | null;
  pageCount: number | null;
  familyId: string;
  /** The e-mail this document was attached to. */
  parent: DocumentRef | null;
  progress: { pages: number; textLayer: number; render: StepCounts; ocr: StepCounts; detect: StepCounts };
  detectStatus: StepStatus;
  reviewStatus: 'open' | 'submitted' | 'approved';
  redactStatus: StepStatus;
  regionsPerGround: { ground: string; regions: number }[];
  leakGatePassed: boolean | null;
  createdAt: string;
}

export interface DocumentPage {
  id: string;
  pageNumber: number;
  hasTextLayer: boolean;
  renderStatus: StepStatus;
  ocrStatus: StepStatus;
  detectStatus: StepStatus;
  failureReason: string | null;
}

export interface DocumentDetail extends DocumentSummary {
  caseId: string;
  pages: DocumentPage[];
}
