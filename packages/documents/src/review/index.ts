// The review of redaction regions (DESIGN §4 step 5), shared by the API.
export type { ReviewActor, ReviewDeps } from './review-deps.js';
export { reviewEventTypes, reviewChangeTypes, type ReviewEventType } from './review-event-types.js';
export type { ReviewState } from './review-state.js';
export type { RegionBox } from './region-box.js';
export type { RegionView, StaffRef } from './region-view.js';
export { listDocumentRegions, type DocumentRegions, type PageRegions } from './document-regions.js';
export {
  decideRegion,
  changeRegion,
  addManualRegion,
  deleteManualRegion,
  type RegionChangeResult,
  type ManualRegionInput,
} from './region-decisions.js';
export { setRegionNamesake, isIdentifierRegion } from './region-namesake.js';
export { applyRegionDecisionToCase, type CaseWideDecision, type ApplyToCaseResult } from './apply-to-case.js';
export { occurrenceKey, findOccurrences, type WordOccurrence } from './occurrence-text.js';
export { submitReview, approveReview, reopenDocumentReview, type ApprovalResult } from './review-workflow.js';
export { listReviewChanges, type ReviewChanges, type ReviewChange } from './review-changes.js';
export {
  documentAssessment,
  setDocumentOutcome,
  type DocumentAssessmentView,
  type OutcomeInput,
} from './document-assessment.js';
