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

/** To the assigned coordinator: the organisation's service norm for the first contact is due or has passed. */
export const firstContactReminder = defineTemplate({
  name: 'first-contact.reminder',
  data: z.object({
    ...baseFields,
    receivedOn: isoDate,
    firstContactDue: isoDate,
    normWorkingDays: z.int().min(0).max(30),
    /** True when the due day has passed without a contact. */
    overdue: z.boolean(),
    caseUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const received = longDate(data.receivedOn, locale);
    const due = longDate(data.firstContactDue, locale);
    const norm = workingDaysPhrase(data.normWorkingDays, locale);
    if (locale === 'nl') {
      return {
        subject: data.overdue
          ? `Eerste contact te laat: Woo-verzoek ${data.reference}`
          : `Vandaag eerste contact: Woo-verzoek ${data.reference}`,
        blocks: [
          greeting(data.recipientName, locale),
          paragraph(
            data.overdue
              ? `De verzoeker van Woo-verzoek ${data.reference} had uiterlijk op ${due} contact moeten krijgen. Er is nog geen contact vastgelegd.`
              : `Vandaag (${due}) is de laatste dag om contact op te nemen met de verzoeker van Woo-verzoek ${data.reference}.`,
          ),
          {
            kind: 'facts',
            rows: [
              ['Kenmerk', data.reference],
              ['Ontvangen op', received],
              ['Eerste contact uiterlijk', due],
            ],
          },
          paragraph(
            `Uw organisatie wil verzoekers binnen ${norm} na ontvangst spreken. Bel of mail de verzoeker, vraag wat hij of zij precies zoekt en leg het contact vast.`,
          ),
          ...caseLink(data.caseUrl, locale),
          paragraph(`Dit is een automatisch bericht van het Woo-systeem van ${data.organisationName}.`),
        ],
      };
    }
    return {
      subject: data.overdue
        ? `First contact overdue: Woo request ${data.reference}`
        : `First contact due today: Woo request ${data.reference}`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(
          data.overdue
            ? `The requester of Woo request ${data.reference} should have been contacted by ${due}. No contact has been recorded yet.`
            : `Today (${due}) is the last day to contact the requester of Woo request ${data.reference}.`,
        ),
        {
          kind: 'facts',
          rows: [
            ['Reference', data.reference],
            ['Received on', received],
            ['First contact by', due],
          ],
        },
        paragraph(
          `Your organisation aims to speak to requesters within ${norm} of receipt. Phone or e-mail the requester, ask what exactly they are looking for, and record the contact.`,
        ),
        ...caseLink(data.caseUrl, locale),
        paragraph(`This is an automatic message from the Woo system of ${data.organisationName}.`),
      ],
    };
  },
});
