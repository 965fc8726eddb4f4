import type { EntityManager } from '@mikro-orm/postgresql';
import { loadCaseState, queueNotification } from '@woo/cases';
import { Case, Notification, Organisation, User } from '@woo/db';
import { openStatuses, type IsoDate } from '@woo/domain';
import type { Logger } from 'pino';
import { planCaseReminders, type PlannedReminder } from './case-reminders.js';
import { resumeLapsedPeriods } from './lapsed-periods.js';
import type { SchedulerDeps } from './scheduler-deps.js';

export interface OrganisationScanResult {
  day: IsoDate;
  cases: number;
  /** Lapse events applied (each resumed a suspended clock). */
  resumed: number;
  /** Notifications written now (existing ones, from an earlier run, are not counted). */
  notifications: number;
  failed: number;
}

async function recipientsOf(em: EntityManager, kase: Case, audience: PlannedReminder['audience']): Promise<User[]> {
  if (audience === 'assignee' && kase.assignedTo) {
    const assignee = await em.findOne(User, { id: kase.assignedTo.id, active: true });
    if (assignee) return [assignee];
  }
  // Escalations, and reminders for a case nobody has picked up: the organisation's own admins, never another's.
  return em.find(User, { organisation: kase.organisation.id, role: 'admin', active: true }, { orderBy: { id: 'asc' } });
}

/** One case, in one transaction: resume lapsed periods first (they move the deadline), then the reminders. */
async function scanCase(
  em: EntityManager,
  organisation: Organisation,
  caseId: string,
  day: IsoDate,
  deps: SchedulerDeps,
): Promise<{ resumed: number; notifications: number }> {
  return em.transactional(async (tem) => {
    const kase = await tem.findOneOrFail(Case, { id: caseId }, { populate: ['assignedTo'] });
    const resumed = await resumeLapsedPeriods(tem, kase, day, deps.calendar);
    const state = await loadCaseState(tem, kase, deps.calendar);
    const planned = planCaseReminders({
      caseId,
      state,
      day,
      calendar: deps.calendar,
      firstContactNormWorkingDays: organisation.firstContactNormWorkingDays,
    });
    let notifications = 0;
    for (const reminder of planned) {
      for (const user of await recipientsOf(tem, kase, reminder.audience)) {
        const dedupKey = `${reminder.dedupKey}/${user.id}`;
        if ((await tem.count(Notification, { dedupKey })) > 0) continue;
        await queueNotification(tem, {
          organisation,
          case: kase,
          template: reminder.template,
          locale: 'nl',
          recipientKind: 'user',
          recipientUser: user,
          recipientEmail: user.email,
          dedupKey,
          data: {
            reference: kase.reference,
            organisationName: organisation.name,
            recipientName: user.displayName,
            ...(reminder.template === 'case.overdue' && { assigneeName: kase.assignedTo?.displayName ?? null }),
            ...(deps.caseUrl && { caseUrl: deps.caseUrl(caseId) }),
            ...reminder.data,
          },
        });
        notifications += 1;
      }
    }
    return { resumed: resumed.length, notifications };
  });
}

/**
 * Scans one organisation's open cases as of `day`. Each case is its own transaction: one that fails (logged with its
 * id) does not hold up the others; the job then fails so that BullMQ retries it, and the retry sends nothing twice.
 */
export async function scanOrganisation(
  em: EntityManager,
  organisationId: string,
  day: IsoDate,
  deps: SchedulerDeps,
  logger: Logger,
): Promise<OrganisationScanResult | null> {
  const organisation = await em.findOne(Organisation, { id: organisationId });
  if (!organisation) return null;
  const cases = await em.find(
    Case,
    { organisation: organisationId, status: { $in: [...openStatuses] } },
    { fields: ['id'], orderBy: { id: 'asc' } },
  );
  const result: OrganisationScanResult = { day, cases: cases.length, resumed: 0, notifications: 0, failed: 0 };
  for (const { id } of cases) {
    try {
      const counts = await scanCase(em.fork(), organisation, id, day, deps);
      result.resumed += counts.resumed;
      result.notifications += counts.notifications;
    } catch (error) {
      result.failed += 1;
      logger.error({ caseId: id, reason: error instanceof Error ? error.message : String(error) }, 'case scan failed');
    }
  }
  return result;
}
