// The review of a document's regions: a coordinator or reviewer decides every region and submits; a second reviewer
// who did not submit approves (four eyes), which requests the burn-in of that revision; reopening starts a new round.
// Status: open → submitted → approved; any change, or a reopen, brings it back to open. An approved document without
// an outcome chosen by a person gets the one its regions give (openbaar or deels openbaar), so the inventory is whole.
import type { EntityManager } from '@mikro-orm/postgresql';
import { RedactionRegion, User } from '@woo/db';
import { deriveDocumentAssessment } from '@woo/domain';
import { requestRedaction, type RedactionRequest } from '../pipeline/request-redaction.js';
import { reopenReview, writeReviewEvent } from './review-change.js';
import type { ReviewActor, ReviewDeps } from './review-deps.js';
import { lockReviewDocument } from './review-document.js';
import { approvalBySubmitter, detectionNotFinished, openRegionsLeft, reviewNotInStatus } from './review-errors.js';
import { reviewEventTypes } from './review-event-types.js';
import { reviewStateOf, type ReviewState } from './review-state.js';

/** Refused while a region is still 'proposed' (409 with how many, and on which pages), or detection still runs. */
export async function submitReview(
  em: EntityManager,
  actor: ReviewActor,
  documentId: string,
  deps: ReviewDeps,
): Promise<ReviewState> {
  return em.transactional(async (tem) => {
    const scope = await lockReviewDocument(tem, actor, documentId);
    const { document } = scope;
    if (document.reviewStatus !== 'open') throw reviewNotInStatus('not_open', document.reviewStatus);
    // Regions may still arrive while detection runs; a failed detection leaves the review to people.
    if (document.detectStatus === 'pending' || document.detectStatus === 'running') throw detectionNotFinished();
    const open = await tem.find(
      RedactionRegion,
      { document: document.id, status: 'proposed' },
      { populate: ['page'], fields: ['id', 'page.pageNumber'] },
    );
    if (open.length > 0) {
      const pages = [...new Set(open.map((region) => region.page.pageNumber))].sort((a, b) => a - b);
      throw openRegionsLeft(open.length, pages);
    }
    document.reviewStatus = 'submitted';
    document.reviewSubmittedBy = tem.getReference(User, actor.userId);
    document.reviewApprovedBy = null;
    writeReviewEvent(tem, scope, actor, deps, reviewEventTypes.submitted, { revision: document.reviewRevision });
    await tem.flush();
    return reviewStateOf(document);
  });
}

export interface ApprovalResult {
  review: ReviewState;
  redaction: RedactionRequest;
}

/** Only by someone other than the submitter; the role check (reviewer or admin) is the caller's. */
export async function approveReview(
  em: EntityManager,
  actor: ReviewActor,
  documentId: string,
  deps: ReviewDeps,
): Promise<ApprovalResult> {
  return em.transactional(async (tem) => {
    const scope = await lockReviewDocument(tem, actor, documentId);
    const { document } = scope;
    if (document.reviewStatus !== 'submitted') throw reviewNotInStatus('not_submitted', document.reviewStatus);
    if (document.reviewSubmittedBy?.id === actor.userId) throw approvalBySubmitter();
    document.reviewStatus = 'approved';
    document.reviewApprovedBy = tem.getReference(User, actor.userId);
    let outcomeFromRegions: 'openbaar' | 'deels_openbaar' | null = null;
    if (!document.outcome) {
      const regions = await tem.find(RedactionRegion, { document: document.id }, { fields: ['status', 'ground'] });
      outcomeFromRegions = deriveDocumentAssessment(regions).suggestedOutcome;
      document.outcome = outcomeFromRegions;
    }
    writeReviewEvent(tem, scope, actor, deps, reviewEventTypes.approved, {
      revision: document.reviewRevision,
      submittedBy: document.reviewSubmittedBy?.id ?? null,
      outcomeFromRegions,
    });
    await tem.flush();
    // The burn-in of exactly this revision; its outbox row commits with the approval.
    const redaction = await requestRedaction(tem, document.id);
    return { review: reviewStateOf(document), redaction };
  });
}

export async function reopenDocumentReview(
  em: EntityManager,
  actor: ReviewActor,
  documentId: string,
  reason: string | null,
  deps: ReviewDeps,
): Promise<ReviewState> {
  return em.transactional(async (tem) => {
    const scope = await lockReviewDocument(tem, actor, documentId);
    if (!reopenReview(tem, scope, actor, deps, 'requested', reason)) {
      throw reviewNotInStatus('already_open', scope.document.reviewStatus);
    }
    await tem.flush();
    return reviewStateOf(scope.document);
  });
}
