import {
  addDays,
  computeDecisionDeadline,
  DEFAULT_FIRST_CONTACT_WORKING_DAYS,
  defaultHolidayCalendar,
  firstContactDue,
} from '@woo/domain';
/**
 * One factory per entity, each with the fewest required links as arguments and sensible defaults for the rest.
 * They only `em.create` (which persists): call `await em.flush()` when the graph is built.
 *
 *   const organisation = anOrganisation(em);
 *   const kase = aCase(em, { organisation, receivedOn: '2026-03-02' });
 *   await em.flush();
 */
import { createHash, randomBytes } from 'node:crypto';
import type { EntityData, EntityManager, RequiredEntityData } from '@mikro-orm/core';
import { CaseEvent } from '../entities/case-event.entity.js';
import { Case } from '../entities/case.entity.js';
import type { IsoDate } from '../entities/common-properties.js';
import { ContactMoment } from '../entities/contact-moment.entity.js';
import { DecisionDocument } from '../entities/decision-document.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { Document } from '../entities/document.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { Outbox } from '../entities/outbox.entity.js';
import { Page } from '../entities/page.entity.js';
import { Publication } from '../entities/publication.entity.js';
import { RedactionRegion } from '../entities/redaction-region.entity.js';
import { Suspension } from '../entities/suspension.entity.js';
import { ThirdParty } from '../entities/third-party.entity.js';
import { User } from '../entities/user.entity.js';
import { uuidV7 } from '../uuid-v7.js';

type Overrides<T> = Partial<EntityData<T>>;

let sequence = 0;
/** Unique within the process, and random enough not to collide with other test files in the same database. */
function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}-${randomBytes(3).toString('hex')}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const calendar = defaultHolidayCalendar();

export function anOrganisation(em: EntityManager, overrides: Overrides<Organisation> = {}): Organisation {
  const slug = unique('gemeente');
  return em.create(Organisation, { slug, name: `Gemeente ${slug}`, ...overrides } as RequiredEntityData<Organisation>);
}

export function aUser(em: EntityManager, input: { organisation: Organisation } & Overrides<User>): User {
  return em.create(User, {
    email: `${unique('medewerker')}@example.org`,
    displayName: 'Sam de Vries',
    role: 'coordinator',
    ...input,
  } as RequiredEntityData<User>);
}

export function aCase(
  em: EntityManager,
  input: { organisation: Organisation; receivedOn?: IsoDate } & Overrides<Case>,
): Case {
  const receivedOn = input.receivedOn ?? '2026-03-02';
  return em.create(Case, {
    reference: unique('WOO-2026'),
    trackingCodeHash: sha256(unique('tracking')),
    status: 'received',
    channel: 'web',
    question: 'Alle stukken over de herinrichting van het Stationsplein.',
    subjects: ['herinrichting Stationsplein'],
    preferredForm: 'digital',
    requesterName: 'Jan Jansen',
    requesterEmail: 'jan.jansen@example.org',
    // Dates come from the domain clock, as in production: no other code decides a date.
    deadline: computeDecisionDeadline({ receivedOn, suspensions: [], extended: false, calendar }).deadline,
    firstContactDue: firstContactDue(receivedOn, DEFAULT_FIRST_CONTACT_WORKING_DAYS, calendar).date,
    ...input,
    receivedOn,
  } as RequiredEntityData<Case>);
}

export function aCaseEvent(em: EntityManager, input: { case: Case } & Overrides<CaseEvent>): CaseEvent {
  return em.create(CaseEvent, {
    type: 'case.received',
    occurredOn: input.case.receivedOn,
    actorKind: 'system',
    data: {},
    ...input,
  } as RequiredEntityData<CaseEvent>);
}

export function aSuspension(em: EntityManager, input: { case: Case } & Overrides<Suspension>): Suspension {
  return em.create(Suspension, {
    reason: 'precisering',
    fromDate: addDays(input.case.receivedOn, 2),
    ...input,
  } as RequiredEntityData<Suspension>);
}

export function aContactMoment(
  em: EntityManager,
  input: { case: Case; contactedBy: User } & Overrides<ContactMoment>,
): ContactMoment {
  return em.create(ContactMoment, {
    occurredOn: addDays(input.case.receivedOn, 1),
    channel: 'phone',
    contactPerson: input.case.requesterName,
    agreedScope: { subjects: input.case.subjects, period: null, documentTypes: [], custodians: [], notes: null },
    outcome: 'continues_formally',
    ...input,
  } as RequiredEntityData<ContactMoment>);
}

export function aThirdParty(em: EntityManager, input: { case: Case } & Overrides<ThirdParty>): ThirdParty {
  const askedOn = addDays(input.case.receivedOn, 7);
  return em.create(ThirdParty, {
    name: 'Bouwbedrijf Noord B.V.',
    zienswijzeAskedOn: askedOn,
    periodEndsOn: addDays(askedOn, 14),
    ...input,
  } as RequiredEntityData<ThirdParty>);
}

let documentNumber = 0;
export function aDocument(em: EntityManager, input: { case: Case } & Overrides<Document>): Document {
  documentNumber += 1;
  const content = unique('content');
  return em.create(Document, {
    familyId: uuidV7(),
    documentNumber,
    originalFilename: `document-${documentNumber}.pdf`,
    mediaType: 'application/pdf',
    byteSize: 1024,
    sha256: sha256(content),
    blobKey: `originals/${content}`,
    ...input,
  } as RequiredEntityData<Document>);
}

export function aPage(em: EntityManager, input: { document: Document } & Overrides<Page>): Page {
  return em.create(Page, { pageNumber: 1, widthPt: 595.28, heightPt: 841.89, ...input } as RequiredEntityData<Page>);
}

export function aRedactionRegion(
  em: EntityManager,
  input: { document: Document; page: Page } & Overrides<RedactionRegion>,
): RedactionRegion {
  return em.create(RedactionRegion, {
    x: 72,
    y: 100,
    width: 120,
    height: 14,
    text: 'Jan Jansen',
    ground: '5.1.2e',
    recogniser: 'known_person',
    confidence: 0.9,
    origin: 'detected',
    dedupKey: unique('region'),
    ...input,
  } as RequiredEntityData<RedactionRegion>);
}

export function aDecision(em: EntityManager, input: { case: Case } & Overrides<Decision>): Decision {
  return em.create(Decision, {
    sequence: 1,
    decidedOn: input.case.deadline,
    outcome: 'deels_openbaar',
    ...input,
  } as RequiredEntityData<Decision>);
}

export function aDecisionDocument(
  em: EntityManager,
  input: { decision: Decision; document: Document } & Overrides<DecisionDocument>,
): DecisionDocument {
  return em.create(DecisionDocument, {
    outcome: 'deels_openbaar',
    grounds: ['5.1.2e'],
    ...input,
  } as RequiredEntityData<DecisionDocument>);
}

export function aPublication(em: EntityManager, input: { decision: Decision } & Overrides<Publication>): Publication {
  return em.create(Publication, { publicSlug: unique('besluit'), ...input } as RequiredEntityData<Publication>);
}

export function anOutboxRow(em: EntityManager, overrides: Overrides<Outbox> = {}): Outbox {
  return em.create(Outbox, {
    queueName: 'ingest',
    jobName: 'ingest.document',
    jobId: unique('ingest'),
    payload: { documentId: uuidV7() },
    ...overrides,
  } as RequiredEntityData<Outbox>);
}
