// Who may do what. Every staff route names one permission; this table is the only place that maps them to roles.
// Coordinators run cases; reviewers (jurists) read everything, add notes and decide the review; admins may do all.
import type { UserRole } from '@woo/db';
import { caseEventTypes, type CaseEventType } from '@woo/domain';

export type Permission =
  'session.read' | 'case.read' | 'case.register' | 'case.assign' | 'case.note' | `case.action.${CaseEventType}`;

const everyone: readonly UserRole[] = ['coordinator', 'reviewer', 'admin'];
const coordinators: readonly UserRole[] = ['coordinator', 'admin'];
const reviewers: readonly UserRole[] = ['reviewer', 'admin'];

/** The review itself belongs to the reviewer: the coordinator who drafted a decision cannot approve it. */
const actionRoles: Record<CaseEventType, readonly UserRole[]> = Object.fromEntries(
  caseEventTypes.map((type) => [
    type,
    type === 'review_approved' || type === 'review_rejected' ? reviewers : coordinators,
  ]),
) as Record<CaseEventType, readonly UserRole[]>;

export const permissionTable: Readonly<Record<Permission, readonly UserRole[]>> = {
  'session.read': everyone,
  'case.read': everyone,
  'case.register': coordinators,
  'case.assign': coordinators,
  'case.note': everyone,
  ...(Object.fromEntries(caseEventTypes.map((type) => [`case.action.${type}`, actionRoles[type]])) as Record<
    `case.action.${CaseEventType}`,
    readonly UserRole[]
  >),
};

export function isAllowed(role: UserRole, permission: Permission): boolean {
  return permissionTable[permission].includes(role);
}

export function actionPermission(type: CaseEventType): Permission {
  return `case.action.${type}`;
}
