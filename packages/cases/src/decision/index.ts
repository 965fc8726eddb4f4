export type { DecisionLetter, DecisionLetterBlock, RenderLetter } from './decision-letter-model.js';
export { letterTemplateOf } from './letter-template.js';
export { decisionOutcomeOf, isDisclosed } from './decision-outcome.js';
export { loadDecisionFacts, findOpenDraft, type DecisionFacts, type DecisionDocumentFacts } from './decision-facts.js';
export {
  decisionLetter,
  groundsUsed,
  motivationOf,
  motivationPlace,
  inventoryColumns,
  type LetterMoment,
} from './decision-letter.js';
export { decisionDraftView, draftViewOf, saveMotivations, type DecisionDraftView } from './decision-draft.js';
export {
  decideWithLetter,
  letterBlobKey,
  objectionUntil,
  previewMoment,
  type DecisionDeps,
  type LetterStore,
} from './decide-with-letter.js';
export {
  documentBlockers,
  documentsOfDecision,
  latestDecision,
  publicationReadiness,
  type PublishableDocument,
  type PublicationReadiness,
} from './publication-readiness.js';
export { recordPublication } from './record-publication.js';
export { publishDecision } from './publish-decision.js';
export {
  blockers,
  letterNotFound,
  publicationBlocked,
  publicationBlockerCodes,
  type DocumentRef,
  type PublicationBlocker,
} from './decision-errors.js';
