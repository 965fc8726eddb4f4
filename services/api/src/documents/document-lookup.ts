import type { EntityManager } from '@mikro-orm/postgresql';
import { Document } from '@woo/db';
import { DomainError } from '@woo/domain';
import type { StaffSession } from '../auth/staff-session.js';

/** Also for a document of another organisation: staff never learn that it exists. */
export function documentNotFound(): DomainError {
  return new DomainError('document.not_found', {
    nl: 'Dit document bestaat niet of u heeft er geen toegang toe.',
    en: 'This document does not exist or you have no access to it.',
  });
}

/** A document in a case of the staff member's own organisation; any other is "not found". */
export async function findStaffDocument(em: EntityManager, staff: StaffSession, documentId: string): Promise<Document> {
  const document = await em.findOne(
    Document,
    { id: documentId, case: { organisation: staff.organisationId } },
    { populate: ['parent', 'duplicateOf'] },
  );
  if (!document) throw documentNotFound();
  return document;
}
