import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../dates/iso-date.js';
import { isDomainError } from '../errors.js';
import { loadEquatedDays, parseEquatedDays } from './equated-days.js';
import { createHolidayCalendar } from './holidays.js';

describe('shipped equated days (data/equated-days.json)', () => {
  const days = loadEquatedDays();
  const statutoryOnly = createHolidayCalendar([]);

  it('lists the Friday after Ascension for every year 2020–2035', () => {
    const years = days.map((d) => Number(d.date.slice(0, 4)));
    for (let year = 2020; year <= 2035; year += 1) expect(years).toContain(year);
  });

  it.each(days.map((d) => [d.date, d] as const))('%s is a Friday right after Hemelvaartsdag', (date, day) => {
    expect(weekdayOf(date)).toBe(5);
    expect(statutoryOnly.holidayName(addDays(date, -1))?.nl).toBe('Hemelvaartsdag');
    expect(day.nl).not.toBe('');
    expect(day.en).not.toBe('');
    expect(day.source).not.toBe('');
  });
});

describe('parseEquatedDays', () => {
  const good = { date: '2026-05-15', nl: 'Vrijdag na Hemelvaartsdag', en: 'Friday after Ascension Day', source: 'KB' };

  function errorOf(input: unknown) {
    try {
      parseEquatedDays(input);
    } catch (error) {
      if (isDomainError(error)) return error;
      throw error;
    }
    throw new Error('expected parseEquatedDays to throw');
  }

  it('accepts well-formed data', () => {
    expect(parseEquatedDays([good])).toEqual([good]);
  });

  it('refuses something that is not a list', () => {
    expect(errorOf({ date: '2026-05-15' }).code).toBe('holidays.equated_days_not_a_list');
  });

  it.each([
    ['an impossible date', { ...good, date: '2026-02-30' }, 'date'],
    ['a missing Dutch name', { ...good, nl: '' }, 'nl'],
    ['a missing English name', { date: good.date, nl: good.nl, source: good.source }, 'en'],
    ['a missing source', { ...good, source: '  ' }, 'source'],
    ['a string instead of an object', '2026-05-15', 'not an object'],
  ])('names the bad entry for %s', (_name, bad, problem) => {
    const error = errorOf([good, bad]);
    expect(error.code).toBe('holidays.equated_day_invalid');
    expect(error.en).toContain('#2');
    expect(error.en).toContain(problem);
    expect(error.details['index']).toBe(1);
  });

  it('refuses a date listed twice', () => {
    const error = errorOf([good, { ...good, nl: 'nogmaals' }]);
    expect(error.en).toContain('listed twice');
  });
});
