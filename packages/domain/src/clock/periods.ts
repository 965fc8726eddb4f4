// The two-week periods around a Woo request (DESIGN §2), each an explained date.
//
// Does Atw art. 1 apply? It extends every period set by a formal law that ends on a Saturday, Sunday or public
// holiday (Atw art. 1 and 3; art. 4 excludes only periods counted backwards). All periods below are set by the Woo or
// the Awb, so all of them are Atw-adjusted:
// - precisering (Woo 4.1(5)) and not-handling (Woo 4.1(6), 4.6): periods within which the body must act. Atw applies.
// - disclosure hold (Woo 4.4(5)): the third party's two weeks to ask for a voorlopige voorziening. Atw applies to that
//   period, and disclosure waits until the day after it ended. A day later never harms the requester's rights as much
//   as an early disclosure harms the third party's, so this is the product's (cautious) choice.
// - notice of default (Awb 6:12(2)(b)): the body's two more weeks; appeal is possible once they "have passed", so from
//   the day after their (Atw-adjusted) end. Cautious too: an appeal a day later is never premature.
import { addDays } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';
import { DomainError } from '../errors.js';
import { applyAtw } from './atw.js';
import type { HolidayCalendar } from './holidays.js';
import type { ExplainedDate, ExplanationStep } from './types.js';
import { longEn, longNl, weeksEn, weeksNl } from './wording.js';

/** What a period is, in both languages, e.g. "vraag om precisering (Woo 4.1 lid 5)". */
export interface PeriodLabel {
  nl: string;
  en: string;
}

/**
 * The end of a period of `weeks` weeks counted from the day after `date` (so it ends on the same weekday),
 * extended by Atw art. 1 when it ends on a Saturday, Sunday or holiday.
 */
export function addWeeksWithAtw(
  date: IsoDate,
  weeks: number,
  calendar: HolidayCalendar,
  label: PeriodLabel,
): ExplainedDate {
  if (!Number.isInteger(weeks) || weeks < 0) {
    throw new DomainError(
      'clock.invalid_weeks',
      {
        nl: `Aantal weken moet een heel getal van 0 of meer zijn, niet ${weeks}`,
        en: `Weeks must be a whole number of 0 or more, not ${weeks}`,
      },
      { weeks },
    );
  }
  const raw = addDays(date, weeks * 7);
  const steps: ExplanationStep[] = [
    {
      code: 'start',
      date,
      nl: `${label.nl}: telt vanaf de dag na ${longNl(date)}`,
      en: `${label.en}: counted from the day after ${longEn(date)}`,
    },
    {
      code: 'term',
      date: raw,
      days: weeks * 7,
      nl: `+${weeksNl(weeks)} = ${longNl(raw)}`,
      en: `+${weeksEn(weeks)} = ${longEn(raw)}`,
    },
  ];
  const atw = applyAtw(raw, calendar);
  if (atw.step) steps.push(atw.step);
  return { date: atw.date, steps };
}

/** The day after a period: when something that had to wait for the period may happen. */
function dayAfter(period: ExplainedDate, code: string, nl: string, en: string): ExplainedDate {
  const date = addDays(period.date, 1);
  return {
    date,
    steps: [...period.steps, { code, date, days: 1, nl: `${nl}: ${longNl(date)}`, en: `${en}: ${longEn(date)}` }],
  };
}

/** Woo 4.1(5): the last day to ask the requester to make a too general request precise (2 weeks from receipt). */
export function preciseringRequestDue(receivedOn: IsoDate, calendar: HolidayCalendar): ExplainedDate {
  return addWeeksWithAtw(receivedOn, 2, calendar, {
    nl: 'Vragen om precisering (Woo 4.1 lid 5), uiterlijk 2 weken na ontvangst',
    en: 'Asking for precisering (Woo 4.1(5)), at the latest 2 weeks after receipt',
  });
}

/**
 * The last day to announce a decision not to handle a request:
 * - 'no_precisering' (Woo 4.1(6)): 2 weeks after the request was made precise or the period for it lapsed
 *   (`from` is that day);
 * - 'abuse' (Woo 4.6): 2 weeks after receipt (`from` is the day of receipt).
 */
export function notHandledDecisionDue(
  input: { ground: 'no_precisering' | 'abuse'; from: IsoDate },
  calendar: HolidayCalendar,
): ExplainedDate {
  const label =
    input.ground === 'abuse'
      ? {
          nl: 'Besluit verzoek niet te behandelen wegens misbruik (Woo 4.6), binnen 2 weken na ontvangst',
          en: 'Decision not to handle the request for abuse (Woo 4.6), within 2 weeks after receipt',
        }
      : {
          nl: 'Besluit verzoek niet te behandelen omdat niet is meegewerkt aan precisering (Woo 4.1 lid 6), binnen 2 weken nadat het verzoek is gepreciseerd of de termijn daarvoor ongebruikt verstreek',
          en: 'Decision not to handle the request because the requester did not help make it precise (Woo 4.1(6)), within 2 weeks after it was made precise or the period for that lapsed',
        };
  return addWeeksWithAtw(input.from, 2, calendar, label);
}

/**
 * Woo 4.4(5): when a third party is expected to object, information is disclosed 2 weeks after the decision was
 * announced. Returns the first day disclosure may take place: the day after the (Atw-adjusted) hold. A request for a
 * voorlopige voorziening suspends disclosure further; that is not counted here.
 */
export function disclosureAllowedFrom(decisionAnnouncedOn: IsoDate, calendar: HolidayCalendar): ExplainedDate {
  const hold = addWeeksWithAtw(decisionAnnouncedOn, 2, calendar, {
    nl: 'Wachttijd voor openbaarmaking na bekendmaking van het besluit (Woo 4.4 lid 5)',
    en: 'Waiting period before disclosure after the decision was announced (Woo 4.4(5))',
  });
  return dayAfter(hold, 'disclosure_from', 'openbaarmaken mag vanaf', 'disclosure allowed from');
}

/**
 * Awb 6:12(2)(b): after a notice of default (ingebrekestelling) the body has 2 more weeks; the requester may appeal
 * once they have passed. Returns the first day an appeal is possible.
 */
export function appealPossibleFrom(noticeOfDefaultReceivedOn: IsoDate, calendar: HolidayCalendar): ExplainedDate {
  const notice = addWeeksWithAtw(noticeOfDefaultReceivedOn, 2, calendar, {
    nl: 'Ingebrekestelling ontvangen; het bestuursorgaan heeft nog 2 weken (Awb 6:12 lid 2)',
    en: 'Notice of default received; the body has 2 more weeks (Awb 6:12(2))',
  });
  return dayAfter(notice, 'appeal_from', 'beroep instellen kan vanaf', 'appeal possible from');
}
