import { describe, expect, it } from 'vitest';
import { isExtensionAllowed } from './extension.js';
import { defaultHolidayCalendar } from './holidays.js';
import type { Suspension } from './types.js';

const calendar = defaultHolidayCalendar();
const plain = { receivedOn: '2026-03-02', suspensions: [] as Suspension[], extended: false, calendar };
const designExample = {
  ...plain,
  suspensions: [{ reason: 'zienswijze', from: '2026-03-11', resume: '2026-03-17' }] as Suspension[],
};

describe('isExtensionAllowed', () => {
  // 2026-03-02 + 28 = Mon 30 March: the last day to announce an extension
  it.each([
    ['2026-03-02', true],
    ['2026-03-29', true],
    ['2026-03-30', true],
    ['2026-03-31', false],
    ['2026-03-01', false],
  ])('received 2026-03-02, announced on %s → allowed %s', (on, allowed) => {
    const check = isExtensionAllowed({ ...plain, on });
    expect(check.allowed).toBe(allowed);
    expect(check.lastDay).toBe('2026-03-30');
    expect(check.reason.nl).not.toBe('');
    expect(check.reason.en).not.toBe('');
  });

  it('explains a late announcement with the last day', () => {
    const check = isExtensionAllowed({ ...plain, on: '2026-03-31' });
    expect(check.reason.nl).toContain('maandag 30 maart 2026');
    expect(check.reason.en).toContain('Too late');
  });

  it('allows only one extension', () => {
    const check = isExtensionAllowed({ ...plain, extended: true, on: '2026-03-10' });
    expect(check.allowed).toBe(false);
    expect(check.reason.nl).toContain('al verdaagd');
    expect(check.lastDay).toBe('2026-03-30');
  });

  // DESIGN example: first term ends Sun 5 April → Atw (Easter Monday 6 April) → Tue 7 April
  it('uses the Atw-adjusted first term end as the last day', () => {
    expect(isExtensionAllowed({ ...designExample, on: '2026-04-07' })).toMatchObject({
      allowed: true,
      lastDay: '2026-04-07',
    });
    expect(isExtensionAllowed({ ...designExample, on: '2026-04-08' }).allowed).toBe(false);
  });

  // running suspension from 11 March counted up to the announcement day 1 April: 21 days; 30 March + 21 = Mon 20 April
  it('counts a running suspension up to the announcement day when no today is given', () => {
    const running = {
      ...plain,
      suspensions: [{ reason: 'precisering', from: '2026-03-11', resume: null }] as Suspension[],
    };
    expect(isExtensionAllowed({ ...running, on: '2026-04-01' })).toMatchObject({
      allowed: true,
      lastDay: '2026-04-20',
    });
    // with today 20 March: 9 days; 30 March + 9 = Wed 8 April
    expect(isExtensionAllowed({ ...running, today: '2026-03-20', on: '2026-03-20' }).lastDay).toBe('2026-04-08');
  });

  it('refuses an impossible announcement date', () => {
    expect(() => isExtensionAllowed({ ...plain, on: '2026-02-30' })).toThrow(/not a valid date/);
  });
});
