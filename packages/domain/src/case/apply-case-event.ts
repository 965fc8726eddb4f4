// Applying events to a case: refuse what the table or the guards forbid, otherwise compute the next state.
import { appealPossibleFrom, disclosureAllowedFrom } from '../clock/periods.js';
import type { Suspension, SuspensionReason } from '../clock/types.js';
import { addDays, compareIsoDates, parseIsoDate } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';
import { DomainError } from '../errors.js';
import { eventLabels, type CaseEvent, type CaseEventType } from './case-event.js';
import { eventRefusal, stateGuards, type CaseContext, type Refusal } from './case-guards.js';
import { initialCaseState, type CaseState } from './case-state.js';
import { statusLabels } from './case-status.js';
import { caseEventTypes, caseTransitions, nextStatus } from './case-transitions.js';

export type { CaseContext } from './case-guards.js';

/**
 * The state after `event`. Throws `DomainError('case.transition_not_allowed', …, { status, event, reason })` when
 * the status does not allow the event or a guard refuses it, and `date.invalid` for a malformed date.
 */
export function applyCaseEvent(state: CaseState, event: CaseEvent, ctx: CaseContext): CaseState {
  const refusal = refusalOf(state, event, ctx);
  if (refusal) throw transitionNotAllowed(state, event.type, refusal);
  const status = nextStatus(event, state);
  return { ...effectOf(state, event, ctx), status, lastEventOn: event.on };
}

/** Replays a stored event list from receipt: equal to applying the events one by one. */
export function foldCaseEvents(receivedOn: IsoDate, events: readonly CaseEvent[], ctx: CaseContext): CaseState {
  return events.reduce((state, event) => applyCaseEvent(state, event, ctx), initialCaseState(receivedOn));
}

/**
 * The event types a coordinator may record now, for buttons and menus. Checks the status table and the guards
 * that need only the state; with `today`, also the date rules of events that need no other input (e.g. whether an
 * extension is still possible today).
 */
export function allowedEvents(state: CaseState, ctx: CaseContext & { today?: IsoDate }): CaseEventType[] {
  return caseEventTypes.filter((type) => {
    if (!isInStatusTable(state, type) || stateGuards[type]?.(state)) return false;
    const probe = ctx.today === undefined ? undefined : probeEvent(type, ctx.today);
    return probe === undefined || eventRefusal(state, probe, ctx) === null;
  });
}

function isInStatusTable(state: CaseState, type: CaseEventType): boolean {
  return caseTransitions[type].from.includes(state.status);
}

/** Events whose date rules can be checked for "today" without further input from the coordinator. */
function probeEvent(type: CaseEventType, today: IsoDate): CaseEvent | undefined {
  switch (type) {
    case 'extension':
      return { type, on: today, reasons: 'probe' };
    case 'notice_of_default_received':
    case 'precisering_lapsed':
    case 'disclosure_hold_ended':
      return { type, on: today };
    default:
      return undefined;
  }
}

function refusalOf(state: CaseState, event: CaseEvent, ctx: CaseContext): Refusal | null {
  if (!isInStatusTable(state, event.type)) {
    const statusNl = statusLabels[state.status].nl;
    const statusEn = statusLabels[state.status].en;
    const possible = allowedEvents(state, ctx);
    const nlList = possible.map((type) => eventLabels[type].nl).join(', ');
    const enList = possible.map((type) => eventLabels[type].en).join(', ');
    return {
      reason: 'status',
      nl:
        `"${capitalise(eventLabels[event.type].nl)}" kan niet bij een verzoek met de status "${statusNl}". ` +
        (possible.length > 0 ? `Wel mogelijk: ${nlList}.` : 'Met dit verzoek kan niets meer gebeuren.'),
      en:
        `"${capitalise(eventLabels[event.type].en)}" is not possible for a request with status "${statusEn}". ` +
        (possible.length > 0 ? `Possible now: ${enList}.` : 'Nothing more can happen to this request.'),
    };
  }
  return stateGuards[event.type]?.(state) ?? eventRefusal(state, event, ctx);
}

function transitionNotAllowed(state: CaseState, type: CaseEventType, refusal: Refusal): DomainError {
  return new DomainError(
    'case.transition_not_allowed',
    { nl: refusal.nl, en: refusal.en },
    { status: state.status, event: type, reason: refusal.reason },
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Later of two dates. */
function later(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** A suspension starting the day after the event (DESIGN §2: the first suspended day is the day after). */
function startSuspension(reason: SuspensionReason, on: IsoDate, resume: IsoDate | null = null): Suspension {
  return { reason, from: addDays(on, 1), resume };
}

/** Ends the running suspensions of `reason` (all reasons when omitted) on `resume`; never before their first day. */
function endSuspensions(suspensions: Suspension[], resume: IsoDate, reason?: SuspensionReason): Suspension[] {
  return suspensions.map((s) =>
    s.resume === null && (reason === undefined || s.reason === reason) ? { ...s, resume: later(s.from, resume) } : s,
  );
}

/** A case that leaves the main line or is decided: the term stops, so nothing stays suspended. */
function stopped(state: CaseState, on: IsoDate): CaseState {
  return { ...state, suspensions: endSuspensions(state.suspensions, on), pendingZienswijzen: [] };
}

function effectOf(state: CaseState, event: CaseEvent, ctx: CaseContext): CaseState {
  const on = parseIsoDate(event.on);
  switch (event.type) {
    case 'contact_logged': {
      const next = { ...state, firstContactOn: state.firstContactOn ?? on, contactOutcome: event.outcome };
      const continues = event.outcome === 'narrowed' || event.outcome === 'continues_formally';
      if (!continues) return stopped({ ...next, exitedOn: on }, on);
      if (!event.writtenConsentToDelay) return next;
      return { ...next, suspensions: [...state.suspensions, startSuspension('consent_to_delay', on)] };
    }
    case 'precisering_asked': {
      const base = { ...state, preciseringAskedOn: on, preciseringPeriodEnd: event.periodEnd, precisering: undefined };
      // Awb 4:15(1)(a): only a period set by the body suspends the term.
      if (event.periodEnd === undefined) return base;
      return { ...base, suspensions: [...state.suspensions, startSuspension('precisering', on)] };
    }
    case 'precisering_received':
      return {
        ...state,
        suspensions: endSuspensions(state.suspensions, on, 'precisering'),
        precisering: { outcome: 'received', settledOn: on },
      };
    case 'precisering_lapsed': {
      // Guarded: a lapse needs a period end.
      const periodEnd = state.preciseringPeriodEnd ?? on;
      return {
        ...state,
        suspensions: endSuspensions(state.suspensions, addDays(periodEnd, 1), 'precisering'),
        precisering: { outcome: 'lapsed', settledOn: periodEnd },
      };
    }
    case 'consent_to_delay_given': {
      const resume = event.until === undefined ? null : addDays(event.until, 1);
      return { ...state, suspensions: [...state.suspensions, startSuspension('consent_to_delay', on, resume)] };
    }
    case 'consent_to_delay_ended':
      return {
        ...state,
        suspensions: state.suspensions.map((s) =>
          s.reason === 'consent_to_delay' && (s.resume === null || compareIsoDates(s.resume, on) > 0)
            ? { ...s, resume: later(s.from, on) }
            : s,
        ),
      };
    case 'zienswijze_asked': {
      const running = state.suspensions.some((s) => s.reason === 'zienswijze' && s.resume === null);
      return {
        ...state,
        pendingZienswijzen: [
          ...state.pendingZienswijzen,
          { thirdPartyId: event.thirdPartyId, askedOn: on, periodEnd: event.periodEnd },
        ],
        // One suspension while any view is awaited, so that overlapping requests for views are one period.
        suspensions: running ? state.suspensions : [...state.suspensions, startSuspension('zienswijze', on)],
        zienswijzeResumeOn: running ? state.zienswijzeResumeOn : undefined,
      };
    }
    case 'zienswijze_received':
    case 'zienswijze_lapsed': {
      const pending = state.pendingZienswijzen.filter((p) => p.thirdPartyId !== event.thirdPartyId);
      const answered = state.pendingZienswijzen.find((p) => p.thirdPartyId === event.thirdPartyId);
      // Received: runs again that day. Lapsed: runs again the day after the period ended.
      const candidate = event.type === 'zienswijze_received' || !answered ? on : addDays(answered.periodEnd, 1);
      const resumeOn = state.zienswijzeResumeOn ? later(state.zienswijzeResumeOn, candidate) : candidate;
      if (pending.length > 0) return { ...state, pendingZienswijzen: pending, zienswijzeResumeOn: resumeOn };
      return {
        ...state,
        pendingZienswijzen: [],
        zienswijzeResumeOn: undefined,
        suspensions: endSuspensions(state.suspensions, resumeOn, 'zienswijze'),
      };
    }
    case 'extension':
      return { ...state, extended: true, extendedOn: on };
    case 'notice_of_default_received':
      return { ...state, noticeOfDefaultOn: on, appealPossibleFrom: appealPossibleFrom(on, ctx.calendar).date };
    case 'court_order':
      return { ...state, courtOrderDecideBy: parseIsoDate(event.decideBy) };
    case 'forwarded':
      return stopped({ ...state, exitedOn: on, forwardedTo: event.to }, on);
    case 'not_handled':
      return stopped({ ...state, exitedOn: on, notHandledGround: event.ground }, on);
    case 'withdrawn':
      return stopped({ ...state, exitedOn: on }, on);
    case 'documents_collected':
    case 'decision_drafted':
    case 'submitted_for_review':
      return state;
    case 'review_approved':
      return { ...state, reviewApprovedOn: on };
    case 'review_rejected':
      return { ...state, reviewApprovedOn: undefined };
    case 'decided':
      return stopped(
        {
          ...state,
          decidedOn: on,
          outcome: event.outcome,
          disclosureHoldUntil: event.thirdPartyObjected ? disclosureAllowedFrom(on, ctx.calendar).date : undefined,
        },
        on,
      );
    case 'disclosure_hold_ended':
      return state;
    case 'published':
      return { ...state, publishedOn: on };
    case 'closed':
      return { ...state, closedOn: on };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
