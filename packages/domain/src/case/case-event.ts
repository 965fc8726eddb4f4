// What can happen to a case. The database stores these events in an append-only log; the state is their fold.
import type { IsoDate } from '../dates/iso-date.js';
import type { DecisionOutcome } from '../documents/document-outcome.js';

/** Result of an informal contact with the requester (DESIGN §2, the informal approach). */
export type ContactOutcome =
  'withdrawn' | 'answered_informally' | 'pointed_to_public' | 'narrowed' | 'continues_formally' | 'forwarded';

/** Woo 4.1(6): the requester did not help make the request precise; Woo 4.6: abuse. */
export type NotHandledGround = '4.1(6)' | '4.6';

/** Every event carries `on`: the calendar date it happened (not when it was typed in). */
export type CaseEvent =
  | {
      type: 'contact_logged';
      on: IsoDate;
      outcome: ContactOutcome;
      /** The requester agreed in writing to a delay (Awb 4:15(2)(a)); open until consent_to_delay_ended. */
      writtenConsentToDelay?: boolean;
    }
  /** The invitation to make the request precise was sent. Without `periodEnd` the term is not suspended (Awb 4:15(1)(a)). */
  | { type: 'precisering_asked'; on: IsoDate; periodEnd?: IsoDate }
  | { type: 'precisering_received'; on: IsoDate }
  /** Registered on or after the day after `periodEnd`; the clock runs again from that day. */
  | { type: 'precisering_lapsed'; on: IsoDate }
  /** Written consent to a delay; `until` is the last day of the agreed delay, open-ended when absent. */
  | { type: 'consent_to_delay_given'; on: IsoDate; until?: IsoDate }
  | { type: 'consent_to_delay_ended'; on: IsoDate }
  | { type: 'documents_collected'; on: IsoDate }
  /** `on` is the day the requester was told that a view was asked (Woo 4.4(4)); suspended from the day after. */
  | { type: 'zienswijze_asked'; on: IsoDate; thirdPartyId: string; periodEnd: IsoDate }
  | { type: 'zienswijze_received'; on: IsoDate; thirdPartyId: string }
  | { type: 'zienswijze_lapsed'; on: IsoDate; thirdPartyId: string }
  /** Verdaging (Woo 4.4(2)), announced in writing on `on`, with the reasons given to the requester. */
  | { type: 'extension'; on: IsoDate; reasons: string }
  /** Ingebrekestelling (Awb 4:17, 6:12). */
  | { type: 'notice_of_default_received'; on: IsoDate }
  /** The court orders a decision by `decideBy` (Awb 8:55d). */
  | { type: 'court_order'; on: IsoDate; decideBy: IsoDate }
  /** Woo 4.2: the information lies with another body; `to` names it. */
  | { type: 'forwarded'; on: IsoDate; to?: string }
  | { type: 'not_handled'; on: IsoDate; ground: NotHandledGround }
  | { type: 'withdrawn'; on: IsoDate }
  | { type: 'decision_drafted'; on: IsoDate }
  | { type: 'submitted_for_review'; on: IsoDate }
  | { type: 'review_approved'; on: IsoDate }
  | { type: 'review_rejected'; on: IsoDate; reason: string }
  /** The decision was sent. `thirdPartyObjected`: disclosure waits 2 weeks (Woo 4.4(5)). */
  | { type: 'decided'; on: IsoDate; outcome: DecisionOutcome; thirdPartyObjected?: boolean }
  | { type: 'disclosure_hold_ended'; on: IsoDate }
  | { type: 'published'; on: IsoDate }
  | { type: 'closed'; on: IsoDate };

export type CaseEventType = CaseEvent['type'];

/** One event of a given type, e.g. `CaseEventOf<'extension'>`. */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/** Coordinator-facing names of the events, used in refusals and the audit log. */
export const eventLabels: Record<CaseEventType, { nl: string; en: string }> = {
  contact_logged: { nl: 'contact vastleggen', en: 'log contact' },
  precisering_asked: { nl: 'om precisering vragen', en: 'ask for precisering' },
  precisering_received: { nl: 'precisering ontvangen', en: 'precisering received' },
  precisering_lapsed: { nl: 'termijn voor precisering verstreken', en: 'precisering period lapsed' },
  consent_to_delay_given: { nl: 'instemming met uitstel vastleggen', en: 'record consent to delay' },
  consent_to_delay_ended: { nl: 'uitstel beëindigen', en: 'end the agreed delay' },
  documents_collected: { nl: 'documenten verzameld', en: 'documents collected' },
  zienswijze_asked: { nl: 'om zienswijze vragen', en: 'ask for a zienswijze' },
  zienswijze_received: { nl: 'zienswijze ontvangen', en: 'zienswijze received' },
  zienswijze_lapsed: { nl: 'termijn voor zienswijze verstreken', en: 'zienswijze period lapsed' },
  extension: { nl: 'verdagen', en: 'extend (verdaging)' },
  notice_of_default_received: { nl: 'ingebrekestelling ontvangen', en: 'notice of default received' },
  court_order: { nl: 'uitspraak rechter: beslissen vóór datum', en: 'court order to decide by a date' },
  forwarded: { nl: 'doorsturen', en: 'forward' },
  not_handled: { nl: 'niet in behandeling nemen', en: 'decide not to handle' },
  withdrawn: { nl: 'intrekken', en: 'withdraw' },
  decision_drafted: { nl: 'conceptbesluit opstellen', en: 'draft the decision' },
  submitted_for_review: { nl: 'ter toetsing voorleggen', en: 'submit for review' },
  review_approved: { nl: 'toetsing goedkeuren', en: 'approve in review' },
  review_rejected: { nl: 'toetsing afkeuren', en: 'reject in review' },
  decided: { nl: 'besluit verzenden', en: 'send the decision' },
  disclosure_hold_ended: { nl: 'opschorting openbaarmaking beëindigen', en: 'end the disclosure hold' },
  published: { nl: 'publiceren', en: 'publish' },
  closed: { nl: 'afsluiten', en: 'close' },
};
