import { z } from 'zod';
import { defineTemplate } from '../mail-template.js';
import { baseFields, caseLink, greeting, isoDate, longDate, paragraph, webLink } from './template-fields.js';

/** Escalation to the organisation's admins: the decision deadline has passed without a decision. */
export const caseOverdue = defineTemplate({
  name: 'case.overdue',
  data: z.object({
    ...baseFields,
    deadline: isoDate,
    /** Display name of the coordinator the case is assigned to; absent when nobody is. */
    assigneeName: z.string().trim().min(1).max(200).nullish(),
    caseUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const deadline = longDate(data.deadline, locale);
    if (locale === 'nl') {
      return {
        subject: `Termijn verstreken: Woo-verzoek ${data.reference}`,
        blocks: [
          greeting(data.recipientName, locale),
          paragraph(
            `Het besluit op Woo-verzoek ${data.reference} had uiterlijk op ${deadline} verstuurd moeten zijn. Dat is nog niet gebeurd.`,
          ),
          {
            kind: 'facts',
            rows: [
              ['Kenmerk', data.reference],
              ['Uiterlijke beslisdatum', deadline],
              ['Behandelaar', data.assigneeName ?? 'nog niemand toegewezen'],
            ],
          },
          paragraph(
            'De verzoeker kan de organisatie nu schriftelijk in gebreke stellen. Twee weken daarna kan de verzoeker in beroep gaan bij de rechter (artikel 6:12 Awb). Een dwangsom is bij de Woo niet mogelijk (artikel 8.2 Woo). Zorg dat er zo snel mogelijk een besluit komt, en laat de verzoeker weten wanneer.',
          ),
          ...caseLink(data.caseUrl, locale),
          paragraph(`Dit is een automatisch bericht van het Woo-systeem van ${data.organisationName}.`),
        ],
      };
    }
    return {
      subject: `Deadline passed: Woo request ${data.reference}`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(
          `The decision on Woo request ${data.reference} should have been sent by ${deadline}. It has not been sent yet.`,
        ),
        {
          kind: 'facts',
          rows: [
            ['Reference', data.reference],
            ['Decision was due by', deadline],
            ['Assigned to', data.assigneeName ?? 'nobody yet'],
          ],
        },
        paragraph(
          'The requester can now give the organisation written notice of default. Two weeks later they can appeal to the court (Awb article 6:12). Penalty payments do not apply to the Woo (Woo article 8.2). Make sure a decision follows as soon as possible, and tell the requester when.',
        ),
        ...caseLink(data.caseUrl, locale),
        paragraph(`This is an automatic message from the Woo system of ${data.organisationName}.`),
      ],
    };
  },
});
