// The decision deadline of a case as the coordinator and the requester see it: the clock's computation on the
// case's suspensions and extension, plus the other dates the events set.
import { computeDecisionDeadline } from '../clock/decision-deadline.js';
import type { DecisionDeadline } from '../clock/types.js';
import { compareIsoDates } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';
import { caseClockInput } from './case-clock-input.js';
import type { CaseContext } from './case-guards.js';
import type { CaseState } from './case-state.js';
import { openStatuses } from './case-status.js';

export interface CaseDeadline extends DecisionDeadline {
  /** True before the decision while the case is on the main line: the term still matters. */
  running: boolean;
  decidedOn?: IsoDate;
  /** Sent on or before the deadline (Woo 4.4). Only for decided cases. */
  decidedOnTime?: boolean;
  /** Awb 6:12(2): first day the requester may appeal against the late decision. */
  appealPossibleFrom?: IsoDate;
  /** Awb 8:55d: the date the court ordered the decision by. */
  courtOrderDecideBy?: IsoDate;
  /** Woo 4.4(5): first day of disclosure when a third party objected. */
  disclosureHoldUntil?: IsoDate;
}

/**
 * The deadline on `today`. A running suspension counts up to today; one that starts tomorrow (asked today) counts
 * no days yet.
 */
export function caseDeadline(state: CaseState, ctx: CaseContext & { today: IsoDate }): CaseDeadline {
  const deadline = computeDecisionDeadline(caseClockInput(state, ctx.calendar, ctx.today));
  return {
    ...deadline,
    running: (openStatuses as readonly string[]).includes(state.status),
    ...(state.decidedOn !== undefined && {
      decidedOn: state.decidedOn,
      decidedOnTime: compareIsoDates(state.decidedOn, deadline.deadline) <= 0,
    }),
    ...(state.appealPossibleFrom !== undefined && { appealPossibleFrom: state.appealPossibleFrom }),
    ...(state.courtOrderDecideBy !== undefined && { courtOrderDecideBy: state.courtOrderDecideBy }),
    ...(state.disclosureHoldUntil !== undefined && { disclosureHoldUntil: state.disclosureHoldUntil }),
  };
}
