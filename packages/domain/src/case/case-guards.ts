// Rules beyond the status table: an event can be allowed in a status and still be refused because of dates or earlier
// events ("verdagen kan maar één keer"). Texts are written for the coordinator who tried it.
import { notHandledDecisionDue } from '../clock/periods.js';
import { computeDecisionDeadline } from '../clock/decision-deadline.js';
import { isExtensionAllowed } from '../clock/extension.js';
import type { HolidayCalendar } from '../clock/holidays.js';
import type { Suspension } from '../clock/types.js';
import { compareIsoDates, formatLongDate, parseIsoDate } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { CaseEvent, CaseEventType } from './case-event.js';
import { caseClockInput } from './case-clock-input.js';
import type { CaseState } from './case-state.js';

export interface CaseContext {
  calendar: HolidayCalendar;
}

/** Why an event is refused: a stable reason code and the texts for the coordinator. */
export interface Refusal {
  reason: string;
  nl: string;
  en: string;
}

const nl = (date: IsoDate): string => formatLongDate(date, 'nl');
const en = (date: IsoDate): string => formatLongDate(date, 'en');

/** The running consent-to-delay suspension, if any: open-ended, or with an agreed last day not yet reached. */
export function runningConsent(state: CaseState): Suspension | undefined {
  return state.suspensions.find(
    (s) => s.reason === 'consent_to_delay' && (s.resume === null || compareIsoDates(s.resume, state.lastEventOn) > 0),
  );
}

const consentAlreadyRunning: Refusal = {
  reason: 'consent_already_running',
  nl: 'Er loopt al uitstel waarmee de verzoeker instemde. Beëindig dat eerst.',
  en: 'A delay the requester agreed to is already running. End it first.',
};

/** Guards that need only the state: they also decide which events `allowedEvents` offers. */
export const stateGuards: { readonly [T in CaseEventType]?: (state: CaseState) => Refusal | null } = {
  precisering_lapsed: (state) =>
    state.preciseringPeriodEnd
      ? null
      : {
          reason: 'no_precisering_period',
          nl: 'Er is geen termijn voor de precisering gesteld, dus die kan ook niet verstrijken.',
          en: 'No period was set for the precisering, so it cannot lapse.',
        },
  consent_to_delay_given: (state) => (runningConsent(state) ? consentAlreadyRunning : null),
  consent_to_delay_ended: (state) =>
    runningConsent(state)
      ? null
      : {
          reason: 'no_consent_running',
          nl: 'Er loopt geen uitstel waarmee de verzoeker instemde.',
          en: 'No delay agreed by the requester is running.',
        },
  extension: (state) =>
    state.extended
      ? {
          reason: 'already_extended',
          nl: `Verdagen kan maar één keer: dit verzoek is al verdaagd op ${nl(state.extendedOn ?? state.lastEventOn)}.`,
          en: `A decision can be extended only once: this request was extended on ${en(state.extendedOn ?? state.lastEventOn)}.`,
        }
      : null,
  notice_of_default_received: (state) =>
    state.noticeOfDefaultOn
      ? {
          reason: 'notice_already_received',
          nl: `Er is al een ingebrekestelling ontvangen op ${nl(state.noticeOfDefaultOn)}.`,
          en: `A notice of default was already received on ${en(state.noticeOfDefaultOn)}.`,
        }
      : null,
  court_order: (state) =>
    state.noticeOfDefaultOn
      ? null
      : {
          reason: 'no_notice_of_default',
          nl: 'Een uitspraak over niet tijdig beslissen kan pas na een ingebrekestelling. Leg die eerst vast.',
          en: 'A court order on a late decision only follows a notice of default. Record that first.',
        },
};

function periodEndAfter(on: IsoDate, periodEnd: IsoDate, what: { nl: string; en: string }): Refusal | null {
  if (compareIsoDates(parseIsoDate(periodEnd), on) > 0) return null;
  return {
    reason: 'period_end_not_after_event',
    nl: `De termijn voor ${what.nl} moet na ${nl(on)} eindigen.`,
    en: `The period for ${what.en} must end after ${en(on)}.`,
  };
}

function required(text: string, what: { nl: string; en: string }): Refusal | null {
  if (text.trim() !== '') return null;
  return { reason: 'text_required', nl: `Vul ${what.nl} in.`, en: `Fill in ${what.en}.` };
}

/** Guards that need the event itself (its date and fields) and sometimes the clock. */
export function eventRefusal(state: CaseState, event: CaseEvent, ctx: CaseContext): Refusal | null {
  const on = parseIsoDate(event.on);
  if (compareIsoDates(on, state.lastEventOn) < 0) {
    return {
      reason: 'before_previous_event',
      nl: `De datum ${nl(on)} ligt vóór de vorige gebeurtenis in dit verzoek (${nl(state.lastEventOn)}).`,
      en: `The date ${en(on)} is before the previous event of this request (${en(state.lastEventOn)}).`,
    };
  }
  const clockInput = caseClockInput(state, ctx.calendar, on);

  switch (event.type) {
    case 'contact_logged':
      return event.writtenConsentToDelay && runningConsent(state) ? consentAlreadyRunning : null;
    case 'precisering_asked':
      return event.periodEnd === undefined
        ? null
        : periodEndAfter(on, event.periodEnd, { nl: 'de precisering', en: 'the precisering' });
    case 'precisering_lapsed': {
      const periodEnd = state.preciseringPeriodEnd;
      if (periodEnd === undefined || compareIsoDates(on, periodEnd) > 0) return null;
      return {
        reason: 'period_not_ended',
        nl: `De termijn voor de precisering loopt nog tot en met ${nl(periodEnd)}.`,
        en: `The period for the precisering runs up to and including ${en(periodEnd)}.`,
      };
    }
    case 'consent_to_delay_given':
      return event.until === undefined ? null : periodEndAfter(on, event.until, { nl: 'het uitstel', en: 'the delay' });
    case 'zienswijze_asked': {
      const id = required(event.thirdPartyId, { nl: 'de belanghebbende', en: 'the third party' });
      if (id) return id;
      if (state.pendingZienswijzen.some((p) => p.thirdPartyId === event.thirdPartyId)) {
        return {
          reason: 'zienswijze_already_asked',
          nl: 'Aan deze belanghebbende is al om een zienswijze gevraagd; daarop wordt nog gewacht.',
          en: 'A view was already asked of this third party and is still awaited.',
        };
      }
      return periodEndAfter(on, event.periodEnd, { nl: 'de zienswijze', en: 'the zienswijze' });
    }
    case 'zienswijze_received':
    case 'zienswijze_lapsed': {
      const pending = state.pendingZienswijzen.find((p) => p.thirdPartyId === event.thirdPartyId);
      if (!pending) {
        return {
          reason: 'zienswijze_not_awaited',
          nl: 'Van deze belanghebbende wordt geen zienswijze verwacht.',
          en: 'No view is awaited from this third party.',
        };
      }
      if (event.type === 'zienswijze_lapsed' && compareIsoDates(on, pending.periodEnd) <= 0) {
        return {
          reason: 'period_not_ended',
          nl: `De termijn voor deze zienswijze loopt nog tot en met ${nl(pending.periodEnd)}.`,
          en: `The period for this view runs up to and including ${en(pending.periodEnd)}.`,
        };
      }
      return null;
    }
    case 'extension': {
      const reasons = required(event.reasons, {
        nl: 'de redenen voor verdaging (die krijgt de verzoeker te lezen)',
        en: 'the reasons for the extension (the requester will read them)',
      });
      if (reasons) return reasons;
      const check = isExtensionAllowed({ ...clockInput, on });
      if (check.allowed) return null;
      if (compareIsoDates(on, check.lastDay) > 0) {
        return {
          reason: 'first_term_ended',
          nl: `Verdagen kan niet meer: de eerste termijn is op ${nl(check.lastDay)} verstreken.`,
          en: `The decision can no longer be extended: the first term ended on ${en(check.lastDay)}.`,
        };
      }
      return { reason: 'extension_not_allowed', ...check.reason };
    }
    case 'notice_of_default_received': {
      const { deadline } = computeDecisionDeadline(clockInput);
      if (compareIsoDates(on, deadline) > 0) return null;
      return {
        reason: 'deadline_not_passed',
        nl: `Een ingebrekestelling heeft pas gevolg na de beslistermijn. Die loopt nog tot en met ${nl(deadline)}.`,
        en: `A notice of default only has effect after the decision term. It runs up to and including ${en(deadline)}.`,
      };
    }
    case 'court_order':
      if (compareIsoDates(parseIsoDate(event.decideBy), on) >= 0) return null;
      return {
        reason: 'decide_by_before_order',
        nl: 'De datum waarop beslist moet zijn, ligt vóór de uitspraak.',
        en: 'The date to decide by is before the court order.',
      };
    case 'not_handled':
      return notHandledRefusal(state, event.ground, on, ctx);
    case 'review_rejected':
      return required(event.reason, { nl: 'waarom het besluit is afgekeurd', en: 'why the decision was rejected' });
    case 'decided':
      if (event.thirdPartyObjected && (event.outcome === 'niet_openbaar' || event.outcome === 'geen_documenten')) {
        return {
          reason: 'nothing_to_hold',
          nl: 'Er wordt niets openbaar gemaakt, dus openbaarmaking hoeft niet te wachten op de belanghebbende.',
          en: 'Nothing is disclosed, so disclosure need not wait for the third party.',
        };
      }
      return null;
    case 'disclosure_hold_ended': {
      const from = state.disclosureHoldUntil;
      if (from === undefined || compareIsoDates(on, from) >= 0) return null;
      return {
        reason: 'hold_not_ended',
        nl: `Openbaar maken mag pas vanaf ${nl(from)}: de belanghebbende heeft twee weken om de rechter te vragen het tegen te houden (Woo 4.4 lid 5).`,
        en: `Disclosure is allowed from ${en(from)} only: the third party has two weeks to ask the court to stop it (Woo 4.4(5)).`,
      };
    }
    default:
      return null;
  }
}

function notHandledRefusal(state: CaseState, ground: '4.1(6)' | '4.6', on: IsoDate, ctx: CaseContext): Refusal | null {
  if (ground === '4.6') {
    const due = notHandledDecisionDue({ ground: 'abuse', from: state.receivedOn }, ctx.calendar).date;
    if (compareIsoDates(on, due) <= 0) return null;
    return {
      reason: 'not_handled_too_late',
      nl: `Niet behandelen wegens misbruik moest uiterlijk op ${nl(due)} worden meegedeeld (Woo 4.6).`,
      en: `Not handling a request for abuse had to be announced by ${en(due)} (Woo 4.6).`,
    };
  }
  if (!state.precisering) {
    return {
      reason: 'no_precisering_settled',
      nl: 'Niet behandelen omdat de verzoeker niet meewerkt, kan pas als om precisering is gevraagd en die is ontvangen of de termijn ervoor is verstreken (Woo 4.1 lid 6).',
      en: 'Not handling because the requester did not cooperate is possible only after a precisering was asked and received, or its period lapsed (Woo 4.1(6)).',
    };
  }
  const due = notHandledDecisionDue({ ground: 'no_precisering', from: state.precisering.settledOn }, ctx.calendar).date;
  if (compareIsoDates(on, due) <= 0) return null;
  return {
    reason: 'not_handled_too_late',
    nl: `Niet behandelen omdat de verzoeker niet meewerkte, moest uiterlijk op ${nl(due)} worden meegedeeld (Woo 4.1 lid 6).`,
    en: `Not handling because the requester did not cooperate had to be announced by ${en(due)} (Woo 4.1(6)).`,
  };
}
