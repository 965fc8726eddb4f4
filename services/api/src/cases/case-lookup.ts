import type { EntityManager } from '@mikro-orm/postgresql';
import { caseNotFound } from '@woo/cases';
import { Case } from '@woo/db';
import type { StaffSession } from '../auth/staff-session.js';

/** A case of the staff member's own organisation; any other case is "not found", exactly like one that does not exist. */
export async function findStaffCase(em: EntityManager, staff: StaffSession, caseId: string): Promise<Case> {
  const kase = await em.findOne(Case, { id: caseId, organisation: staff.organisationId });
  if (!kase) throw caseNotFound();
  return kase;
}
