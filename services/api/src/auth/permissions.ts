// Who may do what. Every staff route names one permission; this table is the only place that maps them to roles.
// Coordinators run cases; reviewers (jurists) read everything, add notes and decide the review; admins may do all.
// Redactions: coordinators and reviewers both work on them; only a reviewer (or admin) approves a document's review,
// and never the one who submitted it (that four-eyes rule is checked in the review itself, not here).
import type { UserRole } from '@woo/db';
import { caseEventTypes, type CaseEventType } from '@woo/domain';

export type Permission =
  | 'session.read'
  | 'queues.manage'
  | 'case.read'
  | 'case.register'
  | 'case.assign'
  | 'case.note'
  | 'document.upload'
  | `case.action.${CaseEventType}`
  | 'document.review.read'
  | 'document.review.edit'
  | 'document.review.submit'
  | 'document.review.approve'
  | 'document.review.reopen'
  | 'official.manage';

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
  // The operators' queue dashboard (Bull Board): see every job of the installation, retry failed ones.
  'queues.manage': ['admin'],
  'case.read': everyone,
  'case.register': coordinators,
  'case.assign': coordinators,
  'case.note': everyone,
  // Collecting documents is the coordinator's work; the reviewer (jurist) checks them, but adds none.
  'document.upload': coordinators,
  'document.review.read': everyone,
  'document.review.edit': everyone,
  'document.review.submit': everyone,
  'document.review.approve': reviewers,
  'document.review.reopen': everyone,
  // The list of officials whose names are not public: kept by coordinators (and admins) of the organisation.
  'official.manage': coordinators,
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
