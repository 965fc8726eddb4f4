import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.js';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  formatLongDate,
  isIsoDate,
  isoDateFromParts,
  parseIsoDate,
  weekdayOf,
} from './iso-date.js';

describe('parseIsoDate', () => {
  it.each(['2024-02-29', '2026-01-01', '2026-12-31', '2000-02-29'])('accepts %s', (date) => {
    expect(parseIsoDate(date)).toBe(date);
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    '2025-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-1-1',
    '2024-01-01T00:00:00Z',
    ' 2024-01-01',
    '',
    'gisteren',
  ])('refuses %j with date.invalid naming the value', (input) => {
    expect(isIsoDate(input)).toBe(false);
    try {
      parseIsoDate(input);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('date.invalid');
      expect(isDomainError(error) && error.details['value']).toBe(input);
      expect(isDomainError(error) && error.nl).toContain(`"${input}"`);
    }
  });

  it('builds dates from parts', () => {
    expect(isoDateFromParts(2026, 4, 6)).toBe('2026-04-06');
    expect(() => isoDateFromParts(2026, 2, 29)).toThrow(/not a valid date/);
  });
});

describe('arithmetic', () => {
  it.each([
    ['2026-03-02', 28, '2026-03-30'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-12-23', 14, '2027-01-06'],
    ['2026-03-28', 2, '2026-03-30'], // across the start of summer time: still whole days
    ['2026-10-24', 2, '2026-10-26'], // across the end of summer time
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-01-01', 0, '2026-01-01'],
  ] as const)('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('daysBetween is b − a', () => {
    expect(daysBetween('2026-03-11', '2026-03-17')).toBe(6);
    expect(daysBetween('2026-03-17', '2026-03-11')).toBe(-6);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it.each([
    ['2026-04-05', 0],
    ['2026-04-06', 1],
    ['2026-03-11', 3],
    ['2027-01-01', 5],
    ['2028-01-01', 6],
    ['1970-01-01', 4],
    ['1969-12-31', 3],
  ] as const)('weekdayOf(%s) = %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('compares and sorts', () => {
    expect(compareIsoDates('2026-03-02', '2026-03-30')).toBeLessThan(0);
    expect(compareIsoDates('2026-03-30', '2026-03-02')).toBeGreaterThan(0);
    expect(compareIsoDates('2026-03-02', '2026-03-02')).toBe(0);
    expect(['2027-01-01', '2026-12-31', '2026-02-01'].sort(compareIsoDates)).toEqual([
      '2026-02-01',
      '2026-12-31',
      '2027-01-01',
    ]);
  });

  it('refuses arithmetic on invalid dates', () => {
    expect(() => addDays('2025-02-29', 1)).toThrow(/not a valid date/);
    expect(() => weekdayOf('2024-13-01')).toThrow(/not a valid date/);
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2026-04-06', 'maandag 6 april 2026', 'Monday 6 April 2026'],
    ['2026-03-02', 'maandag 2 maart 2026', 'Monday 2 March 2026'],
    ['2027-01-01', 'vrijdag 1 januari 2027', 'Friday 1 January 2027'],
    ['2025-04-26', 'zaterdag 26 april 2025', 'Saturday 26 April 2025'],
    ['2028-12-31', 'zondag 31 december 2028', 'Sunday 31 December 2028'],
  ])('%s → %s / %s', (date, nl, en) => {
    expect(formatLongDate(date, 'nl')).toBe(nl);
    expect(formatLongDate(date, 'en')).toBe(en);
  });
});
