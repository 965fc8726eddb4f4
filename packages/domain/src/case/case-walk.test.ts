// One request from receipt to closing, with the deadline after each step computed by hand.
// Calendar 2026: Easter Sunday 5 April (Goede Vrijdag 3 April, 2e Paasdag 6 April), Koningsdag Monday 27 April,
// Bevrijdingsdag Tuesday 5 May.
import { describe, expect, it } from 'vitest';
import { applyCaseEvent, foldCaseEvents } from './apply-case-event.js';
import type { CaseEvent } from './case-event.js';
import { caseDeadline } from './case-deadline.js';
import { initialCaseState, type CaseState } from './case-state.js';
import { ctx, receivedOn } from './case-scenarios.fixture.js';

interface Step {
  event: CaseEvent;
  status: CaseState['status'];
  /** Deadline on the day of the event, and the reasoning. */
  deadline: string;
  suspendedDays: number;
}

const walk: Step[] = [
  // Received Monday 2 March: +28 days = Monday 30 March.
  {
    event: { type: 'contact_logged', on: '2026-03-03', outcome: 'narrowed' },
    status: 'informal_contact',
    deadline: '2026-03-30',
    suspendedDays: 0,
  },
  // Invitation to precise sent 4 March with a period: suspended from 5 March, no day counted yet.
  {
    event: { type: 'precisering_asked', on: '2026-03-04', periodEnd: '2026-03-18' },
    status: 'awaiting_precisering',
    deadline: '2026-03-30',
    suspendedDays: 0,
  },
  // Answer 10 March: suspended 5–9 March = 5 days; 30 March + 5 = Saturday 4 April; Sunday 5 April (Easter),
  // Monday 6 April (2e Paasdag) → Atw: Tuesday 7 April.
  {
    event: { type: 'precisering_received', on: '2026-03-10' },
    status: 'collecting_documents',
    deadline: '2026-04-07',
    suspendedDays: 5,
  },
  {
    event: { type: 'documents_collected', on: '2026-03-12' },
    status: 'assessing',
    deadline: '2026-04-07',
    suspendedDays: 5,
  },
  // Requester told on 16 March that a view is asked: suspended from 17 March; on the 16th nothing counted yet.
  {
    event: { type: 'zienswijze_asked', on: '2026-03-16', thirdPartyId: 'bv-1', periodEnd: '2026-03-30' },
    status: 'awaiting_zienswijzen',
    deadline: '2026-04-07',
    suspendedDays: 5,
  },
  // View arrives 23 March: suspended 17–22 March = 6 more days, 11 in all; 30 March + 11 = Friday 10 April.
  {
    event: { type: 'zienswijze_received', on: '2026-03-23', thirdPartyId: 'bv-1' },
    status: 'assessing',
    deadline: '2026-04-10',
    suspendedDays: 11,
  },
  // Extension on 8 April, before the first term ends on 10 April: 10 April + 14 = Friday 24 April.
  {
    event: { type: 'extension', on: '2026-04-08', reasons: 'Veel documenten van drie afdelingen.' },
    status: 'assessing',
    deadline: '2026-04-24',
    suspendedDays: 11,
  },
  {
    event: { type: 'decision_drafted', on: '2026-04-15' },
    status: 'decision_drafted',
    deadline: '2026-04-24',
    suspendedDays: 11,
  },
  {
    event: { type: 'submitted_for_review', on: '2026-04-16' },
    status: 'in_review',
    deadline: '2026-04-24',
    suspendedDays: 11,
  },
  {
    event: { type: 'review_approved', on: '2026-04-17' },
    status: 'decision_drafted',
    deadline: '2026-04-24',
    suspendedDays: 11,
  },
  // Decided Monday 20 April; the third party objected: hold of 2 weeks ends Monday 4 May (a working day), so
  // disclosure may take place from Tuesday 5 May.
  {
    event: { type: 'decided', on: '2026-04-20', outcome: 'deels_openbaar', thirdPartyObjected: true },
    status: 'disclosure_hold',
    deadline: '2026-04-24',
    suspendedDays: 11,
  },
  {
    event: { type: 'disclosure_hold_ended', on: '2026-05-05' },
    status: 'decided',
    deadline: '2026-04-24',
    suspendedDays: 11,
  },
  { event: { type: 'published', on: '2026-05-06' }, status: 'published', deadline: '2026-04-24', suspendedDays: 11 },
  { event: { type: 'closed', on: '2026-05-08' }, status: 'closed', deadline: '2026-04-24', suspendedDays: 11 },
];

describe('a request from receipt to closing', () => {
  const states: CaseState[] = [];
  let state = initialCaseState(receivedOn);
  for (const step of walk) {
    state = applyCaseEvent(state, step.event, ctx);
    states.push(state);
  }

  it('starts with the plain term of 4 weeks', () => {
    const deadline = caseDeadline(initialCaseState(receivedOn), { ...ctx, today: receivedOn });
    expect(deadline.deadline).toBe('2026-03-30');
    expect(deadline.running).toBe(true);
  });

  it.each(walk.map((step, index) => ({ ...step, index })))(
    'after $event.type on $event.on: $status, deadline $deadline',
    ({ index, status, deadline, suspendedDays, event }) => {
      const after = states[index]!;
      expect(after.status).toBe(status);
      const computed = caseDeadline(after, { ...ctx, today: event.on });
      expect(computed.deadline).toBe(deadline);
      expect(computed.suspendedDays).toBe(suspendedDays);
    },
  );

  it('explains the Easter shift once the precisering is in', () => {
    const computed = caseDeadline(states[2]!, { ...ctx, today: '2026-03-10' });
    expect(computed.steps.map((s) => s.code)).toEqual(['received', 'term', 'suspension', 'atw_shift']);
    expect(computed.steps.at(-1)?.nl).toContain('maandag 6 april 2026 (Tweede Paasdag)');
  });

  it('records the extension, the first term and the disclosure hold', () => {
    const final = states.at(-1)!;
    expect(final.extended).toBe(true);
    expect(final.extendedOn).toBe('2026-04-08');
    expect(final.decidedOn).toBe('2026-04-20');
    expect(final.outcome).toBe('deels_openbaar');
    expect(final.disclosureHoldUntil).toBe('2026-05-05');
    expect(final.publishedOn).toBe('2026-05-06');
    const computed = caseDeadline(final, { ...ctx, today: '2026-05-08' });
    expect(computed.firstTermEnd).toBe('2026-04-10');
    expect(computed.decidedOnTime).toBe(true);
    expect(computed.running).toBe(false);
    expect(computed.disclosureHoldUntil).toBe('2026-05-05');
  });

  it('keeps the documents on hold until the first day disclosure is allowed', () => {
    const onHold = states[10]!;
    expect(() => applyCaseEvent(onHold, { type: 'disclosure_hold_ended', on: '2026-05-04' }, ctx)).toThrow(
      expect.objectContaining({
        code: 'case.transition_not_allowed',
        details: { status: 'disclosure_hold', event: 'disclosure_hold_ended', reason: 'hold_not_ended' },
        nl: expect.stringContaining('dinsdag 5 mei 2026'),
      }),
    );
    expect(() => applyCaseEvent(onHold, { type: 'published', on: '2026-04-21' }, ctx)).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ reason: 'status' }) }),
    );
  });

  it('gives the same state when the stored events are replayed', () => {
    const events = walk.map((step) => step.event);
    expect(foldCaseEvents(receivedOn, events, ctx)).toEqual(states.at(-1));
    events.forEach((_, n) => {
      expect(foldCaseEvents(receivedOn, events.slice(0, n + 1), ctx)).toEqual(states[n]);
    });
  });
});
