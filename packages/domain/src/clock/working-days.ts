// Working days (not Saturday, Sunday or an Atw holiday) for the organisation's own service norms, such as the
// first contact with the requester in the informal approach. These norms are not statutory periods: no Atw here.
import { addDays, compareIsoDates, parseIsoDate } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';
import { DomainError } from '../errors.js';
import type { HolidayCalendar } from './holidays.js';
import type { ExplainedDate } from './types.js';
import { longEn, longNl, workingDaysEn, workingDaysNl } from './wording.js';

/** The organisation's default norm for the first contact after receipt (DESIGN §2, the informal approach). */
export const DEFAULT_FIRST_CONTACT_WORKING_DAYS = 3;

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new DomainError(
      'clock.invalid_working_days',
      {
        nl: `Aantal werkdagen moet een heel getal van 0 of meer zijn, niet ${n}`,
        en: `Working days must be a whole number of 0 or more, not ${n}`,
      },
      { workingDays: n },
    );
  }
}

/** The `n`-th working day after `from` (`from` itself does not count). n = 0 gives `from`. */
export function addWorkingDays(from: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  checkCount(n);
  let date = parseIsoDate(from);
  for (let left = n; left > 0;) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** Working days in (a, b]: after a, up to and including b. Negative when b is before a. */
export function workingDaysBetween(a: IsoDate, b: IsoDate, calendar: HolidayCalendar): number {
  const order = compareIsoDates(a, b);
  if (order > 0) return -workingDaysBetween(b, a, calendar);
  let count = 0;
  for (let date = addDays(a, 1); compareIsoDates(date, b) <= 0; date = addDays(date, 1)) {
    if (calendar.isWorkingDay(date)) count += 1;
  }
  return count;
}

/** The day by which the requester should have been contacted: `normWorkingDays` working days after receipt. */
export function firstContactDue(
  receivedOn: IsoDate,
  normWorkingDays: number,
  calendar: HolidayCalendar,
): ExplainedDate {
  const date = addWorkingDays(receivedOn, normWorkingDays, calendar);
  const skipped: { nl: string; en: string }[] = [];
  for (let day = addDays(receivedOn, 1); compareIsoDates(day, date) < 0; day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day)) continue;
    const name = calendar.holidayName(day);
    skipped.push({
      nl: name ? `${longNl(day)} (${name.nl})` : longNl(day),
      en: name ? `${longEn(day)} (${name.en})` : longEn(day),
    });
  }
  const skippedNl = skipped.length ? `; telt niet mee: ${skipped.map((s) => s.nl).join(', ')}` : '';
  const skippedEn = skipped.length ? `; not counted: ${skipped.map((s) => s.en).join(', ')}` : '';
  return {
    date,
    steps: [
      {
        code: 'received',
        date: receivedOn,
        nl: `ontvangen op ${longNl(receivedOn)}`,
        en: `received on ${longEn(receivedOn)}`,
      },
      {
        code: 'working_days',
        date,
        nl: `+${workingDaysNl(normWorkingDays)} servicenorm voor eerste contact${skippedNl} = ${longNl(date)}`,
        en: `+${workingDaysEn(normWorkingDays)} service norm for first contact${skippedEn} = ${longEn(date)}`,
      },
    ],
  };
}
