// Which reminders a case calls for on a given day. Pure: the dates come from the domain clock, the scan writes them.
import {
  caseDeadline,
  compareIsoDates,
  firstContactDue,
  workingDaysBetween,
  type CaseState,
  type HolidayCalendar,
  type IsoDate,
} from '@woo/domain';

/** Reminders before the deadline, in working days: the first at 5, the last at 1. */
export const reminderWorkingDays = [5, 1] as const;

export interface PlannedReminder {
  template: 'deadline.reminder' | 'first-contact.reminder' | 'case.overdue';
  /** The assigned coordinator (the organisation's admins when nobody is assigned), or the admins. */
  audience: 'assignee' | 'admins';
  /** Unique per case and date: the recipient's id is added, so a scan run twice writes nothing twice. */
  dedupKey: string;
  data: Record<string, unknown>;
}

export interface CaseReminderInput {
  caseId: string;
  state: CaseState;
  day: IsoDate;
  calendar: HolidayCalendar;
  /** The organisation's service norm for the first contact (Organisation.firstContactNormWorkingDays). */
  firstContactNormWorkingDays: number;
}

/**
 * Reminders are due from their day on and, missed (a worker that was down), are caught up later in the same window:
 * 5 working days or fewer before the deadline, the first reminder; 1 or fewer, the last; after the deadline, the
 * escalation. A new deadline (a suspension, an extension) makes new keys, so its reminders come again.
 * While a suspension runs the deadline is provisional and nothing about it is sent.
 */
export function planCaseReminders(input: CaseReminderInput): PlannedReminder[] {
  const { caseId, state, day, calendar } = input;
  const planned: PlannedReminder[] = [];

  const deadline = caseDeadline(state, { calendar, today: day });
  if (deadline.running && !deadline.suspended) {
    const date = deadline.deadline;
    if (compareIsoDates(day, date) > 0) {
      planned.push({
        template: 'case.overdue',
        audience: 'admins',
        dedupKey: `overdue/${caseId}/${date}`,
        data: { deadline: date },
      });
    } else {
      const left = workingDaysBetween(day, date, calendar);
      const due = reminderWorkingDays.filter((n) => left <= n).at(-1);
      if (due !== undefined) {
        planned.push({
          template: 'deadline.reminder',
          audience: 'assignee',
          dedupKey: `reminder-${due}wd/${caseId}/${date}`,
          data: { deadline: date, workingDaysLeft: left },
        });
      }
    }
  }

  if (state.status === 'received') {
    const norm = input.firstContactNormWorkingDays;
    const due = firstContactDue(state.receivedOn, norm, calendar).date;
    const order = compareIsoDates(day, due);
    if (order >= 0) {
      const overdue = order > 0;
      planned.push({
        template: 'first-contact.reminder',
        audience: 'assignee',
        dedupKey: `first-contact-${overdue ? 'overdue' : 'due'}/${caseId}/${due}`,
        data: { receivedOn: state.receivedOn, firstContactDue: due, normWorkingDays: norm, overdue },
      });
    }
  }
  return planned;
}
