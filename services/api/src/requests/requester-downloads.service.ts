// What a requester may download: the decision letter once the decision is taken, and — once it is published — the
// public version of every document it discloses that passed the leak gate on its latest review revision. Never an
// original, never a document that is niet openbaar; anything else is "not found".
import type { EntityManager } from '@mikro-orm/postgresql';
import { documentBlockers, documentsOfDecision, isDisclosed, latestDecision } from '@woo/cases';
import { Publication, type Case, type Decision, type Document } from '@woo/db';
import { documentOutcomeLabels, DomainError } from '@woo/domain';

export function downloadNotFound(): DomainError {
  return new DomainError('download.not_found', {
    nl: 'Dit bestand is er (nog) niet.',
    en: 'This file is not available (yet).',
  });
}

async function publishedDecision(em: EntityManager, kase: Case): Promise<Decision | null> {
  const decision = await latestDecision(em, kase.id);
  if (!decision) return null;
  const publication = await em.findOne(Publication, { decision: decision.id, status: 'published' });
  return publication ? decision : null;
}

/** The documents of the published decision the requester may download, in inventory order. */
export async function downloadableDocuments(em: EntityManager, kase: Case) {
  const decision = await publishedDecision(em, kase);
  if (!decision) return [];
  const documents = await documentsOfDecision(em, kase.id, decision);
  return documents
    .filter((d) => isDisclosed(d.outcome) && documentBlockers([d]).length === 0 && d.document.publicBlobKey)
    .sort((a, b) => a.documentNumber - b.documentNumber);
}

export async function requesterDownloads(em: EntityManager, kase: Case) {
  const decision = await latestDecision(em, kase.id);
  const published = (await publishedDecision(em, kase)) !== null;
  return {
    letter: Boolean(decision?.letterBlobKey),
    published,
    documents: (await downloadableDocuments(em, kase)).map((d) => ({
      documentNumber: d.documentNumber,
      title: d.title,
      outcomeLabel: documentOutcomeLabels[d.outcome!],
    })),
  };
}

export async function letterKeyOf(em: EntityManager, kase: Case): Promise<string> {
  const key = (await latestDecision(em, kase.id))?.letterBlobKey;
  if (!key) throw downloadNotFound();
  return key;
}

export async function publicDocumentOf(em: EntityManager, kase: Case, documentNumber: number): Promise<Document> {
  const found = (await downloadableDocuments(em, kase)).find((d) => d.documentNumber === documentNumber);
  if (!found?.document.publicBlobKey) throw downloadNotFound();
  return found.document;
}
