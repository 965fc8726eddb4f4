// The requester's view of a case, found by the hash of the tracking code. Only public events, fixed texts, and the
// requester's own deadline; nothing about third parties or the coordinator's notes.
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashTrackingCode, caseStateOfRows, looksLikeTrackingCode, type CaseDeps } from '@woo/cases';
import { Case, CaseEvent } from '@woo/db';
import {
  allowedEvents,
  caseDeadline,
  DomainError,
  formatLongDate,
  openStatuses,
  statusTexts,
  type CaseState,
} from '@woo/domain';
import type { RequesterStatus, requesterActions } from './requester-status.schemas.js';
import { timelineText } from './timeline-texts.js';

export function requestNotFound(): DomainError {
  return new DomainError('request.not_found', {
    nl: 'We kunnen geen verzoek vinden met deze code. Kijk de code na in de bevestiging die u kreeg.',
    en: 'We cannot find a request with this code. Please check the code in the confirmation you received.',
  });
}

/** A hash lookup: the code itself is never compared, stored or logged. */
export async function findCaseByTrackingCode(em: EntityManager, trackingCode: string): Promise<Case | null> {
  if (!looksLikeTrackingCode(trackingCode)) return null;
  return em.findOne(Case, { trackingCodeHash: hashTrackingCode(trackingCode) }, { populate: ['organisation'] });
}

function expectedOfRequester(state: CaseState): RequesterStatus['expected'] {
  if (state.status !== 'awaiting_precisering') return [];
  const before = state.preciseringPeriodEnd ?? null;
  return [
    {
      code: 'precisering',
      before,
      text: before
        ? {
            nl: `Maak uw verzoek preciezer. Stuur uw antwoord uiterlijk op ${formatLongDate(before, 'nl')}.`,
            en: `Please make your request more precise. Send your answer by ${formatLongDate(before, 'en')} at the latest.`,
          }
        : {
            nl: 'Maak uw verzoek preciezer. Stuur ons uw antwoord zo snel mogelijk.',
            en: 'Please make your request more precise. Send us your answer as soon as possible.',
          },
    },
  ];
}

function possibleActions(state: CaseState, deps: CaseDeps): (typeof requesterActions)[number][] {
  const allowed = allowedEvents(state, { calendar: deps.calendar, today: deps.today() });
  const actions: (typeof requesterActions)[number][] = [];
  if (allowed.includes('precisering_received')) actions.push('precisering');
  if (allowed.includes('consent_to_delay_given')) actions.push('consent-to-delay');
  if ((openStatuses as readonly string[]).includes(state.status) && allowed.includes('withdrawn')) {
    actions.push('withdraw');
  }
  return actions;
}

export async function requesterStatus(em: EntityManager, kase: Case, deps: CaseDeps): Promise<RequesterStatus> {
  // One read of the log serves both the clock (its clock events) and the timeline (its public events).
  const rows = await em.find(CaseEvent, { case: kase.id }, { orderBy: { id: 'asc' } });
  const state = caseStateOfRows(kase, rows, deps.calendar);
  const events = rows.filter((row) => row.isPublic);
  // Loaded with the case by findCaseByTrackingCode; populate is a no-op then.
  const { organisation } = await em.populate(kase, ['organisation']);
  const deadline = caseDeadline(state, { calendar: deps.calendar, today: deps.today() });
  const text = statusTexts[state.status];
  return {
    reference: kase.reference,
    organisation: { name: organisation.name },
    receivedOn: kase.receivedOn,
    status: state.status,
    statusText: { title: text.title, body: text.body },
    deadline: {
      date: deadline.deadline,
      running: deadline.running,
      suspended: deadline.suspended,
      extended: deadline.extended,
      explanation: deadline.steps,
    },
    expected: expectedOfRequester(state),
    timeline: events.map((event) => ({ on: event.occurredOn, type: event.type, text: timelineText(event.type) })),
    possibleActions: possibleActions(state, deps),
  };
}
