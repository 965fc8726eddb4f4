export { applyAction, type ActionResult } from './apply-action.js';
export { registerCase, type RegisterCaseInput, type RegisteredCase } from './register-case.js';
export { loadCaseState, caseStateOfRows, eventOfRow } from './case-replay.js';
export type { CaseDeps } from './case-deps.js';
export { actorKindOf, type CaseActor } from './case-actor.js';
export {
  domainEventOf,
  type CaseAction,
  type CaseActionType,
  type ContactLoggedAction,
  type ZienswijzeAskedAction,
  type ZienswijzeReceivedAction,
  type PreciseringReceivedAction,
  type NoteAction,
  type AssignAction,
  type ThirdPartyInput,
} from './case-action.js';
export { auditEventTypes, isDomainEventType, isPublicEventType } from './audit-event-types.js';
export { caseNotFound } from './case-errors.js';
export { hashTrackingCode, newTrackingCode, looksLikeTrackingCode } from './tracking-code.js';
export { hashThirdPartyToken, newThirdPartyToken, looksLikeThirdPartyToken } from './third-party-token.js';
export { queueNotification, type NotificationInput } from './notifications/queue-notification.js';
export { notificationTemplates, explanationOf } from './notifications/action-messages.js';
// The legal date of a moment is a rule of the domain; re-exported here for the callers of the case service.
export { amsterdamDate } from '@woo/domain';
export * from './decision/index.js';
