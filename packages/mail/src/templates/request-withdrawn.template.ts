import { defineTemplate } from '../mail-template.js';
import { z } from 'zod';
import { baseFields, greeting, isoDate, longDate, paragraph, signOff, statusLink, webLink } from './template-fields.js';

/** To the requester: confirmation that the request was withdrawn and the case is closed. */
export const requestWithdrawn = defineTemplate({
  name: 'request.withdrawn',
  data: z.object({ ...baseFields, on: isoDate, statusUrl: webLink.optional() }),
  compose: (data, locale) => {
    const on = longDate(data.on, locale);
    const nl = locale === 'nl';
    return {
      subject: nl
        ? `U heeft uw Woo-verzoek ingetrokken (${data.reference})`
        : `You have withdrawn your Woo request (${data.reference})`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(
          nl
            ? `U heeft uw Woo-verzoek op ${on} ingetrokken. Wij behandelen het daarom niet verder en sluiten het af.`
            : `You withdrew your Woo request on ${on}. We will therefore not handle it further and close it.`,
        ),
        { kind: 'facts', rows: [[nl ? 'Kenmerk' : 'Reference', data.reference]] },
        paragraph(
          nl
            ? 'Heeft u de informatie later toch nodig? Dan kunt u altijd een nieuw verzoek doen.'
            : 'If you need the information after all, you can always make a new request.',
        ),
        statusLink(data.statusUrl, locale),
        signOff(data.organisationName, locale),
      ],
    };
  },
});
