import type { HolidayCalendar, IsoDate } from '@woo/domain';

/** What the scheduler's handlers need besides the job's EntityManager. */
export interface SchedulerDeps {
  calendar: HolidayCalendar;
  /** Today in Europe/Amsterdam ('YYYY-MM-DD'): the day a scan without a `day` works for. */
  today: () => IsoDate;
  /** A link to the case in the coordinator screens, for reminders; without it they carry no link. */
  caseUrl?: (caseId: string) => string;
}
