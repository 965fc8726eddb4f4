// The decision term of a Woo request (Woo 4.4), counted by the convention of DESIGN §2:
//   receipt + 28 days, + suspended days (union of the [from, resume) periods), + 14 days when extended,
//   then Atw art. 1 on the final end. `firstTermEnd` is the same without the extension.
import { addDays, compareIsoDates, daysBetween, parseIsoDate } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';
import { DomainError } from '../errors.js';
import { applyAtw } from './atw.js';
import type { HolidayCalendar } from './holidays.js';
import type { DecisionDeadline, ExplanationStep, Suspension, SuspensionReason } from './types.js';
import { daysEn, daysNl, longEn, longNl } from './wording.js';

/** Woo 4.4(1): four weeks, counted from the day after receipt. */
export const DECISION_TERM_DAYS = 28;
/** Woo 4.4(2): the decision may be deferred once, by at most two weeks. */
export const EXTENSION_DAYS = 14;

export interface DecisionDeadlineInput {
  receivedOn: IsoDate;
  suspensions: readonly Suspension[];
  extended: boolean;
  calendar: HolidayCalendar;
  /** Needed only when a suspension is still running (resume null): it then counts up to today. */
  today?: IsoDate;
}

const REASON_TEXT: Record<SuspensionReason, { nl: string; en: string }> = {
  precisering: { nl: 'precisering van het verzoek', en: 'precisering (making the request precise)' },
  consent_to_delay: {
    nl: 'uitstel waarmee de verzoeker schriftelijk instemde',
    en: 'a delay the requester agreed to in writing',
  },
  zienswijze: { nl: 'zienswijze van een derde', en: 'zienswijze (view of a third party)' },
};

/** A suspension after validation, with its end filled in (today for a running one). */
interface Period {
  from: IsoDate;
  until: IsoDate;
  open: boolean;
  reasons: SuspensionReason[];
  /** How many suspensions were merged into this period (more than one: they overlapped). */
  count: number;
}

function validatePeriods(
  receivedOn: IsoDate,
  suspensions: readonly Suspension[],
  today: IsoDate | undefined,
): Period[] {
  const firstDayOfTerm = addDays(receivedOn, 1);
  return suspensions.map((suspension) => {
    const from = parseIsoDate(suspension.from);
    if (compareIsoDates(from, firstDayOfTerm) < 0) {
      throw new DomainError(
        'clock.suspension_before_term',
        {
          nl: `Opschorting vanaf ${from} kan niet: de termijn begint pas op ${firstDayOfTerm} (de dag na ontvangst)`,
          en: `Suspension from ${from} is not possible: the term only starts on ${firstDayOfTerm} (the day after receipt)`,
        },
        { from, receivedOn },
      );
    }
    if (suspension.resume !== null) {
      const resume = parseIsoDate(suspension.resume);
      if (compareIsoDates(resume, from) < 0) {
        throw new DomainError(
          'clock.suspension_resume_before_from',
          {
            nl: `Opschorting: hervatten op ${resume} ligt vóór de eerste opgeschorte dag ${from}`,
            en: `Suspension: resume date ${resume} is before the first suspended day ${from}`,
          },
          { from, resume },
        );
      }
      return { from, until: resume, open: false, reasons: [suspension.reason], count: 1 };
    }
    if (today === undefined) {
      throw new DomainError(
        'clock.open_suspension_needs_today',
        {
          nl: `De opschorting vanaf ${from} loopt nog: geef de datum van vandaag mee om de voorlopige termijn te berekenen`,
          en: `The suspension from ${from} is still running: pass today's date to compute the provisional term`,
        },
        { from },
      );
    }
    // Asked today, it starts tomorrow: running, but no day counted yet.
    const until = compareIsoDates(today, from) < 0 ? from : today;
    return { from, until, open: true, reasons: [suspension.reason], count: 1 };
  });
}

/** Merges overlapping periods so that no day is counted twice. Periods that only touch stay separate steps. */
function unionOf(periods: Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => compareIsoDates(a.from, b.from) || compareIsoDates(a.until, b.until));
  const merged: Period[] = [];
  for (const period of sorted) {
    const last = merged.at(-1);
    if (last && compareIsoDates(period.from, last.until) < 0) {
      if (compareIsoDates(period.until, last.until) > 0) {
        last.until = period.until;
        last.open = period.open;
      } else if (compareIsoDates(period.until, last.until) === 0) {
        last.open = last.open || period.open;
      }
      for (const reason of period.reasons) if (!last.reasons.includes(reason)) last.reasons.push(reason);
      last.count += 1;
    } else {
      merged.push({ ...period, reasons: [...period.reasons] });
    }
  }
  return merged;
}

function suspensionStep(period: Period, termEnd: IsoDate): ExplanationStep {
  const overlapped = period.count > 1;
  const days = daysBetween(period.from, period.until);
  const reasonNl = period.reasons.map((r) => REASON_TEXT[r].nl).join(' en ');
  const reasonEn = period.reasons.map((r) => REASON_TEXT[r].en).join(' and ');
  const overlapNl = overlapped ? '; opschortingen overlappen, elke dag telt één keer' : '';
  const overlapEn = overlapped ? '; suspensions overlap, each day counts once' : '';
  if (period.open) {
    return {
      code: 'suspension_open',
      date: termEnd,
      days,
      nl:
        `${daysNl(days)} opgeschort voor ${reasonNl}, sinds ${longNl(period.from)}; de opschorting loopt nog ` +
        `(geteld tot vandaag, ${longNl(period.until)}${overlapNl}), dus voorlopig = ${longNl(termEnd)}`,
      en:
        `${daysEn(days)} suspended for ${reasonEn}, since ${longEn(period.from)}; the suspension is still running ` +
        `(counted up to today, ${longEn(period.until)}${overlapEn}), so provisionally = ${longEn(termEnd)}`,
    };
  }
  const rangeNl =
    days === 0
      ? `hervat op dezelfde dag, ${longNl(period.from)}`
      : `${longNl(period.from)} t/m ${longNl(addDays(period.until, -1))}`;
  const rangeEn =
    days === 0
      ? `resumed the same day, ${longEn(period.from)}`
      : `${longEn(period.from)} to ${longEn(addDays(period.until, -1))} inclusive`;
  return {
    code: 'suspension',
    date: termEnd,
    days,
    nl: `${daysNl(days)} opgeschort voor ${reasonNl} (${rangeNl}${overlapNl}) = ${longNl(termEnd)}`,
    en: `${daysEn(days)} suspended for ${reasonEn} (${rangeEn}${overlapEn}) = ${longEn(termEnd)}`,
  };
}

/**
 * Computes the decision deadline and explains it. Throws `DomainError` with code 'date.invalid',
 * 'clock.suspension_before_term', 'clock.suspension_resume_before_from', 'clock.open_suspension_needs_today' or
 * 'clock.open_suspension_after_today'.
 */
export function computeDecisionDeadline(input: DecisionDeadlineInput): DecisionDeadline {
  const receivedOn = parseIsoDate(input.receivedOn);
  const today = input.today === undefined ? undefined : parseIsoDate(input.today);
  const periods = validatePeriods(receivedOn, input.suspensions, today);
  const merged = unionOf(periods);

  const steps: ExplanationStep[] = [
    {
      code: 'received',
      date: receivedOn,
      nl: `ontvangen op ${longNl(receivedOn)}`,
      en: `received on ${longEn(receivedOn)}`,
    },
  ];

  let end = addDays(receivedOn, DECISION_TERM_DAYS);
  steps.push({
    code: 'term',
    date: end,
    days: DECISION_TERM_DAYS,
    nl: `+${DECISION_TERM_DAYS} dagen beslistermijn, vanaf de dag na ontvangst (Woo 4.4 lid 1) = ${longNl(end)}`,
    en: `+${DECISION_TERM_DAYS} days decision term, counted from the day after receipt (Woo 4.4(1)) = ${longEn(end)}`,
  });

  let suspendedDays = 0;
  for (const period of merged) {
    const days = daysBetween(period.from, period.until);
    suspendedDays += days;
    end = addDays(end, days);
    steps.push(suspensionStep(period, end));
  }

  const firstTerm = applyAtw(end, input.calendar);
  if (input.extended) {
    // The extension counts from the unadjusted end; say so when Atw had moved the first term's end.
    const firstTermNoteNl = firstTerm.step
      ? ` (gerekend vanaf ${longNl(end)}; de eerste termijn zelf liep door de Algemene termijnenwet tot ${longNl(firstTerm.date)})`
      : '';
    const firstTermNoteEn = firstTerm.step
      ? ` (counted from ${longEn(end)}; the first term itself ran until ${longEn(firstTerm.date)} under the Algemene termijnenwet)`
      : '';
    end = addDays(end, EXTENSION_DAYS);
    steps.push({
      code: 'extension',
      date: end,
      days: EXTENSION_DAYS,
      nl: `+${EXTENSION_DAYS} dagen verdaging (Woo 4.4 lid 2) = ${longNl(end)}${firstTermNoteNl}`,
      en: `+${EXTENSION_DAYS} days extension (verdaging, Woo 4.4(2)) = ${longEn(end)}${firstTermNoteEn}`,
    });
  }
  // Atw art. 1 applies to the end of the term as it finally runs, not to the intermediate ends.
  const final = input.extended ? applyAtw(end, input.calendar) : firstTerm;
  if (final.step) steps.push(final.step);

  return {
    receivedOn,
    deadline: final.date,
    firstTermEnd: firstTerm.date,
    suspendedDays,
    extended: input.extended,
    suspended: merged.some((p) => p.open),
    steps,
  };
}
