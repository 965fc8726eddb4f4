// The shapes the clock works with. Shared by the clock itself, the case state machine and everything that shows a date.
import type { IsoDate } from '../dates/iso-date.js';

/** Why the decision term stands still. Each maps to the article that allows it (see the glossary). */
export type SuspensionReason =
  | 'precisering' // Awb 4:15(1)(a): waiting for the requester to make the request precise, with a period set
  | 'consent_to_delay' // Awb 4:15(2)(a): the requester agreed in writing to a delay
  | 'zienswijze'; // Woo 4.4(4), Awb 4:8: a third party is asked for a view

/**
 * A suspension is the half-open period [from, resume): `from` is the first suspended day (the day after the event),
 * `resume` the day the clock runs again (the day the answer arrives, or the day after the period lapsed).
 * `resume` is null while the suspension is still running.
 */
export interface Suspension {
  reason: SuspensionReason;
  from: IsoDate;
  resume: IsoDate | null;
}

/** One line of the explanation of a computed date, in Dutch and English, in the order it was applied. */
export interface ExplanationStep {
  /** Stable code for the kind of step, e.g. 'received', 'term', 'suspension', 'extension', 'atw_shift'. */
  code: string;
  /** The date after this step. */
  date: IsoDate;
  /** Days added by this step, when it adds days. */
  days?: number;
  nl: string;
  en: string;
}

/** A date with the ordered steps that produced it. Every date the product shows is one of these. */
export interface ExplainedDate {
  date: IsoDate;
  steps: ExplanationStep[];
}

/** The decision deadline of a request (Woo 4.4) with the steps that produced it. */
export interface DecisionDeadline {
  receivedOn: IsoDate;
  /** The last day to decide: the extended term when `extended`, otherwise `firstTermEnd`. Atw-adjusted. */
  deadline: IsoDate;
  /** End of the term without extension (receipt + 28 days + suspended days), Atw-adjusted. An extension must be
   * announced on or before this day (Woo 4.4(2)). */
  firstTermEnd: IsoDate;
  /** Days the term stood still, each day counted once even when suspensions overlap. */
  suspendedDays: number;
  extended: boolean;
  /** True while a suspension is still running: the deadline is then provisional and moves every day. */
  suspended: boolean;
  /** How `deadline` was reached, in order. */
  steps: ExplanationStep[];
}
