// Test scenarios for the case state machine: a way to reach each status, and a valid event of each type.
// Received Monday 2 March 2026; its plain deadline is Monday 30 March 2026.
import { defaultHolidayCalendar } from '../clock/holidays.js';
import { addDays } from '../dates/iso-date.js';
import { foldCaseEvents } from './apply-case-event.js';
import type { CaseEvent, CaseEventType } from './case-event.js';
import type { CaseState } from './case-state.js';
import type { CaseStatus } from './case-status.js';

export const receivedOn = '2026-03-02';
export const ctx = { calendar: defaultHolidayCalendar() };

const drafted: CaseEvent[] = [
  { type: 'documents_collected', on: '2026-03-03' },
  { type: 'decision_drafted', on: '2026-03-04' },
];
const decided: CaseEvent[] = [...drafted, { type: 'decided', on: '2026-03-06', outcome: 'openbaar' }];

/** Events that bring a fresh case into each status. */
export const pathTo: Record<CaseStatus, CaseEvent[]> = {
  received: [],
  informal_contact: [{ type: 'contact_logged', on: '2026-03-03', outcome: 'continues_formally' }],
  awaiting_precisering: [{ type: 'precisering_asked', on: '2026-03-03', periodEnd: '2026-03-17' }],
  collecting_documents: [
    { type: 'precisering_asked', on: '2026-03-03', periodEnd: '2026-03-17' },
    { type: 'precisering_received', on: '2026-03-05' },
  ],
  assessing: [{ type: 'documents_collected', on: '2026-03-03' }],
  awaiting_zienswijzen: [
    { type: 'documents_collected', on: '2026-03-03' },
    { type: 'zienswijze_asked', on: '2026-03-04', thirdPartyId: 'tp-a', periodEnd: '2026-03-18' },
  ],
  decision_drafted: drafted,
  in_review: [...drafted, { type: 'submitted_for_review', on: '2026-03-05' }],
  decided,
  disclosure_hold: [...drafted, { type: 'decided', on: '2026-03-06', outcome: 'openbaar', thirdPartyObjected: true }],
  published: [...decided, { type: 'published', on: '2026-03-09' }],
  closed: [...decided, { type: 'published', on: '2026-03-09' }, { type: 'closed', on: '2026-03-10' }],
  withdrawn: [{ type: 'withdrawn', on: '2026-03-03' }],
  forwarded: [{ type: 'forwarded', on: '2026-03-03', to: 'Provincie Utrecht' }],
  not_handled: [{ type: 'not_handled', on: '2026-03-03', ground: '4.6' }],
  resolved_informally: [{ type: 'contact_logged', on: '2026-03-03', outcome: 'answered_informally' }],
};

export function reach(status: CaseStatus): { state: CaseState; events: CaseEvent[] } {
  const events = pathTo[status];
  return { state: foldCaseEvents(receivedOn, events, ctx), events };
}

/**
 * A valid event of `type` for `state`, preceded by the events it needs (e.g. a consent before it can end), all dated
 * on or after the state's last event.
 */
export function sampleEvent(type: CaseEventType, state: CaseState): CaseEvent[] {
  const on = state.lastEventOn;
  const pending = state.pendingZienswijzen[0];
  switch (type) {
    case 'contact_logged':
      return [{ type, on, outcome: 'continues_formally' }];
    case 'precisering_asked':
      return [{ type, on, periodEnd: addDays(on, 14) }];
    case 'precisering_lapsed':
      return [{ type, on: addDays(state.preciseringPeriodEnd ?? on, 1) }];
    case 'consent_to_delay_given':
      return [{ type, on }];
    case 'consent_to_delay_ended':
      return [
        { type: 'consent_to_delay_given', on },
        { type, on: addDays(on, 1) },
      ];
    case 'zienswijze_asked':
      return [{ type, on, thirdPartyId: 'tp-b', periodEnd: addDays(on, 14) }];
    case 'zienswijze_received':
      return [{ type, on, thirdPartyId: pending?.thirdPartyId ?? 'tp-x' }];
    case 'zienswijze_lapsed':
      return [{ type, on: addDays(pending?.periodEnd ?? on, 1), thirdPartyId: pending?.thirdPartyId ?? 'tp-x' }];
    case 'extension':
      return [{ type, on, reasons: 'Het gaat om veel documenten van meerdere afdelingen.' }];
    case 'notice_of_default_received':
      return [{ type, on: '2026-06-01' }];
    case 'court_order':
      return [
        { type: 'notice_of_default_received', on: '2026-06-01' },
        { type, on: '2026-06-22', decideBy: '2026-07-06' },
      ];
    case 'forwarded':
      return [{ type, on, to: 'Ministerie van Financiën' }];
    case 'not_handled':
      return [{ type, on, ground: '4.6' }];
    case 'review_rejected':
      return [{ type, on, reason: 'Motivering van 5.1.2e ontbreekt.' }];
    case 'decided':
      return [{ type, on, outcome: 'deels_openbaar' }];
    case 'disclosure_hold_ended':
      return [{ type, on: state.disclosureHoldUntil ?? on }];
    default:
      return [{ type, on }];
  }
}
