import type { CaseActor } from '@woo/cases';
import type { UserRole } from '@woo/db';

/** The signed-in staff member, as every staff route sees it (loaded fresh from the database on each request). */
export interface StaffSession {
  sessionId: string;
  userId: string;
  organisationId: string;
  role: UserRole;
  displayName: string;
  email: string;
}

/** The staff member as the case service records who acted. */
export function staffActor(staff: StaffSession): CaseActor {
  return { kind: 'staff', userId: staff.userId, organisationId: staff.organisationId };
}
