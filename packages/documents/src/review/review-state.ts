import type { Document } from '@woo/db';

/** Where a document's review stands; returned after every action so a screen can refresh its header. */
export interface ReviewState {
  documentId: string;
  documentNumber: number;
  reviewStatus: Document['reviewStatus'];
  /** Goes up with every change; the redaction works on one revision. */
  reviewRevision: number;
  submittedBy: string | null;
  approvedBy: string | null;
}

export function reviewStateOf(document: Document): ReviewState {
  return {
    documentId: document.id,
    documentNumber: document.documentNumber,
    reviewStatus: document.reviewStatus,
    reviewRevision: document.reviewRevision,
    submittedBy: document.reviewSubmittedBy?.id ?? null,
    approvedBy: document.reviewApprovedBy?.id ?? null,
  };
}
