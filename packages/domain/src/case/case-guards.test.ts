// Refusals that do not come from the status table: dates, earlier events and the clock's rules.
import { describe, expect, it } from 'vitest';
import { applyCaseEvent, foldCaseEvents } from './apply-case-event.js';
import type { CaseEvent } from './case-event.js';
import { caseDeadline } from './case-deadline.js';
import { ctx, reach, receivedOn } from './case-scenarios.fixture.js';

const fold = (events: CaseEvent[]) => foldCaseEvents(receivedOn, events, ctx);
const assessing: CaseEvent[] = [{ type: 'documents_collected', on: '2026-03-03' }];

function refusal(events: CaseEvent[], event: CaseEvent) {
  try {
    applyCaseEvent(fold(events), event, ctx);
  } catch (error) {
    return error as { code: string; nl: string; en: string; details: Record<string, unknown> };
  }
  throw new Error(`expected ${event.type} to be refused`);
}

describe('guards', () => {
  it.each<[string, CaseEvent[], CaseEvent, string]>([
    [
      'an event dated before the previous one',
      assessing,
      { type: 'decision_drafted', on: '2026-03-02' },
      'before_previous_event',
    ],
    [
      'a second extension',
      [...assessing, { type: 'extension', on: '2026-03-10', reasons: 'Omvang' }],
      { type: 'extension', on: '2026-03-11', reasons: 'Nog eens' },
      'already_extended',
    ],
    [
      'an extension without reasons',
      assessing,
      { type: 'extension', on: '2026-03-10', reasons: '  ' },
      'text_required',
    ],
    [
      'an extension after the first term',
      assessing,
      { type: 'extension', on: '2026-03-31', reasons: 'Omvang' },
      'first_term_ended',
    ],
    [
      'a precisering period that ends before it is asked',
      [],
      { type: 'precisering_asked', on: '2026-03-05', periodEnd: '2026-03-05' },
      'period_end_not_after_event',
    ],
    [
      'a lapse before the precisering period ended',
      [{ type: 'precisering_asked', on: '2026-03-03', periodEnd: '2026-03-17' }],
      { type: 'precisering_lapsed', on: '2026-03-17' },
      'period_not_ended',
    ],
    [
      'a lapse when no period was set',
      [{ type: 'precisering_asked', on: '2026-03-03' }],
      { type: 'precisering_lapsed', on: '2026-03-20' },
      'no_precisering_period',
    ],
    [
      'a second consent while one runs',
      [{ type: 'consent_to_delay_given', on: '2026-03-03' }],
      { type: 'consent_to_delay_given', on: '2026-03-04' },
      'consent_already_running',
    ],
    [
      'consent in a contact while one runs',
      [{ type: 'consent_to_delay_given', on: '2026-03-03' }],
      { type: 'contact_logged', on: '2026-03-04', outcome: 'narrowed', writtenConsentToDelay: true },
      'consent_already_running',
    ],
    [
      'ending a consent that does not run',
      [],
      { type: 'consent_to_delay_ended', on: '2026-03-04' },
      'no_consent_running',
    ],
    [
      'a view asked twice of the same party',
      [...assessing, { type: 'zienswijze_asked', on: '2026-03-04', thirdPartyId: 'a', periodEnd: '2026-03-18' }],
      { type: 'zienswijze_asked', on: '2026-03-05', thirdPartyId: 'a', periodEnd: '2026-03-19' },
      'zienswijze_already_asked',
    ],
    [
      'a view from a party nobody asked',
      [...assessing, { type: 'zienswijze_asked', on: '2026-03-04', thirdPartyId: 'a', periodEnd: '2026-03-18' }],
      { type: 'zienswijze_received', on: '2026-03-05', thirdPartyId: 'b' },
      'zienswijze_not_awaited',
    ],
    [
      'a view lapsing within its period',
      [...assessing, { type: 'zienswijze_asked', on: '2026-03-04', thirdPartyId: 'a', periodEnd: '2026-03-18' }],
      { type: 'zienswijze_lapsed', on: '2026-03-18', thirdPartyId: 'a' },
      'period_not_ended',
    ],
    [
      'a notice of default on the deadline itself',
      [],
      { type: 'notice_of_default_received', on: '2026-03-30' },
      'deadline_not_passed',
    ],
    [
      'a second notice of default',
      [{ type: 'notice_of_default_received', on: '2026-03-31' }],
      { type: 'notice_of_default_received', on: '2026-04-01' },
      'notice_already_received',
    ],
    [
      'a court order without a notice of default',
      [],
      { type: 'court_order', on: '2026-04-20', decideBy: '2026-05-04' },
      'no_notice_of_default',
    ],
    [
      'a court order with a date in the past',
      [{ type: 'notice_of_default_received', on: '2026-03-31' }],
      { type: 'court_order', on: '2026-04-20', decideBy: '2026-04-19' },
      'decide_by_before_order',
    ],
    [
      'not handling for abuse after 2 weeks',
      [],
      { type: 'not_handled', on: '2026-03-17', ground: '4.6' },
      'not_handled_too_late',
    ],
    [
      'not handling for 4.1(6) without a precisering',
      [],
      { type: 'not_handled', on: '2026-03-05', ground: '4.1(6)' },
      'no_precisering_settled',
    ],
    [
      'not handling for 4.1(6) while the period still runs',
      [{ type: 'precisering_asked', on: '2026-03-03', periodEnd: '2026-03-17' }],
      { type: 'not_handled', on: '2026-03-05', ground: '4.1(6)' },
      'no_precisering_settled',
    ],
    [
      'not handling for 4.1(6) more than 2 weeks after the lapse',
      [
        { type: 'precisering_asked', on: '2026-03-03', periodEnd: '2026-03-17' },
        { type: 'precisering_lapsed', on: '2026-03-18' },
      ],
      { type: 'not_handled', on: '2026-04-01', ground: '4.1(6)' },
      'not_handled_too_late',
    ],
    [
      'a disclosure hold when nothing is disclosed',
      [...assessing, { type: 'decision_drafted', on: '2026-03-04' }],
      { type: 'decided', on: '2026-03-05', outcome: 'niet_openbaar', thirdPartyObjected: true },
      'nothing_to_hold',
    ],
    [
      'a review rejection without a reason',
      [
        ...assessing,
        { type: 'decision_drafted', on: '2026-03-04' },
        { type: 'submitted_for_review', on: '2026-03-05' },
      ],
      { type: 'review_rejected', on: '2026-03-06', reason: '' },
      'text_required',
    ],
  ])('refuses %s', (_name, events, event, reason) => {
    const error = refusal(events, event);
    expect(error.code).toBe('case.transition_not_allowed');
    expect(error.details).toEqual({ status: fold(events).status, event: event.type, reason });
    expect(error.nl.length).toBeGreaterThan(10);
    expect(error.en.length).toBeGreaterThan(10);
  });

  it('says when the first term ended, in words a coordinator understands', () => {
    const error = refusal(assessing, { type: 'extension', on: '2026-03-31', reasons: 'Omvang' });
    expect(error.nl).toBe('Verdagen kan niet meer: de eerste termijn is op maandag 30 maart 2026 verstreken.');
    expect(error.en).toBe('The decision can no longer be extended: the first term ended on Monday 30 March 2026.');
  });

  it('allows the extension on the last day of the first term, later when suspended days push that day', () => {
    expect(
      applyCaseEvent(fold(assessing), { type: 'extension', on: '2026-03-30', reasons: 'Omvang' }, ctx).extended,
    ).toBe(true);
    const suspended = fold([
      { type: 'precisering_asked', on: '2026-03-03', periodEnd: '2026-03-17' },
      { type: 'precisering_received', on: '2026-03-06' }, // 4–5 March: 2 days, first term ends 1 April
    ]);
    expect(applyCaseEvent(suspended, { type: 'extension', on: '2026-04-01', reasons: 'Omvang' }, ctx).extended).toBe(
      true,
    );
  });

  it("refuses an invalid date with the clock's own error", () => {
    expect(() => applyCaseEvent(fold([]), { type: 'withdrawn', on: '2026-02-30' }, ctx)).toThrow(
      expect.objectContaining({ code: 'date.invalid' }),
    );
  });
});

describe('clock effects', () => {
  it('does not suspend a precisering asked without a period (Awb 4:15(1)(a))', () => {
    const state = fold([
      { type: 'precisering_asked', on: '2026-03-03' },
      { type: 'precisering_received', on: '2026-03-13' },
    ]);
    expect(state.suspensions).toEqual([]);
    expect(caseDeadline(state, { ...ctx, today: '2026-03-13' }).deadline).toBe('2026-03-30');
  });

  it('resumes the day after an unused precisering period', () => {
    const state = fold([
      { type: 'precisering_asked', on: '2026-03-03', periodEnd: '2026-03-17' },
      { type: 'precisering_lapsed', on: '2026-03-20' },
    ]);
    // Suspended 4–17 March = 14 days: 30 March + 14 = Monday 13 April.
    expect(state.suspensions).toEqual([{ reason: 'precisering', from: '2026-03-04', resume: '2026-03-18' }]);
    expect(caseDeadline(state, { ...ctx, today: '2026-03-20' }).deadline).toBe('2026-04-13');
    expect(state.status).toBe('collecting_documents');
  });

  it('counts a running consent to delay up to today', () => {
    const state = fold([
      { type: 'contact_logged', on: '2026-03-03', outcome: 'narrowed', writtenConsentToDelay: true },
    ]);
    // Suspended from 4 March; on 10 March 6 days counted: 30 March + 6 = Sunday 5 April (Easter) → Tuesday 7 April.
    const deadline = caseDeadline(state, { ...ctx, today: '2026-03-10' });
    expect(deadline.suspended).toBe(true);
    expect(deadline.deadline).toBe('2026-04-07');
  });

  it('suspends a consent with an agreed last day through that day, and can end it early', () => {
    const agreed = fold([{ type: 'consent_to_delay_given', on: '2026-03-03', until: '2026-03-09' }]);
    expect(agreed.suspensions).toEqual([{ reason: 'consent_to_delay', from: '2026-03-04', resume: '2026-03-10' }]);
    const ended = applyCaseEvent(agreed, { type: 'consent_to_delay_ended', on: '2026-03-06' }, ctx);
    expect(ended.suspensions).toEqual([{ reason: 'consent_to_delay', from: '2026-03-04', resume: '2026-03-06' }]);
  });

  it('keeps one zienswijze suspension while any view is awaited, ending at the latest resume', () => {
    const state = fold([
      ...assessing,
      { type: 'zienswijze_asked', on: '2026-03-16', thirdPartyId: 'a', periodEnd: '2026-03-30' },
      { type: 'zienswijze_asked', on: '2026-03-18', thirdPartyId: 'b', periodEnd: '2026-03-25' },
      { type: 'zienswijze_received', on: '2026-03-20', thirdPartyId: 'a' },
    ]);
    expect(state.status).toBe('awaiting_zienswijzen');
    const done = applyCaseEvent(state, { type: 'zienswijze_lapsed', on: '2026-03-27', thirdPartyId: 'b' }, ctx);
    expect(done.status).toBe('assessing');
    // b's period ended 25 March: runs again 26 March. Suspended 17–25 March = 9 days: 30 March + 9 = 8 April.
    expect(done.suspensions).toEqual([{ reason: 'zienswijze', from: '2026-03-17', resume: '2026-03-26' }]);
    expect(caseDeadline(done, { ...ctx, today: '2026-03-27' }).deadline).toBe('2026-04-08');
  });

  it('ends every running suspension when the case is decided or leaves the main line', () => {
    const withdrawn = fold([
      { type: 'consent_to_delay_given', on: '2026-03-03' },
      { type: 'withdrawn', on: '2026-03-08' },
    ]);
    expect(withdrawn.suspensions).toEqual([{ reason: 'consent_to_delay', from: '2026-03-04', resume: '2026-03-08' }]);
    expect(withdrawn.exitedOn).toBe('2026-03-08');
    expect(caseDeadline(withdrawn, { ...ctx, today: '2026-06-01' }).running).toBe(false);
  });

  it('starts the appeal period after a notice of default and records a court order', () => {
    // Deadline Monday 30 March. Notice Tuesday 31 March: 2 weeks end Tuesday 14 April, appeal from 15 April.
    const state = fold([
      { type: 'notice_of_default_received', on: '2026-03-31' },
      { type: 'court_order', on: '2026-04-20', decideBy: '2026-05-04' },
    ]);
    expect(state.appealPossibleFrom).toBe('2026-04-15');
    expect(state.courtOrderDecideBy).toBe('2026-05-04');
    const deadline = caseDeadline(state, { ...ctx, today: '2026-04-20' });
    expect(deadline).toMatchObject({
      deadline: '2026-03-30',
      appealPossibleFrom: '2026-04-15',
      courtOrderDecideBy: '2026-05-04',
    });
  });

  it('marks a late decision as late', () => {
    const state = fold([
      ...assessing,
      { type: 'decision_drafted', on: '2026-03-25' },
      { type: 'decided', on: '2026-03-31', outcome: 'geen_documenten' },
    ]);
    expect(caseDeadline(state, { ...ctx, today: '2026-04-01' }).decidedOnTime).toBe(false);
  });

  it('leads a contact to the status its outcome names', () => {
    const outcomes = {
      withdrawn: 'withdrawn',
      answered_informally: 'resolved_informally',
      pointed_to_public: 'resolved_informally',
      forwarded: 'forwarded',
      narrowed: 'informal_contact',
      continues_formally: 'informal_contact',
    } as const;
    for (const [outcome, status] of Object.entries(outcomes)) {
      const state = fold([{ type: 'contact_logged', on: '2026-03-03', outcome: outcome as keyof typeof outcomes }]);
      expect(state.status).toBe(status);
      expect(state.firstContactOn).toBe('2026-03-03');
    }
  });

  it('allows not handling under 4.1(6) within 2 weeks after the precisering period lapsed', () => {
    // Period ended Tuesday 17 March; 2 weeks later = Tuesday 31 March.
    const state = fold([
      { type: 'precisering_asked', on: '2026-03-03', periodEnd: '2026-03-17' },
      { type: 'precisering_lapsed', on: '2026-03-18' },
      { type: 'not_handled', on: '2026-03-31', ground: '4.1(6)' },
    ]);
    expect(state.status).toBe('not_handled');
    expect(state.notHandledGround).toBe('4.1(6)');
  });

  it('never changes the state it was given', () => {
    const { state } = reach('awaiting_zienswijzen');
    const snapshot = structuredClone(state);
    applyCaseEvent(state, { type: 'zienswijze_received', on: '2026-03-05', thirdPartyId: 'tp-a' }, ctx);
    applyCaseEvent(state, { type: 'consent_to_delay_given', on: '2026-03-05' }, ctx);
    expect(state).toEqual(snapshot);
  });
});
