// May the latest decision of a case be published? Every reason it may not, named per document (DESIGN §4 step 7:
// nothing is published without passing the leak gate): the decision must exist and not be on hold (Woo 4.4(5)),
// it must have its letter, and every document it discloses must have a finished review, a public version of its latest
// review revision, and a passed leak gate. The same check guards the `published` event itself (applyAction), so no
// route can skip it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseEvent, Decision, DecisionDocument, Document, Publication, type Case } from '@woo/db';
import { compareIsoDates, statusLabels, type CaseStatus, type DocumentOutcome, type IsoDate } from '@woo/domain';
import { blockers, type PublicationBlocker } from './decision-errors.js';
import { isDisclosed } from './decision-outcome.js';

/** What the check reads of a document. */
export interface PublishableDocument {
  documentNumber: number;
  title: string;
  outcome: DocumentOutcome | null;
  reviewStatus: Document['reviewStatus'];
  reviewRevision: number;
  redactedRevision: number | null;
  leakGatePassed: boolean | null;
  hasPublicVersion: boolean;
}

/** The reasons a set of documents cannot be published, in inventory order; empty when they can. */
export function documentBlockers(documents: readonly PublishableDocument[]): PublicationBlocker[] {
  const reasons: PublicationBlocker[] = [];
  for (const document of [...documents].sort((a, b) => a.documentNumber - b.documentNumber)) {
    if (document.outcome === 'niet_openbaar' || document.outcome === 'reeds_openbaar') continue;
    if (!isDisclosed(document.outcome) || document.reviewStatus !== 'approved') {
      reasons.push(blockers.reviewNotFinished(document));
    } else if (document.redactedRevision !== document.reviewRevision) {
      reasons.push(blockers.notRedacted(document));
    } else if (document.leakGatePassed === false) {
      reasons.push(blockers.leakGateFailed(document));
    } else if (document.leakGatePassed !== true || !document.hasPublicVersion) {
      reasons.push(blockers.leakGatePending(document));
    }
  }
  return reasons;
}

/**
 * What keeps this decision itself from publication, whatever the case's status: its letter (the published dossier
 * holds it, DESIGN §5; a decision recorded through the generic action has none) and its documents.
 */
export async function decisionBlockers(
  em: EntityManager,
  caseId: string,
  decision: Decision,
): Promise<PublicationBlocker[]> {
  return [
    ...(decision.letterBlobKey ? [] : [blockers.noLetter()]),
    ...documentBlockers(await documentsOfDecision(em, caseId, decision)),
  ];
}

/** The case's latest decision, or null. */
export async function latestDecision(em: EntityManager, caseId: string): Promise<Decision | null> {
  return em.findOne(Decision, { case: caseId }, { orderBy: { sequence: 'desc' } });
}

/** The documents a decision covers with the outcome it gave them (or, for a decision without inventory rows, the case's). */
export async function documentsOfDecision(
  em: EntityManager,
  caseId: string,
  decision: Decision,
): Promise<(PublishableDocument & { document: Document })[]> {
  const lines = await em.find(DecisionDocument, { decision: decision.id }, { populate: ['document'] });
  const rows = lines.length
    ? lines.map((line) => ({ document: line.document, outcome: line.outcome as DocumentOutcome }))
    : (await em.find(Document, { case: caseId })).map((document) => ({
        document,
        outcome: (document.outcome ?? null) as DocumentOutcome | null,
      }));
  return rows.map(({ document, outcome }) => ({
    document,
    documentNumber: document.documentNumber,
    title: document.description?.trim() || document.originalFilename,
    outcome,
    reviewStatus: document.reviewStatus,
    reviewRevision: document.reviewRevision,
    redactedRevision: document.redactedRevision ?? null,
    leakGatePassed: document.leakGatePassed ?? null,
    hasPublicVersion: Boolean(document.publicBlobKey),
  }));
}

export interface PublicationReadiness {
  ready: boolean;
  reasons: PublicationBlocker[];
  decision: Decision | null;
  publication: Publication | null;
  /** The legal date of the `published` event, once published. */
  publishedOn: IsoDate | null;
}

/** Every reason the case's latest decision cannot be published today; `ready` when there is none. */
export async function publicationReadiness(
  em: EntityManager,
  kase: Case,
  today: IsoDate,
): Promise<PublicationReadiness> {
  const decision = await latestDecision(em, kase.id);
  const publication = decision ? await em.findOne(Publication, { decision: decision.id, status: 'published' }) : null;
  const status = kase.status as CaseStatus;
  const reasons: PublicationBlocker[] = [];
  if (!decision) {
    reasons.push(blockers.noDecision());
  } else if (publication || status === 'published') {
    reasons.push(blockers.alreadyPublished());
  } else {
    if (status === 'disclosure_hold' && decision.disclosureHoldUntil) {
      if (compareIsoDates(today, decision.disclosureHoldUntil) < 0) {
        reasons.push(blockers.disclosureHold(decision.disclosureHoldUntil));
      }
    } else if (status !== 'decided') {
      const label = statusLabels[status] ?? { nl: status, en: status };
      reasons.push(blockers.status(label.nl, label.en));
    }
    reasons.push(...(await decisionBlockers(em, kase.id, decision)));
  }
  const published = publication
    ? await em.findOne(CaseEvent, { case: kase.id, type: 'published' }, { orderBy: { id: 'desc' } })
    : null;
  return { ready: reasons.length === 0, reasons, decision, publication, publishedOn: published?.occurredOn ?? null };
}
