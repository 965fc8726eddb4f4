// Every cell of the status table: allowed events succeed and lead where the table says; all other events are refused
// with 'case.transition_not_allowed'. The refused cells are generated from the table itself.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { applyCaseEvent } from './apply-case-event.js';
import type { CaseEventType } from './case-event.js';
import { caseStatuses, finalStatuses, type CaseStatus } from './case-status.js';
import { caseEventTypes, caseTransitions } from './case-transitions.js';
import { ctx, reach, sampleEvent } from './case-scenarios.fixture.js';

const cells = caseStatuses.flatMap((status) => caseEventTypes.map((type) => ({ status, type })));
const allowedCells = cells.filter(({ status, type }) => caseTransitions[type].from.includes(status));
const refusedCells = cells.filter(({ status, type }) => !caseTransitions[type].from.includes(status));

/**
 * Cells the table allows but whose guard always refuses in the scenario, because the law says so: while a
 * suspension runs (precisering or zienswijze awaited) the deadline cannot pass, so a notice of default has no effect
 * and no court order can follow.
 */
const guardedInScenario: Partial<Record<`${CaseStatus}/${CaseEventType}`, string>> = {
  'awaiting_precisering/notice_of_default_received': 'deadline_not_passed',
  'awaiting_zienswijzen/notice_of_default_received': 'deadline_not_passed',
  'awaiting_precisering/court_order': 'deadline_not_passed',
  'awaiting_zienswijzen/court_order': 'deadline_not_passed',
};

/** Where each allowed event leads from each status in the scenarios (hand-written, not derived from the table). */
const expectedResult: Partial<Record<CaseEventType, CaseStatus | 'same'>> = {
  precisering_asked: 'awaiting_precisering',
  precisering_received: 'collecting_documents',
  precisering_lapsed: 'collecting_documents',
  consent_to_delay_given: 'same',
  consent_to_delay_ended: 'same',
  documents_collected: 'assessing',
  zienswijze_asked: 'awaiting_zienswijzen',
  zienswijze_received: 'assessing', // the scenario awaits one view
  zienswijze_lapsed: 'assessing',
  extension: 'same',
  notice_of_default_received: 'same',
  court_order: 'same',
  forwarded: 'forwarded',
  not_handled: 'not_handled',
  withdrawn: 'withdrawn',
  decision_drafted: 'decision_drafted',
  submitted_for_review: 'in_review',
  review_approved: 'decision_drafted',
  review_rejected: 'assessing',
  decided: 'decided',
  disclosure_hold_ended: 'decided',
  published: 'published',
  closed: 'closed',
  contact_logged: 'informal_contact', // sample outcome: continues formally
};

describe('status table: allowed transitions', () => {
  it('has allowed and refused cells covering the whole table', () => {
    expect(allowedCells.length + refusedCells.length).toBe(caseStatuses.length * caseEventTypes.length);
    expect(allowedCells.length).toBeGreaterThan(50);
  });

  it.each(allowedCells)('$status + $type', ({ status, type }) => {
    const { state } = reach(status);
    expect(state.status).toBe(status);
    const events = sampleEvent(type, state);
    const guarded = guardedInScenario[`${status}/${type}`];
    if (guarded) {
      expect(() => events.reduce((s, e) => applyCaseEvent(s, e, ctx), state)).toThrow(
        expect.objectContaining({
          code: 'case.transition_not_allowed',
          details: expect.objectContaining({ reason: guarded }),
        }),
      );
      return;
    }
    const after = events.reduce((s, e) => applyCaseEvent(s, e, ctx), state);
    const expected = expectedResult[type];
    expect(after.status).toBe(expected === 'same' ? status : expected);
    expect(after.lastEventOn).toBe(events.at(-1)?.on);
  });
});

describe('status table: refused transitions', () => {
  it.each(refusedCells)('$status refuses $type', ({ status, type }) => {
    const { state } = reach(status);
    const [event] = sampleEvent(type, state).slice(-1);
    let caught: unknown;
    try {
      applyCaseEvent(state, event!, ctx);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    const error = caught as DomainError;
    expect(error.code).toBe('case.transition_not_allowed');
    expect(error.details).toEqual({ status, event: type, reason: 'status' });
    expect(error.nl).toMatch(/kan niet bij een verzoek met de status/);
    expect(error.en).toMatch(/is not possible for a request with status/);
  });

  it.each(finalStatuses)('%s accepts no event at all and says so', (status) => {
    const { state } = reach(status);
    expect(() => applyCaseEvent(state, { type: 'withdrawn', on: '2026-04-01' }, ctx)).toThrow(
      expect.objectContaining({ nl: expect.stringContaining('Met dit verzoek kan niets meer gebeuren.') }),
    );
  });

  it('tells the coordinator what is possible instead', () => {
    const { state } = reach('decided');
    expect(() => applyCaseEvent(state, { type: 'extension', on: '2026-03-07', reasons: 'x' }, ctx)).toThrow(
      expect.objectContaining({
        nl: '"Verdagen" kan niet bij een verzoek met de status "Besloten". Wel mogelijk: publiceren, afsluiten.',
      }),
    );
  });
});
