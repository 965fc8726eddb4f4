import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.js';
import { computeDecisionDeadline } from './decision-deadline.js';
import { defaultHolidayCalendar } from './holidays.js';
import type { Suspension } from './types.js';

const calendar = defaultHolidayCalendar();

interface Case {
  name: string;
  received: string;
  suspensions?: Suspension[];
  extended?: boolean;
  today?: string;
  /** Hand-computed: the calculation is written in `name` / the comment above the case. */
  deadline: string;
  firstTermEnd?: string;
  suspendedDays?: number;
}

const s = (from: string, resume: string | null, reason: Suspension['reason'] = 'zienswijze'): Suspension => ({
  reason,
  from,
  resume,
});

// Holidays used below (Atw art. 3), computed by hand from Easter 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28,
// 2028-04-16: Goede Vrijdag = Easter − 2, 2e Paasdag = +1, Hemelvaart = +39, vrijdag erna = +40 (equated),
// 2e Pinksterdag = +50. Every "+28" below counts on the calendar: e.g. 27 Nov + 28 = 55 Nov = 25 Dec.
const cases: Case[] = [
  // --- a holiday as the would-be deadline, no suspensions: received = holiday − 28 days -------------------------
  // 2024-12-04 Wed + 28 = 2025-01-01 Wed Nieuwjaarsdag → Thu 2 Jan
  { name: 'Nieuwjaarsdag 2025 (Wed)', received: '2024-12-04', deadline: '2025-01-02' },
  // 2025-12-04 Thu + 28 = 2026-01-01 Thu Nieuwjaarsdag → Fri 2 Jan
  { name: 'Nieuwjaarsdag 2026 (Thu)', received: '2025-12-04', deadline: '2026-01-02' },
  // 2026-12-04 Fri + 28 = 2027-01-01 Fri Nieuwjaarsdag, Sat 2, Sun 3 → Mon 4 Jan
  { name: 'Nieuwjaarsdag 2027 (Fri) then weekend', received: '2026-12-04', deadline: '2027-01-04' },
  // 2027-12-04 Sat + 28 = 2028-01-01 Sat Nieuwjaarsdag, Sun 2 → Mon 3 Jan
  { name: 'Nieuwjaarsdag 2028 (Sat), receipt on Saturday', received: '2027-12-04', deadline: '2028-01-03' },
  // 2024-03-01 Fri + 28 = 29 Mar Goede Vrijdag, Sat 30, Sun 31 Pasen, Mon 1 Apr 2e Paasdag → Tue 2 Apr (Easter in March)
  { name: 'Goede Vrijdag 2024, Easter in March', received: '2024-03-01', deadline: '2024-04-02' },
  // 2026-03-06 Fri + 28 = 3 Apr Goede Vrijdag, Sat 4, Sun 5 Pasen, Mon 6 2e Paasdag → Tue 7 Apr (Easter in April)
  { name: 'Goede Vrijdag 2026, Easter in April', received: '2026-03-06', deadline: '2026-04-07' },
  // 2028-03-17 Fri + 28 = 45 Mar = 14 Apr Goede Vrijdag, 15, 16 Pasen, 17 2e Paasdag → Tue 18 Apr
  { name: 'Goede Vrijdag 2028', received: '2028-03-17', deadline: '2028-04-18' },
  // 2025-03-24 Mon + 28 = 52 Mar = 21 Apr 2e Paasdag → Tue 22 Apr
  { name: '2e Paasdag 2025', received: '2025-03-24', deadline: '2025-04-22' },
  // 2027-03-01 Mon + 28 = 29 Mar 2e Paasdag (Easter 28 March) → Tue 30 Mar
  { name: '2e Paasdag 2027, Easter in March', received: '2027-03-01', deadline: '2027-03-30' },
  // 2028-03-20 Mon + 28 = 48 Mar = 17 Apr 2e Paasdag → Tue 18 Apr
  { name: '2e Paasdag 2028', received: '2028-03-20', deadline: '2028-04-18' },
  // 2026-03-30 Mon + 28 = 58 Mar = 27 Apr Koningsdag (Mon) → Tue 28 Apr
  { name: 'Koningsdag 2026 (Mon)', received: '2026-03-30', deadline: '2026-04-28' },
  // 2025: 27 April is a Sunday, so Koningsdag is Sat 26 April. 2025-03-29 Sat + 28 = 26 Apr Sat (Koningsdag),
  // Sun 27 → Mon 28 Apr
  { name: 'Koningsdag 2025 on 26 April (27th is Sunday)', received: '2025-03-29', deadline: '2025-04-28' },
  // 2027-03-30 Tue + 28 = 27 Apr Koningsdag (Tue) → Wed 28 Apr
  { name: 'Koningsdag 2027 (Tue)', received: '2027-03-30', deadline: '2027-04-28' },
  // 2028-03-30 Thu + 28 = 27 Apr Koningsdag (Thu) → Fri 28 Apr
  { name: 'Koningsdag 2028 (Thu)', received: '2028-03-30', deadline: '2028-04-28' },
  // 2024-04-07 Sun + 28 = 35 Apr = 5 May Sun (Bevrijdingsdag) → Mon 6 May
  { name: 'Bevrijdingsdag 2024 (Sun)', received: '2024-04-07', deadline: '2024-05-06' },
  // 2025-04-07 Mon + 28 = 5 May Mon Bevrijdingsdag → Tue 6 May
  { name: 'Bevrijdingsdag 2025 (Mon)', received: '2025-04-07', deadline: '2025-05-06' },
  // 2026-04-07 Tue + 28 = 5 May Tue Bevrijdingsdag (every year, not only lustrum years) → Wed 6 May
  { name: 'Bevrijdingsdag 2026 (Tue, not a lustrum year)', received: '2026-04-07', deadline: '2026-05-06' },
  // 2027-04-07 Wed + 28 = 5 May Bevrijdingsdag, Thu 6 Hemelvaart, Fri 7 equated, Sat 8, Sun 9 → Mon 10 May
  { name: 'Bevrijdingsdag 2027 followed by Hemelvaart', received: '2027-04-07', deadline: '2027-05-10' },
  // 2028-04-07 Fri + 28 = 5 May Fri Bevrijdingsdag, Sat, Sun → Mon 8 May
  { name: 'Bevrijdingsdag 2028 (Fri)', received: '2028-04-07', deadline: '2028-05-08' },
  // 2024-04-11 Thu + 28 = 39 Apr = 9 May Hemelvaart, Fri 10 equated, Sat, Sun → Mon 13 May
  { name: 'Hemelvaartsdag 2024', received: '2024-04-11', deadline: '2024-05-13' },
  // 2026-04-16 Thu + 28 = 44 Apr = 14 May Hemelvaart, Fri 15 equated, Sat, Sun → Mon 18 May
  { name: 'Hemelvaartsdag 2026', received: '2026-04-16', deadline: '2026-05-18' },
  // 2026-04-17 Fri + 28 = 15 May, Friday after Ascension (equated by Royal Decree), Sat, Sun → Mon 18 May
  { name: 'Friday after Hemelvaart 2026 (equated)', received: '2026-04-17', deadline: '2026-05-18' },
  // 2028-04-28 Fri + 28 = 56 Apr = 26 May, Friday after Ascension 2028 (25 May) → Mon 29 May
  { name: 'Friday after Hemelvaart 2028 (equated)', received: '2028-04-28', deadline: '2028-05-29' },
  // 2024-04-22 Mon + 28 = 50 Apr = 20 May 2e Pinksterdag → Tue 21 May
  { name: '2e Pinksterdag 2024', received: '2024-04-22', deadline: '2024-05-21' },
  // 2025-05-12 Mon + 28 = 40 May = 9 Jun 2e Pinksterdag → Tue 10 Jun
  { name: '2e Pinksterdag 2025', received: '2025-05-12', deadline: '2025-06-10' },
  // 2027-04-19 Mon + 28 = 47 Apr = 17 May 2e Pinksterdag → Tue 18 May
  { name: '2e Pinksterdag 2027', received: '2027-04-19', deadline: '2027-05-18' },
  // 2028-05-08 Mon + 28 = 36 May = 5 Jun 2e Pinksterdag → Tue 6 Jun
  { name: '2e Pinksterdag 2028', received: '2028-05-08', deadline: '2028-06-06' },
  // 2024-11-27 Wed + 28 = 55 Nov = 25 Dec 1e Kerstdag, Thu 26 2e Kerstdag → Fri 27 Dec
  { name: '1e Kerstdag 2024 (Wed)', received: '2024-11-27', deadline: '2024-12-27' },
  // 2024-11-28 Thu + 28 = 26 Dec 2e Kerstdag → Fri 27 Dec
  { name: '2e Kerstdag 2024 (Thu)', received: '2024-11-28', deadline: '2024-12-27' },
  // 2025-11-27 Thu + 28 = 25 Dec 1e Kerstdag, Fri 26 2e Kerstdag, Sat 27, Sun 28 → Mon 29 Dec
  { name: '1e Kerstdag 2025 (Thu) then 2e Kerstdag and weekend', received: '2025-11-27', deadline: '2025-12-29' },
  // 2028-11-27 Mon + 28 = 25 Dec Mon 1e Kerstdag, Tue 26 2e Kerstdag → Wed 27 Dec
  { name: '1e Kerstdag 2028 (Mon)', received: '2028-11-27', deadline: '2028-12-27' },
  // 2028-11-28 Tue + 28 = 26 Dec 2e Kerstdag → Wed 27 Dec
  { name: '2e Kerstdag 2028 (Tue)', received: '2028-11-28', deadline: '2028-12-27' },

  // --- plain days, weekends, receipt on a weekend or holiday ---------------------------------------------------
  // 2026-03-02 Mon + 28 = 30 Mar Mon, a working day: no shift
  { name: 'plain Monday', received: '2026-03-02', deadline: '2026-03-30', suspendedDays: 0 },
  // 2026-02-02 Mon + 28 = 2 Mar; + 5 suspended [10 Feb, 15 Feb) = 7 Mar Sat, Sun 8 → Mon 9 Mar
  {
    name: 'Saturday end after a suspension',
    received: '2026-02-02',
    suspensions: [s('2026-02-10', '2026-02-15', 'precisering')],
    deadline: '2026-03-09',
    suspendedDays: 5,
  },
  // 2026-09-02 Wed + 28 = 30 Sep Wed; + 4 [8 Sep, 12 Sep) = 34 Sep = 4 Oct Sun → Mon 5 Oct
  {
    name: 'Sunday end after a suspension',
    received: '2026-09-02',
    suspensions: [s('2026-09-08', '2026-09-12')],
    deadline: '2026-10-05',
    suspendedDays: 4,
  },
  // 2026-03-07 Sat + 28 = 4 Apr Sat, Sun 5 Pasen, Mon 6 2e Paasdag → Tue 7 Apr
  { name: 'receipt on Saturday, end on Saturday before Easter', received: '2026-03-07', deadline: '2026-04-07' },
  // 2025-06-08 Sun (1e Pinksterdag) + 28 = 36 Jun = 6 Jul Sun → Mon 7 Jul
  { name: 'receipt on Pentecost Sunday', received: '2025-06-08', deadline: '2025-07-07' },
  // 2026-12-25 Fri (1e Kerstdag) + 28 = 53 Dec = 22 Jan 2027 Fri, a working day
  { name: 'receipt on Christmas Day', received: '2026-12-25', deadline: '2027-01-22' },
  // 2027-04-27 Tue (Koningsdag) + 28 = 55 Apr = 25 May Tue (Pinksteren was 16–17 May)
  { name: 'receipt on Koningsdag', received: '2027-04-27', deadline: '2027-05-25' },
  // 2028-02-01 Tue + 28 = 29 Feb 2028 (leap day) Tue
  { name: 'ends on a leap day', received: '2028-02-01', deadline: '2028-02-29' },

  // --- suspensions ---------------------------------------------------------------------------------------------
  // DESIGN §2 example: 2026-03-02 + 28 = 30 Mar; + 6 [11 Mar, 17 Mar) = 5 Apr Sun (Pasen), Mon 6 Apr is
  // 2e Paasdag → Tue 7 Apr
  {
    name: 'DESIGN example: zienswijze 11–16 March 2026',
    received: '2026-03-02',
    suspensions: [s('2026-03-11', '2026-03-17')],
    deadline: '2026-04-07',
    firstTermEnd: '2026-04-07',
    suspendedDays: 6,
  },
  // 2026-04-01 Wed + 28 = 29 Apr Wed; + 5 [3 Apr, 8 Apr) spanning Goede Vrijdag and Easter (calendar days count)
  // = 34 Apr = 4 May Mon
  {
    name: 'suspension spanning Easter',
    received: '2026-04-01',
    suspensions: [s('2026-04-03', '2026-04-08', 'consent_to_delay')],
    deadline: '2026-05-04',
    suspendedDays: 5,
  },
  // 2024-12-02 Mon + 28 = 30 Dec Mon; + 14 [20 Dec, 3 Jan 2025) spanning Christmas and New Year = 44 Dec = 13 Jan Mon
  {
    name: 'suspension spanning Christmas and the year end',
    received: '2024-12-02',
    suspensions: [s('2024-12-20', '2025-01-03')],
    deadline: '2025-01-13',
    suspendedDays: 14,
  },
  // 2025-12-01 Mon + 28 = 29 Dec Mon; + 14 [22 Dec, 5 Jan 2026) = 43 Dec = 12 Jan 2026 Mon
  {
    name: 'suspension spanning Christmas 2025',
    received: '2025-12-01',
    suspensions: [s('2025-12-22', '2026-01-05', 'precisering')],
    deadline: '2026-01-12',
    suspendedDays: 14,
  },
  // 2024-02-12 Mon + 28 = 11 Mar Mon; + 7 [26 Feb, 4 Mar): 26–29 Feb (leap year, 4 days) + 1–3 Mar (3) = 18 Mar Mon
  {
    name: 'suspension across 29 February',
    received: '2024-02-12',
    suspensions: [s('2024-02-26', '2024-03-04')],
    deadline: '2024-03-18',
    suspendedDays: 7,
  },
  // 2027-02-01 Mon + 28 = 1 Mar Mon; + 7 [3 Feb, 10 Feb) + 5 [15 Feb, 20 Feb) = 13 Mar Sat, Sun 14 → Mon 15 Mar
  {
    name: 'two suspensions',
    received: '2027-02-01',
    suspensions: [s('2027-02-03', '2027-02-10', 'precisering'), s('2027-02-15', '2027-02-20')],
    deadline: '2027-03-15',
    suspendedDays: 12,
  },
  // Same, given in reverse order: the order of input does not matter
  {
    name: 'two suspensions in reverse order',
    received: '2027-02-01',
    suspensions: [s('2027-02-15', '2027-02-20'), s('2027-02-03', '2027-02-10', 'precisering')],
    deadline: '2027-03-15',
    suspendedDays: 12,
  },
  // 2027-02-01 + 28 = 1 Mar; [3 Feb, 10 Feb) ∪ [8 Feb, 12 Feb) = [3 Feb, 12 Feb) = 9 days (not 7 + 4 = 11)
  // = 10 Mar Wed
  {
    name: 'overlapping suspensions count the union',
    received: '2027-02-01',
    suspensions: [s('2027-02-03', '2027-02-10', 'precisering'), s('2027-02-08', '2027-02-12')],
    deadline: '2027-03-10',
    suspendedDays: 9,
  },
  // [3 Feb, 20 Feb) contains [5 Feb, 8 Feb): union 17 days; 1 Mar + 17 = 18 Mar Thu
  {
    name: 'a suspension inside another',
    received: '2027-02-01',
    suspensions: [s('2027-02-03', '2027-02-20', 'consent_to_delay'), s('2027-02-05', '2027-02-08')],
    deadline: '2027-03-18',
    suspendedDays: 17,
  },
  // [3 Feb, 10 Feb) and [10 Feb, 15 Feb) touch: 7 + 5 = 12; 1 Mar + 12 = 13 Mar Sat → Mon 15 Mar
  {
    name: 'touching suspensions',
    received: '2027-02-01',
    suspensions: [s('2027-02-03', '2027-02-10'), s('2027-02-10', '2027-02-15')],
    deadline: '2027-03-15',
    suspendedDays: 12,
  },
  // resume on the first suspended day: 0 days; 1 Mar Mon
  {
    name: 'suspension resumed the same day',
    received: '2027-02-01',
    suspensions: [s('2027-02-03', '2027-02-03')],
    deadline: '2027-03-01',
    suspendedDays: 0,
  },
  // the first possible suspended day is the day after receipt: 2027-02-02; [2 Feb, 4 Feb) = 2; 1 Mar + 2 = 3 Mar Wed
  {
    name: 'suspension from the day after receipt',
    received: '2027-02-01',
    suspensions: [s('2027-02-02', '2027-02-04')],
    deadline: '2027-03-03',
    suspendedDays: 2,
  },
  // running suspension: 2026-03-02 + 28 = 30 Mar; [11 Mar, today 20 Mar) = 9; = 8 Apr Wed (provisional)
  {
    name: 'running suspension counted up to today',
    received: '2026-03-02',
    suspensions: [s('2026-03-11', null)],
    today: '2026-03-20',
    deadline: '2026-04-08',
    suspendedDays: 9,
  },
  // closed [4 Mar, 6 Mar) = 2 + running [20 Mar, today 25 Mar) = 5 → 7; 30 Mar + 7 = 6 Apr 2e Paasdag → Tue 7 Apr
  {
    name: 'closed and running suspension',
    received: '2026-03-02',
    suspensions: [s('2026-03-04', '2026-03-06', 'precisering'), s('2026-03-20', null, 'consent_to_delay')],
    today: '2026-03-25',
    deadline: '2026-04-07',
    suspendedDays: 7,
  },

  // --- extension -----------------------------------------------------------------------------------------------
  // DESIGN example extended: 5 Apr (unadjusted end) + 14 = 19 Apr Sun → Mon 20 Apr; first term ends Tue 7 Apr
  {
    name: 'DESIGN example with extension',
    received: '2026-03-02',
    suspensions: [s('2026-03-11', '2026-03-17')],
    extended: true,
    deadline: '2026-04-20',
    firstTermEnd: '2026-04-07',
    suspendedDays: 6,
  },
  // 2026-11-25 Wed + 28 = 53 Nov = 23 Dec Wed; + 14 = 37 Dec = 6 Jan 2027 Wed
  {
    name: 'extension across the year end',
    received: '2026-11-25',
    extended: true,
    deadline: '2027-01-06',
    firstTermEnd: '2026-12-23',
  },
  // 2025-11-20 Thu + 28 = 48 Nov = 18 Dec Thu; + 14 = 32 Dec = 1 Jan 2026 Nieuwjaarsdag → Fri 2 Jan
  {
    name: 'extension ending on Nieuwjaarsdag',
    received: '2025-11-20',
    extended: true,
    deadline: '2026-01-02',
    firstTermEnd: '2025-12-18',
  },
  // 2026-03-07 Sat + 28 = 4 Apr Sat (first term → Tue 7 Apr); extension from the unadjusted end: 4 Apr + 14 =
  // 18 Apr Sat, Sun 19 → Mon 20 Apr
  {
    name: 'extension counted from the unadjusted first end',
    received: '2026-03-07',
    extended: true,
    deadline: '2026-04-20',
    firstTermEnd: '2026-04-07',
  },
  // 2028-03-16 Thu + 28 = 44 Mar = 13 Apr Thu (day before Goede Vrijdag); + 14 = 27 Apr Koningsdag → Fri 28 Apr
  {
    name: 'extension ending on Koningsdag 2028',
    received: '2028-03-16',
    extended: true,
    deadline: '2028-04-28',
    firstTermEnd: '2028-04-13',
  },
  // 2027-03-18 Thu + 28 = 46 Mar = 15 Apr; + 7 [22 Mar, 29 Mar) = 22 Apr Thu; + 14 = 6 May Hemelvaart, Fri 7
  // equated, Sat, Sun → Mon 10 May
  {
    name: 'suspension and extension ending on Hemelvaart 2027',
    received: '2027-03-18',
    suspensions: [s('2027-03-22', '2027-03-29', 'precisering')],
    extended: true,
    deadline: '2027-05-10',
    firstTermEnd: '2027-04-22',
    suspendedDays: 7,
  },
  // 2026-04-13 Mon + 28 = 41 Apr = 11 May Mon; + 14 = 25 May 2e Pinksterdag → Tue 26 May
  {
    name: 'extension ending on 2e Pinksterdag 2026',
    received: '2026-04-13',
    extended: true,
    deadline: '2026-05-26',
    firstTermEnd: '2026-05-11',
  },
  // 2027-11-13 Sat + 28 = 41 Nov = 11 Dec Sat (first term → Mon 13 Dec); + 14 = 25 Dec Sat 1e Kerstdag,
  // Sun 26 2e Kerstdag → Mon 27 Dec
  {
    name: 'extension ending on Christmas 2027 (a weekend)',
    received: '2027-11-13',
    extended: true,
    deadline: '2027-12-27',
    firstTermEnd: '2027-12-13',
  },
];

describe('computeDecisionDeadline: dated cases', () => {
  it('has at least 50 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases)('$name: received $received → $deadline', (c) => {
    const result = computeDecisionDeadline({
      receivedOn: c.received,
      suspensions: c.suspensions ?? [],
      extended: c.extended ?? false,
      calendar,
      ...(c.today ? { today: c.today } : {}),
    });
    expect(result.deadline).toBe(c.deadline);
    expect(result.firstTermEnd).toBe(c.firstTermEnd ?? (c.extended ? undefined : c.deadline));
    if (c.suspendedDays !== undefined) expect(result.suspendedDays).toBe(c.suspendedDays);
    expect(result.extended).toBe(c.extended ?? false);
    expect(result.suspended).toBe((c.suspensions ?? []).some((x) => x.resume === null));
    expect(result.receivedOn).toBe(c.received);
  });

  it.each(cases)('$name: every step has Dutch and English text and the last step is the deadline', (c) => {
    const result = computeDecisionDeadline({
      receivedOn: c.received,
      suspensions: c.suspensions ?? [],
      extended: c.extended ?? false,
      calendar,
      ...(c.today ? { today: c.today } : {}),
    });
    expect(result.steps[0]).toMatchObject({ code: 'received', date: c.received });
    expect(result.steps.at(-1)?.date).toBe(c.deadline);
    for (const step of result.steps) {
      expect(step.nl.trim()).not.toBe('');
      expect(step.en.trim()).not.toBe('');
      expect(step.code).toMatch(/^[a-z_]+$/);
    }
  });
});

describe('computeDecisionDeadline: explanation texts', () => {
  const result = computeDecisionDeadline({
    receivedOn: '2026-03-02',
    suspensions: [s('2026-03-11', '2026-03-17')],
    extended: false,
    calendar,
  });

  it('explains the DESIGN example step by step, every date with its weekday', () => {
    expect(result.steps.map((step) => [step.code, step.date, step.days])).toEqual([
      ['received', '2026-03-02', undefined],
      ['term', '2026-03-30', 28],
      ['suspension', '2026-04-05', 6],
      ['atw_shift', '2026-04-07', 2],
    ]);
    const [received, term, suspension, atw] = result.steps;
    expect(received?.nl).toBe('ontvangen op maandag 2 maart 2026');
    expect(received?.en).toBe('received on Monday 2 March 2026');
    expect(term?.nl).toContain('+28 dagen');
    expect(term?.nl).toContain('= maandag 30 maart 2026');
    expect(suspension?.nl).toContain('6 dagen opgeschort voor zienswijze');
    expect(suspension?.nl).toContain('woensdag 11 maart 2026 t/m maandag 16 maart 2026');
    expect(suspension?.en).toContain('Wednesday 11 March 2026 to Monday 16 March 2026');
    expect(atw?.nl).toBe(
      'valt op zondag 5 april 2026 (Eerste Paasdag), daarna maandag 6 april 2026 (Tweede Paasdag) → ' +
        'Algemene termijnenwet art. 1: dinsdag 7 april 2026',
    );
    expect(atw?.en).toContain('Tuesday 7 April 2026');
  });

  it('says once that overlapping suspensions count each day once', () => {
    const overlapping = computeDecisionDeadline({
      receivedOn: '2027-02-01',
      suspensions: [s('2027-02-03', '2027-02-10', 'precisering'), s('2027-02-08', '2027-02-12')],
      extended: false,
      calendar,
    });
    const suspensionSteps = overlapping.steps.filter((step) => step.code === 'suspension');
    expect(suspensionSteps).toHaveLength(1);
    expect(suspensionSteps[0]?.days).toBe(9);
    expect(suspensionSteps[0]?.nl).toContain('elke dag telt één keer');
    expect(suspensionSteps[0]?.nl).toContain('precisering van het verzoek en zienswijze van een derde');
  });

  it('marks a running suspension as provisional', () => {
    const running = computeDecisionDeadline({
      receivedOn: '2026-03-02',
      suspensions: [s('2026-03-11', null)],
      extended: false,
      calendar,
      today: '2026-03-20',
    });
    expect(running.suspended).toBe(true);
    expect(running.steps.find((step) => step.code === 'suspension_open')?.nl).toContain('voorlopig');
  });

  it('explains the extension from the unadjusted end', () => {
    const extended = computeDecisionDeadline({
      receivedOn: '2026-03-02',
      suspensions: [s('2026-03-11', '2026-03-17')],
      extended: true,
      calendar,
    });
    expect(extended.steps.map((step) => step.code)).toEqual([
      'received',
      'term',
      'suspension',
      'extension',
      'atw_shift',
    ]);
    const extension = extended.steps[3];
    expect(extension?.days).toBe(14);
    expect(extension?.nl).toContain('= zondag 19 april 2026');
    expect(extension?.nl).toContain('dinsdag 7 april 2026');
  });
});

describe('computeDecisionDeadline: invalid input', () => {
  function codeOf(run: () => unknown): string | undefined {
    try {
      run();
    } catch (error) {
      if (isDomainError(error)) return error.code;
      throw error;
    }
    return undefined;
  }
  const base = { receivedOn: '2026-03-02', suspensions: [] as Suspension[], extended: false, calendar };

  it.each([
    ['impossible receipt date', { ...base, receivedOn: '2025-02-29' }, 'date.invalid'],
    ['malformed receipt date', { ...base, receivedOn: '2026-3-2' }, 'date.invalid'],
    ['impossible suspension date', { ...base, suspensions: [s('2026-02-30', '2026-03-10')] }, 'date.invalid'],
    ['impossible resume date', { ...base, suspensions: [s('2026-03-10', '2026-13-01')] }, 'date.invalid'],
    ['malformed today', { ...base, suspensions: [s('2026-03-10', null)], today: '20260320' }, 'date.invalid'],
    [
      'suspension on the day of receipt',
      { ...base, suspensions: [s('2026-03-02', '2026-03-05')] },
      'clock.suspension_before_term',
    ],
    [
      'suspension before receipt',
      { ...base, suspensions: [s('2026-02-20', '2026-03-05')] },
      'clock.suspension_before_term',
    ],
    [
      'resume before from',
      { ...base, suspensions: [s('2026-03-10', '2026-03-09')] },
      'clock.suspension_resume_before_from',
    ],
    [
      'running suspension without today',
      { ...base, suspensions: [s('2026-03-10', null)] },
      'clock.open_suspension_needs_today',
    ],
  ])('%s → %s', (_name, input, code) => {
    expect(codeOf(() => computeDecisionDeadline(input))).toBe(code);
  });

  it('counts no day yet for a running suspension that starts tomorrow (asked today)', () => {
    // received Mon 2 March 2026 + 28 = Mon 30 March; the precisering asked on 9 March suspends from 10 March.
    const result = computeDecisionDeadline({ ...base, suspensions: [s('2026-03-10', null)], today: '2026-03-09' });
    expect(result.suspendedDays).toBe(0);
    expect(result.suspended).toBe(true);
    expect(result.deadline).toBe('2026-03-30');
  });

  it('names the offending values in the error', () => {
    try {
      computeDecisionDeadline({ ...base, suspensions: [s('2026-03-10', '2026-03-09')] });
      expect.unreachable('should have thrown');
    } catch (error) {
      if (!isDomainError(error)) throw error;
      expect(error.en).toContain('2026-03-09');
      expect(error.nl).toContain('2026-03-10');
      expect(error.details).toEqual({ from: '2026-03-10', resume: '2026-03-09' });
    }
  });
});
