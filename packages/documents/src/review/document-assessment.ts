// Per document: the outcome a person chose (openbaar, deels openbaar, niet openbaar, reeds openbaar with its link)
// beside what the regions say — the grounds (union of the accepted regions', printed for the inventory) and the
// suggested outcome. The rule lives in the domain (deriveDocumentAssessment); this reads and writes the rows.
import type { EntityManager } from '@mikro-orm/postgresql';
import { RedactionRegion, type Document } from '@woo/db';
import {
  deriveDocumentAssessment,
  documentOutcomeLabels,
  groundLegend,
  outcomeNotices,
  type DerivedDocumentAssessment,
  type DocumentOutcome,
  type GroundLegendEntry,
  type OutcomeNotice,
} from '@woo/domain';
import { recordReviewChange } from './review-change.js';
import type { ReviewActor, ReviewDeps } from './review-deps.js';
import { findReviewDocument, lockReviewDocument } from './review-document.js';
import { alreadyPublicLinkNotExpected, alreadyPublicLinkRequired } from './review-errors.js';
import { reviewEventTypes } from './review-event-types.js';
import { reviewStateOf, type ReviewState } from './review-state.js';

export interface DocumentAssessmentView {
  review: ReviewState;
  /** Chosen by a person; null until then. */
  outcome: DocumentOutcome | null;
  outcomeLabel: { nl: string; en: string } | null;
  alreadyPublicUrl: string | null;
  derived: DerivedDocumentAssessment;
  legend: GroundLegendEntry[];
  /** Where the chosen outcome and the regions disagree. */
  notices: OutcomeNotice[];
}

export interface OutcomeInput {
  outcome: DocumentOutcome;
  /** Required with 'reeds_openbaar' (an http(s) link), refused with the others. */
  alreadyPublicUrl?: string | null;
}

async function assessmentOf(em: EntityManager, document: Document): Promise<DocumentAssessmentView> {
  const regions = await em.find(RedactionRegion, { document: document.id }, { fields: ['status', 'ground'] });
  const derived = deriveDocumentAssessment(regions);
  const outcome = (document.outcome ?? null) as DocumentOutcome | null;
  return {
    review: reviewStateOf(document),
    outcome,
    outcomeLabel: outcome ? documentOutcomeLabels[outcome] : null,
    alreadyPublicUrl: document.alreadyPublicUrl ?? null,
    derived,
    legend: groundLegend(derived.grounds),
    notices: outcomeNotices(outcome, derived),
  };
}

export async function documentAssessment(
  em: EntityManager,
  actor: ReviewActor,
  documentId: string,
): Promise<DocumentAssessmentView> {
  const { document } = await findReviewDocument(em, actor, documentId);
  return assessmentOf(em, document);
}

export async function setDocumentOutcome(
  em: EntityManager,
  actor: ReviewActor,
  documentId: string,
  input: OutcomeInput,
  deps: ReviewDeps,
): Promise<DocumentAssessmentView> {
  return em.transactional(async (tem) => {
    const scope = await lockReviewDocument(tem, actor, documentId);
    const { document } = scope;
    const url = input.alreadyPublicUrl?.trim() || null;
    if (input.outcome === 'reeds_openbaar' && !url) throw alreadyPublicLinkRequired();
    if (input.outcome !== 'reeds_openbaar' && url) throw alreadyPublicLinkNotExpected();
    if (document.outcome !== input.outcome || (document.alreadyPublicUrl ?? null) !== url) {
      const from = { outcome: document.outcome ?? null, alreadyPublicUrl: document.alreadyPublicUrl ?? null };
      document.outcome = input.outcome;
      document.alreadyPublicUrl = url;
      recordReviewChange(tem, scope, actor, deps, reviewEventTypes.outcomeSet, {
        from,
        to: { outcome: input.outcome, alreadyPublicUrl: url },
      });
      await tem.flush();
    }
    return assessmentOf(tem, document);
  });
}
