import { z } from 'zod';
import type { MailLocale } from '../mail-locale.js';
import { defineTemplate } from '../mail-template.js';
import type { ContentBlock } from '../message-content.js';
import { composeDeadlineChange } from './deadline-change-message.js';
import { baseFields, explanationSteps, isoDate, paragraph, webLink } from './template-fields.js';

const reasons = ['zienswijze', 'extension', 'consent_to_delay', 'resumed'] as const;

export const deadlineChangeReasons: Record<(typeof reasons)[number], Record<MailLocale, string>> = {
  zienswijze: {
    nl: 'Een deel van de informatie gaat over iemand anders. Wij vragen die persoon of organisatie eerst wat zij van openbaarmaking vinden (een zienswijze). Zolang wij op die reactie wachten, staat de termijn voor ons besluit stil (artikel 4.4 lid 4 Woo).',
    en: 'Part of the information concerns someone else. We first ask that person or organisation what they think of disclosure (a zienswijze). While we wait for their response, the term for our decision is on hold (Woo article 4.4(4)).',
  },
  extension: {
    nl: 'Wij hebben meer tijd nodig om een goed besluit te nemen. Daarom verlengen wij de termijn met 2 weken. Dat heet verdaging (artikel 4.4 lid 2 Woo).',
    en: 'We need more time to take a sound decision, so we extend the term by 2 weeks. This is called verdaging (Woo article 4.4(2)).',
  },
  consent_to_delay: {
    nl: 'U bent het er schriftelijk mee eens dat wij meer tijd nemen. Zolang dat uitstel duurt, staat de termijn voor ons besluit stil (artikel 4:15 Awb).',
    en: 'You agreed in writing that we may take more time. While that delay lasts, the term for our decision is on hold (Awb article 4:15).',
  },
  resumed: {
    nl: 'De termijn voor ons besluit heeft een tijd stilgestaan. Nu loopt de termijn weer.',
    en: 'The term for our decision was on hold for a while. It is running again now.',
  },
};

/** To the requester: the decision deadline moved, why, and how the new date was counted. */
export const deadlineChanged = defineTemplate({
  name: 'deadline.changed',
  data: z.object({
    ...baseFields,
    reason: z.enum(reasons),
    previousDeadline: isoDate.nullish(),
    deadline: isoDate,
    deadlineExplanation: explanationSteps,
    /** The reasons for an extension as given to the requester (Woo 4.4(2) asks for them in writing). */
    extensionReasons: z.string().trim().min(1).max(5000).nullish(),
    statusUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const why: ContentBlock[] = [paragraph(deadlineChangeReasons[data.reason][locale])];
    if (data.extensionReasons) {
      why.push(paragraph(`${locale === 'nl' ? 'De reden' : 'The reason'}:\n${data.extensionReasons}`));
    }
    return composeDeadlineChange(data, why, locale);
  },
});
