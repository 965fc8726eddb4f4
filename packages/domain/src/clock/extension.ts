// Woo 4.4(2): the decision may be deferred once, by at most 2 weeks, announced in writing before the first term ends.
import { compareIsoDates, parseIsoDate } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';
import { computeDecisionDeadline } from './decision-deadline.js';
import type { DecisionDeadlineInput } from './decision-deadline.js';
import { longEn, longNl } from './wording.js';

export interface ExtensionCheck {
  allowed: boolean;
  reason: { nl: string; en: string };
  /** The last day an extension may be announced: the end of the first term (Atw-adjusted). */
  lastDay: IsoDate;
}

/**
 * May the body announce an extension on `on`? Only once (not when `extended` is already true), and only on or before
 * the last day of the first term. A running suspension is counted up to `today`, or up to `on` when no today is given.
 */
export function isExtensionAllowed(input: DecisionDeadlineInput & { on: IsoDate }): ExtensionCheck {
  const on = parseIsoDate(input.on);
  const { firstTermEnd: lastDay } = computeDecisionDeadline({ ...input, extended: false, today: input.today ?? on });
  if (input.extended) {
    return {
      allowed: false,
      reason: {
        nl: 'De beslissing is al verdaagd; verdagen kan maar één keer (Woo 4.4 lid 2)',
        en: 'The decision has already been extended; it can be extended only once (Woo 4.4(2))',
      },
      lastDay,
    };
  }
  if (compareIsoDates(on, input.receivedOn) < 0) {
    return {
      allowed: false,
      reason: {
        nl: `${longNl(on)} ligt vóór de ontvangst van het verzoek (${longNl(input.receivedOn)})`,
        en: `${longEn(on)} is before the request was received (${longEn(input.receivedOn)})`,
      },
      lastDay,
    };
  }
  if (compareIsoDates(on, lastDay) > 0) {
    return {
      allowed: false,
      reason: {
        nl: `Te laat: verdagen moet uiterlijk op de laatste dag van de eerste termijn, ${longNl(lastDay)} (Woo 4.4 lid 2)`,
        en: `Too late: an extension must be announced by the last day of the first term, ${longEn(lastDay)} (Woo 4.4(2))`,
      },
      lastDay,
    };
  }
  return {
    allowed: true,
    reason: {
      nl: `Verdagen kan: de eerste termijn loopt tot en met ${longNl(lastDay)} (Woo 4.4 lid 2)`,
      en: `Extension possible: the first term runs up to and including ${longEn(lastDay)} (Woo 4.4(2))`,
    },
    lastDay,
  };
}
