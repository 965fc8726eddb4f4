// The state of one case, derived from its events. Plain data: it can be stored as a snapshot or rebuilt by a fold.
import type { Suspension } from '../clock/types.js';
import type { IsoDate } from '../dates/iso-date.js';
import { parseIsoDate } from '../dates/iso-date.js';
import type { DecisionOutcome } from '../documents/document-outcome.js';
import type { ContactOutcome, NotHandledGround } from './case-event.js';
import type { CaseStatus } from './case-status.js';

/** A third party asked for a view whose answer is still awaited. */
export interface PendingZienswijze {
  thirdPartyId: string;
  /** The day the requester was told; the term is suspended from the day after. */
  askedOn: IsoDate;
  periodEnd: IsoDate;
}

export interface CaseState {
  status: CaseStatus;
  receivedOn: IsoDate;
  /** Date of the latest event: events may not go back in time. */
  lastEventOn: IsoDate;
  /** Every suspension of the decision term, closed ones with their resume date (input for the clock). */
  suspensions: Suspension[];
  extended: boolean;
  extendedOn?: IsoDate;
  firstContactOn?: IsoDate;
  contactOutcome?: ContactOutcome;
  preciseringAskedOn?: IsoDate;
  /** Set only when the invitation to precise named a period: only then is the term suspended. */
  preciseringPeriodEnd?: IsoDate;
  /** How the last precisering ended, and on which day (answer received, or the last day of the unused period). */
  precisering?: { outcome: 'received' | 'lapsed'; settledOn: IsoDate };
  pendingZienswijzen: PendingZienswijze[];
  /** Latest resume date among the views answered while others are still awaited. */
  zienswijzeResumeOn?: IsoDate;
  noticeOfDefaultOn?: IsoDate;
  /** Awb 6:12(2): two weeks after the notice of default, the requester may appeal against the late decision. */
  appealPossibleFrom?: IsoDate;
  courtOrderDecideBy?: IsoDate;
  reviewApprovedOn?: IsoDate;
  decidedOn?: IsoDate;
  outcome?: DecisionOutcome;
  /** Woo 4.4(5), when a third party is expected to object: the first day the documents may be disclosed (the hold
   * covers the days before it). */
  disclosureHoldUntil?: IsoDate;
  publishedOn?: IsoDate;
  closedOn?: IsoDate;
  /** The day the case left the main line (withdrawn, forwarded, not handled, resolved informally). */
  exitedOn?: IsoDate;
  notHandledGround?: NotHandledGround;
  forwardedTo?: string;
}

/** A request received on `receivedOn`. Throws `date.invalid` for a malformed date. */
export function initialCaseState(receivedOn: IsoDate): CaseState {
  const date = parseIsoDate(receivedOn);
  return {
    status: 'received',
    receivedOn: date,
    lastEventOn: date,
    suspensions: [],
    extended: false,
    pendingZienswijzen: [],
  };
}
