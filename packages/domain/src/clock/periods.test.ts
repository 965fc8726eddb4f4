import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.js';
import { defaultHolidayCalendar } from './holidays.js';
import {
  addWeeksWithAtw,
  appealPossibleFrom,
  disclosureAllowedFrom,
  notHandledDecisionDue,
  preciseringRequestDue,
} from './periods.js';
import type { ExplainedDate } from './types.js';

const calendar = defaultHolidayCalendar();

function expectExplained(result: ExplainedDate, date: string, codes: string[]): void {
  expect(result.date).toBe(date);
  expect(result.steps.map((step) => step.code)).toEqual(codes);
  expect(result.steps.at(-1)?.date).toBe(date);
  for (const step of result.steps) {
    expect(step.nl.trim()).not.toBe('');
    expect(step.en.trim()).not.toBe('');
  }
}

describe('preciseringRequestDue (Woo 4.1(5), Atw applies)', () => {
  it('2026-03-02 Mon + 14 = Mon 16 March', () => {
    expectExplained(preciseringRequestDue('2026-03-02', calendar), '2026-03-16', ['start', 'term']);
  });
  it('2026-04-13 Mon + 14 = 27 April Koningsdag → Tue 28 April', () => {
    expectExplained(preciseringRequestDue('2026-04-13', calendar), '2026-04-28', ['start', 'term', 'atw_shift']);
  });
  it('2024-03-15 Fri + 14 = 29 March Goede Vrijdag, weekend, 1 April 2e Paasdag → Tue 2 April', () => {
    const result = preciseringRequestDue('2024-03-15', calendar);
    expectExplained(result, '2024-04-02', ['start', 'term', 'atw_shift']);
    expect(result.steps[0]?.nl).toContain('Woo 4.1 lid 5');
  });
});

describe('notHandledDecisionDue (Woo 4.1(6) and 4.6, Atw applies)', () => {
  it('abuse: receipt 2026-12-11 Fri + 14 = Fri 25 Dec, 26 Dec, Sun 27 → Mon 28 Dec', () => {
    const result = notHandledDecisionDue({ ground: 'abuse', from: '2026-12-11' }, calendar);
    expectExplained(result, '2026-12-28', ['start', 'term', 'atw_shift']);
    expect(result.steps[0]?.nl).toContain('Woo 4.6');
  });
  it('no precisering: period lapsed 2026-05-01 Fri + 14 = Fri 15 May (equated) → Mon 18 May', () => {
    const result = notHandledDecisionDue({ ground: 'no_precisering', from: '2026-05-01' }, calendar);
    expectExplained(result, '2026-05-18', ['start', 'term', 'atw_shift']);
    expect(result.steps[0]?.nl).toContain('Woo 4.1 lid 6');
  });
  it('no precisering: made precise 2025-05-21 Wed + 14 = Wed 4 June', () => {
    expectExplained(notHandledDecisionDue({ ground: 'no_precisering', from: '2025-05-21' }, calendar), '2025-06-04', [
      'start',
      'term',
    ]);
  });
});

describe('disclosureAllowedFrom (Woo 4.4(5): the day after the Atw-adjusted 2-week hold)', () => {
  it('announced 2026-03-02 Mon: hold to Mon 16 March, disclosure from Tue 17 March', () => {
    expectExplained(disclosureAllowedFrom('2026-03-02', calendar), '2026-03-17', ['start', 'term', 'disclosure_from']);
  });
  it('announced 2026-04-13: hold ends 27 April Koningsdag → 28 April; disclosure from Wed 29 April', () => {
    expectExplained(disclosureAllowedFrom('2026-04-13', calendar), '2026-04-29', [
      'start',
      'term',
      'atw_shift',
      'disclosure_from',
    ]);
  });
  it('announced 2027-12-11 Sat: 25 Dec Sat, 26 Sun → hold to Mon 27 Dec; disclosure from Tue 28 Dec', () => {
    expect(disclosureAllowedFrom('2027-12-11', calendar).date).toBe('2027-12-28');
  });
});

describe('appealPossibleFrom (Awb 6:12(2)(b): after the Atw-adjusted 2 weeks have passed)', () => {
  it('notice received 2026-12-14 Mon + 14 = Mon 28 Dec; appeal from Tue 29 Dec', () => {
    expectExplained(appealPossibleFrom('2026-12-14', calendar), '2026-12-29', ['start', 'term', 'appeal_from']);
  });
  it('notice received 2025-12-12 Fri + 14 = Fri 26 Dec (2e Kerstdag), weekend → Mon 29 Dec; appeal from Tue 30 Dec', () => {
    expectExplained(appealPossibleFrom('2025-12-12', calendar), '2025-12-30', [
      'start',
      'term',
      'atw_shift',
      'appeal_from',
    ]);
  });
});

describe('addWeeksWithAtw', () => {
  const label = { nl: 'Testtermijn', en: 'Test period' };

  it('2026-03-02 + 6 weeks = Mon 13 April, labelled', () => {
    const result = addWeeksWithAtw('2026-03-02', 6, calendar, label);
    expectExplained(result, '2026-04-13', ['start', 'term']);
    expect(result.steps[0]?.nl).toBe('Testtermijn: telt vanaf de dag na maandag 2 maart 2026');
    expect(result.steps[1]).toMatchObject({ days: 42, nl: '+6 weken = maandag 13 april 2026' });
  });

  it('0 weeks from a Saturday still applies Atw: Sat 7 March 2026 → Mon 9 March', () => {
    expect(addWeeksWithAtw('2026-03-07', 0, calendar, label).date).toBe('2026-03-09');
  });

  it.each([1.5, -1])('refuses %s weeks', (weeks) => {
    try {
      addWeeksWithAtw('2026-03-02', weeks, calendar, label);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('clock.invalid_weeks');
    }
  });
});
