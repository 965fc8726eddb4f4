import { describe, expect, it } from 'vitest';
import { createHolidayCalendar, defaultHolidayCalendar, easterSunday, statutoryHolidays } from './holidays.js';

// Easter Sunday, from published church calendars (not computed here).
const EASTER: Record<number, string> = {
  2020: '2020-04-12',
  2021: '2021-04-04',
  2022: '2022-04-17',
  2023: '2023-04-09',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
  2031: '2031-04-13',
  2032: '2032-03-28',
  2033: '2033-04-17',
  2034: '2034-04-09',
  2035: '2035-03-25',
  2038: '2038-04-25', // the latest possible date
  2285: '2285-03-22', // the earliest possible date
};

// Full holiday lists per year, written out by hand from the Easter dates above (Goede Vrijdag = Easter − 2,
// Hemelvaart = Easter + 39, 2e Pinksterdag = Easter + 50) plus the equated Friday after Ascension (Easter + 40).
const FULL_LISTS: Record<number, [string, string][]> = {
  2024: [
    ['2024-01-01', 'Nieuwjaarsdag'],
    ['2024-03-29', 'Goede Vrijdag'],
    ['2024-03-31', 'Eerste Paasdag'],
    ['2024-04-01', 'Tweede Paasdag'],
    ['2024-04-27', 'Koningsdag'], // a Saturday: stays on the 27th
    ['2024-05-05', 'Bevrijdingsdag'],
    ['2024-05-09', 'Hemelvaartsdag'],
    ['2024-05-10', 'Vrijdag na Hemelvaartsdag'],
    ['2024-05-19', 'Eerste Pinksterdag'],
    ['2024-05-20', 'Tweede Pinksterdag'],
    ['2024-12-25', 'Eerste Kerstdag'],
    ['2024-12-26', 'Tweede Kerstdag'],
  ],
  2025: [
    ['2025-01-01', 'Nieuwjaarsdag'],
    ['2025-04-18', 'Goede Vrijdag'],
    ['2025-04-20', 'Eerste Paasdag'],
    ['2025-04-21', 'Tweede Paasdag'],
    ['2025-04-26', 'Koningsdag'], // 27 April 2025 is a Sunday
    ['2025-05-05', 'Bevrijdingsdag'],
    ['2025-05-29', 'Hemelvaartsdag'],
    ['2025-05-30', 'Vrijdag na Hemelvaartsdag'],
    ['2025-06-08', 'Eerste Pinksterdag'],
    ['2025-06-09', 'Tweede Pinksterdag'],
    ['2025-12-25', 'Eerste Kerstdag'],
    ['2025-12-26', 'Tweede Kerstdag'],
  ],
  2026: [
    ['2026-01-01', 'Nieuwjaarsdag'],
    ['2026-04-03', 'Goede Vrijdag'],
    ['2026-04-05', 'Eerste Paasdag'],
    ['2026-04-06', 'Tweede Paasdag'],
    ['2026-04-27', 'Koningsdag'],
    ['2026-05-05', 'Bevrijdingsdag'],
    ['2026-05-14', 'Hemelvaartsdag'],
    ['2026-05-15', 'Vrijdag na Hemelvaartsdag'],
    ['2026-05-24', 'Eerste Pinksterdag'],
    ['2026-05-25', 'Tweede Pinksterdag'],
    ['2026-12-25', 'Eerste Kerstdag'],
    ['2026-12-26', 'Tweede Kerstdag'],
  ],
  2027: [
    ['2027-01-01', 'Nieuwjaarsdag'],
    ['2027-03-26', 'Goede Vrijdag'],
    ['2027-03-28', 'Eerste Paasdag'],
    ['2027-03-29', 'Tweede Paasdag'],
    ['2027-04-27', 'Koningsdag'],
    ['2027-05-05', 'Bevrijdingsdag'],
    ['2027-05-06', 'Hemelvaartsdag'],
    ['2027-05-07', 'Vrijdag na Hemelvaartsdag'],
    ['2027-05-16', 'Eerste Pinksterdag'],
    ['2027-05-17', 'Tweede Pinksterdag'],
    ['2027-12-25', 'Eerste Kerstdag'],
    ['2027-12-26', 'Tweede Kerstdag'],
  ],
  2028: [
    ['2028-01-01', 'Nieuwjaarsdag'],
    ['2028-04-14', 'Goede Vrijdag'],
    ['2028-04-16', 'Eerste Paasdag'],
    ['2028-04-17', 'Tweede Paasdag'],
    ['2028-04-27', 'Koningsdag'],
    ['2028-05-05', 'Bevrijdingsdag'],
    ['2028-05-25', 'Hemelvaartsdag'],
    ['2028-05-26', 'Vrijdag na Hemelvaartsdag'],
    ['2028-06-04', 'Eerste Pinksterdag'],
    ['2028-06-05', 'Tweede Pinksterdag'],
    ['2028-12-25', 'Eerste Kerstdag'],
    ['2028-12-26', 'Tweede Kerstdag'],
  ],
};

describe('easterSunday', () => {
  it.each(Object.entries(EASTER))('%s → %s', (year, date) => {
    expect(easterSunday(Number(year))).toBe(date);
  });
});

describe('holidays per year (default calendar)', () => {
  const calendar = defaultHolidayCalendar();

  it.each(Object.entries(FULL_LISTS))('%s: the full list', (year, list) => {
    expect(calendar.holidaysInYear(Number(year)).map((h) => [h.date, h.name.nl])).toEqual(list);
  });

  it.each(Object.values(FULL_LISTS).flat())('%s is a holiday (%s) and not a working day', (date, name) => {
    expect(calendar.isHoliday(date)).toBe(true);
    expect(calendar.holidayName(date)?.nl).toBe(name);
    expect(calendar.holidayName(date)?.en).not.toBe('');
    expect(calendar.isWorkingDay(date)).toBe(false);
  });

  it('Koningsdag 2025 is 26 April; 27 April 2025 is a plain Sunday', () => {
    expect(calendar.holidayName('2025-04-26')).toEqual({ nl: 'Koningsdag', en: "King's Day" });
    expect(calendar.isHoliday('2025-04-27')).toBe(false);
    expect(calendar.isWorkingDay('2025-04-27')).toBe(false);
  });

  it('knows ordinary days', () => {
    expect(calendar.holidayName('2026-03-02')).toBeNull();
    expect(calendar.isHoliday('2026-03-02')).toBe(false);
    expect(calendar.isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(calendar.isHoliday('2026-05-04')).toBe(false); // Dodenherdenking is not an Atw holiday
    expect(calendar.isHoliday('2026-12-24')).toBe(false); // Christmas Eve neither
  });

  it('uses the Queen’s Day rule before 2014', () => {
    expect(calendar.holidayName('2013-04-30')?.nl).toBe('Koninginnedag');
    expect(calendar.holidayName('2006-04-29')?.nl).toBe('Koninginnedag'); // 30 April 2006 was a Sunday
  });
});

describe('createHolidayCalendar', () => {
  it('without equated days, the Friday after Ascension is a working day', () => {
    const calendar = createHolidayCalendar([]);
    expect(calendar.isHoliday('2026-05-15')).toBe(false);
    expect(calendar.isWorkingDay('2026-05-15')).toBe(true);
    expect(calendar.holidaysInYear(2026)).toHaveLength(11);
    expect(statutoryHolidays(2026)).toHaveLength(11);
  });

  it('takes equated days from its argument', () => {
    const calendar = createHolidayCalendar([
      { date: '2031-02-14', nl: 'Testdag', en: 'Test day', source: 'Besluit test' },
    ]);
    expect(calendar.holidayName('2031-02-14')).toEqual({ nl: 'Testdag', en: 'Test day' });
    expect(calendar.isWorkingDay('2031-02-14')).toBe(false);
    expect(calendar.holidaysInYear(2031).find((h) => h.date === '2031-02-14')).toMatchObject({
      kind: 'equated',
      source: 'Besluit test',
    });
  });

  it('shows the statutory name when an equated day coincides with a statutory holiday', () => {
    const calendar = createHolidayCalendar([{ date: '2026-12-25', nl: 'Dubbel', en: 'Double', source: 'x' }]);
    expect(calendar.holidayName('2026-12-25')?.nl).toBe('Eerste Kerstdag');
    expect(calendar.holidaysInYear(2026).filter((h) => h.date === '2026-12-25')).toHaveLength(1);
  });

  it('does not let callers change its answers', () => {
    const calendar = createHolidayCalendar([]);
    const name = calendar.holidayName('2026-01-01');
    if (name) name.nl = 'changed';
    calendar.holidaysInYear(2026)[0]!.name.nl = 'changed';
    expect(calendar.holidayName('2026-01-01')?.nl).toBe('Nieuwjaarsdag');
  });
});
