// Which event is allowed in which status, where it leads, and what it does to the decision term: the whole state
// machine of DESIGN §3 in one table. Guards that depend on dates or earlier events live in case-guards.ts; the
// effects on the state in apply-case-event.ts.
import type { CaseEventOf, CaseEventType, ContactOutcome } from './case-event.js';
import type { CaseState } from './case-state.js';
import { openStatuses, type CaseStatus } from './case-status.js';

export interface CaseTransition<T extends CaseEventType> {
  /** Statuses in which the event is allowed. */
  from: readonly CaseStatus[];
  /** The resulting status: fixed, or chosen by the event and the state before it. */
  to: CaseStatus | ((event: CaseEventOf<T>, before: CaseState) => CaseStatus);
  /** What the event does to the decision term, with its source. */
  clock: string;
}

const beforeDocumentsCollected = ['received', 'informal_contact', 'collecting_documents'] as const;
const beforeAssessment = ['received', 'informal_contact', 'awaiting_precisering', 'collecting_documents'] as const;

const afterContact: Record<ContactOutcome, CaseStatus> = {
  withdrawn: 'withdrawn',
  answered_informally: 'resolved_informally',
  pointed_to_public: 'resolved_informally', // Woo 4.5(2)
  forwarded: 'forwarded', // Woo 4.2
  narrowed: 'informal_contact',
  continues_formally: 'informal_contact',
};

export const caseTransitions: { readonly [T in CaseEventType]: CaseTransition<T> } = {
  contact_logged: {
    from: ['received', 'informal_contact'],
    to: (event) => afterContact[event.outcome],
    clock: 'With written consent to delay: suspended from the next day until consent ends (Awb 4:15(2)(a)).',
  },
  precisering_asked: {
    from: beforeDocumentsCollected,
    to: 'awaiting_precisering',
    clock: 'With a period set: suspended from the next day (Awb 4:15(1)(a)); without a period: no effect.',
  },
  precisering_received: {
    from: ['awaiting_precisering'],
    to: 'collecting_documents',
    clock: 'Runs again on the day the precisering arrives.',
  },
  precisering_lapsed: {
    from: ['awaiting_precisering'],
    to: 'collecting_documents',
    clock: 'Runs again on the day after the period ended unused (Awb 4:15(1)(a)).',
  },
  consent_to_delay_given: {
    from: openStatuses,
    to: (_event, before) => before.status,
    clock: 'Suspended from the next day through the agreed last day, or until ended (Awb 4:15(2)(a)).',
  },
  consent_to_delay_ended: {
    from: openStatuses,
    to: (_event, before) => before.status,
    clock: 'Runs again on this day.',
  },
  documents_collected: {
    from: beforeDocumentsCollected,
    to: 'assessing',
    clock: 'None.',
  },
  zienswijze_asked: {
    from: ['assessing', 'awaiting_zienswijzen'],
    to: 'awaiting_zienswijzen',
    clock: 'Suspended from the day after the requester is told (Woo 4.4(4)); one period while any view is awaited.',
  },
  zienswijze_received: {
    from: ['awaiting_zienswijzen'],
    to: (event, before) => (othersPending(event.thirdPartyId, before) ? 'awaiting_zienswijzen' : 'assessing'),
    clock: 'Runs again on the day the last awaited view arrives.',
  },
  zienswijze_lapsed: {
    from: ['awaiting_zienswijzen'],
    to: (event, before) => (othersPending(event.thirdPartyId, before) ? 'awaiting_zienswijzen' : 'assessing'),
    clock: 'Runs again on the day after the period ended, once no other view is awaited.',
  },
  extension: {
    from: openStatuses,
    to: (_event, before) => before.status,
    clock: '+14 days; only once and only before the first term ends (Woo 4.4(2)).',
  },
  notice_of_default_received: {
    from: openStatuses,
    to: (_event, before) => before.status,
    clock: 'None on the term; appeal possible 2 weeks later (Awb 6:12(2)); only after the deadline has passed.',
  },
  court_order: {
    from: openStatuses,
    to: (_event, before) => before.status,
    clock: 'A second deadline: decide by the date the court set (Awb 8:55d).',
  },
  forwarded: {
    from: [...beforeAssessment, 'assessing'],
    to: 'forwarded',
    clock: 'Stops: the other body decides (Woo 4.2).',
  },
  not_handled: {
    from: beforeAssessment,
    to: 'not_handled',
    clock: 'Stops (Woo 4.1(6) after a precisering that did not come; Woo 4.6 within 2 weeks of receipt).',
  },
  withdrawn: {
    from: openStatuses,
    to: 'withdrawn',
    clock: 'Stops.',
  },
  decision_drafted: {
    from: ['assessing'],
    to: 'decision_drafted',
    clock: 'None.',
  },
  submitted_for_review: {
    from: ['decision_drafted'],
    to: 'in_review',
    clock: 'None.',
  },
  review_approved: {
    from: ['in_review'],
    to: 'decision_drafted',
    clock: 'None.',
  },
  review_rejected: {
    from: ['in_review'],
    to: 'assessing',
    clock: 'None.',
  },
  decided: {
    from: ['decision_drafted'],
    to: (event) => (event.thirdPartyObjected ? 'disclosure_hold' : 'decided'),
    clock: 'Stops; running suspensions end. Third party objected: disclosure 2 weeks later (Woo 4.4(5)).',
  },
  disclosure_hold_ended: {
    from: ['disclosure_hold'],
    to: 'decided',
    clock: 'None (only on or after the end of the hold).',
  },
  published: {
    from: ['decided'],
    to: 'published',
    clock: 'None.',
  },
  closed: {
    from: ['decided', 'published'],
    to: 'closed',
    clock: 'None.',
  },
};

export const caseEventTypes = Object.keys(caseTransitions) as CaseEventType[];

function othersPending(thirdPartyId: string, before: CaseState): boolean {
  return before.pendingZienswijzen.some((pending) => pending.thirdPartyId !== thirdPartyId);
}

/** The status an event leads to from `before` (assumes the event is allowed). */
export function nextStatus<T extends CaseEventType>(event: CaseEventOf<T>, before: CaseState): CaseStatus {
  const to = (caseTransitions[event.type] as CaseTransition<T>).to;
  return typeof to === 'function' ? to(event, before) : to;
}
