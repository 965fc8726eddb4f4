export { createOrmConfig, migrationsFolder, type OrmConfigInput } from './orm-config.js';
export {
  openOrm,
  migrateToLatest,
  checkDatabase,
  MIGRATION_LOCK_KEY,
  type DatabaseHealth,
  type WooOrm,
} from './open-orm.js';
export { uuidV7 } from './uuid-v7.js';
export { runStatement, runPooledStatement } from './run-statement.js';
export { entities } from './entities/index.js';
export type { IsoDate } from './entities/common-properties.js';

export { Organisation, OrganisationSchema, type LetterTemplate } from './entities/organisation.entity.js';
export { User, UserSchema, userRoles, type UserRole } from './entities/user.entity.js';
export { Case, CaseSchema, caseChannels, type CaseChannel } from './entities/case.entity.js';
export { CaseReferenceCounter, CaseReferenceCounterSchema } from './entities/case-reference-counter.entity.js';
export { CaseEvent, CaseEventSchema, actorKinds, type ActorKind } from './entities/case-event.entity.js';
export {
  Suspension,
  SuspensionSchema,
  suspensionReasons,
  type SuspensionReason,
} from './entities/suspension.entity.js';
export {
  ContactMoment,
  ContactMomentSchema,
  contactChannels,
  contactOutcomes,
  type AgreedScope,
  type ContactChannel,
  type ContactOutcome,
} from './entities/contact-moment.entity.js';
export { ThirdParty, ThirdPartySchema } from './entities/third-party.entity.js';
export { Official, OfficialSchema } from './entities/official.entity.js';
export { ThirdPartyDocument, ThirdPartyDocumentSchema } from './entities/third-party-document.entity.js';
export {
  Document,
  DocumentSchema,
  documentStatuses,
  documentOutcomes,
  documentReviewStatuses,
  type DocumentReviewStatus,
  type DocumentStatus,
  type DocumentOutcome,
} from './entities/document.entity.js';
export { Page, PageSchema, pageStepStatuses, type PageStepStatus, type PageWord } from './entities/page.entity.js';
export {
  RedactionRegion,
  RedactionRegionSchema,
  regionStatuses,
  regionOrigins,
  type RegionStatus,
  type RegionOrigin,
} from './entities/redaction-region.entity.js';
export { Decision, DecisionSchema, decisionOutcomes, type DecisionOutcome } from './entities/decision.entity.js';
export { DecisionDocument, DecisionDocumentSchema } from './entities/decision-document.entity.js';
export { DecisionDraft, DecisionDraftSchema } from './entities/decision-draft.entity.js';
export {
  Publication,
  PublicationSchema,
  publicationStatuses,
  type PublicationStatus,
} from './entities/publication.entity.js';
export {
  Notification,
  NotificationSchema,
  notificationRecipientKinds,
  notificationStatuses,
  type NotificationRecipientKind,
  type NotificationStatus,
} from './entities/notification.entity.js';
export { Outbox, OutboxSchema } from './entities/outbox.entity.js';
