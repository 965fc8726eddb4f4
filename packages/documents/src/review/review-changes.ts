// "What the first reviewer changed": the decisions on a document's regions (and its outcome) in the current round of
// the review — since it was last reopened, or since the start — so the second reviewer can check them before approving.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseEvent, type User } from '@woo/db';
import type { ReviewActor } from './review-deps.js';
import { findReviewDocument } from './review-document.js';
import { reviewChangeTypes, reviewEventTypes } from './review-event-types.js';
import { reviewStateOf, type ReviewState } from './review-state.js';

export interface ReviewChange {
  eventId: number;
  type: string;
  occurredOn: string;
  recordedAt: string;
  actor: { id: string; displayName: string; role: User['role'] } | null;
  /** Ids, page, grounds, boxes and statuses before and after; never the text under a region. */
  data: Record<string, unknown>;
}

export interface ReviewChanges {
  review: ReviewState;
  /** When the current round began: the reopening, or null for the first round. */
  roundStartedAt: string | null;
  submission: { by: string | null; at: string; revision: number | null } | null;
  changes: ReviewChange[];
}

export async function listReviewChanges(
  em: EntityManager,
  actor: ReviewActor,
  documentId: string,
): Promise<ReviewChanges> {
  const { document, kase } = await findReviewDocument(em, actor, documentId);
  const ofDocument = { case: kase.id, data: { documentId: document.id } };
  const reopened = await em.findOne(
    CaseEvent,
    { ...ofDocument, type: reviewEventTypes.reopened },
    { orderBy: { id: 'desc' } },
  );
  const inRound = reopened ? { id: { $gt: reopened.id } } : {};
  const events = await em.find(
    CaseEvent,
    { ...ofDocument, ...inRound, type: { $in: [...reviewChangeTypes, reviewEventTypes.submitted] } },
    { orderBy: { id: 'asc' }, populate: ['actor'] },
  );
  const submitted = events.filter((event) => event.type === reviewEventTypes.submitted).at(-1);
  return {
    review: reviewStateOf(document),
    roundStartedAt: reopened ? reopened.recordedAt.toISOString() : null,
    submission:
      document.reviewStatus !== 'open' && submitted
        ? {
            by: submitted.actor?.id ?? null,
            at: submitted.recordedAt.toISOString(),
            revision: typeof submitted.data.revision === 'number' ? submitted.data.revision : null,
          }
        : null,
    changes: events
      .filter((event) => event.type !== reviewEventTypes.submitted)
      .map((event) => {
        const user = event.actor as User | null | undefined;
        return {
          eventId: Number(event.id),
          type: event.type,
          occurredOn: event.occurredOn,
          recordedAt: event.recordedAt.toISOString(),
          actor: user ? { id: user.id, displayName: user.displayName, role: user.role } : null,
          data: event.data,
        };
      }),
  };
}
