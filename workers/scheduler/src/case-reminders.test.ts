import { defaultHolidayCalendar, foldCaseEvents, type CaseEvent } from '@woo/domain';
import { describe, expect, it } from 'vitest';
import { planCaseReminders } from './case-reminders.js';

const calendar = defaultHolidayCalendar();
const caseId = '0190a0b0-0000-7000-8000-0000000000aa';

// Received Tuesday 10 March 2026: +28 days = Tuesday 7 April 2026, a working day, so that is the deadline.
// Counting back over Easter (Good Friday 3 April and Easter Monday 6 April are holidays, 4–5 April a weekend):
// 1 working day before = Thursday 2 April; 2 = Wed 1 April; 3 = Tue 31 March; 4 = Mon 30 March; 5 = Fri 27 March.
const receivedOn = '2026-03-10';
const afterContact: CaseEvent[] = [{ type: 'contact_logged', on: '2026-03-11', outcome: 'continues_formally' }];

function plan(day: string, events: CaseEvent[] = afterContact, norm = 3) {
  const state = foldCaseEvents(receivedOn, events, { calendar });
  return planCaseReminders({ caseId, state, day, calendar, firstContactNormWorkingDays: norm });
}

describe('planCaseReminders: deadline Tuesday 7 April 2026', () => {
  it.each([
    ['2026-03-26', 'Thu, 6 working days left', []],
    ['2026-03-27', 'Fri, 5 working days left', [`reminder-5wd/${caseId}/2026-04-07`]],
    ['2026-03-28', 'Sat, still 5 left (caught up if Friday was missed)', [`reminder-5wd/${caseId}/2026-04-07`]],
    ['2026-03-30', 'Mon, 4 left', [`reminder-5wd/${caseId}/2026-04-07`]],
    ['2026-04-01', 'Wed, 2 left', [`reminder-5wd/${caseId}/2026-04-07`]],
    ['2026-04-02', 'Thu, 1 working day left', [`reminder-1wd/${caseId}/2026-04-07`]],
    ['2026-04-03', 'Good Friday, still 1 left', [`reminder-1wd/${caseId}/2026-04-07`]],
    ['2026-04-07', 'the deadline itself', [`reminder-1wd/${caseId}/2026-04-07`]],
    ['2026-04-08', 'the day after: overdue', [`overdue/${caseId}/2026-04-07`]],
  ])('%s (%s)', (day, _why, keys) => {
    expect(plan(day).map((reminder) => reminder.dedupKey)).toEqual(keys);
  });

  it('tells the coordinator how many working days are left, and escalates to the admins after the deadline', () => {
    expect(plan('2026-03-27')).toEqual([
      {
        template: 'deadline.reminder',
        audience: 'assignee',
        dedupKey: `reminder-5wd/${caseId}/2026-04-07`,
        data: { deadline: '2026-04-07', workingDaysLeft: 5 },
      },
    ]);
    expect(plan('2026-04-02')[0]?.data).toEqual({ deadline: '2026-04-07', workingDaysLeft: 1 });
    expect(plan('2026-04-08')).toEqual([
      {
        template: 'case.overdue',
        audience: 'admins',
        dedupKey: `overdue/${caseId}/2026-04-07`,
        data: { deadline: '2026-04-07' },
      },
    ]);
  });

  it('sends nothing about the deadline while a suspension runs (the date is provisional)', () => {
    const events: CaseEvent[] = [
      ...afterContact,
      { type: 'precisering_asked', on: '2026-03-20', periodEnd: '2026-04-03' },
    ];
    expect(plan('2026-03-27', events)).toEqual([]);
    expect(plan('2026-04-08', events)).toEqual([]);
  });

  it('follows a new deadline after an extension with reminders of their own', () => {
    const events: CaseEvent[] = [...afterContact, { type: 'extension', on: '2026-03-20', reasons: 'veel documenten' }];
    // 7 April + 14 days = Tuesday 21 April 2026; 5 working days before: 20, 17, 16, 15, 14 → Tuesday 14 April.
    expect(plan('2026-04-08', events)).toEqual([]);
    expect(plan('2026-04-13', events)).toEqual([]);
    expect(plan('2026-04-14', events).map((r) => r.dedupKey)).toEqual([`reminder-5wd/${caseId}/2026-04-21`]);
  });

  it('stops once the case is decided', () => {
    const decided: CaseEvent[] = [
      { type: 'documents_collected', on: '2026-03-11' },
      { type: 'decision_drafted', on: '2026-03-12' },
      { type: 'submitted_for_review', on: '2026-03-12' },
      { type: 'review_approved', on: '2026-03-13' },
      { type: 'decided', on: '2026-03-16', outcome: 'openbaar' },
    ];
    expect(plan('2026-04-08', decided)).toEqual([]);
  });
});

describe('planCaseReminders: first contact (service norm in working days after receipt)', () => {
  // Received Tuesday 10 March 2026; norm 3 working days: 11, 12, 13 → due Friday 13 March.
  it.each([
    ['2026-03-12', []],
    ['2026-03-13', [`first-contact-due/${caseId}/2026-03-13`]],
    ['2026-03-16', [`first-contact-overdue/${caseId}/2026-03-13`]],
  ])('norm 3, on %s', (day, keys) => {
    expect(plan(day, []).map((reminder) => reminder.dedupKey)).toEqual(keys);
  });

  it("uses the organisation's own norm", () => {
    // Norm 5: 11, 12, 13, 16, 17 → due Tuesday 17 March.
    expect(plan('2026-03-16', [], 5)).toEqual([]);
    expect(plan('2026-03-17', [], 5)).toEqual([
      {
        template: 'first-contact.reminder',
        audience: 'assignee',
        dedupKey: `first-contact-due/${caseId}/2026-03-17`,
        data: { receivedOn, firstContactDue: '2026-03-17', normWorkingDays: 5, overdue: false },
      },
    ]);
  });

  it('is not sent once the requester was contacted', () => {
    expect(plan('2026-03-16').filter((r) => r.template === 'first-contact.reminder')).toEqual([]);
  });
});
