// Every review action starts here: the document row is locked for the transaction, so two reviewers working on one
// document take turns and each change gets its own review revision. Whether the document belongs to the actor's
// organisation is checked on its case; any other document is "not found".
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, Document, RedactionRegion } from '@woo/db';
import type { DomainError } from '@woo/domain';
import { documentNotFound, regionNotFound } from './review-errors.js';
import type { ReviewActor } from './review-deps.js';

export interface ReviewScope {
  document: Document;
  kase: Case;
}

export async function lockReviewDocument(
  tem: EntityManager,
  actor: ReviewActor,
  documentId: string,
  notFound: () => DomainError = documentNotFound,
): Promise<ReviewScope> {
  const document = await tem.findOne(Document, { id: documentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!document) throw notFound();
  const kase = await tem.findOne(Case, { id: document.case.id, organisation: actor.organisationId });
  if (!kase) throw notFound();
  return { document, kase };
}

/** A region with its document locked; the region is read after the lock, so it is the committed latest. */
export async function lockReviewRegion(
  tem: EntityManager,
  actor: ReviewActor,
  regionId: string,
): Promise<ReviewScope & { region: RedactionRegion }> {
  const located = await tem.findOne(RedactionRegion, { id: regionId }, { fields: ['id', 'document'] });
  if (!located) throw regionNotFound();
  const scope = await lockReviewDocument(tem, actor, located.document.id, regionNotFound);
  const region = await tem.findOne(RedactionRegion, { id: regionId }, { refresh: true, populate: ['page'] });
  if (!region) throw regionNotFound();
  return { ...scope, region };
}

/** Without a lock, for reading. */
export async function findReviewDocument(
  em: EntityManager,
  actor: ReviewActor,
  documentId: string,
  notFound: () => DomainError = documentNotFound,
): Promise<ReviewScope> {
  const document = await em.findOne(Document, { id: documentId });
  if (!document) throw notFound();
  const kase = await em.findOne(Case, { id: document.case.id, organisation: actor.organisationId });
  if (!kase) throw notFound();
  return { document, kase };
}
