// Calendar dates without time or zone: 'YYYY-MM-DD'. Legal terms count calendar days in the Netherlands,
// so the rules work on these strings and never on Date objects carrying a time of day.
// Arithmetic goes through UTC day numbers: UTC has no daylight-saving jumps, so one day is always 86,400,000 ms.
import { DomainError } from '../errors.js';

/** A calendar date written 'YYYY-MM-DD'. Validate outside input with `parseIsoDate`. */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type Language = 'nl' | 'en';

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function invalidDate(input: string): DomainError {
  return new DomainError(
    'date.invalid',
    {
      nl: `"${input}" is geen geldige datum (gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-02)`,
      en: `"${input}" is not a valid date (use YYYY-MM-DD, for example 2026-03-02)`,
    },
    { value: input },
  );
}

/** The UTC day number of a valid date string, or null when the string is not a real calendar date. */
function toDayNumber(input: string): number | null {
  const match = ISO_DATE_PATTERN.exec(input);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-29 over to 1 March: a real date survives the round trip unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

function dayNumberOf(date: IsoDate): number {
  const n = toDayNumber(date);
  if (n === null) throw invalidDate(date);
  return n;
}

function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True when `input` is a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(input: string): boolean {
  return toDayNumber(input) !== null;
}

/** Checks outside input; throws `DomainError('date.invalid')` for anything that is not a real 'YYYY-MM-DD' date. */
export function parseIsoDate(input: string): IsoDate {
  if (toDayNumber(input) === null) throw invalidDate(input);
  return input;
}

/** Builds a date from its parts (month 1–12); throws `date.invalid` when they do not form a real date. */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(text);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return fromDayNumber(dayNumberOf(date) + days);
}

/** Days from `a` to `b` (b − a): positive when b is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumberOf(b) - dayNumberOf(a);
}

export function weekdayOf(date: IsoDate): Weekday {
  // Day 0 of the epoch, 1970-01-01, was a Thursday (4).
  return ((((dayNumberOf(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/** Negative when a is earlier than b, 0 when equal, positive when later: usable as a sort comparator. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(daysBetween(b, a));
}

export function yearOf(date: IsoDate): number {
  dayNumberOf(date);
  return Number(date.slice(0, 4));
}

const WEEKDAY_NAMES: Record<Language, readonly string[]> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const MONTH_NAMES: Record<Language, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

export function weekdayName(date: IsoDate, language: Language): string {
  return WEEKDAY_NAMES[language][weekdayOf(date)] ?? '';
}

/** "maandag 6 april 2026" / "Monday 6 April 2026": the form every explanation uses, so a reader never has to look
 * up which weekday a date was. */
export function formatLongDate(date: IsoDate, language: Language): string {
  dayNumberOf(date);
  const month = MONTH_NAMES[language][Number(date.slice(5, 7)) - 1] ?? '';
  return `${weekdayName(date, language)} ${Number(date.slice(8, 10))} ${month} ${Number(date.slice(0, 4))}`;
}
