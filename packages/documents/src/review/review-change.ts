// How every change of a review is written down: one audit event on the case and one step up of the review revision
// (the redaction and the leak gate work on a revision). A change to a submitted or approved review reopens it, so a
// second reviewer only ever approves exactly what was submitted.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseEvent, User } from '@woo/db';
import type { ReviewActor, ReviewDeps } from './review-deps.js';
import type { ReviewScope } from './review-document.js';
import { reviewEventTypes, type ReviewEventType } from './review-event-types.js';

export function writeReviewEvent(
  tem: EntityManager,
  scope: ReviewScope,
  actor: ReviewActor,
  deps: ReviewDeps,
  type: ReviewEventType,
  data: Record<string, unknown>,
  reason: string | null = null,
): CaseEvent {
  return tem.create(CaseEvent, {
    case: scope.kase,
    type,
    occurredOn: deps.today(),
    actor: tem.getReference(User, actor.userId),
    actorKind: 'coordinator',
    reason,
    data: { documentId: scope.document.id, ...data },
    isPublic: false,
  });
}

/** Reopens a submitted or approved review; returns whether it did. */
export function reopenReview(
  tem: EntityManager,
  scope: ReviewScope,
  actor: ReviewActor,
  deps: ReviewDeps,
  cause: 'changed' | 'requested',
  reason: string | null = null,
): boolean {
  const { document } = scope;
  if (document.reviewStatus === 'open') return false;
  writeReviewEvent(
    tem,
    scope,
    actor,
    deps,
    reviewEventTypes.reopened,
    { from: document.reviewStatus, cause, revision: document.reviewRevision },
    reason,
  );
  document.reviewStatus = 'open';
  document.reviewSubmittedBy = null;
  document.reviewApprovedBy = null;
  return true;
}

export function recordReviewChange(
  tem: EntityManager,
  scope: ReviewScope,
  actor: ReviewActor,
  deps: ReviewDeps,
  type: ReviewEventType,
  data: Record<string, unknown>,
): void {
  reopenReview(tem, scope, actor, deps, 'changed');
  scope.document.reviewRevision += 1;
  writeReviewEvent(tem, scope, actor, deps, type, { ...data, revision: scope.document.reviewRevision });
}
