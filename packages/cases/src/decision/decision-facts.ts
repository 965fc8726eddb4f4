// Everything a decision letter and the publication check read about a case, loaded once: the request, the events that
// shaped the procedure, the documents with their assessment and grounds, the third parties, the draft's motivations.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CaseEvent,
  ContactMoment,
  DecisionDraft,
  Document,
  RedactionRegion,
  ThirdParty,
  type AgreedScope,
  type Case,
  type LetterTemplate,
  type Organisation,
} from '@woo/db';
import { deriveDocumentAssessment, type DocumentOutcome, type GroundCode, type IsoDate } from '@woo/domain';
import { letterTemplateOf } from './letter-template.js';

export interface DecisionDocumentFacts {
  id: string;
  documentNumber: number;
  documentDate: IsoDate | null;
  /** Description when there is one, the file name otherwise. */
  title: string;
  originalFilename: string;
  status: Document['status'];
  outcome: DocumentOutcome | null;
  grounds: GroundCode[];
  alreadyPublicUrl: string | null;
  parentNumber: number | null;
  duplicateOfNumber: number | null;
  reviewStatus: Document['reviewStatus'];
  reviewRevision: number;
  redactedRevision: number | null;
  leakGatePassed: boolean | null;
  hasPublicVersion: boolean;
}

export interface ProcedureFacts {
  preciseringAskedOn: IsoDate | null;
  preciseringReceivedOn: IsoDate | null;
  zienswijzeAskedOn: IsoDate[];
  extendedOn: IsoDate | null;
  /** The agreed scope of the last contact that narrowed the request, with its date. */
  narrowed: { on: IsoDate; scope: AgreedScope } | null;
}

export interface DecisionFacts {
  caseId: string;
  reference: string;
  receivedOn: IsoDate;
  question: string;
  requestedPeriod: string | null;
  requesterName: string;
  requesterPostalAddress: string | null;
  organisationName: string;
  template: LetterTemplate;
  procedure: ProcedureFacts;
  documents: DecisionDocumentFacts[];
  /** Third parties that said they object to disclosure (Woo 4.4(5)). */
  thirdPartyObjected: boolean;
  /** The open draft's edited motivations (ground → text). */
  motivations: Record<string, string>;
}

/** The case's open draft (not yet decided), or null. */
export async function findOpenDraft(em: EntityManager, caseId: string): Promise<DecisionDraft | null> {
  return em.findOne(DecisionDraft, { case: caseId, decision: null }, { orderBy: { createdAt: 'desc' } });
}

/** The open draft, or once decided the draft the decision was taken with (its motivations are in the letter). */
async function findCurrentDraft(em: EntityManager, caseId: string): Promise<DecisionDraft | null> {
  return (
    (await findOpenDraft(em, caseId)) ?? em.findOne(DecisionDraft, { case: caseId }, { orderBy: { createdAt: 'desc' } })
  );
}

export async function loadDecisionFacts(
  em: EntityManager,
  kase: Case,
  organisation: Organisation,
): Promise<DecisionFacts> {
  const [events, moments, documents, thirdParties, draft] = await Promise.all([
    em.find(CaseEvent, { case: kase.id }, { orderBy: { occurredOn: 'asc', id: 'asc' } }),
    em.find(ContactMoment, { case: kase.id, outcome: 'narrowed' }, { orderBy: { occurredOn: 'desc' } }),
    em.find(Document, { case: kase.id }, { orderBy: { documentNumber: 'asc' }, populate: ['parent', 'duplicateOf'] }),
    em.find(ThirdParty, { case: kase.id }),
    findCurrentDraft(em, kase.id),
  ]);
  const regions = documents.length
    ? await em.find(
        RedactionRegion,
        { document: { $in: documents.map((d) => d.id) } },
        { fields: ['status', 'ground', 'document'] },
      )
    : [];
  const firstOf = (type: string) => events.find((event) => event.type === type)?.occurredOn ?? null;
  const lastOf = (type: string) => events.filter((event) => event.type === type).at(-1)?.occurredOn ?? null;
  const narrowed = moments[0];

  return {
    caseId: kase.id,
    reference: kase.reference,
    receivedOn: kase.receivedOn,
    question: kase.question,
    requestedPeriod: kase.requestedPeriod ?? null,
    requesterName: kase.requesterName,
    requesterPostalAddress: kase.requesterPostalAddress ?? null,
    organisationName: organisation.name,
    template: letterTemplateOf(organisation),
    procedure: {
      preciseringAskedOn: firstOf('precisering_asked'),
      preciseringReceivedOn: lastOf('precisering_received'),
      zienswijzeAskedOn: [...new Set(events.filter((e) => e.type === 'zienswijze_asked').map((e) => e.occurredOn))],
      extendedOn: firstOf('extension'),
      narrowed: narrowed ? { on: narrowed.occurredOn, scope: narrowed.agreedScope } : null,
    },
    documents: documents.map((document) => {
      const own = regions.filter((region) => region.document.id === document.id);
      return {
        id: document.id,
        documentNumber: document.documentNumber,
        documentDate: document.documentDate ?? null,
        title: document.description?.trim() || document.originalFilename,
        originalFilename: document.originalFilename,
        status: document.status,
        outcome: (document.outcome ?? null) as DocumentOutcome | null,
        grounds: deriveDocumentAssessment(own).grounds,
        alreadyPublicUrl: document.alreadyPublicUrl ?? null,
        parentNumber: document.parent?.documentNumber ?? null,
        duplicateOfNumber: document.duplicateOf?.documentNumber ?? null,
        reviewStatus: document.reviewStatus,
        reviewRevision: document.reviewRevision,
        redactedRevision: document.redactedRevision ?? null,
        leakGatePassed: document.leakGatePassed ?? null,
        hasPublicVersion: Boolean(document.publicBlobKey),
      };
    }),
    thirdPartyObjected: thirdParties.some((party) => party.objected === true),
    motivations: draft?.motivations ?? {},
  };
}
