// The redaction review's shapes as the API answers them (services/api/src/review/*.schemas.ts) and its addresses.
import type { Bilingual } from '../api/api-types';

export type RegionStatus = 'proposed' | 'accepted' | 'rejected';
export type ReviewStatus = 'open' | 'submitted' | 'approved';
export type StepStatus = 'pending' | 'running' | 'done' | 'failed';
export type DocumentOutcome = 'openbaar' | 'deels_openbaar' | 'niet_openbaar' | 'reeds_openbaar';

/** PDF points from the top-left of the page as displayed. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ReviewState {
  documentId: string;
  documentNumber: number;
  reviewStatus: ReviewStatus;
  reviewRevision: number;
  submittedBy: string | null;
  approvedBy: string | null;
}

export interface StaffRef {
  id: string;
  displayName: string;
}

export interface Region {
  id: string;
  page: number;
  box: Box;
  text: string | null;
  ground: string;
  groundLabel: Bilingual | null;
  recogniser: string;
  confidence: number;
  status: RegionStatus;
  origin: 'detected' | 'manual';
  createdBy: StaffRef | null;
  changedBy: StaffRef | null;
  /** Recorded: where this text stands openly elsewhere in the document, that is another person (a namesake). */
  namesake: { by: StaffRef | null; at: string } | null;
  updatedAt: string;
}

export interface Ground {
  code: string;
  labelNl: string;
  labelEn: string;
  kind: string;
  article: string | null;
}

export interface DocumentRegions {
  review: ReviewState;
  pageCount: number;
  pages: { page: number; width: number; height: number; regions: Region[] }[];
  counts: { proposed: number; accepted: number; rejected: number };
  legend: Ground[];
}

export interface RegionChange {
  region: Region | null;
  review: ReviewState;
  changed: boolean;
}

export interface ApplyToCaseResult {
  decision: 'accept' | 'reject';
  ground: string | null;
  changedRegions: number;
  unchangedRegions: number;
  addedRegions: number;
  documents: (ReviewState & { changedRegions: number; addedRegions: number })[];
}

export interface ReviewChangeEvent {
  eventId: number;
  type: string;
  occurredOn: string;
  recordedAt: string;
  actor: { id: string; displayName: string; role: string } | null;
  data: Record<string, unknown>;
}

export interface ReviewChanges {
  review: ReviewState;
  roundStartedAt: string | null;
  submission: { by: string | null; at: string; revision: number | null } | null;
  changes: ReviewChangeEvent[];
}

export interface Assessment {
  review: ReviewState;
  outcome: DocumentOutcome | null;
  outcomeLabel: Bilingual | null;
  alreadyPublicUrl: string | null;
  derived: {
    grounds: string[];
    groundList: string;
    suggestedOutcome: 'openbaar' | 'deels_openbaar';
    acceptedRegions: number;
    openRegions: number;
  };
  legend: Ground[];
  notices: { code: string; nl: string; en: string }[];
}

export interface LeakReportEntry {
  route: string;
  kind?: string;
  page?: number;
  regionId?: string;
}

/** The parts of GET /api/v1/documents/:id the review page reads. */
export interface ReviewedDocument {
  id: string;
  documentNumber: number;
  filename: string;
  caseId: string;
  status: 'uploaded' | 'processing' | 'ready' | 'failed';
  pageCount: number | null;
  detectStatus: StepStatus;
  reviewStatus: ReviewStatus;
  redactStatus: StepStatus;
  /** Result of the leak gate on the public version; null until verified. */
  leakGatePassed?: boolean | null;
  /** What the leak gate found (never the text): where, what kind, and the region behind a region-derived leak. */
  leakReport?: LeakReportEntry[] | null;
  pages: { pageNumber: number; widthPt: number; heightPt: number; renderStatus: StepStatus }[];
}

export const reviewPaths = {
  document: (id: string) => `/api/v1/documents/${id}`,
  regions: (id: string) => `/api/v1/documents/${id}/regions`,
  pageImage: (id: string, page: number) => `/api/v1/documents/${id}/page-image?page=${page}`,
  outcome: (id: string) => `/api/v1/documents/${id}/outcome`,
  changes: (id: string) => `/api/v1/documents/${id}/review/changes`,
  submit: (id: string) => `/api/v1/documents/${id}/review/submit`,
  approve: (id: string) => `/api/v1/documents/${id}/review/approve`,
  reopen: (id: string) => `/api/v1/documents/${id}/review/reopen`,
  /** PATCH: a new ground or box. */
  region: (regionId: string) => `/api/v1/regions/${regionId}`,
  accept: (regionId: string) => `/api/v1/regions/${regionId}/accept`,
  reject: (regionId: string) => `/api/v1/regions/${regionId}/reject`,
  applyToCase: (regionId: string) => `/api/v1/regions/${regionId}/apply-to-case`,
  namesake: (regionId: string) => `/api/v1/regions/${regionId}/namesake`,
  grounds: '/api/v1/exemption-grounds',
} as const;

/** The review page of a document. */
export const reviewPageHref = (documentId: string) => `/documenten/${documentId}/beoordelen`;
