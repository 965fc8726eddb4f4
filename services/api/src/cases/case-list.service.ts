// The coordinator's work list: the cases of one organisation, filtered, most urgent deadline first, each with its
// traffic light, and the counts at the top. Dates for the filters and the lights come from the domain's working-day
// arithmetic; the cached deadline columns make them indexed queries.
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import type { CaseDeps } from '@woo/cases';
import { Case, ContactMoment, User } from '@woo/db';
import { addWorkingDays, compareIsoDates, openStatuses, type IsoDate } from '@woo/domain';
import type { StaffSession } from '../auth/staff-session.js';
import type { CaseListQuery, trafficLights } from './case.schemas.js';
import { caseSummary, isOpen } from './case-summary.js';

/** "Within 5 working days" on the work list's traffic light. */
export const DUE_SOON_WORKING_DAYS = 5;

type TrafficLight = (typeof trafficLights)[number];

const noContactYet = 'not exists (select 1 from contact_moment cm where cm.case_id = c.id)';

function trafficLight(
  kase: Case,
  firstContactOverdue: boolean,
  today: IsoDate,
  dueSoonUntil: IsoDate,
): { light: TrafficLight; dueSoon: boolean } {
  if (!isOpen(kase.status)) return { light: 'none', dueSoon: false };
  const overdue = compareIsoDates(kase.deadline, today) < 0;
  const dueSoon = !overdue && compareIsoDates(kase.deadline, dueSoonUntil) <= 0;
  if (overdue) return { light: 'overdue', dueSoon };
  if (firstContactOverdue) return { light: 'first_contact_overdue', dueSoon };
  return { light: dueSoon ? 'due_soon' : 'on_track', dueSoon };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

async function countOpen(em: EntityManager, staff: StaffSession, narrow?: (qb: QueryBuilder<Case>) => void) {
  const qb = em
    .createQueryBuilder(Case, 'c')
    .where({ organisation: staff.organisationId, status: { $in: [...openStatuses] } });
  narrow?.(qb);
  return qb.getCount();
}

export async function listCases(em: EntityManager, staff: StaffSession, query: CaseListQuery, deps: CaseDeps) {
  const today = deps.today();
  const dueSoonUntil = addWorkingDays(today, DUE_SOON_WORKING_DAYS, deps.calendar);
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
    qb.andWhere(noContactYet);
  }
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    qb.andWhere({
      $or: [
        { reference: { $ilike: pattern } },
        { requesterName: { $ilike: pattern } },
        { question: { $ilike: pattern } },
      ],
    });
  }
  const [cases, total] = await qb.getResultAndCount();

  const assigneeIds = [...new Set(cases.map((kase) => kase.assignedTo?.id).filter((id): id is string => !!id))];
  const assignees = assigneeIds.length > 0 ? await em.find(User, { id: { $in: assigneeIds } }) : [];
  const byId = new Map(assignees.map((user) => [user.id, user]));
  const contacted =
    cases.length > 0
      ? await em.find(ContactMoment, { case: { $in: cases.map((kase) => kase.id) } }, { fields: ['case'] })
      : [];
  const contactedIds = new Set(contacted.map((moment) => moment.case.id));

  const [open, assignedToMe, overdue, firstContactOverdue, dueSoon] = await Promise.all([
    countOpen(em.fork(), staff),
    countOpen(em.fork(), staff, (count) => count.andWhere({ assignedTo: staff.userId })),
    countOpen(em.fork(), staff, (count) => count.andWhere({ deadline: { $lt: today } })),
    countOpen(em.fork(), staff, (count) => count.andWhere({ firstContactDue: { $lt: today } }).andWhere(noContactYet)),
    countOpen(em.fork(), staff, (count) => count.andWhere({ deadline: { $gte: today, $lte: dueSoonUntil } })),
  ]);

  return {
    cases: cases.map((kase) => {
      const firstContactLate =
        isOpen(kase.status) && !contactedIds.has(kase.id) && compareIsoDates(kase.firstContactDue, today) < 0;
      const { light, dueSoon: soon } = trafficLight(kase, firstContactLate, today, dueSoonUntil);
      return {
        ...caseSummary(kase, kase.assignedTo ? (byId.get(kase.assignedTo.id) ?? null) : null, today),
        firstContactOverdue: firstContactLate,
        dueSoon: soon,
        trafficLight: light,
      };
    }),
    total,
    counts: { open, assignedToMe, overdue, firstContactOverdue, dueSoon },
  };
}
