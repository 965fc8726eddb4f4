// The public holidays of the Algemene termijnenwet (Atw art. 3), computed per year, plus the days equated with them
// by Royal Decree (read from data, see equated-days.ts). Atw art. 1 moves a statutory period that ends on one of these
// days, or on a Saturday or Sunday, to the next day that is none of them.
import { addDays, isoDateFromParts, isWeekend, weekdayOf, yearOf } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';
import { loadEquatedDays } from './equated-days.js';
import type { EquatedDay } from './equated-days.js';

export interface HolidayName {
  nl: string;
  en: string;
}

export interface Holiday {
  date: IsoDate;
  name: HolidayName;
  /** 'statutory': listed in Atw art. 3(1); 'equated': equated by Royal Decree (from the data file). */
  kind: 'statutory' | 'equated';
  source: string;
}

export interface HolidayCalendar {
  isHoliday(date: IsoDate): boolean;
  holidayName(date: IsoDate): HolidayName | null;
  /** Not a Saturday, not a Sunday and not a holiday. */
  isWorkingDay(date: IsoDate): boolean;
  /** All holidays of a year, statutory and equated, in date order. */
  holidaysInYear(year: number): Holiday[];
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDateFromParts(year, month, day);
}

const ATW_ART_3 = 'Algemene termijnenwet art. 3 lid 1';

/** The King's (before 2014: Queen's) birthday as celebrated: moved one day earlier when it falls on a Sunday. */
function royalBirthday(year: number): { date: IsoDate; name: HolidayName } {
  // Koningsdag since 2014 (27 April); Koninginnedag 1980–2013 (30 April). Both move to the Saturday before a Sunday.
  const [day, name] =
    year >= 2014 ? [27, { nl: 'Koningsdag', en: "King's Day" }] : [30, { nl: 'Koninginnedag', en: "Queen's Day" }];
  const date = isoDateFromParts(year, 4, day);
  return { date: weekdayOf(date) === 0 ? addDays(date, -1) : date, name };
}

/** The holidays Atw art. 3(1) lists, for one year. Easter Sunday and Pentecost Sunday are in the list as well. */
export function statutoryHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const statutory = (date: IsoDate, nl: string, en: string): Holiday => ({
    date,
    name: { nl, en },
    kind: 'statutory',
    source: ATW_ART_3,
  });
  const royal = royalBirthday(year);
  return [
    statutory(isoDateFromParts(year, 1, 1), 'Nieuwjaarsdag', "New Year's Day"),
    statutory(addDays(easter, -2), 'Goede Vrijdag', 'Good Friday'),
    statutory(easter, 'Eerste Paasdag', 'Easter Sunday'),
    statutory(addDays(easter, 1), 'Tweede Paasdag', 'Easter Monday'),
    statutory(royal.date, royal.name.nl, royal.name.en),
    statutory(isoDateFromParts(year, 5, 5), 'Bevrijdingsdag', 'Liberation Day'),
    statutory(addDays(easter, 39), 'Hemelvaartsdag', 'Ascension Day'),
    statutory(addDays(easter, 49), 'Eerste Pinksterdag', 'Whit Sunday'),
    statutory(addDays(easter, 50), 'Tweede Pinksterdag', 'Whit Monday'),
    statutory(isoDateFromParts(year, 12, 25), 'Eerste Kerstdag', 'Christmas Day'),
    statutory(isoDateFromParts(year, 12, 26), 'Tweede Kerstdag', 'Second Day of Christmas'),
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * A calendar from the statutory holidays plus the given equated days. Pure: the equated days come in as an argument
 * (use `loadEquatedDays()` or `defaultHolidayCalendar()` for the shipped data).
 * When an equated day coincides with a statutory holiday, the statutory name is shown.
 */
export function createHolidayCalendar(equatedDays: readonly EquatedDay[]): HolidayCalendar {
  const equatedByYear = new Map<number, Holiday[]>();
  for (const day of equatedDays) {
    const year = yearOf(day.date);
    const list = equatedByYear.get(year) ?? [];
    list.push({ date: day.date, name: { nl: day.nl, en: day.en }, kind: 'equated', source: day.source });
    equatedByYear.set(year, list);
  }

  // Per-year lookup, filled on first use: the answers only depend on the year and the equated days given above.
  const byYear = new Map<number, Map<IsoDate, Holiday>>();
  function holidaysOf(year: number): Map<IsoDate, Holiday> {
    let map = byYear.get(year);
    if (!map) {
      map = new Map();
      for (const holiday of equatedByYear.get(year) ?? []) map.set(holiday.date, holiday);
      for (const holiday of statutoryHolidays(year)) map.set(holiday.date, holiday);
      byYear.set(year, map);
    }
    return map;
  }

  function find(date: IsoDate): Holiday | undefined {
    return holidaysOf(yearOf(date)).get(date);
  }

  return {
    isHoliday: (date) => find(date) !== undefined,
    holidayName: (date) => {
      const holiday = find(date);
      return holiday ? { ...holiday.name } : null;
    },
    isWorkingDay: (date) => !isWeekend(date) && find(date) === undefined,
    holidaysInYear: (year) =>
      [...holidaysOf(year).values()]
        .map((holiday) => ({ ...holiday, name: { ...holiday.name } }))
        .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
  };
}

let shipped: HolidayCalendar | undefined;

/** The calendar built from the equated days shipped in packages/domain/data/equated-days.json. */
export function defaultHolidayCalendar(): HolidayCalendar {
  shipped ??= createHolidayCalendar(loadEquatedDays());
  return shipped;
}
