import type { HolidayCalendar, IsoDate } from '@woo/domain';

/** What the case service needs besides the EntityManager: the holiday calendar and today's date (never read inside). */
export interface CaseDeps {
  calendar: HolidayCalendar;
  /** Today in Europe/Amsterdam as 'YYYY-MM-DD'. */
  today: () => IsoDate;
}
