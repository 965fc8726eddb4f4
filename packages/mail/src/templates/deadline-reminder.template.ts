import { z } from 'zod';
import { defineTemplate } from '../mail-template.js';
import {
  baseFields,
  caseLink,
  greeting,
  isoDate,
  longDate,
  paragraph,
  webLink,
  workingDaysPhrase,
} from './template-fields.js';

/** To the assigned coordinator, some working days before the decision deadline. */
export const deadlineReminder = defineTemplate({
  name: 'deadline.reminder',
  data: z.object({
    ...baseFields,
    deadline: isoDate,
    /** Working days from the day the reminder was made up to and including the deadline. */
    workingDaysLeft: z.int().min(0).max(30),
    caseUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const deadline = longDate(data.deadline, locale);
    const left = workingDaysPhrase(data.workingDaysLeft, locale);
    if (locale === 'nl') {
      return {
        subject: `Herinnering: besluit op Woo-verzoek ${data.reference} uiterlijk ${deadline}`,
        blocks: [
          greeting(data.recipientName, locale),
          paragraph(
            `Het besluit op Woo-verzoek ${data.reference} moet uiterlijk op ${deadline} verstuurd zijn. Dat is over ${left}.`,
          ),
          {
            kind: 'facts',
            rows: [
              ['Kenmerk', data.reference],
              ['Uiterlijke beslisdatum', deadline],
            ],
          },
          paragraph(
            'Is er meer tijd nodig? Verdagen met 2 weken kan alleen vóór het einde van de eerste termijn (artikel 4.4 lid 2 Woo). Laat de verzoeker ook weten hoe het ervoor staat.',
          ),
          ...caseLink(data.caseUrl, locale),
          paragraph(`Dit is een automatisch bericht van het Woo-systeem van ${data.organisationName}.`),
        ],
      };
    }
    return {
      subject: `Reminder: decision on Woo request ${data.reference} due by ${deadline}`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(
          `The decision on Woo request ${data.reference} must be sent by ${deadline} at the latest. That is ${left} from now.`,
        ),
        {
          kind: 'facts',
          rows: [
            ['Reference', data.reference],
            ['Decision due by', deadline],
          ],
        },
        paragraph(
          'Need more time? An extension of 2 weeks is only possible before the first term ends (Woo article 4.4(2)). Let the requester know how things stand, too.',
        ),
        ...caseLink(data.caseUrl, locale),
        paragraph(`This is an automatic message from the Woo system of ${data.organisationName}.`),
      ],
    };
  },
});
