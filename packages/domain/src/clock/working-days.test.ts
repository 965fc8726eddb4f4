import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.js';
import { defaultHolidayCalendar } from './holidays.js';
import {
  addWorkingDays,
  DEFAULT_FIRST_CONTACT_WORKING_DAYS,
  firstContactDue,
  workingDaysBetween,
} from './working-days.js';

const calendar = defaultHolidayCalendar();

describe('addWorkingDays', () => {
  it.each([
    // Fri 6 March 2026 + 3: Mon 9, Tue 10, Wed 11
    ['2026-03-06', 3, '2026-03-11'],
    // Goede Vrijdag 3 April 2026 + 3: weekend and 2e Paasdag skipped → Tue 7, Wed 8, Thu 9
    ['2026-04-03', 3, '2026-04-09'],
    // Wed 13 May 2026 + 1: Hemelvaart 14, equated Friday 15, weekend → Mon 18
    ['2026-05-13', 1, '2026-05-18'],
    // Thu 24 Dec 2026 + 3: Fri 25 Kerst, 26 Sat, 27 Sun → Mon 28, Tue 29, Wed 30
    ['2026-12-24', 3, '2026-12-30'],
    // Mon 2 March 2026 + 10: 3–6 (4), 9–13 (5), 16 (1)
    ['2026-03-02', 10, '2026-03-16'],
    ['2026-03-02', 0, '2026-03-02'],
    ['2026-03-07', 0, '2026-03-07'],
  ] as const)('%s + %i working days = %s', (from, n, expected) => {
    expect(addWorkingDays(from, n, calendar)).toBe(expected);
  });

  it.each([-1, 1.5])('refuses %s working days', (n) => {
    try {
      addWorkingDays('2026-03-02', n, calendar);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('clock.invalid_working_days');
    }
  });
});

describe('workingDaysBetween: working days after a up to and including b', () => {
  it.each([
    ['2026-03-06', '2026-03-11', 3],
    ['2026-03-11', '2026-03-06', -3],
    ['2026-03-06', '2026-03-06', 0],
    ['2026-03-06', '2026-03-08', 0], // only the weekend
    ['2026-12-24', '2026-12-31', 4], // 25 Dec holiday, weekend; Mon 28 – Thu 31
    ['2026-04-02', '2026-04-07', 1], // Goede Vrijdag, weekend, 2e Paasdag; Tue 7
  ] as const)('(%s, %s] = %i', (a, b, n) => {
    expect(workingDaysBetween(a, b, calendar)).toBe(n);
  });
});

describe('firstContactDue', () => {
  it('defaults to a norm of 3 working days', () => {
    expect(DEFAULT_FIRST_CONTACT_WORKING_DAYS).toBe(3);
  });

  it('a request received on Friday must be answered by Wednesday', () => {
    const due = firstContactDue('2026-03-06', DEFAULT_FIRST_CONTACT_WORKING_DAYS, calendar);
    expect(due.date).toBe('2026-03-11');
    expect(due.steps.map((step) => step.code)).toEqual(['received', 'working_days']);
    expect(due.steps[1]?.nl).toBe(
      '+3 werkdagen servicenorm voor eerste contact; telt niet mee: zaterdag 7 maart 2026, zondag 8 maart 2026 = ' +
        'woensdag 11 maart 2026',
    );
  });

  it('names the holidays it skipped', () => {
    const due = firstContactDue('2026-04-03', 3, calendar);
    expect(due.date).toBe('2026-04-09');
    expect(due.steps[1]?.en).toContain('Monday 6 April 2026 (Easter Monday)');
    for (const step of due.steps) {
      expect(step.nl).not.toBe('');
      expect(step.en).not.toBe('');
    }
  });
});
