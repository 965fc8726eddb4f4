// The third party's view of a zienswijze request, found by the hash of the token in their link. Only what concerns
// them: the case reference, the organisation, their own period and the documents the coordinator linked to them.
// Nothing about the requester (no name, question, contact or status text of the request).
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashThirdPartyToken, loadCaseState, looksLikeThirdPartyToken, type CaseDeps } from '@woo/cases';
import type { Document } from '@woo/db';
import { RedactionRegion, ThirdParty, ThirdPartyDocument, Page } from '@woo/db';
import { compareIsoDates, DomainError } from '@woo/domain';
import type { ThirdPartyView } from './third-party.schemas.js';

export function zienswijzeNotFound(): DomainError {
  return new DomainError('zienswijze.not_found', {
    nl: 'Deze link werkt niet (meer). Kijk de link na in de e-mail die u kreeg, of neem contact op met de organisatie die u de e-mail stuurde.',
    en: 'This link does not work (any more). Please check the link in the e-mail you received, or contact the organisation that sent it.',
  });
}

export function documentNotShared(): DomainError {
  return new DomainError('zienswijze.document.not_found', {
    nl: 'Dit document hoort niet bij uw zienswijze.',
    en: 'This document is not part of your zienswijze.',
  });
}

/** A hash lookup: the token itself is never compared, stored or logged. */
export async function findThirdPartyByToken(em: EntityManager, token: string): Promise<ThirdParty | null> {
  if (!looksLikeThirdPartyToken(token)) return null;
  return em.findOne(
    ThirdParty,
    { accessTokenHash: hashThirdPartyToken(token) },
    { populate: ['case', 'case.organisation'] },
  );
}

/** A document linked to this third party, or 404 (also for a document of another case or another third party). */
export async function sharedDocument(em: EntityManager, thirdParty: ThirdParty, documentId: string): Promise<Document> {
  const link = await em.findOne(
    ThirdPartyDocument,
    { thirdParty: thirdParty.id, document: documentId },
    { populate: ['document'] },
  );
  if (!link || link.document.case.id !== thirdParty.case.id) throw documentNotShared();
  return link.document;
}

/** Whether the form can still be sent, and if not, why not. */
export async function formState(
  em: EntityManager,
  thirdParty: ThirdParty,
  deps: CaseDeps,
): Promise<ThirdPartyView['form']> {
  if (thirdParty.viewReceivedOn) return 'answered';
  const state = await loadCaseState(em, thirdParty.case, deps.calendar);
  const awaited = state.pendingZienswijzen.some((pending) => pending.thirdPartyId === thirdParty.id);
  if (compareIsoDates(deps.today(), thirdParty.periodEndsOn) > 0) return 'period_ended';
  return awaited ? 'open' : 'closed';
}

export async function thirdPartyView(
  em: EntityManager,
  thirdParty: ThirdParty,
  deps: CaseDeps,
): Promise<ThirdPartyView> {
  const links = await em.find(
    ThirdPartyDocument,
    { thirdParty: thirdParty.id },
    { populate: ['document'], orderBy: { document: { documentNumber: 'asc' } } },
  );
  const documents: ThirdPartyView['documents'] = [];
  for (const { document } of links) {
    const pages = await em.find(Page, { document: document.id }, { orderBy: { pageNumber: 'asc' } });
    const regions = await em.find(RedactionRegion, { document: document.id, status: { $ne: 'rejected' } });
    const counts = new Map<string, number>();
    for (const region of regions) counts.set(region.ground, (counts.get(region.ground) ?? 0) + 1);
    documents.push({
      id: document.id,
      documentNumber: document.documentNumber,
      documentDate: document.documentDate ?? null,
      description: document.description ?? null,
      state: documentState(document),
      pages:
        documentState(document) === 'ready'
          ? pages.map((page) => ({
              pageNumber: page.pageNumber,
              widthPt: Number(page.widthPt),
              heightPt: Number(page.heightPt),
            }))
          : [],
      redactions: [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([ground, count]) => ({ ground, count })),
    });
  }
  const kase = thirdParty.case;
  return {
    reference: kase.reference,
    organisation: { name: kase.organisation.name },
    name: thirdParty.name,
    askedOn: thirdParty.zienswijzeAskedOn,
    periodEndsOn: thirdParty.periodEndsOn,
    form: await formState(em, thirdParty, deps),
    answer: thirdParty.viewReceivedOn
      ? { receivedOn: thirdParty.viewReceivedOn, objected: thirdParty.objected ?? null }
      : null,
    documents,
  };
}

/** Shown only once detection finished: before that the proposed redactions are not all there yet. */
export function documentState(document: Document): ThirdPartyView['documents'][number]['state'] {
  if (document.status === 'failed' || document.detectStatus === 'failed') return 'failed';
  if (document.outcome === 'niet_openbaar') return 'withheld';
  if (document.status !== 'ready' || document.detectStatus !== 'done') return 'processing';
  return 'ready';
}
