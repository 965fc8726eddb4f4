import { z } from 'zod';
import { defineTemplate } from '../mail-template.js';
import type { ContentBlock } from '../message-content.js';
import { baseFields, greeting, isoDate, longDate, paragraph, signOff, statusLink, webLink } from './template-fields.js';

/** To the requester: please make the request precise (Woo 4.1(5)); with a period, the term is suspended. */
export const preciseringRequested = defineTemplate({
  name: 'precisering.requested',
  data: z.object({
    ...baseFields,
    askedOn: isoDate,
    /** What the coordinator asks the requester to clarify, in their own words (else the letter or call says it). */
    question: z.string().trim().min(1).max(5000).nullish(),
    /** Without a period the term keeps running (Awb 4:15(1)(a)). */
    periodEnd: isoDate.nullish(),
    statusUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const periodEnd = data.periodEnd ? longDate(data.periodEnd, locale) : undefined;
    if (locale === 'nl') {
      const period: ContentBlock[] = periodEnd
        ? [
            paragraph(`Stuur uw antwoord uiterlijk op ${periodEnd}.`),
            paragraph(
              'Tot wij uw antwoord hebben, staat de termijn voor ons besluit stil (artikel 4:15 Awb). Krijgen wij voor die datum geen antwoord? Dan kunnen wij besluiten uw verzoek niet te behandelen (artikel 4.1 lid 6 Woo).',
            ),
          ]
        : [paragraph('Stuur uw antwoord zo snel mogelijk.')];
      return {
        subject: `Wilt u uw Woo-verzoek duidelijker maken? (${data.reference})`,
        blocks: [
          greeting(data.recipientName, locale),
          paragraph(
            'Uw verzoek is nog niet duidelijk genoeg. Daardoor kunnen wij niet goed zoeken naar de informatie die u wilt. Wilt u uw verzoek duidelijker maken? Dat heet preciseren (artikel 4.1 lid 5 Woo). Wij helpen u daar graag bij.',
          ),
          { kind: 'facts', rows: [['Kenmerk', data.reference]] },
          ...(data.question ? [paragraph(`Onze vraag aan u:\n${data.question}`)] : []),
          ...period,
          paragraph('U kunt antwoorden op deze e-mail of via uw statuspagina. Bellen mag ook.'),
          statusLink(data.statusUrl, locale),
          signOff(data.organisationName, locale),
        ],
      };
    }
    const period: ContentBlock[] = periodEnd
      ? [
          paragraph(`Please send your answer by ${periodEnd} at the latest.`),
          paragraph(
            'Until we have your answer, the term for our decision is on hold (Awb article 4:15). If we have no answer by that date, we may decide not to handle your request (Woo article 4.1(6)).',
          ),
        ]
      : [paragraph('Please send your answer as soon as you can.')];
    return {
      subject: `Could you make your Woo request more precise? (${data.reference})`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(
          'Your request is not yet clear enough for us to search well for the information you want. Could you make it more precise? This is called a precisering (Woo article 4.1(5)). We are happy to help you with it.',
        ),
        { kind: 'facts', rows: [['Reference', data.reference]] },
        ...(data.question ? [paragraph(`Our question to you:\n${data.question}`)] : []),
        ...period,
        paragraph('You can answer by replying to this e-mail or through your status page. You may also phone us.'),
        statusLink(data.statusUrl, locale),
        signOff(data.organisationName, locale),
      ],
    };
  },
});
