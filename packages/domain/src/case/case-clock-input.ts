// What the clock needs from a case. One adjustment: a suspension asked today starts tomorrow (its first day is the
// day after the event), and the clock refuses a running suspension that starts after "today". Such a suspension has
// counted no days yet, so counting up to its first day gives the same (correct) answer.
import type { DecisionDeadlineInput } from '../clock/decision-deadline.js';
import type { HolidayCalendar } from '../clock/holidays.js';
import { compareIsoDates, parseIsoDate } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { CaseState } from './case-state.js';

export function caseClockInput(state: CaseState, calendar: HolidayCalendar, today: IsoDate): DecisionDeadlineInput {
  const countUpTo = state.suspensions
    .filter((s) => s.resume === null)
    .reduce((latest, s) => (compareIsoDates(s.from, latest) > 0 ? s.from : latest), parseIsoDate(today));
  return {
    receivedOn: state.receivedOn,
    suspensions: state.suspensions,
    extended: state.extended,
    calendar,
    today: countUpTo,
  };
}
