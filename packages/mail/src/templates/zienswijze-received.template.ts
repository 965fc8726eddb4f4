import { z } from 'zod';
import { defineTemplate } from '../mail-template.js';
import { baseFields, greeting, isoDate, longDate, paragraph, signOff } from './template-fields.js';

/** To a third party (belanghebbende): we received your view (confirmation of receipt, Awb 4:8). */
export const zienswijzeReceived = defineTemplate({
  name: 'zienswijze.received',
  data: z.object({
    ...baseFields,
    receivedOn: isoDate,
    /** Whether they object to disclosure, as they told us. */
    objected: z.boolean().nullable().optional(),
  }),
  compose: (data, locale) => {
    const receivedOn = longDate(data.receivedOn, locale);
    if (locale === 'nl') {
      const objection =
        data.objected === true
          ? 'U heeft laten weten dat u het niet eens bent met openbaarmaking. Maken wij de informatie toch openbaar? Dan doen wij dat pas 2 weken na ons besluit. In die tijd kunt u bezwaar maken en de rechter vragen de openbaarmaking tegen te houden (artikel 4.4 lid 5 Woo).'
          : 'Wij nemen uw zienswijze mee in ons besluit.';
      return {
        subject: `Wij hebben uw zienswijze ontvangen (${data.reference})`,
        blocks: [
          greeting(data.recipientName, locale),
          paragraph(`Wij hebben uw zienswijze op ${receivedOn} ontvangen. Dank u wel.`),
          {
            kind: 'facts',
            rows: [
              ['Kenmerk', data.reference],
              ['Ontvangen op', receivedOn],
            ],
          },
          paragraph(objection),
          paragraph('U krijgt bericht van ons besluit.'),
          signOff(data.organisationName, locale),
        ],
      };
    }
    const objection =
      data.objected === true
        ? 'You told us that you object to disclosure. If we disclose the information nevertheless, we will do so no sooner than 2 weeks after our decision. In that time you can lodge an objection and ask the court to stop the disclosure (Woo article 4.4(5)).'
        : 'We will take your view into account in our decision.';
    return {
      subject: `We have received your view (${data.reference})`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(`We received your view on ${receivedOn}. Thank you.`),
        {
          kind: 'facts',
          rows: [
            ['Reference', data.reference],
            ['Received on', receivedOn],
          ],
        },
        paragraph(objection),
        paragraph('We will let you know our decision.'),
        signOff(data.organisationName, locale),
      ],
    };
  },
});
