// Algemene termijnenwet art. 1: a statutory period that ends on a Saturday, Sunday or public holiday (art. 3) is
// extended to the next day that is none of those. This file applies that rule and explains what it did.
import { addDays } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { HolidayCalendar } from './holidays.js';
import type { ExplanationStep } from './types.js';
import { longEn, longNl } from './wording.js';

export interface AtwResult {
  date: IsoDate;
  /** The explanation when the date moved; null when the end already was a working day. */
  step: ExplanationStep | null;
}

function describe(date: IsoDate, calendar: HolidayCalendar): { nl: string; en: string } {
  const name = calendar.holidayName(date);
  return name
    ? { nl: `${longNl(date)} (${name.nl})`, en: `${longEn(date)} (${name.en})` }
    : { nl: longNl(date), en: longEn(date) };
}

/** Moves `end` past Saturdays, Sundays and holidays, as Atw art. 1 does for a period ending on one of them. */
export function applyAtw(end: IsoDate, calendar: HolidayCalendar): AtwResult {
  const skipped: IsoDate[] = [];
  let date = end;
  while (!calendar.isWorkingDay(date)) {
    skipped.push(date);
    date = addDays(date, 1);
  }
  if (skipped.length === 0) return { date, step: null };
  const described = skipped.map((day) => describe(day, calendar));
  return {
    date,
    step: {
      code: 'atw_shift',
      date,
      days: skipped.length,
      nl: `valt op ${described.map((d) => d.nl).join(', daarna ')} → Algemene termijnenwet art. 1: ${longNl(date)}`,
      en: `falls on ${described.map((d) => d.en).join(', then ')} → General Time Limits Act (Algemene termijnenwet) art. 1: ${longEn(date)}`,
    },
  };
}
