import { CaseEventSchema } from './case-event.entity.js';
import { CaseReferenceCounterSchema } from './case-reference-counter.entity.js';
import { CaseSchema } from './case.entity.js';
import { ContactMomentSchema } from './contact-moment.entity.js';
import { DecisionDraftSchema } from './decision-draft.entity.js';
import { DecisionDocumentSchema } from './decision-document.entity.js';
import { DecisionSchema } from './decision.entity.js';
import { DocumentSchema } from './document.entity.js';
import { NotificationSchema } from './notification.entity.js';
import { OfficialSchema } from './official.entity.js';
import { OrganisationSchema } from './organisation.entity.js';
import { OutboxSchema } from './outbox.entity.js';
import { PageSchema } from './page.entity.js';
import { PublicationSchema } from './publication.entity.js';
import { RedactionRegionSchema } from './redaction-region.entity.js';
import { SuspensionSchema } from './suspension.entity.js';
import { ThirdPartyDocumentSchema } from './third-party-document.entity.js';
import { ThirdPartySchema } from './third-party.entity.js';
import { UserSchema } from './user.entity.js';

/** Every entity schema, listed explicitly (no globs). */
export const entities = [
  OrganisationSchema,
  UserSchema,
  OfficialSchema,
  CaseSchema,
  CaseReferenceCounterSchema,
  CaseEventSchema,
  SuspensionSchema,
  ContactMomentSchema,
  ThirdPartySchema,
  ThirdPartyDocumentSchema,
  DocumentSchema,
  PageSchema,
  RedactionRegionSchema,
  DecisionSchema,
  DecisionDocumentSchema,
  DecisionDraftSchema,
  PublicationSchema,
  NotificationSchema,
  OutboxSchema,
] as const;
