import { z } from 'zod';
import { defineTemplate } from '../mail-template.js';
import type { ContentBlock } from '../message-content.js';
import { baseFields, greeting, isoDate, longDate, paragraph, signOff, webLink } from './template-fields.js';

/** To a third party (belanghebbende): your view before we decide (Woo 4.4(3), Awb 4:8). */
export const zienswijzeRequested = defineTemplate({
  name: 'zienswijze.requested',
  data: z.object({
    ...baseFields,
    askedOn: isoDate.optional(),
    periodEnd: isoDate,
    /** Which information concerns them, in words the coordinator chose. */
    documentsDescription: z.string().trim().min(1).max(5000).optional(),
    /** Where they can answer (a link with their own token), when the sender has one. */
    respondUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const periodEnd = longDate(data.periodEnd, locale);
    if (locale === 'nl') {
      const about: ContentBlock[] = data.documentsDescription
        ? [paragraph(`Het gaat om deze informatie:\n${data.documentsDescription}`)]
        : [];
      const respond: ContentBlock[] = data.respondUrl
        ? [{ kind: 'link', label: 'Geef hier uw zienswijze', url: data.respondUrl }]
        : [paragraph('U kunt uw zienswijze sturen als antwoord op deze e-mail.')];
      return {
        subject: `Uw mening gevraagd over openbaarmaking van informatie (${data.reference})`,
        blocks: [
          greeting(data.recipientName, locale),
          paragraph(
            'Iemand heeft ons gevraagd informatie openbaar te maken. Dat is geregeld in de Wet open overheid (Woo). Een deel van die informatie gaat over u of uw organisatie. Voordat wij beslissen, mag u ons laten weten wat u daarvan vindt. Dat heet een zienswijze (artikel 4.4 Woo en artikel 4:8 Awb).',
          ),
          {
            kind: 'facts',
            rows: [
              ['Kenmerk', data.reference],
              ['Reageren kan tot en met', periodEnd],
            ],
          },
          ...about,
          paragraph(
            `Stuur uw zienswijze uiterlijk op ${periodEnd}. Reageert u niet? Dan nemen wij een besluit zonder uw zienswijze.`,
          ),
          paragraph(
            'Bent u het niet eens met openbaarmaking? Dan maken wij de informatie pas 2 weken na ons besluit openbaar. In die tijd kunt u bezwaar maken en de rechter vragen de openbaarmaking tegen te houden (artikel 4.4 lid 5 Woo).',
          ),
          ...respond,
          signOff(data.organisationName, locale),
        ],
      };
    }
    const about: ContentBlock[] = data.documentsDescription
      ? [paragraph(`This is the information concerned:\n${data.documentsDescription}`)]
      : [];
    const respond: ContentBlock[] = data.respondUrl
      ? [{ kind: 'link', label: 'Give your view here', url: data.respondUrl }]
      : [paragraph('You can send your view by replying to this e-mail.')];
    return {
      subject: `Your view on disclosing information (${data.reference})`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(
          'Someone has asked us to disclose information under the Open Government Act (Wet open overheid, Woo). Part of that information concerns you or your organisation. Before we decide, you may tell us what you think. This is called a zienswijze, a view (Woo article 4.4, Awb article 4:8).',
        ),
        {
          kind: 'facts',
          rows: [
            ['Reference', data.reference],
            ['You can respond until', periodEnd],
          ],
        },
        ...about,
        paragraph(`Please send your view by ${periodEnd}. If you do not respond, we will decide without your view.`),
        paragraph(
          'If you object to disclosure, we will disclose the information no sooner than 2 weeks after our decision. In that time you can lodge an objection and ask the court to stop the disclosure (Woo article 4.4(5)).',
        ),
        ...respond,
        signOff(data.organisationName, locale),
      ],
    };
  },
});
