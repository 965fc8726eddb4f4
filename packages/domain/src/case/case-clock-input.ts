// What the clock needs from a case.
import type { DecisionDeadlineInput } from '../clock/decision-deadline.js';
import type { HolidayCalendar } from '../clock/holidays.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { CaseState } from './case-state.js';

export function caseClockInput(state: CaseState, calendar: HolidayCalendar, today: IsoDate): DecisionDeadlineInput {
  return {
    receivedOn: state.receivedOn,
    suspensions: state.suspensions,
    extended: state.extended,
    calendar,
    today,
  };
}
