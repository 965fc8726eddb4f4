// The coordinator's work list: the cases of one organisation, filtered, most urgent deadline first. Dates for the
// filters come from the domain's working-day arithmetic, the cached deadline columns make them one indexed query.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseDeps } from '@woo/cases';
import { Case, User } from '@woo/db';
import { addWorkingDays, openStatuses } from '@woo/domain';
import type { StaffSession } from '../auth/staff-session.js';
import type { CaseListQuery } from './case.schemas.js';
import { caseSummary } from './case-summary.js';

export async function listCases(em: EntityManager, staff: StaffSession, query: CaseListQuery, deps: CaseDeps) {
  const today = deps.today();
  const qb = em
    .createQueryBuilder(Case, 'c')
    .where({ organisation: staff.organisationId })
    .orderBy({ deadline: 'asc', reference: 'asc' })
    .limit(query.limit)
    .offset(query.offset);
  if (query.status) qb.andWhere({ status: query.status });
  if (query.assignedToMe) qb.andWhere({ assignedTo: staff.userId });
  if (query.dueWithinWorkingDays !== undefined) {
    const until = addWorkingDays(today, query.dueWithinWorkingDays, deps.calendar);
    qb.andWhere({ status: { $in: [...openStatuses] }, deadline: { $gte: today, $lte: until } });
  }
  if (query.overdue !== undefined) {
    qb.andWhere(
      query.overdue
        ? { status: { $in: [...openStatuses] }, deadline: { $lt: today } }
        : { $or: [{ status: { $nin: [...openStatuses] } }, { deadline: { $gte: today } }] },
    );
  }
  if (query.firstContactOverdue) {
    // No contact moment yet, and the service norm's day has passed.
    qb.andWhere({ status: { $in: [...openStatuses] }, firstContactDue: { $lt: today } });
    qb.andWhere('not exists (select 1 from contact_moment cm where cm.case_id = c.id)');
  }
  const [cases, total] = await qb.getResultAndCount();
  const assigneeIds = [...new Set(cases.map((kase) => kase.assignedTo?.id).filter((id): id is string => !!id))];
  const assignees = assigneeIds.length > 0 ? await em.find(User, { id: { $in: assigneeIds } }) : [];
  const byId = new Map(assignees.map((user) => [user.id, user]));
  return {
    cases: cases.map((kase) =>
      caseSummary(kase, kase.assignedTo ? (byId.get(kase.assignedTo.id) ?? null) : null, today),
    ),
    total,
  };
}
